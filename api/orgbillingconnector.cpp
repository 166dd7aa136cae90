#include "orgbillingconnector.h"

#include "models/invoicejson.h"
#include "models/words.h"

namespace bc {

namespace {

template<typename T, typename F>
bool mapPage(const QJsonDocument &doc, PageOf<T> *out, QString *error, F one)
{
    const QJsonObject o = doc.object();
    for (const QJsonValue &v : o.value(QStringLiteral("data")).toArray()) {
        T item;
        if (!one(v.toObject(), &item, error))
            return false;
        out->items.append(item);
    }
    out->nextCursor = o.value(QStringLiteral("next_cursor")).toString();
    return true;
}

QUrlQuery rangeQuery(const DateRangeQuery &q, const QString &status = {})
{
    QUrlQuery query;
    if (q.from.isValid())
        query.addQueryItem(QStringLiteral("from"), q.from.toString(Qt::ISODate));
    if (q.to.isValid())
        query.addQueryItem(QStringLiteral("to"), q.to.toString(Qt::ISODate));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    if (!q.after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), q.after);
    return query;
}

bool mapSubscription(const QJsonDocument &doc, const ApiReply &, Subscription *out, QString *error)
{
    return json::toSubscription(doc.object(), out, error);
}

} // namespace

OrgBillingConnector::OrgBillingConnector(ApiTransport *transport, QObject *parent) : Connector(transport, parent) { }

void OrgBillingConnector::whoami(QObject *context, ApiDone<json::Identity> done)
{
    run<json::Identity>(
        get(QStringLiteral("/api/auth/whoami")), context,
        [](const QJsonDocument &d, const ApiReply &, json::Identity *out, QString *e) {
            return json::toIdentity(d.object(), out, e);
        },
        std::move(done));
}

void OrgBillingConnector::mySubscription(QObject *context, ApiDone<std::optional<Subscription>> done)
{
    run<std::optional<Subscription>>(
        get(QStringLiteral("/api/billing/subscription/me")), context,
        [](const QJsonDocument &d, const ApiReply &, std::optional<Subscription> *out, QString *e) {
            Subscription s;
            if (!json::toSubscription(d.object(), &s, e))
                return false;
            *out = s;
            return true;
        },
        [done](const ApiResult<std::optional<Subscription>> &r) {
            if (r.error.kind == ApiError::Kind::Http && r.error.code == QLatin1String("no_subscription")) {
                done(ApiResult<std::optional<Subscription>>{}); // no subscription is an answer, not an error
                return;
            }
            done(r);
        });
}

void OrgBillingConnector::subscriptions(
    const SubscriptionQuery &q, QObject *context, ApiDone<PageOf<Subscription>> done)
{
    QUrlQuery query;
    if (q.status)
        query.addQueryItem(QStringLiteral("status"), wireWord(*q.status));
    if (!q.planId.isEmpty())
        query.addQueryItem(QStringLiteral("planId"), q.planId);
    if (!q.text.isEmpty())
        query.addQueryItem(QStringLiteral("q"), q.text);
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    if (!q.after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), q.after);
    run<PageOf<Subscription>>(
        get(QStringLiteral("/api/billing/subscription"), query), context,
        [](const QJsonDocument &d, const ApiReply &, PageOf<Subscription> *out, QString *e) {
            return mapPage(d, out, e, json::toSubscription);
        },
        std::move(done));
}

void OrgBillingConnector::subscription(const QString &id, QObject *context, ApiDone<SubscriptionDetail> done)
{
    run<SubscriptionDetail>(
        get(QStringLiteral("/api/billing/subscription/") + segment(id)), context,
        [](const QJsonDocument &d, const ApiReply &, SubscriptionDetail *out, QString *e) {
            return json::toSubscription(d.object(), &out->subscription, e)
                && json::toSubscriptionEvents(d.object(), &out->history, e);
        },
        std::move(done));
}

void OrgBillingConnector::patchSubscription(const QString &id, const SubscriptionPatch &patch, const QString &reason,
    const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(send("PATCH", QStringLiteral("/api/billing/subscription/") + segment(id),
                          json::fromSubscriptionPatch(patch, reason), idempotencyKey),
        context, mapSubscription, std::move(done));
}

void OrgBillingConnector::plans(QObject *context, ApiDone<QList<Plan>> done)
{
    run<QList<Plan>>(
        get(QStringLiteral("/api/billing/plans")), context,
        [](const QJsonDocument &d, const ApiReply &, QList<Plan> *out, QString *e) {
            for (const QJsonValue &v : d.object().value(QStringLiteral("data")).toArray()) {
                Plan p;
                if (!json::toPlan(v.toObject(), &p, e))
                    return false;
                out->append(p);
            }
            return true;
        },
        std::move(done));
}

void OrgBillingConnector::previewPlanChange(
    const QString &planId, BillingCycle cycle, QObject *context, ApiDone<ProrationPreview> done)
{
    run<ProrationPreview>(
        send("POST", QStringLiteral("/api/billing/plan-change"),
            {{QStringLiteral("planId"), planId}, {QStringLiteral("billingCycle"), billingCycleToString(cycle)},
                {QStringLiteral("preview"), true}}),
        context,
        [](const QJsonDocument &d, const ApiReply &, ProrationPreview *out, QString *e) {
            return json::toProrationPreview(d.object().value(QStringLiteral("preview")).toObject(), out, e);
        },
        std::move(done));
}

void OrgBillingConnector::changePlan(const QString &planId, BillingCycle cycle, const QString &reason,
    const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(
        send("POST", QStringLiteral("/api/billing/plan-change"),
            {{QStringLiteral("planId"), planId}, {QStringLiteral("billingCycle"), billingCycleToString(cycle)},
                {QStringLiteral("reason"), reason}},
            idempotencyKey),
        context,
        [](const QJsonDocument &d, const ApiReply &, Subscription *out, QString *e) {
            return json::toSubscription(d.object().value(QStringLiteral("subscription")).toObject(), out, e);
        },
        std::move(done));
}

void OrgBillingConnector::cancel(bool atPeriodEnd, const QString &reason, const QString &idempotencyKey,
    QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(
        send("POST", QStringLiteral("/api/billing/cancel"),
            {{QStringLiteral("atPeriodEnd"), atPeriodEnd}, {QStringLiteral("reason"), reason}}, idempotencyKey),
        context, mapSubscription, std::move(done));
}

void OrgBillingConnector::resume(
    const QString &reason, const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(
        send("POST", QStringLiteral("/api/billing/resume"), {{QStringLiteral("reason"), reason}}, idempotencyKey),
        context, mapSubscription, std::move(done));
}

void OrgBillingConnector::createCheckout(
    const QString &planId, BillingCycle cycle, const QString &couponCode, QObject *context, ApiDone<CheckoutOrder> done)
{
    QJsonObject body{{QStringLiteral("planId"), planId}, {QStringLiteral("billingCycle"), billingCycleToString(cycle)}};
    if (!couponCode.isEmpty())
        body.insert(QStringLiteral("couponCode"), couponCode);
    run<CheckoutOrder>(
        send("POST", QStringLiteral("/api/billing/checkout"), body), context,
        [](const QJsonDocument &d, const ApiReply &, CheckoutOrder *out, QString *e) {
            const QJsonObject o = d.object();
            out->keyId = o.value(QStringLiteral("keyId")).toString();
            out->orderId = o.value(QStringLiteral("orderId")).toString();
            out->name = o.value(QStringLiteral("name")).toString();
            out->description = o.value(QStringLiteral("description")).toString();
            out->checkoutUrl = QUrl(o.value(QStringLiteral("checkoutUrl")).toString());
            MoneyParseError pe = MoneyParseError::None;
            out->amount = Money::parse(
                o.value(QStringLiteral("amount")).toString(), o.value(QStringLiteral("currency")).toString(), &pe);
            if (!out->amount.isValid())
                *e = QStringLiteral("checkout amount: ")
                    + Money::parseErrorMessage(pe, o.value(QStringLiteral("amount")).toString(),
                        o.value(QStringLiteral("currency")).toString());
            out->checkoutOptions = {{QStringLiteral("key"), out->keyId},
                {QStringLiteral("amount"), o.value(QStringLiteral("amountSubunits")).toVariant()},
                {QStringLiteral("currency"), out->amount.currency()}, {QStringLiteral("name"), out->name},
                {QStringLiteral("description"), out->description}, {QStringLiteral("order_id"), out->orderId},
                {QStringLiteral("prefill"), o.value(QStringLiteral("prefill")).toVariant()},
                {QStringLiteral("notes"), o.value(QStringLiteral("notes")).toVariant()}};
            return out->amount.isValid() && !out->orderId.isEmpty();
        },
        std::move(done));
}

void OrgBillingConnector::confirmCheckout(const QString &orderId, const QString &paymentId, const QString &signature,
    QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(
        send("POST", QStringLiteral("/api/billing/checkout/confirm"),
            {{QStringLiteral("orderId"), orderId}, {QStringLiteral("paymentId"), paymentId},
                {QStringLiteral("signature"), signature}}),
        context,
        [](const QJsonDocument &d, const ApiReply &, Subscription *out, QString *e) {
            return json::toSubscription(d.object().value(QStringLiteral("subscription")).toObject(), out, e);
        },
        std::move(done));
}

void OrgBillingConnector::invoices(
    const DateRangeQuery &q, std::optional<InvoiceStatus> status, QObject *context, ApiDone<PageOf<Invoice>> done)
{
    run<PageOf<Invoice>>(
        get(QStringLiteral("/api/billing/invoices"), rangeQuery(q, status ? wireWord(*status) : QString())), context,
        [](const QJsonDocument &d, const ApiReply &, PageOf<Invoice> *out, QString *e) {
            return mapPage(d, out, e, json::toInvoiceSummary);
        },
        std::move(done));
}

void OrgBillingConnector::invoice(const QString &id, QObject *context, ApiDone<Invoice> done)
{
    run<Invoice>(
        get(QStringLiteral("/api/billing/invoices/") + segment(id)), context,
        [](const QJsonDocument &d, const ApiReply &, Invoice *out, QString *e) {
            return invoicejson::fromJson(d.object(), out, e);
        },
        std::move(done));
}

void OrgBillingConnector::payments(
    const DateRangeQuery &q, std::optional<PaymentStatus> status, QObject *context, ApiDone<PageOf<Payment>> done)
{
    run<PageOf<Payment>>(
        get(QStringLiteral("/api/billing/payments"), rangeQuery(q, status ? wireWord(*status) : QString())), context,
        [](const QJsonDocument &d, const ApiReply &, PageOf<Payment> *out, QString *e) {
            return mapPage(d, out, e, json::toPayment);
        },
        std::move(done));
}

PageFetch<Subscription> OrgBillingConnector::subscriptionPages(const SubscriptionQuery &query)
{
    return [this, query](const QString &cursor, QObject *context, ApiDone<PageOf<Subscription>> done) {
        SubscriptionQuery q = query;
        q.after = cursor;
        subscriptions(q, context, std::move(done));
    };
}

PageFetch<Invoice> OrgBillingConnector::invoicePages(const DateRangeQuery &range, std::optional<InvoiceStatus> status)
{
    return [this, range, status](const QString &cursor, QObject *context, ApiDone<PageOf<Invoice>> done) {
        DateRangeQuery q = range;
        q.after = cursor;
        invoices(q, status, context, std::move(done));
    };
}

PageFetch<Payment> OrgBillingConnector::paymentPages(const DateRangeQuery &range, std::optional<PaymentStatus> status)
{
    return [this, range, status](const QString &cursor, QObject *context, ApiDone<PageOf<Payment>> done) {
        DateRangeQuery q = range;
        q.after = cursor;
        payments(q, status, context, std::move(done));
    };
}

ApiCall *OrgBillingConnector::exportPayments(
    const QDate &from, const QDate &to, QIODevice *sink, QObject *context, ApiDone<bool> done)
{
    DateRangeQuery q;
    q.from = from;
    q.to = to;
    QUrlQuery query = rangeQuery(q);
    query.removeAllQueryItems(QStringLiteral("limit"));
    ApiRequest r = get(QStringLiteral("/api/billing/payments/export"), query);
    r.sink = sink;
    return run<bool>(
        r, context, [](const QJsonDocument &, const ApiReply &, bool *out, QString *) { return *out = true; },
        std::move(done));
}

void OrgBillingConnector::validateCoupon(
    const QString &code, const QString &planId, BillingCycle cycle, QObject *context, ApiDone<CouponCheck> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("planId"), planId);
    q.addQueryItem(QStringLiteral("billingCycle"), billingCycleToString(cycle));
    run<CouponCheck>(
        get(QStringLiteral("/api/billing/coupons/%1/validate").arg(segment(code)), q), context,
        [](const QJsonDocument &d, const ApiReply &, CouponCheck *out, QString *e) {
            const QJsonObject o = d.object();
            out->valid = o.value(QStringLiteral("valid")).toBool();
            out->message = o.value(QStringLiteral("message")).toString();
            if (!out->valid)
                return true;
            const QString currency = o.value(QStringLiteral("currency")).toString();
            MoneyParseError pe = MoneyParseError::None;
            out->listPrice = Money::parse(o.value(QStringLiteral("listPrice")).toString(), currency, &pe);
            out->discount = Money::parse(o.value(QStringLiteral("discount")).toString(), currency, &pe);
            out->priceAfterDiscount =
                Money::parse(o.value(QStringLiteral("priceAfterDiscount")).toString(), currency, &pe);
            if (!out->priceAfterDiscount.isValid())
                *e = QStringLiteral("coupon check without a price");
            return out->priceAfterDiscount.isValid();
        },
        std::move(done));
}

void OrgBillingConnector::revenueByMonth(QObject *context, ApiDone<QList<MonthlyAmount>> done)
{
    run<QList<MonthlyAmount>>(
        get(QStringLiteral("/api/billing/reports/revenue")), context,
        [](const QJsonDocument &d, const ApiReply &, QList<MonthlyAmount> *out, QString *e) {
            for (const QJsonValue &v : d.object().value(QStringLiteral("data")).toArray()) {
                const QJsonObject o = v.toObject();
                const Money m = Money::parse(
                    o.value(QStringLiteral("amount")).toString(), o.value(QStringLiteral("currency")).toString());
                if (!m.isValid()) {
                    *e = QStringLiteral("a revenue row without a valid amount");
                    return false;
                }
                out->append({o.value(QStringLiteral("month")).toString(), m});
            }
            return true;
        },
        std::move(done));
}

ApiCall *OrgBillingConnector::invoicePdf(const QString &id, QIODevice *sink, QObject *context, ApiDone<bool> done)
{
    ApiRequest r = get(QStringLiteral("/api/billing/invoices/") + segment(id) + QStringLiteral("/pdf"));
    r.sink = sink;
    return run<bool>(
        r, context, [](const QJsonDocument &, const ApiReply &, bool *out, QString *) { return *out = true; },
        std::move(done));
}

} // namespace bc
