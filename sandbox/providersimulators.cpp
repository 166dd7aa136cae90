#include "providersimulators.h"

#include "auth.h"
#include "credits.h"
#include "providersignatures.h"
#include "providersims.h"

#include <QJsonDocument>

namespace bc::sandbox {

namespace {

QByteArray page(const QString &title, const QString &badge, const QString &heading, const QString &detail,
    const QString &amount, const QString &actionsHtml, const QString &script)
{
    QString html = QStringLiteral(R"(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%1</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;background:#f6f7fb;margin:0;display:flex;justify-content:center;padding-top:48px}
.card{background:#fff;border-radius:10px;box-shadow:0 4px 24px #0002;width:400px;padding:28px}
h1{font-size:18px;margin:8px 0 4px}.muted{color:#5b6472;font-size:13px}.amount{font-size:28px;font-weight:600;margin:16px 0}
button{width:100%;padding:12px;border:0;border-radius:6px;font-size:15px;margin-top:10px;cursor:pointer}
.primary{background:#635bff;color:#fff}.danger{background:#fdecec;color:#a01818}.plain{background:#eef0f3}
.badge{display:inline-block;background:#ffe9b3;color:#6b4b00;font-size:11px;padding:2px 8px;border-radius:10px}
#result{margin-top:16px;font-size:14px}</style></head><body><div class="card">
<span class="badge">%2</span><h1>%3</h1><div class="muted">%4</div><div class="amount">%5</div>%6
<div id="result" role="status"></div></div><script>%7</script></body></html>)");
    return html
        .arg(title.toHtmlEscaped(), badge.toHtmlEscaped(), heading.toHtmlEscaped(), detail.toHtmlEscaped(),
            amount.toHtmlEscaped(), actionsHtml, script)
        .toUtf8();
}

// The script every hosted checkout uses: POST the outcome, then follow the redirect or show why not.
const char kOutcomeScript[] = R"(
async function act(path) {
  const r = await fetch(location.pathname + "/" + path, {method: "POST", headers: {"Content-Type": "application/json"}, body: "{}"});
  const data = await r.json();
  window.checkoutResult = data;
  if (data.redirect) { location.href = data.redirect; return; }
  document.getElementById("result").textContent = data.error ? data.error.message : "Done";
}
for (const b of document.querySelectorAll("button[data-act]")) b.onclick = () => act(b.dataset.act);
)";

} // namespace

void ProviderSimulators::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/sim/stripe/checkout/{id}"), &ProviderSimulators::stripeCheckoutPage,
        RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/sim/stripe/checkout/{id}/{outcome}"),
        &ProviderSimulators::stripeCheckoutOutcome, RouteKind::HostedPage);
    route(router, "GET", QStringLiteral("/sim/stripe/portal/{id}"), &ProviderSimulators::stripePortalPage,
        RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/sim/stripe/portal/{id}/return"), &ProviderSimulators::stripePortalReturn,
        RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/sim/stripe/portal/{id}/subscriptions/{sub}/{action}"),
        &ProviderSimulators::stripePortalAction, RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/sim/stripe/subscriptions/{sub}/fail-next-renewal"),
        &ProviderSimulators::stripeFailNextRenewal, RouteKind::Simulator);
    route(router, "GET", QStringLiteral("/sim/creem/checkout/{id}"), &ProviderSimulators::creemCheckoutPage,
        RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/sim/creem/checkout/{id}/{outcome}"),
        &ProviderSimulators::creemCheckoutOutcome, RouteKind::HostedPage);
}

// --- Stripe hosted checkout ---
HttpResponse ProviderSimulators::stripeCheckoutPage(const HttpRequest &req)
{
    const auto s = ctx.db.one(QStringLiteral("SELECT s.*, p.product_name FROM stripe_sessions s JOIN stripe_prices "
                                             "p ON p.id = s.price WHERE s.id = ?"),
        {req.params.value(QStringLiteral("id"))});
    if (!s)
        return HttpResponse::html(
            "<!doctype html><title>Expired</title><p>This checkout session does not exist.</p>", 404);
    const Money amount = Money::fromMinor(
        s->value(QStringLiteral("amount_minor")).toLongLong(), s->value(QStringLiteral("currency")).toString());
    const bool open = s->value(QStringLiteral("status")).toString() == QLatin1String("open");
    return HttpResponse::html(page(QStringLiteral("Stripe test checkout"), QStringLiteral("TEST MODE · sandbox"),
        s->value(QStringLiteral("product_name")).toString(),
        s->value(QStringLiteral("mode")).toString() == QLatin1String("subscription")
            ? QStringLiteral("Subscription")
            : QStringLiteral("One-time payment"),
        amount.toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
        open ? QStringLiteral("<button class=primary data-act=pay id=pay>Pay</button>"
                              "<button class=danger data-act=fail id=fail>Simulate a declined card</button>"
                              "<button class=plain data-act=cancel id=cancel>Back</button>")
             : QStringLiteral("<p>This session is %1.</p>").arg(s->value(QStringLiteral("status")).toString()),
        QString::fromLatin1(kOutcomeScript)));
}

HttpResponse ProviderSimulators::stripeCheckoutOutcome(const HttpRequest &req)
{
    const QString id = req.params.value(QStringLiteral("id"));
    const QString outcome = req.params.value(QStringLiteral("outcome"));
    const auto s = ctx.db.one(QStringLiteral("SELECT * FROM stripe_sessions WHERE id = ?"), {id});
    if (!s)
        return HttpResponse::error(
            404, QStringLiteral("resource_missing"), QStringLiteral("No such checkout session: '%1'").arg(id));
    if (s->value(QStringLiteral("status")).toString() != QLatin1String("open"))
        return HttpResponse::error(400, QStringLiteral("session_not_open"),
            QStringLiteral("This checkout session is %1.").arg(s->value(QStringLiteral("status")).toString()));
    if (outcome == QLatin1String("cancel"))
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("redirect"), s->value(QStringLiteral("cancel_url")).toString()}});
    if (outcome == QLatin1String("fail"))
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), QStringLiteral("card_declined")},
                                          {QStringLiteral("message"), QStringLiteral("Your card was declined.")}}}},
            402);
    if (outcome != QLatin1String("pay"))
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("Unknown checkout action %1.").arg(outcome));
    Transaction tx(ctx.db);
    QString subscription;
    if (s->value(QStringLiteral("mode")).toString() == QLatin1String("subscription")) {
        const auto price =
            ctx.db.one(QStringLiteral("SELECT * FROM stripe_prices WHERE id = ?"), {s->value(QStringLiteral("price"))});
        subscription = newId("sub_");
        const qint64 now = ctx.now();
        ctx.db.exec(QStringLiteral(
                        "INSERT INTO stripe_subscriptions (id, customer, price, family, status, current_period_start,"
                        " current_period_end, metadata, created_at) VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?)"),
            {subscription, s->value(QStringLiteral("customer")), s->value(QStringLiteral("price")),
                s->value(QStringLiteral("family")), now,
                periodEnd(now, price->value(QStringLiteral("recurring_interval")).toString()),
                s->value(QStringLiteral("metadata")), now});
    }
    ctx.db.exec(QStringLiteral("UPDATE stripe_sessions SET status = 'complete', payment_status = 'paid', "
                               "subscription = ? WHERE id = ?"),
        {subscription, id});
    const auto done = ctx.db.one(QStringLiteral("SELECT * FROM stripe_sessions WHERE id = ?"), {id});
    stripe::sendEvent(ctx, done->value(QStringLiteral("family")).toString(),
        QStringLiteral("checkout.session.completed"), sessionJson(ctx, *done));
    tx.commit();
    QString redirect = s->value(QStringLiteral("success_url")).toString();
    redirect.replace(QStringLiteral("{CHECKOUT_SESSION_ID}"), id);
    redirect.replace(QStringLiteral("%7BCHECKOUT_SESSION_ID%7D"), id, Qt::CaseInsensitive); // an encoding client
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("redirect"), redirect}, {QStringLiteral("session"), sessionJson(ctx, *done)}});
}

// --- Stripe customer portal ---
// Shows the subscriptions of the family that opened it: the sandbox shares one customer per
// organisation between families, which separate products would not.
HttpResponse ProviderSimulators::stripePortalPage(const HttpRequest &req)
{
    const auto p = ctx.db.one(
        QStringLiteral("SELECT * FROM stripe_portal_sessions WHERE id = ?"), {req.params.value(QStringLiteral("id"))});
    if (!p)
        return HttpResponse::html(
            "<!doctype html><title>Expired</title><p>This portal session does not exist.</p>", 404);
    QString rows;
    for (const QVariantMap &s : ctx.db.all(
             QStringLiteral(
                 "SELECT s.*, pr.product_name FROM stripe_subscriptions s JOIN stripe_prices pr ON pr.id = s.price"
                 " WHERE s.customer = ? AND s.family = ? ORDER BY s.created_at"),
             {p->value(QStringLiteral("customer")), p->value(QStringLiteral("family"))})) {
        const bool cancelling = s.value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0;
        const QString status = s.value(QStringLiteral("status")).toString();
        rows += QStringLiteral("<p><b>%1</b> · %2%3</p>")
                    .arg(s.value(QStringLiteral("product_name")).toString().toHtmlEscaped(), status.toHtmlEscaped(),
                        cancelling ? QStringLiteral(" · cancels at period end") : QString());
        if (status != QLatin1String("canceled"))
            rows += QStringLiteral("<button class=%1 data-act=\"subscriptions/%2/%3\">%4</button>")
                        .arg(cancelling ? QStringLiteral("primary") : QStringLiteral("danger"),
                            s.value(QStringLiteral("id")).toString(),
                            cancelling ? QStringLiteral("renew") : QStringLiteral("cancel"),
                            cancelling ? QStringLiteral("Renew plan") : QStringLiteral("Cancel plan"));
    }
    rows += QStringLiteral("<button class=plain data-act=return id=return>Return</button>");
    return HttpResponse::html(page(QStringLiteral("Billing portal"), QStringLiteral("TEST MODE · sandbox"),
        QStringLiteral("Manage your subscription"), p->value(QStringLiteral("customer")).toString(), {}, rows,
        QString::fromLatin1(kOutcomeScript)));
}

HttpResponse ProviderSimulators::stripePortalReturn(const HttpRequest &req)
{
    const auto p = ctx.db.one(
        QStringLiteral("SELECT * FROM stripe_portal_sessions WHERE id = ?"), {req.params.value(QStringLiteral("id"))});
    if (!p)
        return HttpResponse::error(404, QStringLiteral("resource_missing"), QStringLiteral("No such portal session."));
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("redirect"), p->value(QStringLiteral("return_url")).toString()}});
}

HttpResponse ProviderSimulators::stripePortalAction(const HttpRequest &req)
{
    const auto p = ctx.db.one(
        QStringLiteral("SELECT * FROM stripe_portal_sessions WHERE id = ?"), {req.params.value(QStringLiteral("id"))});
    const QString subId = req.params.value(QStringLiteral("sub"));
    const QString action = req.params.value(QStringLiteral("action"));
    const auto s = ctx.db.one(QStringLiteral("SELECT * FROM stripe_subscriptions WHERE id = ?"), {subId});
    if (!p || !s || s->value(QStringLiteral("customer")) != p->value(QStringLiteral("customer")))
        return HttpResponse::error(
            404, QStringLiteral("resource_missing"), QStringLiteral("No such subscription for this customer."));
    if (action != QLatin1String("cancel") && action != QLatin1String("renew"))
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("Unknown portal action %1.").arg(action));
    Transaction tx(ctx.db);
    ctx.db.exec(QStringLiteral("UPDATE stripe_subscriptions SET cancel_at_period_end = ? WHERE id = ?"),
        {action == QLatin1String("cancel") ? 1 : 0, subId});
    const auto updated = ctx.db.one(QStringLiteral("SELECT * FROM stripe_subscriptions WHERE id = ?"), {subId});
    stripe::sendEvent(ctx, updated->value(QStringLiteral("family")).toString(),
        QStringLiteral("customer.subscription.updated"), stripe::subscriptionJson(*updated));
    tx.commit();
    return HttpResponse::json(QJsonObject{{QStringLiteral("subscription"), stripe::subscriptionJson(*updated)}});
}

// A test hook: the next renewal of this subscription fails (card expired), as in Stripe's test clocks.
HttpResponse ProviderSimulators::stripeFailNextRenewal(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    const QString subId = req.params.value(QStringLiteral("sub"));
    if (!ctx.db.one(QStringLiteral("SELECT id FROM stripe_subscriptions WHERE id = ?"), {subId}))
        return HttpResponse::error(
            404, QStringLiteral("resource_missing"), QStringLiteral("No such subscription: '%1'").arg(subId));
    ctx.db.exec(QStringLiteral("UPDATE stripe_subscriptions SET fail_next_renewal = 1 WHERE id = ?"), {subId});
    return HttpResponse::json(QJsonObject{{QStringLiteral("id"), subId}, {QStringLiteral("fail_next_renewal"), true}});
}

// --- Creem hosted checkout ---
HttpResponse ProviderSimulators::creemCheckoutPage(const HttpRequest &req)
{
    const auto c = ctx.db.one(
        QStringLiteral("SELECT * FROM creem_checkouts WHERE id = ?"), {req.params.value(QStringLiteral("id"))});
    if (!c)
        return HttpResponse::html("<!doctype html><title>Not found</title><p>This checkout does not exist.</p>", 404);
    const Money amount = Money::fromMinor(
        c->value(QStringLiteral("amount_minor")).toLongLong(), c->value(QStringLiteral("currency")).toString());
    const bool open = c->value(QStringLiteral("status")).toString() == QLatin1String("pending");
    return HttpResponse::html(page(QStringLiteral("Creem test checkout"), QStringLiteral("TEST MODE · sandbox"),
        QStringLiteral("Creem checkout"), c->value(QStringLiteral("product_id")).toString(),
        amount.toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
        open ? QStringLiteral("<button class=primary data-act=pay id=pay>Pay</button>"
                              "<button class=danger data-act=fail id=fail>Simulate a failed payment</button>")
             : QStringLiteral("<p>This checkout is %1.</p>").arg(c->value(QStringLiteral("status")).toString()),
        QString::fromLatin1(kOutcomeScript)));
}

HttpResponse ProviderSimulators::creemCheckoutOutcome(const HttpRequest &req)
{
    const QString id = req.params.value(QStringLiteral("id"));
    const QString outcome = req.params.value(QStringLiteral("outcome"));
    const auto c = ctx.db.one(QStringLiteral("SELECT * FROM creem_checkouts WHERE id = ?"), {id});
    if (!c)
        return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Checkout %1 not found").arg(id));
    if (c->value(QStringLiteral("status")).toString() != QLatin1String("pending"))
        return HttpResponse::error(400, QStringLiteral("checkout_not_pending"),
            QStringLiteral("This checkout is %1.").arg(c->value(QStringLiteral("status")).toString()));
    if (outcome == QLatin1String("fail"))
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), QStringLiteral("payment_failed")},
                    {QStringLiteral("message"), QStringLiteral("The payment could not be completed.")}}}},
            402);
    if (outcome != QLatin1String("pay"))
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("Unknown checkout action %1.").arg(outcome));
    Transaction tx(ctx.db);
    const bool isPlan = ctx.db
                            .one(QStringLiteral("SELECT id FROM credit_plans WHERE creem_product_id = ?"),
                                {c->value(QStringLiteral("product_id"))})
                            .has_value();
    const QString subscription = isPlan ? newId("sub_") : QString();
    const QString order = newId("ord_");
    ctx.db.exec(QStringLiteral("UPDATE creem_checkouts SET status = 'completed', subscription = ? WHERE id = ?"),
        {subscription, id});
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("checkout")},
        {QStringLiteral("request_id"), c->value(QStringLiteral("request_id")).toString()},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("order"),
            QJsonObject{{QStringLiteral("id"), order},
                {QStringLiteral("amount"), c->value(QStringLiteral("amount_minor")).toLongLong()},
                {QStringLiteral("currency"), c->value(QStringLiteral("currency")).toString()},
                {QStringLiteral("status"), QStringLiteral("paid")}}},
        {QStringLiteral("product"),
            QJsonObject{{QStringLiteral("id"), c->value(QStringLiteral("product_id")).toString()}}},
        {QStringLiteral("customer"),
            QJsonObject{{QStringLiteral("email"), c->value(QStringLiteral("customer_email")).toString()}}},
        {QStringLiteral("metadata"), parseObject(c->value(QStringLiteral("metadata")).toString())}};
    if (isPlan)
        object.insert(QStringLiteral("subscription"),
            QJsonObject{{QStringLiteral("id"), subscription}, {QStringLiteral("status"), QStringLiteral("active")}});
    const QString eventId = newId("evt_");
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("id"), eventId},
            {QStringLiteral("eventType"), QStringLiteral("checkout.completed")},
            {QStringLiteral("created_at"), ctx.now() * 1000},
            {QStringLiteral("object"),
                object}}).toJson(QJsonDocument::Compact);
    ctx.webhooks.enqueue(QStringLiteral("creem"), webhookPath({}, QStringLiteral("creem")), eventId, body,
        "creem-signature: "
            + signatures::bodySignature(ctx.db.setting(QStringLiteral("creem_webhook_secret")).toUtf8(), body));
    tx.commit();
    QUrl redirect(c->value(QStringLiteral("success_url")).toString());
    QUrlQuery q(redirect);
    q.addQueryItem(QStringLiteral("checkout_id"), id);
    q.addQueryItem(QStringLiteral("order_id"), order);
    q.addQueryItem(QStringLiteral("product_id"), c->value(QStringLiteral("product_id")).toString());
    if (!c->value(QStringLiteral("request_id")).toString().isEmpty())
        q.addQueryItem(QStringLiteral("request_id"), c->value(QStringLiteral("request_id")).toString());
    redirect.setQuery(q);
    return HttpResponse::json(QJsonObject{{QStringLiteral("redirect"), redirect.toString()}});
}

} // namespace bc::sandbox
