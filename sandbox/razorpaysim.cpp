// The Razorpay simulator: orders and payments as the provider holds them, a hosted test checkout
// page, correctly signed results and webhooks, and the webhook endpoint that consumes them.
#include "razorpaysim.h"

#include "orgbilling.h"
#include "providersignatures.h"

#include <QJsonDocument>

namespace bc::sandbox {

QString createRazorpayOrder(Context &ctx, qint64 amountSubunits, const QString &currency, const QJsonObject &notes)
{
    const QString id = newId("order_");
    ctx.db.exec(QStringLiteral("INSERT INTO rzp_orders (id, amount, currency, receipt, status, notes, created_at)"
                               " VALUES (?, ?, ?, ?, 'created', ?, ?)"),
        {id, amountSubunits, currency, newId("rcpt_"),
            QString::fromUtf8(QJsonDocument(notes).toJson(QJsonDocument::Compact)), ctx.now()});
    return id;
}

namespace {

QByteArray escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QJsonObject orderJson(const QVariantMap &o)
{
    return QJsonObject{{QStringLiteral("id"), o.value(QStringLiteral("id")).toString()},
        {QStringLiteral("entity"), QStringLiteral("order")},
        {QStringLiteral("amount"), o.value(QStringLiteral("amount")).toLongLong()},
        {QStringLiteral("amount_paid"), o.value(QStringLiteral("amount_paid")).toLongLong()},
        {QStringLiteral("amount_due"),
            o.value(QStringLiteral("amount")).toLongLong() - o.value(QStringLiteral("amount_paid")).toLongLong()},
        {QStringLiteral("currency"), o.value(QStringLiteral("currency")).toString()},
        {QStringLiteral("receipt"), o.value(QStringLiteral("receipt")).toString()},
        {QStringLiteral("status"), o.value(QStringLiteral("status")).toString()},
        {QStringLiteral("attempts"), o.value(QStringLiteral("attempts")).toLongLong()},
        {QStringLiteral("notes"),
            QJsonDocument::fromJson(o.value(QStringLiteral("notes")).toString().toUtf8()).object()},
        {QStringLiteral("created_at"), o.value(QStringLiteral("created_at")).toLongLong()}};
}

void sendWebhook(Context &ctx, const QString &event, const QJsonObject &payload)
{
    const QString eventId = newId("evt_");
    const QByteArray body = QJsonDocument(
        QJsonObject{{QStringLiteral("entity"), QStringLiteral("event")}, {QStringLiteral("event"), event},
            {QStringLiteral("payload"), payload},
            {QStringLiteral("created_at"),
                ctx.now()}}).toJson(QJsonDocument::Compact);
    const QByteArray headers = "X-Razorpay-Signature: " + signatures::bodySignature(ctx.razorpayWebhookSecret(), body)
        + "\nx-razorpay-event-id: " + eventId.toUtf8();
    ctx.webhooks.enqueue(
        QStringLiteral("razorpay"), QStringLiteral("/api/billing/webhooks/razorpay"), eventId, body, headers);
}

const char kCheckoutPage[] = R"(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Razorpay test checkout</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;background:#f2f4f8;margin:0;display:flex;justify-content:center;padding-top:48px}
.card{background:#fff;border-radius:10px;box-shadow:0 4px 24px #0002;width:380px;padding:28px}
h1{font-size:18px;margin:0 0 4px}.muted{color:#5b6472;font-size:13px}
.amount{font-size:30px;font-weight:600;margin:18px 0}
button{width:100%;padding:12px;border:0;border-radius:6px;font-size:15px;margin-top:10px;cursor:pointer}
#pay{background:#2b6de8;color:#fff}#fail{background:#fbe9e9;color:#a01818}#dismiss{background:#eef0f3}
.badge{display:inline-block;background:#ffe9b3;color:#6b4b00;font-size:11px;padding:2px 8px;border-radius:10px}
#result{margin-top:16px;font-size:14px}
</style></head><body><div class="card">
<span class="badge">TEST MODE · sandbox</span>
<h1>@MERCHANT@</h1><div class="muted">@DESCRIPTION@ · order @ORDER@</div>
<div class="amount">@AMOUNT@</div>
<button id="pay">Pay</button><button id="fail">Simulate failure</button><button id="dismiss">Dismiss</button>
<div id="result" role="status"></div></div>
<script>
const order = "@ORDER@";
const callback = new URLSearchParams(location.search).get("callback_url");
function finish(kind, data) {
  document.getElementById("result").textContent = kind === "success" ? "Payment successful" :
      kind === "failure" ? "Payment failed: " + data.error.description : "Checkout dismissed";
  window.razorpayResult = {kind: kind, data: data};
  if (window.onRazorpayResult) window.onRazorpayResult(kind, data);
  if (callback && kind !== "dismiss") {
    let u;
    try { u = new URL(callback); } catch (e) { return; }
    if (u.protocol !== "https:" && u.protocol !== "http:") return; // never javascript: or data:
    if (kind === "success") for (const k in data) u.searchParams.set(k, data[k]);
    else u.searchParams.set("error", JSON.stringify(data.error));
    location.href = u.toString();
  }
}
async function attempt(outcome) {
  const r = await fetch("/sim/razorpay/orders/" + order + "/pay", {method: "POST",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify({outcome: outcome, method: "card"})});
  const data = await r.json();
  finish(r.ok && data.razorpay_payment_id ? "success" : "failure", data);
}
document.getElementById("pay").onclick = () => attempt("success");
document.getElementById("fail").onclick = () => attempt("failure");
document.getElementById("dismiss").onclick = () => finish("dismiss", {});
</script></body></html>)";

} // namespace

void RazorpaySimulator::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/sim/razorpay/orders/{id}"), &RazorpaySimulator::order, RouteKind::Simulator);
    route(router, "GET", QStringLiteral("/sim/razorpay/checkout/{id}"), &RazorpaySimulator::checkoutPage,
        RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/sim/razorpay/orders/{id}/pay"), &RazorpaySimulator::pay,
        RouteKind::HostedPage);
    route(router, "POST", QStringLiteral("/api/billing/webhooks/razorpay"), &RazorpaySimulator::webhook,
        RouteKind::Extension);
}

HttpResponse RazorpaySimulator::order(const HttpRequest &req)
{
    const auto o =
        ctx.db.one(QStringLiteral("SELECT * FROM rzp_orders WHERE id = ?"), {req.params.value(QStringLiteral("id"))});
    if (!o)
        return HttpResponse::error(
            404, QStringLiteral("BAD_REQUEST_ERROR"), QStringLiteral("The id provided does not exist"));
    return HttpResponse::json(orderJson(*o));
}

HttpResponse RazorpaySimulator::checkoutPage(const HttpRequest &req)
{
    const auto o = ctx.db.one(QStringLiteral("SELECT o.*, c.plan_id, c.billing_cycle FROM rzp_orders o LEFT JOIN "
                                             "checkouts c ON c.order_id = o.id WHERE o.id = ?"),
        {req.params.value(QStringLiteral("id"))});
    if (!o)
        return HttpResponse::html("<!doctype html><title>Unknown order</title><p>There is no such order.</p>", 404);
    const Money amount = Money::fromMinor(
        o->value(QStringLiteral("amount")).toLongLong(), o->value(QStringLiteral("currency")).toString());
    QByteArray page(kCheckoutPage);
    page.replace("@MERCHANT@", escapeHtml(ctx.db.setting(QStringLiteral("seller_name"))));
    page.replace("@DESCRIPTION@",
        escapeHtml(o->value(QStringLiteral("plan_id")).toString() + u' '
            + o->value(QStringLiteral("billing_cycle")).toString()));
    page.replace("@ORDER@", escapeHtml(o->value(QStringLiteral("id")).toString()));
    page.replace("@AMOUNT@", escapeHtml(amount.toDisplayString(QLocale(QLocale::English, QLocale::India))));
    return HttpResponse::html(page);
}

// What the hosted checkout does when the customer pays or the bank declines. Public, like the
// provider's own checkout: the result carries a signature only the key secret can make.
HttpResponse RazorpaySimulator::pay(const HttpRequest &req)
{
    const QString orderId = req.params.value(QStringLiteral("id"));
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error, true);
    if (!fields)
        return error;
    const QString outcome = fields->string(QStringLiteral("outcome"), false, 20);
    QString method = fields->string(QStringLiteral("method"), false, 20);
    if (!fields->ok())
        return fields->error();
    if (method.isEmpty())
        method = QStringLiteral("card");
    if (!outcome.isEmpty() && outcome != QLatin1String("success") && outcome != QLatin1String("failure"))
        return HttpResponse::error(400, QStringLiteral("BAD_REQUEST_ERROR"),
            QStringLiteral("outcome must be success or failure"), QStringLiteral("outcome"));
    const auto o = ctx.db.one(QStringLiteral("SELECT * FROM rzp_orders WHERE id = ?"), {orderId});
    if (!o)
        return HttpResponse::error(
            404, QStringLiteral("BAD_REQUEST_ERROR"), QStringLiteral("The id provided does not exist"));
    if (o->value(QStringLiteral("status")).toString() == QLatin1String("paid"))
        return HttpResponse::error(
            400, QStringLiteral("BAD_REQUEST_ERROR"), QStringLiteral("Order has already been paid"));
    const QString paymentId = newId("pay_");
    const qint64 amount = o->value(QStringLiteral("amount")).toLongLong();
    const QString currency = o->value(QStringLiteral("currency")).toString();
    Transaction tx(ctx.db);
    if (outcome == QLatin1String("failure")) {
        ctx.db.exec(QStringLiteral(
                        "INSERT INTO rzp_payments (id, order_id, amount, currency, status, method, error_code,"
                        " error_description, created_at) VALUES (?, ?, ?, ?, 'failed', ?, 'BAD_REQUEST_ERROR', ?, ?)"),
            {paymentId, orderId, amount, currency, method,
                QStringLiteral("Payment failed because the card was declined"), ctx.now()});
        ctx.db.exec(QStringLiteral("UPDATE rzp_orders SET status = 'attempted', attempts = attempts + 1 WHERE id = ?"),
            {orderId});
        const QJsonObject err{{QStringLiteral("code"), QStringLiteral("BAD_REQUEST_ERROR")},
            {QStringLiteral("description"), QStringLiteral("Payment failed because the card was declined")},
            {QStringLiteral("source"), QStringLiteral("bank")},
            {QStringLiteral("step"), QStringLiteral("payment_authorization")},
            {QStringLiteral("reason"), QStringLiteral("card_declined")},
            {QStringLiteral("metadata"),
                QJsonObject{{QStringLiteral("payment_id"), paymentId}, {QStringLiteral("order_id"), orderId}}}};
        sendWebhook(ctx, QStringLiteral("payment.failed"),
            QJsonObject{{QStringLiteral("payment"),
                QJsonObject{{QStringLiteral("entity"),
                    QJsonObject{{QStringLiteral("id"), paymentId}, {QStringLiteral("order_id"), orderId},
                        {QStringLiteral("status"), QStringLiteral("failed")}}}}}});
        tx.commit();
        return HttpResponse::json(QJsonObject{{QStringLiteral("error"), err}}, 402);
    }
    ctx.db.exec(QStringLiteral("INSERT INTO rzp_payments (id, order_id, amount, currency, status, method, created_at)"
                               " VALUES (?, ?, ?, ?, 'captured', ?, ?)"),
        {paymentId, orderId, amount, currency, method, ctx.now()});
    ctx.db.exec(
        QStringLiteral(
            "UPDATE rzp_orders SET status = 'paid', amount_paid = amount, attempts = attempts + 1 WHERE id = ?"),
        {orderId});
    const QJsonObject paymentEntity{{QStringLiteral("id"), paymentId},
        {QStringLiteral("entity"), QStringLiteral("payment")}, {QStringLiteral("order_id"), orderId},
        {QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency},
        {QStringLiteral("status"), QStringLiteral("captured")}, {QStringLiteral("method"), method}};
    sendWebhook(ctx, QStringLiteral("payment.captured"),
        QJsonObject{{QStringLiteral("payment"), QJsonObject{{QStringLiteral("entity"), paymentEntity}}}});
    const auto paid = ctx.db.one(QStringLiteral("SELECT * FROM rzp_orders WHERE id = ?"), {orderId});
    sendWebhook(ctx, QStringLiteral("order.paid"),
        QJsonObject{{QStringLiteral("payment"), QJsonObject{{QStringLiteral("entity"), paymentEntity}}},
            {QStringLiteral("order"), QJsonObject{{QStringLiteral("entity"), orderJson(*paid)}}}});
    tx.commit();
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("razorpay_payment_id"), paymentId},
        {QStringLiteral("razorpay_order_id"), orderId},
        {QStringLiteral("razorpay_signature"),
            QString::fromLatin1(signatures::razorpayPaymentSignature(ctx.razorpayKeySecret(), orderId, paymentId))},
    });
}

// Razorpay's webhooks, verified with X-Razorpay-Signature and de-duplicated by event id.
HttpResponse RazorpaySimulator::webhook(const HttpRequest &req)
{
    if (auto tooLarge = webhookTooLarge(req))
        return *tooLarge;
    const QByteArray signature = req.header("X-Razorpay-Signature");
    const QByteArray expected = signatures::bodySignature(ctx.razorpayWebhookSecret(), req.body);
    if (signature.isEmpty() || !signatures::constantTimeEquals(expected, signature))
        return HttpResponse::error(
            400, QStringLiteral("signature_invalid"), QStringLiteral("X-Razorpay-Signature does not match the body."));
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error);
    if (!fields)
        return error;
    const QString event = fields->object().value(QStringLiteral("event")).toString();
    QString eventId = QString::fromUtf8(req.header("x-razorpay-event-id"));
    if (eventId.isEmpty())
        eventId = QString::fromLatin1(signatures::hmacSha256Hex("event-id", req.body));
    Transaction tx(ctx.db);
    if (!firstDelivery(ctx, QStringLiteral("razorpay"), eventId, event))
        return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("duplicate")}});
    if (event == QLatin1String("order.paid")) {
        const QJsonObject payload = fields->object().value(QStringLiteral("payload")).toObject();
        const QString orderId = payload.value(QStringLiteral("order"))
                                    .toObject()
                                    .value(QStringLiteral("entity"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        const QString paymentId = payload.value(QStringLiteral("payment"))
                                      .toObject()
                                      .value(QStringLiteral("entity"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        completeCheckout(ctx, orderId, paymentId, QStringLiteral("razorpay webhook"));
    }
    tx.commit();
    return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("processed")}});
}

} // namespace bc::sandbox
