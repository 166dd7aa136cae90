#include "jsonmappers.h"

#include <QJsonArray>

namespace bc::json {

namespace {

bool money(const QJsonObject &o, const QString &key, const QString &currency, Money *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        *error = QStringLiteral("“%1” is not a string amount").arg(key);
        return false;
    }
    MoneyParseError e = MoneyParseError::None;
    *out = Money::parse(v.toString(), currency, &e);
    if (!out->isValid()) {
        *error = QStringLiteral("%1: %2").arg(key, Money::parseErrorMessage(e, v.toString(), currency));
        return false;
    }
    return true;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

bool toIdentity(const QJsonObject &o, Identity *out, QString *error)
{
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    const QJsonObject org = o.value(QStringLiteral("org")).toObject();
    out->userId = str(user, "id");
    out->email = str(user, "email");
    out->name = str(user, "name");
    out->role = roleFromString(str(o, "role"));
    out->orgId = str(org, "id");
    out->orgName = str(org, "name");
    out->families.clear();
    for (const QJsonValue &f : o.value(QStringLiteral("families")).toArray())
        out->families << f.toString();
    if (out->role == Role::Unknown) {
        *error = QStringLiteral("unknown role “%1”").arg(str(o, "role"));
        return false;
    }
    return true;
}

bool toSubscription(const QJsonObject &o, Subscription *out, QString *error)
{
    Subscription s;
    s.id = str(o, "id");
    s.orgId = str(o, "orgId");
    s.orgName = str(o, "orgName");
    s.planId = str(o, "planId");
    s.planName = str(o, "planName");
    const auto status = subscriptionStatusFromString(str(o, "status"));
    const auto cycle = billingCycleFromString(str(o, "billingCycle"));
    if (s.id.isEmpty() || !status || !cycle) {
        *error = QStringLiteral("subscription %1 has an unknown status or billing cycle").arg(s.id);
        return false;
    }
    s.status = *status;
    s.billingCycle = *cycle;
    if (!money(o, QStringLiteral("amount"), str(o, "currency"), &s.amount, error))
        return false;
    s.currentPeriodStart = parseTime(o.value(QStringLiteral("currentPeriodStart")));
    s.currentPeriodEnd = parseTime(o.value(QStringLiteral("currentPeriodEnd")));
    s.cancelAtPeriodEnd = o.value(QStringLiteral("cancelAtPeriodEnd")).toBool();
    s.cancelledAt = parseTime(o.value(QStringLiteral("cancelledAt")));
    s.providerSubscriptionId = str(o, "providerSubscriptionId");
    s.providerCustomerId = str(o, "providerCustomerId");
    s.createdAt = parseTime(o.value(QStringLiteral("createdAt")));
    s.updatedAt = parseTime(o.value(QStringLiteral("updatedAt")));
    *out = s;
    return true;
}

bool toSubscriptionEvents(const QJsonObject &o, QList<SubscriptionEvent> *out, QString *)
{
    out->clear();
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray()) {
        const QJsonObject e = v.toObject();
        out->append({parseTime(e.value(QStringLiteral("at"))), str(e, "kind"), str(e, "actor"), str(e, "reason"), str(e, "detail")});
    }
    return true;
}

bool toPlan(const QJsonObject &o, Plan *out, QString *error)
{
    Plan p;
    p.id = str(o, "id");
    p.name = str(o, "name");
    p.description = str(o, "description");
    const QString currency = str(o, "currency");
    if (!money(o, QStringLiteral("priceMonthly"), currency, &p.priceMonthly, error)
        || !money(o, QStringLiteral("priceYearly"), currency, &p.priceYearly, error))
        return false;
    *out = p;
    return true;
}

bool toPayment(const QJsonObject &o, Payment *out, QString *error)
{
    Payment p;
    p.id = str(o, "id");
    p.orgId = str(o, "orgId");
    p.orgName = str(o, "orgName");
    p.invoiceId = str(o, "invoiceId");
    p.providerPaymentId = str(o, "providerPaymentId");
    p.providerOrderId = str(o, "providerOrderId");
    p.method = str(o, "method");
    p.status = str(o, "status");
    p.createdAt = parseTime(o.value(QStringLiteral("createdAt")));
    if (!money(o, QStringLiteral("amount"), str(o, "currency"), &p.amount, error))
        return false;
    *out = p;
    return true;
}

bool toInvoiceSummary(const QJsonObject &o, Invoice *out, QString *error)
{
    Invoice inv;
    inv.id = str(o, "id");
    inv.number = str(o, "number");
    inv.orgId = str(o, "orgId");
    inv.buyerName = str(o, "orgName");
    inv.subscriptionId = str(o, "subscriptionId");
    inv.status = str(o, "status");
    inv.currency = str(o, "currency");
    inv.issuedAt = parseTime(o.value(QStringLiteral("issuedAt")));
    if (!money(o, QStringLiteral("total"), inv.currency, &inv.total, error)
        || !money(o, QStringLiteral("amountPaid"), inv.currency, &inv.amountPaid, error)
        || !money(o, QStringLiteral("amountDue"), inv.currency, &inv.amountDue, error))
        return false;
    *out = inv;
    return true;
}

bool toProrationPreview(const QJsonObject &o, ProrationPreview *out, QString *error)
{
    ProrationPreview p;
    const QString currency = str(o, "currency");
    p.currentPlanId = str(o, "currentPlanId");
    p.currentPlanName = str(o, "currentPlanName");
    p.proposedPlanId = str(o, "proposedPlanId");
    p.proposedPlanName = str(o, "proposedPlanName");
    const auto cycle = billingCycleFromString(str(o, "proposedBillingCycle"));
    const auto currentCycle = billingCycleFromString(str(o, "currentBillingCycle"));
    if (!cycle || !currentCycle) {
        *error = QStringLiteral("unknown billing cycle in preview");
        return false;
    }
    p.billingCycle = *cycle;
    p.currentCycle = *currentCycle;
    if (!money(o, QStringLiteral("currentPrice"), currency, &p.currentPrice, error)
        || !money(o, QStringLiteral("proposedPrice"), currency, &p.proposedPrice, error)
        || !money(o, QStringLiteral("credit"), currency, &p.credit, error)
        || !money(o, QStringLiteral("debit"), currency, &p.debit, error)
        || !money(o, QStringLiteral("net"), currency, &p.net, error)
        || !money(o, QStringLiteral("tax"), currency, &p.tax, error)
        || !money(o, QStringLiteral("amountDueNow"), currency, &p.amountDueNow, error)
        || !money(o, QStringLiteral("creditCarriedForward"), currency, &p.creditCarriedForward, error))
        return false;
    p.newPeriodEnd = parseTime(o.value(QStringLiteral("newPeriodEnd")));
    p.changeAt = parseTime(o.value(QStringLiteral("changeAt")));
    p.periodStart = parseTime(o.value(QStringLiteral("periodStart")));
    p.periodEnd = parseTime(o.value(QStringLiteral("periodEnd")));
    *out = p;
    return true;
}

} // namespace bc::json
