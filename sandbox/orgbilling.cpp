#include "orgbilling.h"

#include "models/csv.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

#include <iterator>
#include <string_view>

namespace bc::sandbox {

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

void recordEvent(Context &ctx, const QString &subscriptionId, SubscriptionEventKind kind, const QString &actor,
    const QString &reason, const QString &detail)
{
    ctx.db.exec(QStringLiteral("INSERT INTO subscription_events (id, subscription_id, at, kind, actor, reason,"
                               " detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {newId("sev_"), subscriptionId, ctx.now(), wireWord(kind), actor, reason, detail});
}

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
        recordEvent(ctx, id, SubscriptionEventKind::Cancelled, QStringLiteral("system"), {},
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

namespace {
enum class FieldKind { Text, Minor, Time };
struct PaymentField
{
    const char *json; // the list's field
    const char *csv; // the export's column
    const char *sql; // the select's column, in this order
    FieldKind kind;
};
// One table: the list, the export's header and its cells, in the export's column order.
constexpr PaymentField kPaymentFields[] = {
    {"id", "payment_id", "p.id", FieldKind::Text},
    {"createdAt", "created_at", "p.created_at", FieldKind::Time},
    {"orgId", "org_id", "p.org_id", FieldKind::Text},
    {"orgName", "org_name", "o.name", FieldKind::Text},
    {"invoiceId", "invoice_id", "p.invoice_id", FieldKind::Text},
    {"invoiceNumber", "invoice_number", "i.number", FieldKind::Text},
    {"provider", "provider", "p.provider", FieldKind::Text},
    {"providerPaymentId", "provider_payment_id", "p.provider_payment_id", FieldKind::Text},
    {"providerOrderId", "provider_order_id", "p.provider_order_id", FieldKind::Text},
    {"method", "method", "p.method", FieldKind::Text},
    {"status", "status", "p.status", FieldKind::Text},
    {"amount", "amount", "p.amount_minor", FieldKind::Minor},
    {"currency", "currency", "p.currency", FieldKind::Text},
};
constexpr int kCurrencyColumn = 12;
static_assert(std::string_view(kPaymentFields[PaymentIdColumn].sql) == "p.id");
static_assert(std::string_view(kPaymentFields[PaymentCreatedAtColumn].sql) == "p.created_at");
static_assert(std::string_view(kPaymentFields[kCurrencyColumn].sql) == "p.currency");

// The decimals of a row's currency: pages hold few currencies, so the last one is kept.
int exponentOf(QByteArrayView code)
{
    thread_local QByteArray last;
    thread_local int exponent = 0;
    if (code != last) {
        last = code.toByteArray();
        exponent = currencyExponent(QString::fromLatin1(code));
    }
    return exponent;
}

// One cell of a payment, as the list and the export write it: times in ISO 8601 UTC, minor units
// as the currency's wire amount (digits, "-.:TZ": nothing either format escapes, and a negative
// amount is a plain negative decimal, which a CSV cell keeps as a number), text as kept.
template<typename AppendText>
void appendPaymentField(QByteArray &out, const RowView &row, int column, AppendText appendText)
{
    switch (kPaymentFields[column].kind) {
    case FieldKind::Time:
        out.append('"');
        appendIsoTime(out, row.integer(column));
        out.append('"');
        return;
    case FieldKind::Minor:
        out.append('"');
        Money::appendWire(out, row.integer(column), exponentOf(row.text(kCurrencyColumn)));
        out.append('"');
        return;
    case FieldKind::Text:
        appendText(out, row.text(column));
        return;
    }
}
} // namespace

const QString &paymentSelect()
{
    static const QString select = []() -> QString {
        QStringList columns;
        for (const PaymentField &f : kPaymentFields)
            columns << QString::fromLatin1(f.sql);
        return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
            + QStringLiteral(" FROM payments p JOIN orgs o ON o.id = p.org_id"
                             " LEFT JOIN invoices i ON i.id = p.invoice_id");
    }();
    return select;
}

void appendPaymentJson(QByteArray &out, const RowView &row)
{
    out.append('{');
    for (int c = 0; c < int(std::size(kPaymentFields)); ++c) {
        if (c)
            out.append(',');
        out.append('"').append(kPaymentFields[c].json).append("\":");
        appendPaymentField(out, row, c, [](QByteArray &o, QByteArrayView t) { appendJsonString(o, t); });
    }
    out.append('}');
}

QByteArray paymentCsvHeader()
{
    QByteArrayList names;
    for (const PaymentField &f : kPaymentFields)
        names << f.csv;
    return names.join(',') + "\r\n";
}

void appendPaymentCsv(QByteArray &out, const RowView &row)
{
    for (int c = 0; c < int(std::size(kPaymentFields)); ++c) {
        if (c)
            out.append(',');
        appendPaymentField(out, row, c, [](QByteArray &o, QByteArrayView t) { csv::appendCell(o, t); });
    }
    out.append("\r\n");
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
    recordEvent(ctx, subId, SubscriptionEventKind::Activated, actor, {},
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
                recordEvent(ctx, s.value(QStringLiteral("id")).toString(), SubscriptionEventKind::PaymentFailed,
                    QStringLiteral("system"), {},
                    QStringLiteral("Renewal charge declined; invoice %1 is due").arg(inv.number));
                break;
            }
            ctx.db.exec(QStringLiteral("UPDATE subscriptions SET current_period_start = ?, current_period_end = ?, "
                                       "updated_at = ? WHERE id = ?"),
                {start, end, ctx.now(), s.value(QStringLiteral("id"))});
            recordEvent(ctx, s.value(QStringLiteral("id")).toString(), SubscriptionEventKind::Renewed,
                QStringLiteral("system"), {},
                QStringLiteral("Invoice %1, %2 %3").arg(inv.number, inv.total.toWireString(), currency));
            start = end;
        }
        tx.commit();
    }
}

} // namespace bc::sandbox
