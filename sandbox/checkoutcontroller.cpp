#include "checkoutcontroller.h"

#include "auth.h"
#include "orgbilling.h"
#include "proration.h"
#include "providersignatures.h"
#include "razorpaysim.h"

#include "invoice/invoicerenderer.h"
#include "models/invoicejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bc::sandbox {

void CheckoutController::registerRoutes(Router &router)
{
    route(router, "POST", QStringLiteral("/api/billing/checkout"), &CheckoutController::create, RouteKind::Documented);
    route(router, "POST", QStringLiteral("/api/billing/checkout/confirm"), &CheckoutController::confirm,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/api/billing/coupons/{code}/validate"), &CheckoutController::validateCoupon,
        RouteKind::Extension);
}

HttpResponse CheckoutController::create(const HttpRequest &req)
{
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
    const TaxQuote quote = exactOrThrow(quoteTax(ctx, *org, exactOrThrow(list.minus(coupon.discount))));
    const QString description =
        QStringLiteral("%1 plan, %2")
            .arg(plan->value(QStringLiteral("name")).toString(),
                *cycle == BillingCycle::Monthly ? QStringLiteral("monthly") : QStringLiteral("yearly"));
    const QJsonObject notes{{QStringLiteral("org_id"), req.principal->orgId}, {QStringLiteral("plan_id"), planId},
        {QStringLiteral("billing_cycle"), cycleText}};
    Transaction tx(ctx.db);
    const QString orderId = createRazorpayOrder(ctx, quote.total.minorUnits(), list.currency(), notes);
    ctx.db.exec(QStringLiteral("INSERT INTO checkouts (order_id, org_id, user_id, plan_id, billing_cycle, coupon_code,"
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
}

HttpResponse CheckoutController::confirm(const HttpRequest &req)
{
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
    const auto checkout = ctx.db.one(
        QStringLiteral("SELECT * FROM checkouts WHERE order_id = ? AND org_id = ?"), {orderId, req.principal->orgId});
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
}

// Extension: check a coupon for a plan and cycle before checkout, with what it would cost.
HttpResponse CheckoutController::validateCoupon(const HttpRequest &req)
{
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
}

} // namespace bc::sandbox
