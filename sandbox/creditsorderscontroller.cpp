#include "creditsorderscontroller.h"

#include "auth.h"
#include "credits.h"
#include "providersignatures.h"
#include "providersims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace bc::sandbox {

void CreditsOrdersController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/orders"), &CreditsOrdersController::orders, RouteKind::Documented);
    route(router, "GET", QStringLiteral("/orders/{id}"), &CreditsOrdersController::order, RouteKind::Documented);
    route(router, "GET", QStringLiteral("/subscription/plans"), &CreditsOrdersController::plans, RouteKind::Documented);
    route(router, "GET", QStringLiteral("/subscription/current"), &CreditsOrdersController::currentSubscription,
        RouteKind::Extension);
    route(router, "POST", QStringLiteral("/payment/create-session"), &CreditsOrdersController::createSession,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/subscription/portal"), &CreditsOrdersController::portal,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/payment/webhook/stripe"), &CreditsOrdersController::stripeWebhook,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/payment/webhook/creem"), &CreditsOrdersController::creemWebhook,
        RouteKind::Documented);
}

HttpResponse CreditsOrdersController::orders(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOrgMembers))
        return *denied;
    Paging p;
    if (auto bad = readPaging(req, &p, !ctx.documentedOnly))
        return *bad;
    return pagedList(ctx, QStringLiteral("SELECT o.* FROM credit_orders o"), {QStringLiteral("o.org_id = ?")},
        {req.principal->orgId}, p, QStringLiteral("o"), orderJson);
}

HttpResponse CreditsOrdersController::order(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOrgMembers))
        return *denied;
    const auto o = ctx.db.one(QStringLiteral("SELECT * FROM credit_orders WHERE id = ? AND org_id = ?"),
        {req.params.value(QStringLiteral("id")), req.principal->orgId});
    if (!o)
        return HttpResponse::error(404, QStringLiteral("not_found"),
            QStringLiteral("There is no order %1.").arg(req.params.value(QStringLiteral("id"))));
    return ok(orderJson(*o));
}

HttpResponse CreditsOrdersController::plans(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOrgMembers))
        return *denied;
    QJsonArray data;
    for (const QVariantMap &p :
        ctx.db.all(QStringLiteral("SELECT * FROM credit_plans WHERE active = 1 ORDER BY sort_order, id")))
        data.append(planJson(p, false, ctx.documentedOnly));
    return ok(data);
}

// Extension: the organisation's credits subscription (the seed has no read endpoint for it).
HttpResponse CreditsOrdersController::currentSubscription(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOrgMembers))
        return *denied;
    const auto sub = ctx.db.one(
        QStringLiteral("SELECT s.*, p.name AS plan_name, p.credits_included, p.currency, p.price_monthly_minor,"
                       " p.price_yearly_minor FROM credit_subscriptions s"
                       " JOIN credit_plans p ON p.id = s.plan_id WHERE s.org_id = ? ORDER BY s.created_at DESC, "
                       "s.id DESC LIMIT 1"),
        {req.principal->orgId});
    if (!sub)
        return ok(QJsonValue::Null);
    return ok(QJsonObject{{QStringLiteral("id"), sub->value(QStringLiteral("id")).toString()},
        {QStringLiteral("plan_id"), sub->value(QStringLiteral("plan_id")).toString()},
        {QStringLiteral("plan_name"), sub->value(QStringLiteral("plan_name")).toString()},
        {QStringLiteral("credits_included"), sub->value(QStringLiteral("credits_included")).toLongLong()},
        {QStringLiteral("channel"), sub->value(QStringLiteral("channel")).toString()},
        {QStringLiteral("status"), sub->value(QStringLiteral("status")).toString()},
        {QStringLiteral("billing_cycle"), sub->value(QStringLiteral("billing_cycle")).toString()},
        {QStringLiteral("amount"),
            Money::fromMinor(
                sub->value(sub->value(QStringLiteral("billing_cycle")).toString() == QLatin1String("yearly")
                           ? QStringLiteral("price_yearly_minor")
                           : QStringLiteral("price_monthly_minor"))
                    .toLongLong(),
                sub->value(QStringLiteral("currency")).toString())
                .toWireString()},
        {QStringLiteral("currency"), sub->value(QStringLiteral("currency")).toString()},
        {QStringLiteral("current_period_start"),
            isoTime(sub->value(QStringLiteral("current_period_start")).toLongLong())},
        {QStringLiteral("current_period_end"), isoTime(sub->value(QStringLiteral("current_period_end")).toLongLong())},
        {QStringLiteral("cancel_at_period_end"),
            sub->value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0}});
}

HttpResponse CreditsOrdersController::createSession(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kPurchasers))
        return *denied;
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const QString channel = f->string(QStringLiteral("channel"), true, 20);
    const QString type = f->string(QStringLiteral("type"), true, 20);
    const QString planId = f->string(QStringLiteral("plan_id"), false, 80);
    const QString cycleText = f->string(QStringLiteral("billing_cycle"), false, 20);
    const auto credits = f->integer(QStringLiteral("credits"), false, 1000, 1000000);
    const QString successUrl = f->string(QStringLiteral("success_url"), true, 2000);
    const QString cancelUrl = f->string(QStringLiteral("cancel_url"), true, 2000);
    if (!f->ok())
        return f->error();
    if (channel != QLatin1String("stripe") && channel != QLatin1String("creem"))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("channel must be stripe or creem, not “%1”.").arg(channel), QStringLiteral("channel"));
    if (type != QLatin1String("subscription") && type != QLatin1String("credits"))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("type must be subscription or credits, not “%1”.").arg(type), QStringLiteral("type"));
    for (const auto &[name, url] :
        {std::pair{QStringLiteral("success_url"), successUrl}, std::pair{QStringLiteral("cancel_url"), cancelUrl}})
        if (!validHttpUrl(url))
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("%1 must be an http or https URL.").arg(name), name);
    const BillingCycle cycle = billingCycleFromString(cycleText.isEmpty() ? QStringLiteral("monthly") : cycleText)
                                   .value_or(BillingCycle::Monthly);
    if (!cycleText.isEmpty() && !billingCycleFromString(cycleText))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("billing_cycle must be monthly or yearly."), QStringLiteral("billing_cycle"));
    const auto org = ctx.db.one(QStringLiteral("SELECT * FROM orgs WHERE id = ?"), {req.principal->orgId});
    std::optional<QVariantMap> plan;
    qint64 units = 0;
    Money amount;
    if (type == QLatin1String("subscription")) {
        if (planId.isEmpty())
            return HttpResponse::error(400, QStringLiteral("missing_field"),
                QStringLiteral("plan_id is required for a subscription."), QStringLiteral("plan_id"));
        plan = ctx.db.one(QStringLiteral("SELECT * FROM credit_plans WHERE id = ? AND active = 1"), {planId});
        if (!plan)
            return HttpResponse::error(400, QStringLiteral("unknown_plan"),
                QStringLiteral("There is no plan “%1”.").arg(planId), QStringLiteral("plan_id"));
        // The plan must be sellable on the chosen channel (a request problem, 400) before the
        // account's state is considered (a conflict, 409).
        if (channel == QLatin1String("creem") && plan->value(QStringLiteral("creem_product_id")).toString().isEmpty())
            return HttpResponse::error(400, QStringLiteral("creem_product_missing"),
                QStringLiteral("Plan %1 has no creem_product_id configured; an admin must set it in Plans before "
                               "Creem can sell it.")
                    .arg(plan->value(QStringLiteral("name")).toString()),
                QStringLiteral("plan_id"));
        if (ctx.db.one(QStringLiteral("SELECT id FROM credit_subscriptions WHERE org_id = ? AND status IN "
                                      "('active', 'trialing', 'past_due')"),
                {req.principal->orgId}))
            return HttpResponse::error(409, QStringLiteral("already_subscribed"),
                QStringLiteral("Your organisation already has a subscription; manage it in the billing portal."));
        amount = Money::fromMinor(plan->value(cycle == BillingCycle::Monthly ? QStringLiteral("price_monthly_minor")
                                                                             : QStringLiteral("price_yearly_minor"))
                                      .toLongLong(),
            plan->value(QStringLiteral("currency")).toString());
    } else {
        if (!credits)
            return HttpResponse::error(400, QStringLiteral("missing_field"),
                QStringLiteral("credits is required for a credits purchase (1000 to 1000000)."),
                QStringLiteral("credits"));
        if (*credits % 1000 != 0)
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("Credits are sold in packs of 1000; %1 is not a multiple of 1000.").arg(*credits),
                QStringLiteral("credits"));
        units = *credits / 1000;
        amount = *Money::fromMinor(ctx.db.setting(QStringLiteral("credit_pack_price_minor")).toLongLong(),
            ctx.db.setting(QStringLiteral("credit_pack_currency")))
                      .times(units);
    }
    const QString orderId = newId("cord_");
    const QJsonObject metadata{{QStringLiteral("order_id"), orderId}, {QStringLiteral("org_id"), req.principal->orgId},
        {QStringLiteral("units"), units}};
    Transaction tx(ctx.db);
    QString url;
    QString sessionId;
    if (channel == QLatin1String("stripe")) {
        const QString price = plan ? plan->value(cycle == BillingCycle::Monthly ? QStringLiteral("stripe_price_monthly")
                                                                                : QStringLiteral("stripe_price_yearly"))
                                         .toString()
                                   : ctx.db.setting(QStringLiteral("stripe_credits_price"));
        if (price.isEmpty())
            return HttpResponse::error(400, QStringLiteral("plan_not_on_stripe"),
                QStringLiteral("Plan %1 has no Stripe %2 price configured; an admin can set it in Plans.")
                    .arg(plan->value(QStringLiteral("name")).toString(), billingCycleToString(cycle)),
                QStringLiteral("plan_id"));
        stripe::SessionRequest s;
        s.family = QStringLiteral("credits");
        s.mode = plan ? QStringLiteral("subscription") : QStringLiteral("payment");
        s.priceId = price;
        s.quantity = plan ? 1 : units;
        s.customer = stripe::ensureCustomer(ctx, req.principal->orgId, org->value(QStringLiteral("email")).toString());
        s.successUrl = successUrl;
        s.cancelUrl = cancelUrl;
        s.clientReferenceId = req.principal->orgId;
        s.metadata = metadata;
        QString problem;
        const QJsonObject session = stripe::createCheckoutSession(ctx, s, &problem);
        if (session.isEmpty())
            return HttpResponse::error(400, QStringLiteral("provider_error"), problem);
        url = session.value(QStringLiteral("url")).toString();
        sessionId = session.value(QStringLiteral("id")).toString();
    } else {
        const QString product = plan ? plan->value(QStringLiteral("creem_product_id")).toString()
                                     : ctx.db.setting(QStringLiteral("creem_credits_product"));
        if (product.isEmpty())
            return HttpResponse::error(400, QStringLiteral("creem_product_missing"),
                QStringLiteral("Plan %1 has no creem_product_id configured; an admin must set it in Plans before "
                               "Creem can sell it.")
                    .arg(plan->value(QStringLiteral("name")).toString()),
                QStringLiteral("plan_id"));
        QString problem;
        const QJsonObject checkout =
            creem::createCheckout(ctx, product, orderId, req.principal->email, successUrl, metadata, &problem);
        if (checkout.isEmpty())
            return HttpResponse::error(400, QStringLiteral("provider_error"), problem);
        url = checkout.value(QStringLiteral("checkout_url")).toString();
        sessionId = checkout.value(QStringLiteral("id")).toString();
    }
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO credit_orders (id, org_id, user_id, type, plan_id, billing_cycle, credits, amount_minor, "
            "currency,"
            " channel, status, provider_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"),
        {orderId, req.principal->orgId, req.principal->userId, type, planId,
            plan ? billingCycleToString(cycle) : QString(),
            plan ? plan->value(QStringLiteral("credits_included")).toLongLong() : *credits, amount.minorUnits(),
            amount.currency(), channel, sessionId, ctx.now()});
    tx.commit();
    return ok(QJsonObject{{QStringLiteral("url"), url}, {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("order_id"), orderId}});
}

HttpResponse CreditsOrdersController::portal(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kPurchasers))
        return *denied;
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const QString returnUrl = f->string(QStringLiteral("return_url"), true, 2000);
    if (!f->ok())
        return f->error();
    if (!validHttpUrl(returnUrl))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("return_url must be an http or https URL."), QStringLiteral("return_url"));
    const auto sub = ctx.db.one(
        QStringLiteral("SELECT * FROM credit_subscriptions WHERE org_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"),
        {req.principal->orgId});
    if (!sub)
        return HttpResponse::error(400, QStringLiteral("no_billing_account"),
            QStringLiteral("Your organisation has no subscription to manage yet."));
    if (sub->value(QStringLiteral("channel")).toString() != QLatin1String("stripe"))
        return HttpResponse::error(400, QStringLiteral("portal_unavailable"),
            QStringLiteral("This subscription is billed through Creem; manage it from the link in the Creem receipt."));
    return ok(QJsonObject{{QStringLiteral("url"),
        stripe::createPortalSession(
            ctx, sub->value(QStringLiteral("provider_customer_id")).toString(), QStringLiteral("credits"), returnUrl)
            .toString()}});
}

HttpResponse CreditsOrdersController::stripeWebhook(const HttpRequest &req)
{
    HttpResponse error;
    const auto event = stripe::readVerifiedEvent(ctx, req, &error);
    if (!event)
        return error;
    const QString &eventId = event->id;
    const QString &type = event->type;
    const QJsonObject &object = event->object;
    Transaction tx(ctx.db);
    if (!firstDelivery(ctx, QStringLiteral("stripe-credits"), eventId, type))
        return ok(QJsonObject{{QStringLiteral("received"), true}, {QStringLiteral("duplicate"), true}});
    if (type == QLatin1String("checkout.session.completed")) {
        const QString orderId =
            object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("order_id")).toString();
        const QString subId = object.value(QStringLiteral("subscription")).toString();
        const auto sub = ctx.db.one(QStringLiteral("SELECT * FROM stripe_subscriptions WHERE id = ?"), {subId});
        fulfilOrder(ctx, orderId, QStringLiteral("stripe"), subId, object.value(QStringLiteral("customer")).toString(),
            sub ? sub->value(QStringLiteral("current_period_start")).toLongLong() : ctx.now(),
            sub ? sub->value(QStringLiteral("current_period_end")).toLongLong() : ctx.now());
    } else if (type == QLatin1String("customer.subscription.updated")
        || type == QLatin1String("customer.subscription.deleted")) {
        syncSubscription(ctx, object.value(QStringLiteral("id")).toString(),
            type.endsWith(QLatin1String("deleted")) ? QStringLiteral("canceled")
                                                    : object.value(QStringLiteral("status")).toString(),
            object.value(QStringLiteral("current_period_start")).toInteger(),
            object.value(QStringLiteral("current_period_end")).toInteger(),
            object.value(QStringLiteral("cancel_at_period_end")).toBool());
    } else if (type == QLatin1String("invoice.payment_failed")) {
        ctx.db.exec(QStringLiteral("UPDATE credit_subscriptions SET status = 'past_due', updated_at = ? WHERE "
                                   "provider_subscription_id = ?"),
            {ctx.now(), object.value(QStringLiteral("subscription")).toString()});
    }
    tx.commit();
    return ok(QJsonObject{{QStringLiteral("received"), true}});
}

HttpResponse CreditsOrdersController::creemWebhook(const HttpRequest &req)
{
    if (auto tooLarge = webhookTooLarge(req))
        return *tooLarge;
    const QByteArray expected =
        signatures::bodySignature(ctx.db.setting(QStringLiteral("creem_webhook_secret")).toUtf8(), req.body);
    if (!signatures::constantTimeEquals(expected, req.header("creem-signature")))
        return HttpResponse::error(
            400, QStringLiteral("signature_invalid"), QStringLiteral("creem-signature does not match the body."));
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const QString eventId = f->object().value(QStringLiteral("id")).toString();
    const QString type = f->object().value(QStringLiteral("eventType")).toString();
    const QJsonObject object = f->object().value(QStringLiteral("object")).toObject();
    Transaction tx(ctx.db);
    if (!firstDelivery(ctx, QStringLiteral("creem"), eventId, type))
        return ok(QJsonObject{{QStringLiteral("received"), true}, {QStringLiteral("duplicate"), true}});
    if (type == QLatin1String("checkout.completed")) {
        const QString orderId =
            object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("order_id")).toString();
        const auto order =
            ctx.db.one(QStringLiteral("SELECT billing_cycle FROM credit_orders WHERE id = ?"), {orderId});
        const qint64 start = ctx.now();
        const QDateTime s = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        const qint64 end = (order && order->value(QStringLiteral("billing_cycle")).toString() == QLatin1String("yearly")
                ? s.addYears(1)
                : s.addMonths(1))
                               .toSecsSinceEpoch();
        fulfilOrder(ctx, orderId, QStringLiteral("creem"),
            object.value(QStringLiteral("subscription")).toObject().value(QStringLiteral("id")).toString(),
            object.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString(), start, end);
    } else if (type.startsWith(QLatin1String("subscription."))) {
        static const QHash<QString, QString> statusFor = {
            {QStringLiteral("subscription.active"), QStringLiteral("active")},
            {QStringLiteral("subscription.paid"), QStringLiteral("active")},
            {QStringLiteral("subscription.canceled"), QStringLiteral("canceled")},
            {QStringLiteral("subscription.expired"), QStringLiteral("canceled")},
            {QStringLiteral("subscription.trialing"), QStringLiteral("trialing")},
            {QStringLiteral("subscription.paused"), QStringLiteral("paused")},
            {QStringLiteral("subscription.past_due"), QStringLiteral("past_due")},
            {QStringLiteral("subscription.unpaid"), QStringLiteral("past_due")}};
        const QString subId = object.value(QStringLiteral("id")).toString();
        if (type == QLatin1String("subscription.scheduled_cancel"))
            ctx.db.exec(QStringLiteral("UPDATE credit_subscriptions SET cancel_at_period_end = 1, updated_at = ? "
                                       "WHERE provider_subscription_id = ?"),
                {ctx.now(), subId});
        else if (statusFor.contains(type))
            ctx.db.exec(QStringLiteral("UPDATE credit_subscriptions SET status = ?, updated_at = ? WHERE "
                                       "provider_subscription_id = ?"),
                {statusFor.value(type), ctx.now(), subId});
    }
    tx.commit();
    return ok(QJsonObject{{QStringLiteral("received"), true}});
}

} // namespace bc::sandbox
