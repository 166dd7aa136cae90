// Sandbox-only endpoints: health and the sandbox clock.
#include "sandboxroutes.h"

#include "auth.h"
#include "orgbilling.h"
#include "providersims.h"

namespace bc::sandbox {

void advanceAndBill(Context &ctx, qint64 seconds)
{
    ctx.advanceClock(seconds);
    runScheduledBilling(ctx);
    Transaction tx(ctx.db);
    stripe::renewDue(ctx);
    tx.commit();
}

void SandboxController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/health"), &SandboxController::health, RouteKind::HostedPage);
    route(router, "GET", QStringLiteral("/sandbox/clock"), &SandboxController::clock, RouteKind::Simulator);
    route(router, "POST", QStringLiteral("/sandbox/clock/advance"), &SandboxController::advanceClock,
        RouteKind::Simulator);
}

HttpResponse SandboxController::health(const HttpRequest &)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("schemaVersion"), ctx.db.schemaVersion()},
        {QStringLiteral("database"), ctx.db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        // Webhooks the simulators queued that have not been delivered yet (tests wait for zero).
        {QStringLiteral("pendingWebhooks"), ctx.webhooks.pendingCount()}});
}

HttpResponse SandboxController::clock(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member}))
        return *denied;
    return HttpResponse::json(QJsonObject{{QStringLiteral("now"), isoTime(ctx.now())},
        {QStringLiteral("offsetSeconds"),
            ctx.db.setting(QStringLiteral("clock_offset"), QStringLiteral("0")).toLongLong()}});
}

HttpResponse SandboxController::advanceClock(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error);
    if (!fields)
        return error;
    const auto days = fields->integer(QStringLiteral("days"), false, 0, 3660);
    const auto seconds = fields->integer(QStringLiteral("seconds"), false, 0, 3660LL * 86400);
    if (!fields->ok())
        return fields->error();
    if (!days && !seconds)
        return HttpResponse::error(400, QStringLiteral("missing_field"),
            QStringLiteral("Give days or seconds to advance the clock by."), QStringLiteral("days"));
    advanceAndBill(ctx, days.value_or(0) * 86400 + seconds.value_or(0));
    return HttpResponse::json(QJsonObject{{QStringLiteral("now"), isoTime(ctx.now())}});
}

} // namespace bc::sandbox
