// Stripe-like and Creem-like simulators. Hosted pages let a person (or a test driving the page)
// pay, fail or cancel; completion redirects like the providers do and delivers signed webhooks.
#include "providersims.h"

#include "auth.h"
#include "providersignatures.h"
#include "providersimulators.h"

#include <QJsonDocument>

namespace bc::sandbox {

QString webhookPath(const QString &family, const QString &provider)
{
    if (provider == QLatin1String("creem"))
        return QStringLiteral("/payment/webhook/creem");
    return family == QLatin1String("tier") ? QStringLiteral("/v1/billing/webhooks")
                                           : QStringLiteral("/payment/webhook/stripe");
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 periodEnd(qint64 start, const QString &interval)
{
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    return (interval == QLatin1String("year") ? s.addYears(1) : s.addMonths(1)).toSecsSinceEpoch();
}

QJsonObject sessionJson(Context &ctx, const QVariantMap &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.value(QStringLiteral("id")).toString()},
        {QStringLiteral("object"), QStringLiteral("checkout.session")},
        {QStringLiteral("mode"), s.value(QStringLiteral("mode")).toString()},
        {QStringLiteral("url"),
            ctx.baseUrl
                .resolved(QUrl(QStringLiteral("/sim/stripe/checkout/") + s.value(QStringLiteral("id")).toString()))
                .toString()},
        {QStringLiteral("status"), s.value(QStringLiteral("status")).toString()},
        {QStringLiteral("payment_status"), s.value(QStringLiteral("payment_status")).toString()},
        {QStringLiteral("customer"), s.value(QStringLiteral("customer")).toString()},
        {QStringLiteral("customer_email"), s.value(QStringLiteral("customer_email")).toString()},
        {QStringLiteral("subscription"),
            s.value(QStringLiteral("subscription")).toString().isEmpty()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(s.value(QStringLiteral("subscription")).toString())},
        {QStringLiteral("client_reference_id"), s.value(QStringLiteral("client_reference_id")).toString()},
        {QStringLiteral("metadata"), parseObject(s.value(QStringLiteral("metadata")).toString())},
        {QStringLiteral("amount_total"), s.value(QStringLiteral("amount_minor")).toLongLong()},
        {QStringLiteral("currency"), s.value(QStringLiteral("currency")).toString().toLower()},
        {QStringLiteral("success_url"), s.value(QStringLiteral("success_url")).toString()},
        {QStringLiteral("cancel_url"), s.value(QStringLiteral("cancel_url")).toString()},
    };
}

namespace stripe {

QString customerForOrg(Context &ctx, const QString &orgId)
{
    return ctx.db
        .scalar(QStringLiteral("SELECT id FROM stripe_customers WHERE org_id = ? ORDER BY created_at LIMIT 1"), {orgId})
        .toString();
}

QString ensureCustomer(Context &ctx, const QString &orgId, const QString &email)
{
    const QString existing = customerForOrg(ctx, orgId);
    if (!existing.isEmpty())
        return existing;
    const QString id = newId("cus_");
    ctx.db.exec(QStringLiteral("INSERT INTO stripe_customers (id, org_id, email, created_at) VALUES (?, ?, ?, ?)"),
        {id, orgId, email, ctx.now()});
    return id;
}

QJsonObject createCheckoutSession(Context &ctx, const SessionRequest &r, QString *error)
{
    const auto price = ctx.db.one(QStringLiteral("SELECT * FROM stripe_prices WHERE id = ?"), {r.priceId});
    if (!price) {
        *error = QStringLiteral("No such price: '%1'").arg(r.priceId);
        return {};
    }
    const QString id = newId("cs_test_");
    const QString email =
        ctx.db.scalar(QStringLiteral("SELECT email FROM stripe_customers WHERE id = ?"), {r.customer}).toString();
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO stripe_sessions (id, family, mode, price, quantity, customer, customer_email, success_url,"
            " cancel_url, client_reference_id, metadata, status, payment_status, amount_minor, currency, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 'unpaid', ?, ?, ?)"),
        {id, r.family, r.mode, r.priceId, r.quantity, r.customer, email, r.successUrl, r.cancelUrl, r.clientReferenceId,
            compact(r.metadata), price->value(QStringLiteral("unit_amount_minor")).toLongLong() * r.quantity,
            price->value(QStringLiteral("currency")), ctx.now()});
    return sessionJson(ctx, *ctx.db.one(QStringLiteral("SELECT * FROM stripe_sessions WHERE id = ?"), {id}));
}

QUrl createPortalSession(Context &ctx, const QString &customer, const QString &family, const QString &returnUrl)
{
    const QString id = newId("bps_");
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO stripe_portal_sessions (id, customer, family, return_url, created_at) VALUES (?, ?, ?, ?, ?)"),
        {id, customer, family, returnUrl, ctx.now()});
    return ctx.baseUrl.resolved(QUrl(QStringLiteral("/sim/stripe/portal/") + id));
}

QJsonObject subscriptionJson(const QVariantMap &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.value(QStringLiteral("id")).toString()},
        {QStringLiteral("object"), QStringLiteral("subscription")},
        {QStringLiteral("customer"), s.value(QStringLiteral("customer")).toString()},
        {QStringLiteral("status"), s.value(QStringLiteral("status")).toString()},
        {QStringLiteral("current_period_start"), s.value(QStringLiteral("current_period_start")).toLongLong()},
        {QStringLiteral("current_period_end"), s.value(QStringLiteral("current_period_end")).toLongLong()},
        {QStringLiteral("cancel_at_period_end"), s.value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0},
        {QStringLiteral("items"),
            QJsonObject{{QStringLiteral("data"),
                QJsonArray{QJsonObject{{QStringLiteral("price"),
                    QJsonObject{{QStringLiteral("id"), s.value(QStringLiteral("price")).toString()}}}}}}}},
        {QStringLiteral("metadata"), parseObject(s.value(QStringLiteral("metadata")).toString())},
    };
}

void sendEvent(Context &ctx, const QString &family, const QString &type, const QJsonObject &object)
{
    const QString eventId = newId("evt_");
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("id"), eventId}, {QStringLiteral("object"), QStringLiteral("event")},
            {QStringLiteral("type"), type}, {QStringLiteral("created"), ctx.now()}, {QStringLiteral("livemode"), false},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}})
                                .toJson(QJsonDocument::Compact);
    // Signed at delivery time: Stripe-Signature carries the real time, checked against a 300 s tolerance.
    ctx.webhooks.enqueue(QStringLiteral("stripe"), webhookPath(family, QStringLiteral("stripe")), eventId, body,
        "Stripe-Signature: @stripe:" + QByteArray(family == QLatin1String("tier") ? "tier" : "credits"));
}

std::optional<Event> readVerifiedEvent(Context &ctx, const HttpRequest &req, HttpResponse *error)
{
    if (auto tooLarge = webhookTooLarge(req)) {
        *error = *tooLarge;
        return std::nullopt;
    }
    const auto verdict = signatures::verifyStripeSignature(req.header("Stripe-Signature"), req.body,
        ctx.db.setting(QStringLiteral("stripe_webhook_secret")).toUtf8(), QDateTime::currentSecsSinceEpoch());
    if (verdict != signatures::StripeVerdict::Valid) {
        *error = HttpResponse::error(400, QStringLiteral("signature_invalid"),
            verdict == signatures::StripeVerdict::Stale
                ? QStringLiteral("Stripe-Signature timestamp is outside the 300 s tolerance.")
                : QStringLiteral("Stripe-Signature does not match the body."));
        return std::nullopt;
    }
    auto f = JsonFields::parse(req.body, error);
    if (!f)
        return std::nullopt;
    Event e{f->object().value(QStringLiteral("id")).toString(), f->object().value(QStringLiteral("type")).toString(),
        f->object().value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject()};
    if (e.id.isEmpty()) {
        *error = HttpResponse::error(400, QStringLiteral("invalid_event"), QStringLiteral("The event has no id."));
        return std::nullopt;
    }
    return e;
}

void renewDue(Context &ctx)
{
    const auto due = ctx.db.all(
        QStringLiteral("SELECT * FROM stripe_subscriptions WHERE status IN ('active', 'trialing', 'past_due')"
                       " AND current_period_end <= ?"),
        {ctx.now()});
    for (const QVariantMap &s : due) {
        const QString id = s.value(QStringLiteral("id")).toString();
        const QString family = s.value(QStringLiteral("family")).toString();
        const auto price =
            ctx.db.one(QStringLiteral("SELECT * FROM stripe_prices WHERE id = ?"), {s.value(QStringLiteral("price"))});
        const QString interval =
            price ? price->value(QStringLiteral("recurring_interval")).toString() : QStringLiteral("month");
        if (s.value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0) {
            ctx.db.exec(QStringLiteral("UPDATE stripe_subscriptions SET status = 'canceled' WHERE id = ?"), {id});
            sendEvent(ctx, family, QStringLiteral("customer.subscription.deleted"),
                subscriptionJson(*ctx.db.one(QStringLiteral("SELECT * FROM stripe_subscriptions WHERE id = ?"), {id})));
            continue;
        }
        if (s.value(QStringLiteral("fail_next_renewal")).toLongLong() != 0) {
            if (s.value(QStringLiteral("status")).toString() == QLatin1String("past_due"))
                continue; // already told
            ctx.db.exec(QStringLiteral("UPDATE stripe_subscriptions SET status = 'past_due' WHERE id = ?"), {id});
            sendEvent(ctx, family, QStringLiteral("invoice.payment_failed"),
                QJsonObject{{QStringLiteral("id"), newId("in_")}, {QStringLiteral("object"), QStringLiteral("invoice")},
                    {QStringLiteral("customer"), s.value(QStringLiteral("customer")).toString()},
                    {QStringLiteral("subscription"), id}, {QStringLiteral("status"), QStringLiteral("open")},
                    {QStringLiteral("attempt_count"), 1}});
            continue;
        }
        qint64 start = s.value(QStringLiteral("current_period_end")).toLongLong();
        qint64 end = periodEnd(start, interval);
        while (end <= ctx.now()) { // a long jump of the clock renews every missed period
            start = end;
            end = periodEnd(start, interval);
        }
        ctx.db.exec(QStringLiteral("UPDATE stripe_subscriptions SET status = 'active', current_period_start = ?, "
                                   "current_period_end = ? WHERE id = ?"),
            {start, end, id});
        sendEvent(ctx, family, QStringLiteral("customer.subscription.updated"),
            subscriptionJson(*ctx.db.one(QStringLiteral("SELECT * FROM stripe_subscriptions WHERE id = ?"), {id})));
    }
}

} // namespace stripe

namespace creem {

QJsonObject createCheckout(Context &ctx, const QString &productId, const QString &requestId, const QString &email,
    const QString &successUrl, const QJsonObject &metadata, QString *error)
{
    qint64 amount = 0;
    QString currency;
    if (const auto plan = ctx.db.one(
            QStringLiteral("SELECT * FROM credit_plans WHERE creem_product_id = ? AND creem_product_id <> ''"),
            {productId})) {
        amount = plan->value(QStringLiteral("price_monthly_minor")).toLongLong();
        currency = plan->value(QStringLiteral("currency")).toString();
    } else if (productId == ctx.db.setting(QStringLiteral("creem_credits_product"))) {
        amount = ctx.db.setting(QStringLiteral("credit_pack_price_minor")).toLongLong()
            * std::max<qint64>(1, metadata.value(QStringLiteral("units")).toInteger(1));
        currency = ctx.db.setting(QStringLiteral("credit_pack_currency"));
    } else {
        *error = QStringLiteral("Product %1 not found").arg(productId);
        return {};
    }
    const QString id = newId("ch_");
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO creem_checkouts (id, product_id, request_id, customer_email, success_url, metadata, status,"
            " amount_minor, currency, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"),
        {id, productId, requestId, email, successUrl, compact(metadata), amount, currency, ctx.now()});
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("checkout")},
        {QStringLiteral("status"), QStringLiteral("pending")}, {QStringLiteral("product"), productId},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("checkout_url"),
            ctx.baseUrl.resolved(QUrl(QStringLiteral("/sim/creem/checkout/") + id)).toString()}};
}

} // namespace creem

} // namespace bc::sandbox
