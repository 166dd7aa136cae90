// The org billing family (seeds 000/001): /api/billing/...
#include "context.h"
#include "invoicing.h"
#include "proration.h"
#include "providersignatures.h"

#include "invoice/invoicerenderer.h"
#include "models/invoicejson.h"

#include <QJsonDocument>

namespace bc::sandbox {

namespace {

constexpr std::initializer_list<Role> kAnyRole = {
    Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member};
constexpr std::initializer_list<Role> kOwnerAdmin = {Role::Owner, Role::Admin};
constexpr std::initializer_list<Role> kBillingReaders = {Role::SuperAdmin, Role::Owner, Role::Admin};
constexpr std::initializer_list<Role> kLedgerReaders = {Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support};
constexpr const char *kLiveStatuses = "('active', 'authenticated', 'past_due', 'pending', 'halted', 'paused')";

QString humanDate(qint64 secs)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date(), QStringLiteral("d MMM yyyy"));
}

qint64 periodEndFor(qint64 start, BillingCycle cycle)
{
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    return (cycle == BillingCycle::Monthly ? s.addMonths(1) : s.addYears(1)).toSecsSinceEpoch();
}

void recordEvent(Context &ctx, const QString &subscriptionId, const QString &kind, const QString &actor,
    const QString &reason, const QString &detail)
{
    ctx.db.exec(QStringLiteral("INSERT INTO subscription_events (id, subscription_id, at, kind, actor, reason,"
                               " detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {newId("sev_"), subscriptionId, ctx.now(), kind, actor, reason, detail});
}

// Subscriptions set to cancel at period end become cancelled once the sandbox clock passes it.
void settlePeriodEnds(Context &ctx)
{
    const auto due = ctx.db.all(QStringLiteral("SELECT id, current_period_end FROM subscriptions WHERE"
                                               " cancel_at_period_end = 1 AND status IN ")
            + QLatin1String(kLiveStatuses) + QStringLiteral(" AND current_period_end <= ?"),
        {ctx.now()});
    for (const QVariantMap &row : due) {
        const QString id = row.value(QStringLiteral("id")).toString();
        ctx.db.exec(QStringLiteral("UPDATE subscriptions SET status = 'cancelled', cancelled_at = ?,"
                                   " updated_at = ? WHERE id = ?"),
            {row.value(QStringLiteral("current_period_end")), ctx.now(), id});
        recordEvent(ctx, id, QStringLiteral("cancelled"), QStringLiteral("system"), {},
            QStringLiteral("Period ended with cancellation scheduled"));
    }
}

std::optional<QVariantMap> currentSubscription(Context &ctx, const QString &orgId)
{
    // The live subscription if there is one (checkout allows at most one), else the latest.
    return subscriptionRow(ctx,
        QStringLiteral("s.org_id = ? ORDER BY CASE WHEN s.status IN ") + QLatin1String(kLiveStatuses)
            + QStringLiteral(" THEN 0 ELSE 1 END, s.created_at DESC, s.id DESC LIMIT 1"),
        {orgId});
}

std::optional<QVariantMap> planRow(Context &ctx, const QString &id)
{
    return ctx.db.one(QStringLiteral("SELECT * FROM plans WHERE id = ?"), {id});
}

Money planPrice(const QVariantMap &plan, BillingCycle cycle)
{
    return Money::fromMinor(plan.value(cycle == BillingCycle::Monthly ? QStringLiteral("price_monthly_minor")
                                                                      : QStringLiteral("price_yearly_minor"))
                                .toLongLong(),
        plan.value(QStringLiteral("currency")).toString());
}

// Keyset cursor over (created_at, id), newest first.
QString encodeCursor(qint64 at, const QString &id)
{
    return QString::fromLatin1(QByteArray(QByteArray::number(at) + ':' + id.toUtf8())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, qint64 *at, QString *id)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype colon = raw.indexOf(':');
    if (colon <= 0)
        return false;
    bool ok = false;
    *at = raw.left(colon).toLongLong(&ok);
    *id = QString::fromUtf8(raw.mid(colon + 1));
    return ok && !id->isEmpty();
}

// Shared paging for list endpoints: limit (1..500) and after (a cursor from next_cursor).
struct Page
{
    int limit = 50;
    bool hasCursor = false;
    qint64 at = 0;
    QString id;
};
std::optional<HttpResponse> readPage(const HttpRequest &req, Page *page, int defaultLimit = 50)
{
    page->limit = defaultLimit;
    const QString limit = req.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        page->limit = limit.toInt(&ok);
        if (!ok || page->limit < 1 || page->limit > 500)
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("limit must be a whole number from 1 to 500."), QStringLiteral("limit"));
    }
    const QString after = req.queryValue(QStringLiteral("after"));
    if (!after.isEmpty()) {
        if (!decodeCursor(after, &page->at, &page->id))
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("after is not a cursor this server gave out."), QStringLiteral("after"));
        page->hasCursor = true;
    }
    return std::nullopt;
}

std::optional<HttpResponse> readDateRange(
    const HttpRequest &req, std::optional<qint64> *from, std::optional<qint64> *to)
{
    const QString f = req.queryValue(QStringLiteral("from"));
    const QString t = req.queryValue(QStringLiteral("to"));
    *from = parseDateParam(f, false);
    *to = parseDateParam(t, true);
    if (!f.isEmpty() && !*from)
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("from “%1” is not a date; use YYYY-MM-DD.").arg(f), QStringLiteral("from"));
    if (!t.isEmpty() && !*to)
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("to “%1” is not a date; use YYYY-MM-DD.").arg(t), QStringLiteral("to"));
    if (*from && *to && **from > **to)
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("from (%1) is after to (%2).").arg(f, t), QStringLiteral("from"));
    return std::nullopt;
}

struct Filter
{
    QStringList clauses;
    QVariantList binds;
    void add(const QString &clause, const QVariantList &values)
    {
        clauses << clause;
        binds << values;
    }
    QString where() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

void addPage(Filter &filter, const Page &page, const QString &alias)
{
    if (page.hasCursor)
        filter.add(QStringLiteral("(%1.created_at, %1.id) < (?, ?)").arg(alias), {page.at, page.id}); // an index range
}

HttpResponse pagedJson(QJsonArray data, const QList<QVariantMap> &rows, int limit)
{
    QJsonValue next = QJsonValue::Null;
    if (rows.size() > limit) {
        data.removeLast();
        const QVariantMap &last = rows.at(limit - 1);
        next = encodeCursor(
            last.value(QStringLiteral("created_at")).toLongLong(), last.value(QStringLiteral("id")).toString());
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("next_cursor"), next}});
}

struct CouponOutcome
{
    Money discount;
    std::optional<HttpResponse> error;
};

CouponOutcome applyCoupon(Context &ctx, const QString &code, const Money &price)
{
    CouponOutcome out{Money::fromMinor(0, price.currency()), std::nullopt};
    if (code.isEmpty())
        return out;
    auto refuse = [&](const QString &message) {
        out.error = HttpResponse::error(400, QStringLiteral("coupon_invalid"), message, QStringLiteral("couponCode"));
        return out;
    };
    const auto c = ctx.db.one(QStringLiteral("SELECT * FROM coupons WHERE code = ?"), {code.toUpper()});
    if (!c)
        return refuse(QStringLiteral("The coupon %1 does not exist.").arg(code));
    const qint64 now = ctx.now();
    const QVariant from = c->value(QStringLiteral("valid_from"));
    const QVariant until = c->value(QStringLiteral("valid_until"));
    if (!from.isNull() && now < from.toLongLong())
        return refuse(QStringLiteral("The coupon %1 is valid from %2.").arg(code, humanDate(from.toLongLong())));
    if (!until.isNull() && now > until.toLongLong())
        return refuse(QStringLiteral("The coupon %1 expired on %2.").arg(code, humanDate(until.toLongLong())));
    const QVariant max = c->value(QStringLiteral("max_redemptions"));
    if (!max.isNull() && c->value(QStringLiteral("redemptions")).toLongLong() >= max.toLongLong())
        return refuse(
            QStringLiteral("The coupon %1 has been used its maximum of %2 times.").arg(code).arg(max.toLongLong()));
    if (c->value(QStringLiteral("kind")).toString() == QLatin1String("percent")) {
        out.discount = *price.scaled(c->value(QStringLiteral("percent_off_bp")).toLongLong(), 10000);
    } else {
        const QString currency = c->value(QStringLiteral("currency")).toString();
        if (currency != price.currency())
            return refuse(QStringLiteral("The coupon %1 takes %2 off and cannot be used on a %3 plan.")
                              .arg(code, currency, price.currency()));
        out.discount = Money::fromMinor(
            std::min(c->value(QStringLiteral("amount_off_minor")).toLongLong(), price.minorUnits()), price.currency());
    }
    return out;
}

QJsonObject moneyBreakdown(const Money &list, const Money &discount, const TaxQuote &q)
{
    QJsonArray taxes;
    for (const InvoiceTax &t : q.taxes)
        taxes.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("rate"), t.rateText()},
            {QStringLiteral("amount"), t.amount.toWireString()}});
    return QJsonObject{{QStringLiteral("listPrice"), list.toWireString()},
        {QStringLiteral("discount"), discount.toWireString()}, {QStringLiteral("taxable"), q.taxable.toWireString()},
        {QStringLiteral("taxes"), taxes}, {QStringLiteral("tax"), q.tax.toWireString()},
        {QStringLiteral("roundOff"), q.roundOff.toWireString()}, {QStringLiteral("total"), q.total.toWireString()},
        {QStringLiteral("currency"), list.currency()}};
}

QJsonObject paymentJson(const QVariantMap &row)
{
    const QString currency = row.value(QStringLiteral("currency")).toString();
    return QJsonObject{
        {QStringLiteral("id"), row.value(QStringLiteral("id")).toString()},
        {QStringLiteral("orgId"), row.value(QStringLiteral("org_id")).toString()},
        {QStringLiteral("orgName"), row.value(QStringLiteral("org_name")).toString()},
        {QStringLiteral("invoiceId"), row.value(QStringLiteral("invoice_id")).toString()},
        {QStringLiteral("provider"), row.value(QStringLiteral("provider")).toString()},
        {QStringLiteral("providerPaymentId"), row.value(QStringLiteral("provider_payment_id")).toString()},
        {QStringLiteral("providerOrderId"), row.value(QStringLiteral("provider_order_id")).toString()},
        {QStringLiteral("method"), row.value(QStringLiteral("method")).toString()},
        {QStringLiteral("status"), row.value(QStringLiteral("status")).toString()},
        {QStringLiteral("amount"),
            Money::fromMinor(row.value(QStringLiteral("amount_minor")).toLongLong(), currency).toWireString()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("createdAt"), isoTime(row.value(QStringLiteral("created_at")).toLongLong())},
    };
}

QJsonObject invoiceSummaryJson(const QVariantMap &row)
{
    const QString currency = row.value(QStringLiteral("currency")).toString();
    auto m = [&](const char *k) {
        return Money::fromMinor(row.value(QString::fromLatin1(k)).toLongLong(), currency).toWireString();
    };
    const qint64 due = row.value(QStringLiteral("total_minor")).toLongLong()
        - row.value(QStringLiteral("amount_paid_minor")).toLongLong();
    return QJsonObject{
        {QStringLiteral("id"), row.value(QStringLiteral("id")).toString()},
        {QStringLiteral("number"), row.value(QStringLiteral("number")).toString()},
        {QStringLiteral("orgId"), row.value(QStringLiteral("org_id")).toString()},
        {QStringLiteral("orgName"), row.value(QStringLiteral("org_name")).toString()},
        {QStringLiteral("subscriptionId"), row.value(QStringLiteral("subscription_id")).toString()},
        {QStringLiteral("status"), row.value(QStringLiteral("status")).toString()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("issuedAt"), isoTime(row.value(QStringLiteral("issued_at")).toLongLong())},
        {QStringLiteral("subtotal"), m("subtotal_minor")},
        {QStringLiteral("taxTotal"), m("tax_minor")},
        {QStringLiteral("total"), m("total_minor")},
        {QStringLiteral("amountPaid"), m("amount_paid_minor")},
        {QStringLiteral("amountDue"), Money::fromMinor(due, currency).toWireString()},
    };
}

QString actorOf(const HttpRequest &req)
{
    return req.principal ? req.principal->email : QStringLiteral("system");
}

} // namespace

// Completes a paid checkout exactly once, whichever arrives first: the console's confirm or the
// provider's order.paid webhook. Returns the subscription id.
QString completeCheckout(Context &ctx, const QString &orderId, const QString &paymentId, const QString &actor)
{
    const auto checkout = ctx.db.one(QStringLiteral("SELECT * FROM checkouts WHERE order_id = ?"), {orderId});
    if (!checkout)
        return {};
    const QString orgId = checkout->value(QStringLiteral("org_id")).toString();
    if (checkout->value(QStringLiteral("status")).toString() == QLatin1String("completed")) {
        const auto sub = currentSubscription(ctx, orgId);
        return sub ? sub->value(QStringLiteral("id")).toString() : QString();
    }
    const auto rzpPayment = ctx.db.one(QStringLiteral("SELECT * FROM rzp_payments WHERE id = ?"), {paymentId});
    const QString currency = checkout->value(QStringLiteral("currency")).toString();
    const auto cycle = *billingCycleFromString(checkout->value(QStringLiteral("billing_cycle")).toString());
    const QString planId = checkout->value(QStringLiteral("plan_id")).toString();
    const auto plan = planRow(ctx, planId);
    const qint64 now = ctx.now();
    const qint64 periodEnd = periodEndFor(now, cycle);
    const qint64 listMinor = checkout->value(QStringLiteral("list_minor")).toLongLong();

    const QString subId = newId("sub_");
    ctx.db.exec(QStringLiteral("INSERT INTO subscriptions (id, org_id, plan_id, status, billing_cycle, amount_minor,"
                               " currency, current_period_start, current_period_end, cancel_at_period_end,"
                               " provider_subscription_id, provider_customer_id, created_at, updated_at)"
                               " VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
        {subId, orgId, planId, billingCycleToString(cycle), listMinor, currency, now, periodEnd, orderId,
            QString(QStringLiteral("cust_") + orgId), now, now});
    recordEvent(ctx, subId, QStringLiteral("activated"), actor, {},
        QStringLiteral("Checkout %1 paid with %2").arg(orderId, paymentId));

    InvoiceLine line;
    line.description =
        QStringLiteral("%1 plan, %2").arg(plan->value(QStringLiteral("name")).toString(), billingCycleToString(cycle));
    line.hsnSac = plan->value(QStringLiteral("hsn_sac")).toString();
    line.quantity = 1;
    line.unitPrice = Money::fromMinor(listMinor, currency);
    line.discount = Money::fromMinor(checkout->value(QStringLiteral("discount_minor")).toLongLong(), currency);
    line.amount = *line.unitPrice.minus(line.discount);
    line.periodStart = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    line.periodEnd = QDateTime::fromSecsSinceEpoch(periodEnd, Qt::UTC);
    const Invoice inv = issueInvoice(ctx, orgId, subId, {line}, now, true, {paymentId, orderId},
        checkout->value(QStringLiteral("coupon_code")).toString());

    const QString method = rzpPayment ? rzpPayment->value(QStringLiteral("method")).toString() : QStringLiteral("card");
    ctx.db.exec(QStringLiteral("INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id,"
                               " provider_order_id, method, status, amount_minor, currency, created_at)"
                               " VALUES (?, ?, ?, 'razorpay', ?, ?, ?, 'captured', ?, ?, ?)"),
        {newId("pmt_"), orgId, inv.id, paymentId, orderId, method, checkout->value(QStringLiteral("amount_minor")),
            currency, now});
    const QString coupon = checkout->value(QStringLiteral("coupon_code")).toString();
    if (!coupon.isEmpty())
        ctx.db.exec(QStringLiteral("UPDATE coupons SET redemptions = redemptions + 1 WHERE code = ?"), {coupon});
    ctx.db.exec(QStringLiteral("UPDATE checkouts SET status = 'completed', payment_id = ?, invoice_id = ?,"
                               " completed_at = ? WHERE order_id = ?"),
        {paymentId, inv.id, now, orderId});
    return subId;
}

void runScheduledBilling(Context &ctx)
{
    settlePeriodEnds(ctx);
    // Renew active subscriptions whose period has ended: a new period, an invoice, and the
    // charge through the saved mandate (as Razorpay's subscription charges do).
    const auto due = ctx.db.all(
        QStringLiteral(
            "SELECT s.*, p.name AS plan_name, p.hsn_sac FROM subscriptions s JOIN plans p ON p.id = s.plan_id"
            " WHERE s.status = 'active' AND s.cancel_at_period_end = 0 AND s.current_period_end <= ?"),
        {ctx.now()});
    for (const QVariantMap &s : due) {
        const auto cycle = *billingCycleFromString(s.value(QStringLiteral("billing_cycle")).toString());
        const QString currency = s.value(QStringLiteral("currency")).toString();
        qint64 start = s.value(QStringLiteral("current_period_end")).toLongLong();
        Transaction tx(ctx.db);
        while (start <= ctx.now()) {
            const qint64 end = periodEndFor(start, cycle);
            InvoiceLine line;
            line.description = QStringLiteral("%1 plan, %2")
                                   .arg(s.value(QStringLiteral("plan_name")).toString(), billingCycleToString(cycle));
            line.hsnSac = s.value(QStringLiteral("hsn_sac")).toString();
            line.quantity = 1;
            line.unitPrice = Money::fromMinor(s.value(QStringLiteral("amount_minor")).toLongLong(), currency);
            line.discount = Money::fromMinor(0, currency);
            line.amount = line.unitPrice;
            line.periodStart = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
            line.periodEnd = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
            const QString payId = newId("pay_");
            const bool declined = s.value(QStringLiteral("fail_next_renewal")).toLongLong() != 0;
            const Invoice inv = issueInvoice(ctx, s.value(QStringLiteral("org_id")).toString(),
                s.value(QStringLiteral("id")).toString(), {line}, start, !declined,
                declined ? QStringList() : QStringList{payId});
            ctx.db.exec(
                QStringLiteral(
                    "INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id, provider_order_id,"
                    " method, status, amount_minor, currency, created_at) VALUES (?, ?, ?, 'razorpay', ?, '', "
                    "'emandate', ?, ?, ?, ?)"),
                {newId("pmt_"), s.value(QStringLiteral("org_id")), inv.id, payId,
                    declined ? QStringLiteral("failed") : QStringLiteral("captured"), inv.total.minorUnits(), currency,
                    start});
            if (declined) {
                // The mandate charge was declined: the new period is owed, the subscription past due.
                ctx.db.exec(
                    QStringLiteral(
                        "UPDATE subscriptions SET status = 'past_due', fail_next_renewal = 0, current_period_start = ?,"
                        " current_period_end = ?, updated_at = ? WHERE id = ?"),
                    {start, end, ctx.now(), s.value(QStringLiteral("id"))});
                recordEvent(ctx, s.value(QStringLiteral("id")).toString(), QStringLiteral("payment_failed"),
                    QStringLiteral("system"), {},
                    QStringLiteral("Renewal charge declined; invoice %1 is due").arg(inv.number));
                break;
            }
            ctx.db.exec(QStringLiteral("UPDATE subscriptions SET current_period_start = ?, current_period_end = ?, "
                                       "updated_at = ? WHERE id = ?"),
                {start, end, ctx.now(), s.value(QStringLiteral("id"))});
            recordEvent(ctx, s.value(QStringLiteral("id")).toString(), QStringLiteral("renewed"),
                QStringLiteral("system"), {},
                QStringLiteral("Invoice %1, %2 %3").arg(inv.number, inv.total.toWireString(), currency));
            start = end;
        }
        tx.commit();
    }
}

void registerOrgBillingRoutes(Router &router, Context &ctx)
{
    router.add("GET", QStringLiteral("/api/billing/plans"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kAnyRole))
            return *denied;
        QJsonArray data;
        for (const QVariantMap &p :
            ctx.db.all(QStringLiteral("SELECT * FROM plans WHERE active = 1 ORDER BY sort_order, id"))) {
            data.append(QJsonObject{
                {QStringLiteral("id"), p.value(QStringLiteral("id")).toString()},
                {QStringLiteral("name"), p.value(QStringLiteral("name")).toString()},
                {QStringLiteral("description"), p.value(QStringLiteral("description")).toString()},
                {QStringLiteral("currency"), p.value(QStringLiteral("currency")).toString()},
                {QStringLiteral("priceMonthly"), planPrice(p, BillingCycle::Monthly).toWireString()},
                {QStringLiteral("priceYearly"), planPrice(p, BillingCycle::Yearly).toWireString()},
            });
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
    });

    // Test hook of the Razorpay simulator: the next renewal charge of this subscription is declined.
    router.add(
        "POST", QStringLiteral("/sim/razorpay/subscriptions/{id}/fail-next-renewal"), [&ctx](const HttpRequest &req) {
            if (auto denied = requireRole(req, {Role::SuperAdmin}))
                return *denied;
            const QString id = req.params.value(QStringLiteral("id"));
            if (!ctx.db.one(QStringLiteral("SELECT id FROM subscriptions WHERE id = ?"), {id}))
                return HttpResponse::error(
                    404, QStringLiteral("not_found"), QStringLiteral("There is no subscription %1.").arg(id));
            ctx.db.exec(QStringLiteral("UPDATE subscriptions SET fail_next_renewal = 1 WHERE id = ?"), {id});
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("failNextRenewal"), true}});
        });

    // Extension: check a coupon for a plan and cycle before checkout, with what it would cost.
    router.add("GET", QStringLiteral("/api/billing/coupons/{code}/validate"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support}))
            return *denied;
        const QString code = req.params.value(QStringLiteral("code"));
        const auto plan = planRow(ctx, req.queryValue(QStringLiteral("planId")));
        if (!plan)
            return HttpResponse::error(400, QStringLiteral("unknown_plan"),
                QStringLiteral("There is no plan “%1”.").arg(req.queryValue(QStringLiteral("planId"))),
                QStringLiteral("planId"));
        const auto cycle = billingCycleFromString(req.queryValue(QStringLiteral("billingCycle")));
        if (!cycle)
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("billingCycle must be monthly or yearly."), QStringLiteral("billingCycle"));
        const Money list = planPrice(*plan, *cycle);
        const CouponOutcome outcome = applyCoupon(ctx, code, list);
        if (outcome.error) {
            const QJsonObject err =
                QJsonDocument::fromJson(outcome.error->body).object().value(QStringLiteral("error")).toObject();
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("code"), code.toUpper()},
                    {QStringLiteral("message"), err.value(QStringLiteral("message"))}});
        }
        return HttpResponse::json(QJsonObject{{QStringLiteral("valid"), true}, {QStringLiteral("code"), code.toUpper()},
            {QStringLiteral("currency"), list.currency()}, {QStringLiteral("listPrice"), list.toWireString()},
            {QStringLiteral("discount"), outcome.discount.toWireString()},
            {QStringLiteral("priceAfterDiscount"), list.minus(outcome.discount)->toWireString()},
            {QStringLiteral("message"),
                QStringLiteral("%1 takes %2 off %3, %4.")
                    .arg(code.toUpper(), outcome.discount.toWireString() + u' ' + list.currency(),
                        plan->value(QStringLiteral("name")).toString(), billingCycleToString(*cycle))}});
    });

    // Extension: revenue by month for the dashboard (captured payments, per currency).
    router.add("GET", QStringLiteral("/api/billing/reports/revenue"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kBillingReaders))
            return *denied;
        QVariantList binds;
        QString where = QStringLiteral(" WHERE status = 'captured'");
        if (req.principal->role != Role::SuperAdmin) {
            where += QStringLiteral(" AND org_id = ?");
            binds << req.principal->orgId;
        }
        QMap<QPair<QString, QString>, qint64> sums;
        QSqlQuery q =
            ctx.db.exec(QStringLiteral("SELECT created_at, currency, amount_minor FROM payments") + where, binds);
        while (q.next()) {
            const QString month =
                QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toString(QStringLiteral("yyyy-MM"));
            sums[{month, q.value(1).toString()}] += q.value(2).toLongLong();
        }
        QJsonArray data;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            data.append(
                QJsonObject{{QStringLiteral("month"), it.key().first}, {QStringLiteral("currency"), it.key().second},
                    {QStringLiteral("amount"), Money::fromMinor(it.value(), it.key().second).toWireString()}});
        return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
    });

    router.add("GET", QStringLiteral("/api/billing/subscription/me"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kAnyRole))
            return *denied;
        settlePeriodEnds(ctx);
        const auto row = currentSubscription(ctx, req.principal->orgId);
        if (!row)
            return HttpResponse::error(
                404, QStringLiteral("no_subscription"), QStringLiteral("Your organisation has no subscription yet."));
        return HttpResponse::json(subscriptionJson(ctx, *row));
    });

    router.add("GET", QStringLiteral("/api/billing/subscription"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        settlePeriodEnds(ctx);
        Page page;
        if (auto bad = readPage(req, &page, 100))
            return *bad;
        Filter f;
        const QString status = req.queryValue(QStringLiteral("status"));
        if (!status.isEmpty()) {
            if (!subscriptionStatusFromString(status))
                return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                    QStringLiteral("status “%1” is not one of %2.")
                        .arg(status, subscriptionStatusNames().join(QStringLiteral(", "))),
                    QStringLiteral("status"));
            f.add(QStringLiteral("s.status = ?"), {status});
        }
        const QString plan = req.queryValue(QStringLiteral("planId"));
        if (!plan.isEmpty())
            f.add(QStringLiteral("s.plan_id = ?"), {plan});
        const QString q = req.queryValue(QStringLiteral("q"));
        if (!q.isEmpty())
            f.add(QStringLiteral("(LOWER(o.name) LIKE ? OR s.id = ?)"), {QString(u'%' + q.toLower() + u'%'), q});
        addPage(f, page, QStringLiteral("s"));
        QVariantList binds = f.binds;
        binds << page.limit + 1;
        const auto rows =
            ctx.db.all(QStringLiteral("SELECT s.*, o.name AS org_name, p.name AS plan_name FROM subscriptions s"
                                      " JOIN orgs o ON o.id = s.org_id JOIN plans p ON p.id = s.plan_id")
                    + f.where() + QStringLiteral(" ORDER BY s.created_at DESC, s.id DESC LIMIT ?"),
                binds);
        QJsonArray data;
        for (const QVariantMap &r : rows)
            data.append(subscriptionJson(ctx, r));
        return pagedJson(data, rows, page.limit);
    });

    router.add("GET", QStringLiteral("/api/billing/subscription/{id}"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        settlePeriodEnds(ctx);
        const auto row = subscriptionRow(ctx, QStringLiteral("s.id = ?"), {req.params.value(QStringLiteral("id"))});
        if (!row)
            return HttpResponse::error(404, QStringLiteral("not_found"),
                QStringLiteral("There is no subscription %1.").arg(req.params.value(QStringLiteral("id"))));
        QJsonObject out = subscriptionJson(ctx, *row);
        QJsonArray history;
        for (const QVariantMap &e :
            ctx.db.all(QStringLiteral("SELECT * FROM subscription_events WHERE subscription_id = ? ORDER BY at, id"),
                {req.params.value(QStringLiteral("id"))}))
            history.append(QJsonObject{{QStringLiteral("at"), isoTime(e.value(QStringLiteral("at")).toLongLong())},
                {QStringLiteral("kind"), e.value(QStringLiteral("kind")).toString()},
                {QStringLiteral("actor"), e.value(QStringLiteral("actor")).toString()},
                {QStringLiteral("reason"), e.value(QStringLiteral("reason")).toString()},
                {QStringLiteral("detail"), e.value(QStringLiteral("detail")).toString()}});
        out.insert(QStringLiteral("history"), history);
        return HttpResponse::json(out);
    });

    router.add("PATCH", QStringLiteral("/api/billing/subscription/{id}"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        const QString id = req.params.value(QStringLiteral("id"));
        const auto row = subscriptionRow(ctx, QStringLiteral("s.id = ?"), {id});
        if (!row)
            return HttpResponse::error(
                404, QStringLiteral("not_found"), QStringLiteral("There is no subscription %1.").arg(id));
        HttpResponse error;
        auto fields = JsonFields::parse(req.body, &error);
        if (!fields)
            return error;
        const QString reason = fields->string(QStringLiteral("reason"), true, 500);
        const QString status = fields->string(QStringLiteral("status"), false, 40);
        const QString planId = fields->string(QStringLiteral("planId"), false, 80);
        const QString cycleText = fields->string(QStringLiteral("billingCycle"), false, 20);
        const QString periodEndText = fields->string(QStringLiteral("currentPeriodEnd"), false, 40);
        const auto cancelAtEnd = fields->boolean(QStringLiteral("cancelAtPeriodEnd"));
        if (!fields->ok())
            return fields->error();
        static const QStringList known = {QStringLiteral("reason"), QStringLiteral("status"), QStringLiteral("planId"),
            QStringLiteral("billingCycle"), QStringLiteral("currentPeriodEnd"), QStringLiteral("cancelAtPeriodEnd")};
        for (const QString &key : fields->object().keys())
            if (!known.contains(key))
                return HttpResponse::error(400, QStringLiteral("unknown_field"),
                    QStringLiteral("“%1” cannot be changed here; use one of %2.")
                        .arg(key, known.mid(1).join(QStringLiteral(", "))),
                    key);
        QStringList sets;
        QVariantList binds;
        QStringList changes;
        if (!status.isEmpty()) {
            if (!subscriptionStatusFromString(status))
                return HttpResponse::error(400, QStringLiteral("invalid_field"),
                    QStringLiteral("status “%1” is not one of %2.")
                        .arg(status, subscriptionStatusNames().join(QStringLiteral(", "))),
                    QStringLiteral("status"));
            sets << QStringLiteral("status = ?");
            binds << status;
            changes << QStringLiteral("status %1 → %2").arg(row->value(QStringLiteral("status")).toString(), status);
            if (status == QLatin1String("cancelled")) {
                sets << QStringLiteral("cancelled_at = ?");
                binds << ctx.now();
            }
        }
        BillingCycle cycle = *billingCycleFromString(row->value(QStringLiteral("billing_cycle")).toString());
        if (!cycleText.isEmpty()) {
            const auto c = billingCycleFromString(cycleText);
            if (!c)
                return HttpResponse::error(400, QStringLiteral("invalid_field"),
                    QStringLiteral("billingCycle must be monthly or yearly."), QStringLiteral("billingCycle"));
            cycle = *c;
            sets << QStringLiteral("billing_cycle = ?");
            binds << cycleText;
            changes << QStringLiteral("cycle → %1").arg(cycleText);
        }
        if (!planId.isEmpty() || !cycleText.isEmpty()) {
            const QString effectivePlan = planId.isEmpty() ? row->value(QStringLiteral("plan_id")).toString() : planId;
            const auto plan = planRow(ctx, effectivePlan);
            if (!plan)
                return HttpResponse::error(400, QStringLiteral("unknown_plan"),
                    QStringLiteral("There is no plan %1.").arg(planId), QStringLiteral("planId"));
            sets << QStringLiteral("plan_id = ?") << QStringLiteral("amount_minor = ?")
                 << QStringLiteral("currency = ?");
            binds << effectivePlan << planPrice(*plan, cycle).minorUnits() << plan->value(QStringLiteral("currency"));
            if (!planId.isEmpty())
                changes << QStringLiteral("plan %1 → %2").arg(row->value(QStringLiteral("plan_id")).toString(), planId);
        }
        if (!periodEndText.isEmpty()) {
            const QDateTime end = QDateTime::fromString(periodEndText, Qt::ISODate);
            const qint64 start = row->value(QStringLiteral("current_period_start")).toLongLong();
            if (!end.isValid() || end.toSecsSinceEpoch() <= start)
                return HttpResponse::error(400, QStringLiteral("invalid_field"),
                    QStringLiteral("currentPeriodEnd must be an ISO 8601 time after the period start (%1).")
                        .arg(isoTime(start)),
                    QStringLiteral("currentPeriodEnd"));
            sets << QStringLiteral("current_period_end = ?");
            binds << end.toSecsSinceEpoch();
            changes << QStringLiteral("period end → %1").arg(end.toUTC().toString(Qt::ISODate));
        }
        if (cancelAtEnd) {
            sets << QStringLiteral("cancel_at_period_end = ?");
            binds << (*cancelAtEnd ? 1 : 0);
            changes << QStringLiteral("cancel at period end → %1")
                           .arg(*cancelAtEnd ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        if (sets.isEmpty())
            return HttpResponse::error(400, QStringLiteral("nothing_to_change"),
                QStringLiteral(
                    "Name at least one of status, planId, billingCycle, currentPeriodEnd, cancelAtPeriodEnd."));
        Transaction tx(ctx.db);
        sets << QStringLiteral("updated_at = ?");
        binds << ctx.now() << id;
        ctx.db.exec(QStringLiteral("UPDATE subscriptions SET ") + sets.join(QStringLiteral(", "))
                + QStringLiteral(" WHERE id = ?"),
            binds);
        recordEvent(ctx, id, QStringLiteral("patched"), actorOf(req), reason, changes.join(QStringLiteral("; ")));
        tx.commit();
        return HttpResponse::json(subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {id})));
    });

    router.add("POST", QStringLiteral("/api/billing/checkout"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOwnerAdmin))
            return *denied;
        HttpResponse error;
        auto fields = JsonFields::parse(req.body, &error);
        if (!fields)
            return error;
        const QString planId = fields->string(QStringLiteral("planId"), true, 80);
        const QString cycleText = fields->string(QStringLiteral("billingCycle"), true, 20);
        const QString couponCode = fields->string(QStringLiteral("couponCode"), false, 40).trimmed();
        if (!fields->ok())
            return fields->error();
        const auto cycle = billingCycleFromString(cycleText);
        if (!cycle)
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("billingCycle must be monthly or yearly, not “%1”.").arg(cycleText),
                QStringLiteral("billingCycle"));
        const auto plan = planRow(ctx, planId);
        if (!plan || plan->value(QStringLiteral("active")).toLongLong() == 0)
            return HttpResponse::error(400, QStringLiteral("unknown_plan"),
                QStringLiteral("There is no plan “%1” to subscribe to.").arg(planId), QStringLiteral("planId"));
        settlePeriodEnds(ctx);
        const auto current = currentSubscription(ctx, req.principal->orgId);
        if (current
            && QString::fromLatin1(kLiveStatuses)
                   .contains(u'\'' + current->value(QStringLiteral("status")).toString() + u'\''))
            return HttpResponse::error(409, QStringLiteral("already_subscribed"),
                QStringLiteral("Your organisation already has a %1 subscription on %2; change plan instead.")
                    .arg(current->value(QStringLiteral("status")).toString(),
                        current->value(QStringLiteral("plan_name")).toString()));
        const auto org = ctx.db.one(QStringLiteral("SELECT * FROM orgs WHERE id = ?"), {req.principal->orgId});
        const Money list = planPrice(*plan, *cycle);
        const CouponOutcome coupon = applyCoupon(ctx, couponCode, list);
        if (coupon.error)
            return *coupon.error;
        const Money taxable = *list.minus(coupon.discount);
        const TaxQuote quote = quoteTax(ctx, *org, taxable);
        const QString description =
            QStringLiteral("%1 plan, %2")
                .arg(plan->value(QStringLiteral("name")).toString(),
                    *cycle == BillingCycle::Monthly ? QStringLiteral("monthly") : QStringLiteral("yearly"));
        const QJsonObject notes{{QStringLiteral("org_id"), req.principal->orgId}, {QStringLiteral("plan_id"), planId},
            {QStringLiteral("billing_cycle"), cycleText}};
        Transaction tx(ctx.db);
        const QString orderId = createRazorpayOrder(ctx, quote.total.minorUnits(), list.currency(), notes);
        ctx.db.exec(
            QStringLiteral("INSERT INTO checkouts (order_id, org_id, user_id, plan_id, billing_cycle, coupon_code,"
                           " list_minor, discount_minor, tax_minor, amount_minor, currency, status, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'created', ?)"),
            {orderId, req.principal->orgId, req.principal->userId, planId, cycleText, couponCode.toUpper(),
                list.minorUnits(), coupon.discount.minorUnits(), quote.tax.minorUnits(), quote.total.minorUnits(),
                list.currency(), ctx.now()});
        tx.commit();
        QUrl checkoutUrl = ctx.baseUrl.resolved(QUrl(QStringLiteral("/sim/razorpay/checkout/") + orderId));
        return HttpResponse::json(
            QJsonObject{
                {QStringLiteral("keyId"), QString::fromUtf8(ctx.razorpayKeyId())},
                {QStringLiteral("orderId"), orderId},
                {QStringLiteral("amount"), quote.total.toWireString()},
                {QStringLiteral("amountSubunits"), quote.total.minorUnits()},
                {QStringLiteral("currency"), list.currency()},
                {QStringLiteral("name"), seller(ctx).name},
                {QStringLiteral("description"), description},
                {QStringLiteral("prefill"),
                    QJsonObject{{QStringLiteral("name"), req.principal->name},
                        {QStringLiteral("email"), req.principal->email},
                        {QStringLiteral("contact"), req.principal->contact}}},
                {QStringLiteral("notes"), notes},
                {QStringLiteral("breakdown"), moneyBreakdown(list, coupon.discount, quote)},
                {QStringLiteral("checkoutUrl"), checkoutUrl.toString()},
            },
            201);
    });

    router.add("POST", QStringLiteral("/api/billing/checkout/confirm"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOwnerAdmin))
            return *denied;
        HttpResponse error;
        auto fields = JsonFields::parse(req.body, &error);
        if (!fields)
            return error;
        const QString paymentId = fields->string(QStringLiteral("paymentId"), true, 64);
        const QString orderId = fields->string(QStringLiteral("orderId"), true, 64);
        const QString signature = fields->string(QStringLiteral("signature"), true, 128);
        if (!fields->ok())
            return fields->error();
        const auto checkout = ctx.db.one(QStringLiteral("SELECT * FROM checkouts WHERE order_id = ? AND org_id = ?"),
            {orderId, req.principal->orgId});
        if (!checkout)
            return HttpResponse::error(404, QStringLiteral("unknown_order"),
                QStringLiteral("There is no checkout with order %1 for your organisation.").arg(orderId),
                QStringLiteral("orderId"));
        const QByteArray expected = signatures::razorpayPaymentSignature(ctx.razorpayKeySecret(), orderId, paymentId);
        if (!signatures::constantTimeEquals(expected, signature.toLatin1()))
            return HttpResponse::error(400, QStringLiteral("signature_invalid"),
                QStringLiteral("The payment signature does not match this order and payment; nothing was changed."),
                QStringLiteral("signature"));
        const auto payment = ctx.db.one(
            QStringLiteral("SELECT status FROM rzp_payments WHERE id = ? AND order_id = ?"), {paymentId, orderId});
        if (!payment || payment->value(QStringLiteral("status")).toString() != QLatin1String("captured"))
            return HttpResponse::error(400, QStringLiteral("payment_not_captured"),
                QStringLiteral("Payment %1 has not been captured for order %2.").arg(paymentId, orderId),
                QStringLiteral("paymentId"));
        if (checkout->value(QStringLiteral("status")).toString() == QLatin1String("completed")
            && checkout->value(QStringLiteral("payment_id")).toString() != paymentId)
            return HttpResponse::error(409, QStringLiteral("order_already_paid"),
                QStringLiteral("Order %1 was already completed with another payment.").arg(orderId));
        Transaction tx(ctx.db);
        const QString subId = completeCheckout(ctx, orderId, paymentId, actorOf(req));
        tx.commit();
        const auto done = ctx.db.one(QStringLiteral("SELECT invoice_id FROM checkouts WHERE order_id = ?"), {orderId});
        return HttpResponse::json(QJsonObject{
            {QStringLiteral("subscription"),
                subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {subId}))},
            {QStringLiteral("invoiceId"), done->value(QStringLiteral("invoice_id")).toString()},
            {QStringLiteral("paymentId"), paymentId},
        });
    });

    router.add("POST", QStringLiteral("/api/billing/plan-change"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOwnerAdmin))
            return *denied;
        HttpResponse error;
        auto fields = JsonFields::parse(req.body, &error);
        if (!fields)
            return error;
        const QString planId = fields->string(QStringLiteral("planId"), true, 80);
        const QString cycleText = fields->string(QStringLiteral("billingCycle"), false, 20);
        const QString reason = fields->string(QStringLiteral("reason"), false, 500);
        const bool preview = fields->boolean(QStringLiteral("preview")).value_or(false);
        if (!fields->ok())
            return fields->error();
        settlePeriodEnds(ctx);
        const auto sub = currentSubscription(ctx, req.principal->orgId);
        if (!sub || sub->value(QStringLiteral("status")).toString() != QLatin1String("active"))
            return HttpResponse::error(409, QStringLiteral("no_active_subscription"),
                QStringLiteral("There is no active subscription to change; start a checkout instead."));
        const BillingCycle currentCycle =
            *billingCycleFromString(sub->value(QStringLiteral("billing_cycle")).toString());
        BillingCycle cycle = currentCycle;
        if (!cycleText.isEmpty()) {
            const auto c = billingCycleFromString(cycleText);
            if (!c)
                return HttpResponse::error(400, QStringLiteral("invalid_field"),
                    QStringLiteral("billingCycle must be monthly or yearly, not “%1”.").arg(cycleText),
                    QStringLiteral("billingCycle"));
            cycle = *c;
        }
        const auto plan = planRow(ctx, planId);
        if (!plan || plan->value(QStringLiteral("active")).toLongLong() == 0)
            return HttpResponse::error(400, QStringLiteral("unknown_plan"),
                QStringLiteral("There is no plan “%1”.").arg(planId), QStringLiteral("planId"));
        if (planId == sub->value(QStringLiteral("plan_id")).toString() && cycle == currentCycle)
            return HttpResponse::error(400, QStringLiteral("same_plan"),
                QStringLiteral("The subscription is already on %1, %2.")
                    .arg(plan->value(QStringLiteral("name")).toString(), billingCycleToString(cycle)),
                QStringLiteral("planId"));
        const QString currency = sub->value(QStringLiteral("currency")).toString();
        if (plan->value(QStringLiteral("currency")).toString() != currency)
            return HttpResponse::error(400, QStringLiteral("currency_mismatch"),
                QStringLiteral("%1 is billed in %2; the subscription is in %3.")
                    .arg(plan->value(QStringLiteral("name")).toString(),
                        plan->value(QStringLiteral("currency")).toString(), currency),
                QStringLiteral("planId"));
        const qint64 now = ctx.now();
        const qint64 start = sub->value(QStringLiteral("current_period_start")).toLongLong();
        const qint64 end = sub->value(QStringLiteral("current_period_end")).toLongLong();
        const Money oldPrice = Money::fromMinor(sub->value(QStringLiteral("amount_minor")).toLongLong(), currency);
        const Money newPrice = planPrice(*plan, cycle);
        // Same cycle: both sides prorated to the end of the period. New cycle: the unused part of
        // the old price is credited and the new period starts now at the full new price.
        Proration pr;
        qint64 newStart = start;
        qint64 newEnd = end;
        const qint64 changeAt = std::clamp(now, start, end);
        if (cycle == currentCycle) {
            pr = *prorate(oldPrice, newPrice, start, end, changeAt);
        } else {
            const Money credit = *oldPrice.scaled(end - changeAt, end - start)->negated();
            pr = {credit, newPrice, *newPrice.plus(credit)};
            newStart = now;
            newEnd = periodEndFor(now, cycle);
        }
        const auto org = ctx.db.one(QStringLiteral("SELECT * FROM orgs WHERE id = ?"), {req.principal->orgId});
        const TaxQuote quote = quoteTax(ctx, *org, pr.net.isNegative() ? Money::fromMinor(0, currency) : pr.net);
        QJsonObject previewJson{
            {QStringLiteral("currentPlanId"), sub->value(QStringLiteral("plan_id")).toString()},
            {QStringLiteral("currentPlanName"), sub->value(QStringLiteral("plan_name")).toString()},
            {QStringLiteral("currentBillingCycle"), billingCycleToString(currentCycle)},
            {QStringLiteral("currentPrice"), oldPrice.toWireString()},
            {QStringLiteral("proposedPlanId"), planId},
            {QStringLiteral("proposedPlanName"), plan->value(QStringLiteral("name")).toString()},
            {QStringLiteral("proposedBillingCycle"), billingCycleToString(cycle)},
            {QStringLiteral("proposedPrice"), newPrice.toWireString()},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("credit"), pr.credit.toWireString()},
            {QStringLiteral("debit"), pr.debit.toWireString()},
            {QStringLiteral("net"), pr.net.toWireString()},
            {QStringLiteral("tax"), quote.tax.toWireString()},
            {QStringLiteral("roundOff"), quote.roundOff.toWireString()},
            {QStringLiteral("amountDueNow"), quote.total.toWireString()},
            {QStringLiteral("creditCarriedForward"),
                pr.net.isNegative() ? pr.net.negated()->toWireString() : Money::fromMinor(0, currency).toWireString()},
            {QStringLiteral("changeAt"), isoTime(changeAt)},
            {QStringLiteral("periodStart"), isoTime(start)},
            {QStringLiteral("periodEnd"), isoTime(end)},
            {QStringLiteral("newPeriodStart"), isoTime(newStart)},
            {QStringLiteral("newPeriodEnd"), isoTime(newEnd)},
        };
        if (preview)
            return HttpResponse::json(QJsonObject{{QStringLiteral("preview"), previewJson}});

        Transaction tx(ctx.db);
        const QString subId = sub->value(QStringLiteral("id")).toString();
        ctx.db.exec(QStringLiteral("UPDATE subscriptions SET plan_id = ?, billing_cycle = ?, amount_minor = ?,"
                                   " current_period_start = ?, current_period_end = ?, updated_at = ? WHERE id = ?"),
            {planId, billingCycleToString(cycle), newPrice.minorUnits(), newStart, newEnd, now, subId});
        QString invoiceId;
        if (pr.net.isNegative()) {
            ctx.db.exec(QStringLiteral("UPDATE orgs SET account_credit_minor = account_credit_minor + ? WHERE id = ?"),
                {pr.net.negated()->minorUnits(), req.principal->orgId});
        } else if (!pr.net.isZero()) {
            // Charged at once through the saved mandate, as Razorpay does for an upgrade.
            const QString orderId = createRazorpayOrder(
                ctx, quote.total.minorUnits(), currency, QJsonObject{{QStringLiteral("plan_change"), subId}});
            const QString payId = newId("pay_");
            ctx.db.exec(
                QStringLiteral("INSERT INTO rzp_payments (id, order_id, amount, currency, status, method, created_at)"
                               " VALUES (?, ?, ?, ?, 'captured', 'emandate', ?)"),
                {payId, orderId, quote.total.minorUnits(), currency, now});
            ctx.db.exec(QStringLiteral(
                            "UPDATE rzp_orders SET status = 'paid', amount_paid = amount, attempts = 1 WHERE id = ?"),
                {orderId});
            auto lineFor = [&](const QString &text, const Money &amount) {
                InvoiceLine l;
                l.description = text;
                l.hsnSac = plan->value(QStringLiteral("hsn_sac")).toString();
                l.quantity = 1;
                l.unitPrice = amount;
                l.discount = Money::fromMinor(0, currency);
                l.amount = amount;
                l.periodStart = QDateTime::fromSecsSinceEpoch(changeAt, Qt::UTC);
                l.periodEnd = QDateTime::fromSecsSinceEpoch(newEnd, Qt::UTC);
                return l;
            };
            const Invoice inv = issueInvoice(ctx, req.principal->orgId, subId,
                {lineFor(QStringLiteral("Unused time on %1").arg(sub->value(QStringLiteral("plan_name")).toString()),
                     pr.credit),
                    lineFor(QStringLiteral("Remaining time on %1").arg(plan->value(QStringLiteral("name")).toString()),
                        pr.debit)},
                now, true, {payId});
            invoiceId = inv.id;
            ctx.db.exec(
                QStringLiteral(
                    "INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id, provider_order_id,"
                    " method, status, amount_minor, currency, created_at) VALUES (?, ?, ?, 'razorpay', ?, ?, "
                    "'emandate', 'captured', ?, ?, ?)"),
                {newId("pmt_"), req.principal->orgId, inv.id, payId, orderId, quote.total.minorUnits(), currency, now});
        }
        recordEvent(ctx, subId, QStringLiteral("plan_changed"), actorOf(req), reason,
            QStringLiteral("%1 (%2) → %3 (%4); net %5 %6")
                .arg(sub->value(QStringLiteral("plan_name")).toString(), billingCycleToString(currentCycle),
                    plan->value(QStringLiteral("name")).toString(), billingCycleToString(cycle), pr.net.toWireString(),
                    currency));
        tx.commit();
        return HttpResponse::json(QJsonObject{
            {QStringLiteral("preview"), previewJson},
            {QStringLiteral("subscription"),
                subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {subId}))},
            {QStringLiteral("invoiceId"), invoiceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(invoiceId)},
        });
    });

    router.add("POST", QStringLiteral("/api/billing/cancel"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOwnerAdmin))
            return *denied;
        HttpResponse error;
        auto fields = JsonFields::parse(req.body, &error, true);
        if (!fields)
            return error;
        const bool atPeriodEnd = fields->boolean(QStringLiteral("atPeriodEnd")).value_or(true);
        const QString reason = fields->string(QStringLiteral("reason"), false, 500);
        if (!fields->ok())
            return fields->error();
        settlePeriodEnds(ctx);
        const auto sub = currentSubscription(ctx, req.principal->orgId);
        const QString status = sub ? sub->value(QStringLiteral("status")).toString() : QString();
        if (!sub || !QString::fromLatin1(kLiveStatuses).contains(u'\'' + status + u'\''))
            return HttpResponse::error(409, QStringLiteral("no_active_subscription"),
                QStringLiteral("There is no active subscription to cancel."));
        const QString subId = sub->value(QStringLiteral("id")).toString();
        const qint64 end = sub->value(QStringLiteral("current_period_end")).toLongLong();
        Transaction tx(ctx.db);
        if (atPeriodEnd) {
            if (sub->value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0)
                return HttpResponse::error(409, QStringLiteral("already_cancelling"),
                    QStringLiteral("The subscription is already set to end on %1.").arg(humanDate(end)));
            ctx.db.exec(
                QStringLiteral("UPDATE subscriptions SET cancel_at_period_end = 1, updated_at = ? WHERE id = ?"),
                {ctx.now(), subId});
            recordEvent(ctx, subId, QStringLiteral("cancel_scheduled"), actorOf(req), reason,
                QStringLiteral("Ends on %1").arg(humanDate(end)));
        } else {
            const qint64 now = ctx.now();
            ctx.db.exec(QStringLiteral(
                            "UPDATE subscriptions SET status = 'cancelled', cancelled_at = ?, current_period_end = ?,"
                            " cancel_at_period_end = 0, updated_at = ? WHERE id = ?"),
                {now, std::min(now, end), now, subId});
            recordEvent(
                ctx, subId, QStringLiteral("cancelled"), actorOf(req), reason, QStringLiteral("Cancelled immediately"));
        }
        tx.commit();
        return HttpResponse::json(subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {subId})));
    });

    router.add("POST", QStringLiteral("/api/billing/resume"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOwnerAdmin))
            return *denied;
        HttpResponse error;
        auto fields = JsonFields::parse(req.body, &error, true);
        if (!fields)
            return error;
        const QString reason = fields->string(QStringLiteral("reason"), false, 500);
        if (!fields->ok())
            return fields->error();
        settlePeriodEnds(ctx);
        const auto sub = currentSubscription(ctx, req.principal->orgId);
        if (!sub)
            return HttpResponse::error(
                409, QStringLiteral("no_subscription"), QStringLiteral("There is no subscription to resume."));
        const QString status = sub->value(QStringLiteral("status")).toString();
        if (status == QLatin1String("cancelled") || status == QLatin1String("expired")
            || status == QLatin1String("completed"))
            return HttpResponse::error(409, QStringLiteral("cannot_resume"),
                QStringLiteral("The subscription ended on %1 and can no longer be resumed; start a new checkout.")
                    .arg(humanDate(sub->value(QStringLiteral("cancelled_at")).toLongLong())));
        if (sub->value(QStringLiteral("cancel_at_period_end")).toLongLong() == 0)
            return HttpResponse::error(409, QStringLiteral("not_cancelling"),
                QStringLiteral("The subscription is not set to cancel; there is nothing to resume."));
        const QString subId = sub->value(QStringLiteral("id")).toString();
        Transaction tx(ctx.db);
        ctx.db.exec(QStringLiteral("UPDATE subscriptions SET cancel_at_period_end = 0, updated_at = ? WHERE id = ?"),
            {ctx.now(), subId});
        recordEvent(
            ctx, subId, QStringLiteral("resumed"), actorOf(req), reason, QStringLiteral("Cancellation withdrawn"));
        tx.commit();
        return HttpResponse::json(subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {subId})));
    });

    router.add("GET", QStringLiteral("/api/billing/invoices"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kLedgerReaders))
            return *denied;
        Page page;
        if (auto bad = readPage(req, &page))
            return *bad;
        std::optional<qint64> from, to;
        if (auto bad = readDateRange(req, &from, &to))
            return *bad;
        Filter f;
        if (req.principal->role != Role::SuperAdmin)
            f.add(QStringLiteral("i.org_id = ?"), {req.principal->orgId});
        else if (!req.queryValue(QStringLiteral("orgId")).isEmpty())
            f.add(QStringLiteral("i.org_id = ?"), {req.queryValue(QStringLiteral("orgId"))});
        if (from)
            f.add(QStringLiteral("i.issued_at >= ?"), {*from});
        if (to)
            f.add(QStringLiteral("i.issued_at <= ?"), {*to});
        if (!req.queryValue(QStringLiteral("status")).isEmpty())
            f.add(QStringLiteral("i.status = ?"), {req.queryValue(QStringLiteral("status"))});
        addPage(f, page, QStringLiteral("i"));
        QVariantList binds = f.binds;
        binds << page.limit + 1;
        const auto rows = ctx.db.all(
            QStringLiteral("SELECT i.id, i.number, i.org_id, i.subscription_id, i.status, i.currency,"
                           " i.issued_at, i.subtotal_minor, i.tax_minor, i.total_minor, i.amount_paid_minor,"
                           " i.created_at, o.name AS org_name FROM invoices i JOIN orgs o ON o.id = i.org_id")
                + f.where() + QStringLiteral(" ORDER BY i.created_at DESC, i.id DESC LIMIT ?"),
            binds);
        QJsonArray data;
        for (const QVariantMap &r : rows)
            data.append(invoiceSummaryJson(r));
        return pagedJson(data, rows, page.limit);
    });

    auto invoiceFor = [&ctx](const HttpRequest &req, std::optional<HttpResponse> *error) -> std::optional<Invoice> {
        const QString id = req.params.value(QStringLiteral("id"));
        const auto inv = loadInvoice(ctx, id);
        if (!inv || (req.principal->role != Role::SuperAdmin && inv->orgId != req.principal->orgId)) {
            *error = HttpResponse::error(
                404, QStringLiteral("not_found"), QStringLiteral("There is no invoice %1.").arg(id));
            return std::nullopt;
        }
        return inv;
    };

    router.add("GET", QStringLiteral("/api/billing/invoices/{id}"), [invoiceFor](const HttpRequest &req) {
        if (auto denied = requireRole(req, kLedgerReaders))
            return *denied;
        std::optional<HttpResponse> error;
        const auto inv = invoiceFor(req, &error);
        if (!inv)
            return *error;
        return HttpResponse::json(invoicejson::toJson(*inv));
    });

    router.add("GET", QStringLiteral("/api/billing/invoices/{id}/pdf"), [invoiceFor](const HttpRequest &req) {
        if (auto denied = requireRole(req, kBillingReaders))
            return *denied;
        std::optional<HttpResponse> error;
        const auto inv = invoiceFor(req, &error);
        if (!inv)
            return *error;
        HttpResponse r;
        r.contentType = "application/pdf";
        r.body = InvoiceRenderer().renderPdf(*inv);
        r.withHeader("Cache-Control", "private, max-age=3600");
        r.withHeader("Content-Disposition", QByteArray("inline; filename=\"" + inv->number.toLatin1() + ".pdf\""));
        return r;
    });

    router.add("GET", QStringLiteral("/api/billing/payments"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kLedgerReaders))
            return *denied;
        Page page;
        if (auto bad = readPage(req, &page))
            return *bad;
        std::optional<qint64> from, to;
        if (auto bad = readDateRange(req, &from, &to))
            return *bad;
        Filter f;
        if (req.principal->role != Role::SuperAdmin)
            f.add(QStringLiteral("p.org_id = ?"), {req.principal->orgId});
        if (from)
            f.add(QStringLiteral("p.created_at >= ?"), {*from});
        if (to)
            f.add(QStringLiteral("p.created_at <= ?"), {*to});
        if (!req.queryValue(QStringLiteral("status")).isEmpty())
            f.add(QStringLiteral("p.status = ?"), {req.queryValue(QStringLiteral("status"))});
        addPage(f, page, QStringLiteral("p"));
        QVariantList binds = f.binds;
        binds << page.limit + 1;
        const auto rows =
            ctx.db.all(QStringLiteral("SELECT p.*, o.name AS org_name FROM payments p JOIN orgs o ON o.id = p.org_id")
                    + f.where() + QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC LIMIT ?"),
                binds);
        QJsonArray data;
        for (const QVariantMap &r : rows)
            data.append(paymentJson(r));
        return pagedJson(data, rows, page.limit);
    });

    router.add("GET", QStringLiteral("/api/billing/payments/export"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kBillingReaders))
            return *denied;
        std::optional<qint64> from, to;
        if (auto bad = readDateRange(req, &from, &to))
            return *bad;
        Filter f;
        if (req.principal->role != Role::SuperAdmin)
            f.add(QStringLiteral("p.org_id = ?"), {req.principal->orgId});
        if (from)
            f.add(QStringLiteral("p.created_at >= ?"), {*from});
        if (to)
            f.add(QStringLiteral("p.created_at <= ?"), {*to});
        auto query = std::make_shared<QSqlQuery>(
            ctx.db.exec(QStringLiteral("SELECT p.*, o.name AS org_name FROM payments p JOIN orgs o ON o.id = p.org_id")
                    + f.where() + QStringLiteral(" ORDER BY p.created_at, p.id"),
                f.binds));
        HttpResponse r;
        r.contentType = "text/csv; charset=utf-8";
        auto headerSent = std::make_shared<bool>(false);
        // Streamed 500 rows at a time: the export of a million payments never sits in memory.
        r.stream = [query, headerSent]() -> QByteArray {
            QByteArray chunk;
            if (!*headerSent) {
                *headerSent = true;
                chunk = "payment_id,created_at,org_id,org_name,invoice_id,provider,provider_payment_id,provider_order_"
                        "id,method,status,amount,currency\r\n";
            }
            for (int n = 0; n < 500 && query->next(); ++n) {
                const QJsonObject p = paymentJson(rowToMap(*query));
                QByteArrayList cells;
                for (const char *key : {"id", "createdAt", "orgId", "orgName", "invoiceId", "provider",
                         "providerPaymentId", "providerOrderId", "method", "status", "amount", "currency"})
                    cells << csvCell(p.value(QString::fromLatin1(key)).toString());
                chunk += cells.join(',') + "\r\n";
            }
            return chunk;
        };
        const QString name =
            QStringLiteral("payments-%1-%2.csv")
                .arg(req.queryValue(QStringLiteral("from")).isEmpty() ? QStringLiteral("start")
                                                                      : req.queryValue(QStringLiteral("from")),
                    req.queryValue(QStringLiteral("to")).isEmpty() ? QStringLiteral("now")
                                                                   : req.queryValue(QStringLiteral("to")));
        r.withHeader("Content-Disposition", QByteArray("attachment; filename=\"" + name.toLatin1() + '"'));
        return r;
    });
}

} // namespace bc::sandbox
