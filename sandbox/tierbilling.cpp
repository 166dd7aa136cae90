// The tier billing family (seed 004): /v1/billing, Stripe checkout and portal, Stripe webhooks.
#include "tierbilling.h"

#include "auth.h"
#include "providersignatures.h"
#include "providersims.h"

#include <QJsonDocument>

namespace bc::sandbox {

namespace {

constexpr std::initializer_list<Role> kMembers = {
    Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member};
constexpr std::initializer_list<Role> kPurchasers = {Role::Owner, Role::Admin};

std::optional<QVariantMap> account(Context &ctx, const QString &orgId)
{
    return ctx.db.one(QStringLiteral("SELECT * FROM tier_accounts WHERE org_id = ?"), {orgId});
}

QString tierForPrice(Context &ctx, const QString &price)
{
    if (price == ctx.db.setting(QStringLiteral("tier_pro_price")))
        return QStringLiteral("pro");
    if (price == ctx.db.setting(QStringLiteral("tier_enterprise_price")))
        return QStringLiteral("enterprise");
    return {};
}

void upsertAccount(Context &ctx, const QString &orgId, const QVariantMap &values)
{
    if (!account(ctx, orgId))
        ctx.db.exec(QStringLiteral("INSERT INTO tier_accounts (org_id, plan_tier, updated_at) VALUES (?, 'free', ?)"),
            {orgId, ctx.now()});
    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
    }
    sets << QStringLiteral("updated_at = ?");
    binds << ctx.now() << orgId;
    ctx.db.exec(QStringLiteral("UPDATE tier_accounts SET ") + sets.join(QStringLiteral(", "))
            + QStringLiteral(" WHERE org_id = ?"),
        binds);
}

QString orgForCustomer(Context &ctx, const QString &customer)
{
    return ctx.db.scalar(QStringLiteral("SELECT org_id FROM stripe_customers WHERE id = ?"), {customer}).toString();
}

} // namespace

void TierBillingController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/v1/billing"), &TierBillingController::status, RouteKind::Documented);
    route(router, "POST", QStringLiteral("/v1/billing/checkout"), &TierBillingController::checkout,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/v1/billing/portal"), &TierBillingController::portal, RouteKind::Documented);
    route(router, "GET", QStringLiteral("/sim/app/billing"), &TierBillingController::returnPage, RouteKind::Simulator);
    route(
        router, "POST", QStringLiteral("/v1/billing/webhooks"), &TierBillingController::webhook, RouteKind::Documented);
}

HttpResponse TierBillingController::status(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kMembers))
        return *denied;
    const auto a = account(ctx, req.principal->orgId);
    const bool subscribed = a && a->value(QStringLiteral("plan_tier")).toString() != QLatin1String("free")
        && !a->value(QStringLiteral("status")).isNull();
    if (!subscribed) // the seed's free-tier shape, nulls and all
        return HttpResponse::json(QJsonObject{{QStringLiteral("plan"), QStringLiteral("free")},
            {QStringLiteral("status"), QJsonValue::Null}, {QStringLiteral("current_period_end"), QJsonValue::Null},
            {QStringLiteral("cancel_at_period_end"), QJsonValue::Null}});
    return HttpResponse::json(QJsonObject{{QStringLiteral("plan"), a->value(QStringLiteral("plan_tier")).toString()},
        {QStringLiteral("status"), a->value(QStringLiteral("status")).toString()},
        {QStringLiteral("current_period_end"), isoTimeOrNull(a->value(QStringLiteral("current_period_end")))},
        {QStringLiteral("cancel_at_period_end"), a->value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0}});
}

HttpResponse TierBillingController::checkout(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kPurchasers))
        return *denied;
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const QString tier = f->string(QStringLiteral("tier"), true, 40);
    if (!f->ok())
        return f->error();
    if (tier == QLatin1String("enterprise"))
        return HttpResponse::error(400, QStringLiteral("contact_sales"),
            QStringLiteral("The enterprise tier is sold by contract; contact sales."), QStringLiteral("tier"));
    if (tier != QLatin1String("pro"))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("tier must be \"pro\"; “%1” cannot be bought here.").arg(tier), QStringLiteral("tier"));
    const auto a = account(ctx, req.principal->orgId);
    if (a && a->value(QStringLiteral("plan_tier")).toString() == QLatin1String("pro")
        && QStringList{QStringLiteral("active"), QStringLiteral("trialing"), QStringLiteral("past_due")}.contains(
            a->value(QStringLiteral("status")).toString()))
        return HttpResponse::error(409, QStringLiteral("already_subscribed"),
            QStringLiteral("This account is already on pro; use the portal to manage it."));
    Transaction tx(ctx.db);
    const auto org = ctx.db.one(QStringLiteral("SELECT email FROM orgs WHERE id = ?"), {req.principal->orgId});
    // "If the account has no Stripe customer yet, one is created automatically."
    const QString customer =
        stripe::ensureCustomer(ctx, req.principal->orgId, org->value(QStringLiteral("email")).toString());
    upsertAccount(ctx, req.principal->orgId, {{QStringLiteral("stripe_customer_id"), customer}});
    stripe::SessionRequest s;
    s.family = QStringLiteral("tier");
    s.mode = QStringLiteral("subscription");
    s.priceId = ctx.db.setting(QStringLiteral("tier_pro_price"));
    s.customer = customer;
    // Kept as text: the placeholder must reach the provider unencoded, as Stripe expects it.
    const QString app = ctx.baseUrl.toString(QUrl::StripTrailingSlash);
    s.successUrl = app + QStringLiteral("/sim/app/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}");
    s.cancelUrl = app + QStringLiteral("/sim/app/billing?checkout=cancelled");
    s.clientReferenceId = req.principal->orgId;
    s.metadata = QJsonObject{{QStringLiteral("org_id"), req.principal->orgId}, {QStringLiteral("tier"), tier}};
    QString problem;
    const QJsonObject session = stripe::createCheckoutSession(ctx, s, &problem);
    if (session.isEmpty())
        return HttpResponse::error(400, QStringLiteral("provider_error"), problem);
    tx.commit();
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("checkout_url"), session.value(QStringLiteral("url")).toString()}});
}

HttpResponse TierBillingController::portal(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kPurchasers))
        return *denied;
    const auto a = account(ctx, req.principal->orgId);
    if (!a || a->value(QStringLiteral("stripe_subscription_id")).toString().isEmpty())
        return HttpResponse::error(400, QStringLiteral("no_billing_history"),
            QStringLiteral("This account has never subscribed, so there is no billing portal yet."));
    const QUrl url = stripe::createPortalSession(ctx, a->value(QStringLiteral("stripe_customer_id")).toString(),
        QStringLiteral("tier"),
        ctx.baseUrl.resolved(QUrl(QStringLiteral("/sim/app/billing?portal=returned"))).toString());
    return HttpResponse::json(QJsonObject{{QStringLiteral("portal_url"), url.toString()}});
}

// Where the success and cancel URLs of the sandbox's own checkouts land: a plain page.
HttpResponse TierBillingController::returnPage(const HttpRequest &req)
{
    return HttpResponse::html("<!doctype html><title>Billing</title><p>Back in the app: "
        + req.query.toString(QUrl::FullyDecoded).toHtmlEscaped().toUtf8() + "</p>");
}

HttpResponse TierBillingController::webhook(const HttpRequest &req)
{
    HttpResponse error;
    const auto event = stripe::readVerifiedEvent(ctx, req, &error);
    if (!event)
        return error;
    const QString &type = event->type;
    const QJsonObject &object = event->object;
    Transaction tx(ctx.db);
    if (!firstDelivery(ctx, QStringLiteral("stripe-tier"), event->id, type))
        return HttpResponse::json(QJsonObject{{QStringLiteral("received"), true}, {QStringLiteral("duplicate"), true}});
    const QString orgId = orgForCustomer(ctx, object.value(QStringLiteral("customer")).toString());
    bool handled = !orgId.isEmpty();
    if (handled && type == QLatin1String("checkout.session.completed")) {
        const QString subId = object.value(QStringLiteral("subscription")).toString();
        const auto sub = ctx.db.one(QStringLiteral("SELECT * FROM stripe_subscriptions WHERE id = ?"), {subId});
        upsertAccount(ctx, orgId,
            {{QStringLiteral("plan_tier"),
                 object.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("tier"))
                     .toString(QStringLiteral("pro"))},
                {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("stripe_subscription_id"), subId},
                {QStringLiteral("current_period_end"),
                    sub ? sub->value(QStringLiteral("current_period_end")) : QVariant(ctx.now())},
                {QStringLiteral("cancel_at_period_end"), 0}});
    } else if (handled && type == QLatin1String("customer.subscription.updated")) {
        const QString price = object.value(QStringLiteral("items"))
                                  .toObject()
                                  .value(QStringLiteral("data"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("price"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QVariantMap values{{QStringLiteral("status"), object.value(QStringLiteral("status")).toString()},
            {QStringLiteral("current_period_end"), object.value(QStringLiteral("current_period_end")).toInteger()},
            {QStringLiteral("cancel_at_period_end"),
                object.value(QStringLiteral("cancel_at_period_end")).toBool() ? 1 : 0},
            {QStringLiteral("stripe_subscription_id"), object.value(QStringLiteral("id")).toString()}};
        if (const QString tier = tierForPrice(ctx, price); !tier.isEmpty())
            values.insert(QStringLiteral("plan_tier"), tier);
        upsertAccount(ctx, orgId, values);
    } else if (handled && type == QLatin1String("customer.subscription.deleted")) {
        upsertAccount(ctx, orgId,
            {{QStringLiteral("plan_tier"), QStringLiteral("free")},
                {QStringLiteral("status"), QStringLiteral("canceled")}, {QStringLiteral("cancel_at_period_end"), 0}});
    } else if (handled && type == QLatin1String("invoice.payment_failed")) {
        upsertAccount(ctx, orgId, {{QStringLiteral("status"), QStringLiteral("past_due")}});
    }
    tx.commit();
    return HttpResponse::json(QJsonObject{{QStringLiteral("received"), true}});
}

} // namespace bc::sandbox
