#include "jsonmappers.h"

#include "models/words.h"

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
        out->append({parseTime(e.value(QStringLiteral("at"))), str(e, "kind"), str(e, "actor"), str(e, "reason"),
            str(e, "detail")});
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
    p.method = readWireWord(str(o, "method"), PaymentMethod::Other);
    p.status = readWireWord(str(o, "status"), PaymentStatus::Other);
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
    inv.status = readWireWord(str(o, "status"), InvoiceStatus::Other);
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

namespace {
bool wholeNumber(const QJsonObject &o, const char *key, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || QJsonValue(v.toInteger()) != v) {
        *error = QStringLiteral("“%1” is not a whole number").arg(QLatin1String(key));
        return false;
    }
    *out = v.toInteger();
    return true;
}
} // namespace

bool toCreditTransaction(const QJsonObject &o, CreditTransaction *out, QString *error)
{
    CreditTransaction t;
    t.id = str(o, "id");
    t.type = readWireWord(str(o, "type"), CreditTransactionType::Other);
    if (!wholeNumber(o, "amount", &t.amount, error))
        return false;
    t.balanceAfter = o.value(QStringLiteral("balance_after")).toInteger();
    t.description = str(o, "description");
    t.createdAt = parseTime(o.value(QStringLiteral("created_at")));
    t.orgId = str(o, "org_id");
    t.orgName = str(o, "org_name");
    t.operatorEmail = str(o, "operator");
    t.reason = fromWireWord<AdjustmentReason>(str(o, "reason_code"));
    t.note = str(o, "note");
    if (t.id.isEmpty() || !t.createdAt.isValid()) {
        *error = QStringLiteral("a transaction without id or time");
        return false;
    }
    *out = t;
    return true;
}

bool toCreditPlan(const QJsonObject &o, CreditPlan *out, QString *error)
{
    CreditPlan p;
    p.id = str(o, "id");
    p.name = str(o, "name");
    p.description = str(o, "description");
    const QString currency = str(o, "currency");
    if (!money(o, QStringLiteral("price_monthly"), currency, &p.priceMonthly, error)
        || !money(o, QStringLiteral("price_yearly"), currency, &p.priceYearly, error)
        || !wholeNumber(o, "credits_included", &p.creditsIncluded, error))
        return false;
    for (const QJsonValue &f : o.value(QStringLiteral("features")).toArray())
        p.features << f.toString();
    p.stripePriceMonthly = str(o, "stripe_price_monthly");
    p.stripePriceYearly = str(o, "stripe_price_yearly");
    p.creemProductId = str(o, "creem_product_id");
    p.active = o.value(QStringLiteral("active")).toBool(true);
    *out = p;
    return true;
}

QJsonObject fromCreditPlan(const CreditPlan &p)
{
    QJsonArray features;
    for (const QString &f : p.features)
        features.append(f);
    QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("description"), p.description},
        {QStringLiteral("currency"), p.priceMonthly.currency()},
        {QStringLiteral("price_monthly"), p.priceMonthly.toWireString()},
        {QStringLiteral("price_yearly"), p.priceYearly.toWireString()},
        {QStringLiteral("credits_included"), p.creditsIncluded}, {QStringLiteral("features"), features},
        {QStringLiteral("creem_product_id"), p.creemProductId}, {QStringLiteral("active"), p.active}};
    if (!p.id.isEmpty())
        o.insert(QStringLiteral("id"), p.id);
    if (!p.stripePriceMonthly.isEmpty())
        o.insert(QStringLiteral("stripe_price_monthly"), p.stripePriceMonthly);
    if (!p.stripePriceYearly.isEmpty())
        o.insert(QStringLiteral("stripe_price_yearly"), p.stripePriceYearly);
    return o;
}

QJsonObject fromCreditPlanChange(const CreditPlan &plan)
{
    QJsonObject changes = fromCreditPlan(plan);
    changes.remove(QStringLiteral("id"));
    changes.remove(QStringLiteral("currency"));
    return changes;
}

QJsonObject fromCouponDraft(const CouponDraft &c)
{
    QJsonObject body{{QStringLiteral("code"), c.code}, {QStringLiteral("duration"), wireWord(c.duration)}};
    if (c.validUntil.isValid())
        body.insert(QStringLiteral("valid_until"), c.validUntil.toString(Qt::ISODate));
    if (c.kind == CouponKind::Percent) {
        body.insert(QStringLiteral("percent_off"),
            Money::fromMinor(c.percentOffBasisPoints, QStringLiteral("USD")).toWireString());
    } else {
        body.insert(QStringLiteral("amount_off"), c.amountOff.toWireString());
        body.insert(QStringLiteral("currency"), c.amountOff.currency());
    }
    if (c.duration == CouponDuration::Repeating)
        body.insert(QStringLiteral("duration_in_months"), c.durationInMonths);
    if (c.maxRedemptions > 0)
        body.insert(QStringLiteral("max_redemptions"), c.maxRedemptions);
    return body;
}

QJsonObject fromManualAdjustment(const ManualAdjustment &a)
{
    return {{QStringLiteral("org_id"), a.orgId}, {QStringLiteral("amount"), a.amount},
        {QStringLiteral("reason_code"), wireWord(a.reason)}, {QStringLiteral("note"), a.note},
        {QStringLiteral("allow_negative"), a.allowNegative}};
}

QJsonObject fromCheckinConfig(const CheckinConfig &c)
{
    return {{QStringLiteral("enabled"), c.enabled}, {QStringLiteral("credits"), c.credits}};
}

QJsonObject fromSubscriptionPatch(const SubscriptionPatch &p, const QString &reason)
{
    QJsonObject body{{QStringLiteral("reason"), reason}};
    if (p.status)
        body.insert(QStringLiteral("status"), wireWord(*p.status));
    if (p.planId)
        body.insert(QStringLiteral("planId"), *p.planId);
    if (p.billingCycle)
        body.insert(QStringLiteral("billingCycle"), wireWord(*p.billingCycle));
    if (p.cancelAtPeriodEnd)
        body.insert(QStringLiteral("cancelAtPeriodEnd"), *p.cancelAtPeriodEnd);
    return body;
}

bool toCreditOrder(const QJsonObject &o, CreditOrder *out, QString *error)
{
    CreditOrder c;
    c.id = str(o, "id");
    c.type = readWireWord(str(o, "type"), OrderType::Other);
    c.planId = str(o, "plan_id");
    c.billingCycle = fromWireWord<BillingCycle>(str(o, "billing_cycle"));
    c.channel = readWireWord(str(o, "channel"), PaymentChannel::Other);
    c.status = readWireWord(str(o, "status"), OrderStatus::Other);
    c.createdAt = parseTime(o.value(QStringLiteral("created_at")));
    c.paidAt = parseTime(o.value(QStringLiteral("paid_at")));
    if (!wholeNumber(o, "credits", &c.credits, error)
        || !money(o, QStringLiteral("amount"), str(o, "currency"), &c.amount, error))
        return false;
    *out = c;
    return true;
}

bool toCreditSubscription(const QJsonObject &o, CreditSubscription *out, QString *)
{
    CreditSubscription s;
    s.id = str(o, "id");
    s.planId = str(o, "plan_id");
    s.planName = str(o, "plan_name");
    s.creditsIncluded = o.value(QStringLiteral("credits_included")).toInteger();
    s.channel = readWireWord(str(o, "channel"), PaymentChannel::Other);
    s.status = readWireWord(str(o, "status"), SubscriptionStatus::Active);
    s.billingCycle = readWireWord(str(o, "billing_cycle"), BillingCycle::Monthly);
    if (o.contains(QStringLiteral("amount")))
        s.amount = Money::parse(o.value(QStringLiteral("amount")).toString(), str(o, "currency"));
    s.currentPeriodStart = parseTime(o.value(QStringLiteral("current_period_start")));
    s.currentPeriodEnd = parseTime(o.value(QStringLiteral("current_period_end")));
    s.cancelAtPeriodEnd = o.value(QStringLiteral("cancel_at_period_end")).toBool();
    *out = s;
    return true;
}

bool toCoupon(const QJsonObject &o, Coupon *out, QString *error)
{
    Coupon c;
    c.code = str(o, "code");
    c.kind = readWireWord(str(o, "kind"), CouponKind::Percent);
    c.duration = readWireWord(str(o, "duration"), CouponDuration::Once);
    c.durationInMonths = o.value(QStringLiteral("duration_in_months")).toInt();
    c.validFrom = parseTime(o.value(QStringLiteral("valid_from")));
    c.validUntil = parseTime(o.value(QStringLiteral("valid_until")));
    c.maxRedemptions = o.value(QStringLiteral("max_redemptions")).isNull()
        ? -1
        : o.value(QStringLiteral("max_redemptions")).toInteger();
    c.redemptions = o.value(QStringLiteral("redemptions")).toInteger();
    if (c.kind == CouponKind::Percent) {
        // "25.00" percent, read exactly as a two-decimal number into basis points.
        Money bp;
        if (!money(o, QStringLiteral("percent_off"), QStringLiteral("USD"), &bp, error))
            return false;
        c.percentOffBasisPoints = static_cast<int>(bp.minorUnits());
    } else if (!money(o, QStringLiteral("amount_off"), str(o, "currency"), &c.amountOff, error)) {
        return false;
    }
    *out = c;
    return true;
}

bool toTierStatus(const QJsonObject &o, TierStatus *out, QString *error)
{
    if (!o.value(QStringLiteral("plan")).isString()) {
        *error = QStringLiteral("billing status without a plan");
        return false;
    }
    out->plan = readWireWord(str(o, "plan"), TierPlan::Other);
    out->status = fromWireWord<SubscriptionStatus>(str(o, "status"));
    out->currentPeriodEnd = parseTime(o.value(QStringLiteral("current_period_end")));
    out->cancelAtPeriodEnd = o.value(QStringLiteral("cancel_at_period_end")).toBool();
    return true;
}

static bool toLineItem(const QJsonObject &o, PlatformLineItem *out, QString *error)
{
    out->id = str(o, "_id");
    out->name = str(o, "name");
    out->term = str(o, "term");
    const QJsonObject price = o.value(QStringLiteral("price")).toObject();
    const QString currency = price.value(QStringLiteral("currency_code")).toString();
    if (!money(price, QStringLiteral("amount"), currency, &out->price, error))
        return false;
    const QString interval =
        o.value(QStringLiteral("recurring")).toObject().value(QStringLiteral("interval")).toString();
    if (!interval.isEmpty())
        out->interval = readWireWord(interval, ChargeInterval::Other);
    const QJsonValue capped = o.value(QStringLiteral("capped_amount"));
    out->cappedAmount = capped.isString() ? Money::parse(capped.toString(), currency) : Money::fromMinor(0, currency);
    return true;
}

bool toPlatformCharge(const QJsonObject &o, PlatformCharge *out, QString *error)
{
    PlatformCharge c;
    c.id = str(o, "_id");
    c.name = str(o, "name");
    c.status = readWireWord(str(o, "status"), ChargeStatus::Other);
    c.trialDays = o.value(QStringLiteral("trial_days")).toInteger();
    c.isTest = o.value(QStringLiteral("is_test")).toBool();
    c.activatedOn = parseTime(o.value(QStringLiteral("activated_on")));
    c.cancelledOn = parseTime(o.value(QStringLiteral("cancelled_on")));
    c.billingDate = parseTime(o.value(QStringLiteral("billing_date")));
    c.createdAt = parseTime(o.value(QStringLiteral("created_at")));
    c.version = o.value(QStringLiteral("__v")).toInteger();
    if (o.contains(QStringLiteral("line_items"))) {
        c.kind = ChargeKind::Subscription;
        for (const QJsonValue &v : o.value(QStringLiteral("line_items")).toArray()) {
            PlatformLineItem item;
            if (!toLineItem(v.toObject(), &item, error))
                return false;
            c.lineItems.append(item);
        }
    } else {
        c.kind = ChargeKind::OneTime;
        PlatformLineItem item;
        if (!toLineItem(o, &item, error))
            return false;
        c.lineItems.append(item);
    }
    if (c.id.isEmpty()) {
        *error = QStringLiteral("a charge without _id");
        return false;
    }
    *out = c;
    return true;
}

QJsonObject fromPlatformLineItem(const PlatformLineItem &item)
{
    QJsonObject o{{QStringLiteral("name"), item.name}, {QStringLiteral("term"), item.term},
        {QStringLiteral("price"),
            QJsonObject{{QStringLiteral("amount"), item.price.toWireString()},
                {QStringLiteral("currency_code"), item.price.currency()}}}};
    if (item.cappedAmount.isValid())
        o.insert(QStringLiteral("capped_amount"), item.cappedAmount.toWireString());
    if (item.interval)
        o.insert(QStringLiteral("recurring"),
            QJsonObject{{QStringLiteral("interval"), wireWord(*item.interval)}, {QStringLiteral("interval_count"), 1}});
    return o;
}

} // namespace bc::json
