#include "creditsadmincontroller.h"

#include "auth.h"
#include "credits.h"
#include "providersignatures.h"
#include "providersims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace bc::sandbox {

void CreditsAdminController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/admin/billing/plans"), &CreditsAdminController::plans, RouteKind::Documented);
    route(router, "POST", QStringLiteral("/admin/billing/plans"), &CreditsAdminController::createPlan,
        RouteKind::Documented);
    route(router, "PUT", QStringLiteral("/admin/billing/plans/{id}"), &CreditsAdminController::updatePlan,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/admin/billing/coupons"), &CreditsAdminController::coupons,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/admin/billing/coupons"), &CreditsAdminController::createCoupon,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/admin/checkin/config"), &CreditsAdminController::checkinConfig,
        RouteKind::Documented);
    route(router, "PUT", QStringLiteral("/admin/checkin/config"), &CreditsAdminController::setCheckinConfig,
        RouteKind::Documented);
}

// --- Admin ---
HttpResponse CreditsAdminController::plans(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    QJsonArray data;
    for (const QVariantMap &p : ctx.db.all(QStringLiteral("SELECT * FROM credit_plans ORDER BY sort_order, id")))
        data.append(planJson(p, true, ctx.documentedOnly));
    return ok(data);
}

HttpResponse CreditsAdminController::createPlan(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    return savePlan(req, {});
}

HttpResponse CreditsAdminController::updatePlan(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    return savePlan(req, req.params.value(QStringLiteral("id")));
}

HttpResponse CreditsAdminController::coupons(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    QJsonArray data;
    for (const QVariantMap &c : ctx.db.all(QStringLiteral("SELECT * FROM coupons ORDER BY created_at DESC, code")))
        data.append(couponJson(c));
    return ok(data);
}

HttpResponse CreditsAdminController::createCoupon(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const QString code = f->string(QStringLiteral("code"), true, 40).trimmed().toUpper();
    const QString duration = f->string(QStringLiteral("duration"), false, 20);
    const auto months = f->integer(QStringLiteral("duration_in_months"), false, 1, 120);
    const QString percent = f->numberText(QStringLiteral("percent_off"), 10);
    const bool hasAmount = f->has(QStringLiteral("amount_off"));
    QString currency = f->string(QStringLiteral("currency"), false, 3).toUpper();
    if (currency.isEmpty())
        currency = creditsCurrency(ctx);
    const QString from = f->string(QStringLiteral("valid_from"), false, 40);
    const QString until = f->string(QStringLiteral("valid_until"), false, 40);
    const auto maxRedemptions = f->integer(QStringLiteral("max_redemptions"), false, 1, 100000000);
    if (!f->ok())
        return f->error();
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z0-9_-]{3,40}$"));
    if (!codeShape.match(code).hasMatch())
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("code must be 3 to 40 letters, digits, '-' or '_'."), QStringLiteral("code"));
    if (percent.isEmpty() == !hasAmount)
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("Give exactly one of percent_off (e.g. \"12.5\") or amount_off with currency."),
            QStringLiteral("percent_off"));
    const QString dur = duration.isEmpty() ? QStringLiteral("once") : duration;
    if (dur != QLatin1String("once") && dur != QLatin1String("repeating") && dur != QLatin1String("forever"))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("duration must be once, repeating or forever."), QStringLiteral("duration"));
    if ((dur == QLatin1String("repeating")) != months.has_value())
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("duration_in_months goes with duration repeating, and only with it."),
            QStringLiteral("duration_in_months"));
    QVariant bp(QMetaType::fromType<qlonglong>()), amountMinor(QMetaType::fromType<qlonglong>()),
        cur(QMetaType::fromType<QString>());
    if (!percent.isEmpty()) {
        // "12.5" percent -> 1250 basis points, parsed exactly like a two-decimal amount.
        const Money p = Money::parse(percent, QStringLiteral("USD"));
        if (!p.isValid() || p.minorUnits() <= 0 || p.minorUnits() > 10000)
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("percent_off must be a number from 0.01 to 100 with at most two decimals."),
                QStringLiteral("percent_off"));
        bp = p.minorUnits();
    } else {
        const std::optional<Money> m = readPrice(*f, QStringLiteral("amount_off"), currency, true);
        if (!m)
            return f->error();
        if (m->isZero())
            return HttpResponse::error(400, QStringLiteral("invalid_amount"),
                QStringLiteral("amount_off must be more than zero."), QStringLiteral("amount_off"));
        amountMinor = m->minorUnits();
        cur = currency;
    }
    const auto fromAt = parseDateParam(from, false);
    const auto untilAt = parseDateParam(until, true);
    if ((!from.isEmpty() && !fromAt) || (!until.isEmpty() && !untilAt))
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("valid_from and valid_until are dates (YYYY-MM-DD) or ISO 8601 times."),
            from.isEmpty() ? QStringLiteral("valid_until") : QStringLiteral("valid_from"));
    if (fromAt && untilAt && *fromAt > *untilAt)
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("valid_from is after valid_until."), QStringLiteral("valid_from"));
    if (ctx.db.one(QStringLiteral("SELECT code FROM coupons WHERE code = ?"), {code}))
        return HttpResponse::error(409, QStringLiteral("coupon_exists"),
            QStringLiteral("A coupon %1 already exists.").arg(code), QStringLiteral("code"));
    const QVariant none(QMetaType::fromType<qlonglong>());
    ctx.db.exec(QStringLiteral("INSERT INTO coupons (code, kind, percent_off_bp, amount_off_minor, currency, duration, "
                               "valid_from, valid_until,"
                               " max_redemptions, redemptions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {code, percent.isEmpty() ? QStringLiteral("amount") : QStringLiteral("percent"), bp, amountMinor, cur,
            dur == QLatin1String("repeating") ? QStringLiteral("repeating:%1").arg(*months) : dur,
            fromAt ? QVariant(*fromAt) : none, untilAt ? QVariant(*untilAt) : none,
            maxRedemptions ? QVariant(*maxRedemptions) : none, ctx.now()});
    return ok(couponJson(*ctx.db.one(QStringLiteral("SELECT * FROM coupons WHERE code = ?"), {code})), 201);
}

HttpResponse CreditsAdminController::checkinConfig(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    return ok(
        QJsonObject{{QStringLiteral("enabled"),
                        ctx.db.setting(QStringLiteral("checkin_enabled"), QStringLiteral("1")) == QLatin1String("1")},
            {QStringLiteral("credits"),
                ctx.db.setting(QStringLiteral("checkin_credits"), QStringLiteral("10")).toLongLong()}});
}

HttpResponse CreditsAdminController::setCheckinConfig(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const auto enabled = f->boolean(QStringLiteral("enabled"));
    const auto credits = f->integer(QStringLiteral("credits"), false, 1, 10000);
    if (!f->ok())
        return f->error();
    if (!enabled && !credits)
        return HttpResponse::error(
            400, QStringLiteral("nothing_to_change"), QStringLiteral("Give enabled and/or credits."));
    if (enabled)
        ctx.db.setSetting(QStringLiteral("checkin_enabled"), *enabled ? QStringLiteral("1") : QStringLiteral("0"));
    if (credits)
        ctx.db.setSetting(QStringLiteral("checkin_credits"), QString::number(*credits));
    return ok(QJsonObject{
        {QStringLiteral("enabled"), ctx.db.setting(QStringLiteral("checkin_enabled")) == QLatin1String("1")},
        {QStringLiteral("credits"),
            ctx.db.setting(QStringLiteral("checkin_credits"), QStringLiteral("10")).toLongLong()}});
}

// Creates a plan (existingId empty) or edits one: prices are strings in the plan's currency.
HttpResponse CreditsAdminController::savePlan(const HttpRequest &req, const QString &existingId)
{
    HttpResponse error;
    auto f = JsonFields::parse(req.body, &error);
    if (!f)
        return error;
    const auto existing = existingId.isEmpty()
        ? std::nullopt
        : ctx.db.one(QStringLiteral("SELECT * FROM credit_plans WHERE id = ?"), {existingId});
    if (!existingId.isEmpty() && !existing)
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("There is no plan %1.").arg(existingId));
    const bool creating = !existing;
    const QString id = creating ? f->string(QStringLiteral("id"), false, 60) : existingId;
    const QString name = f->string(QStringLiteral("name"), creating, 80);
    const QString description = f->string(QStringLiteral("description"), false, 500);
    // Seed 002 shows no currency: a plan without one is in the service's currency.
    QString currency = f->string(QStringLiteral("currency"), false, 3).toUpper();
    if (currency.isEmpty())
        currency = creating ? creditsCurrency(ctx) : existing->value(QStringLiteral("currency")).toString();
    if (!f->ok())
        return f->error();
    if (currencyExponent(currency) < 0)
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("currency “%1” is not an ISO 4217 code.").arg(currency), QStringLiteral("currency"));
    const auto monthly = readPrice(*f, QStringLiteral("price_monthly"), currency, creating);
    const auto yearly = readPrice(*f, QStringLiteral("price_yearly"), currency, creating);
    const auto credits = f->integer(QStringLiteral("credits_included"), creating, 0, 100000000);
    const auto active = f->boolean(QStringLiteral("active"));
    const QString stripeMonthly = f->string(QStringLiteral("stripe_price_monthly"), false, 80);
    const QString stripeYearly = f->string(QStringLiteral("stripe_price_yearly"), false, 80);
    const QString creem = f->string(QStringLiteral("creem_product_id"), false, 80);
    const QJsonValue features = f->object().value(QStringLiteral("features"));
    if (!features.isUndefined() && !features.isArray())
        f->fail(QStringLiteral("features"), QStringLiteral("features must be a list of strings."));
    for (const QJsonValue &v : features.toArray())
        if (!v.isString() || v.toString().size() > 200)
            f->fail(QStringLiteral("features"),
                QStringLiteral("features must be a list of strings of at most 200 characters."));
    if (!f->ok())
        return f->error();
    for (const QString &price : {stripeMonthly, stripeYearly})
        if (!price.isEmpty() && !ctx.db.one(QStringLiteral("SELECT id FROM stripe_prices WHERE id = ?"), {price}))
            return HttpResponse::error(
                400, QStringLiteral("unknown_price"), QStringLiteral("There is no Stripe price %1.").arg(price));
    Transaction tx(ctx.db);
    const qint64 now = ctx.now();
    const QString planId = id.isEmpty() ? newId("plan_") : id;
    if (creating) {
        if (ctx.db.one(QStringLiteral("SELECT id FROM credit_plans WHERE id = ?"), {planId}))
            return HttpResponse::error(409, QStringLiteral("plan_exists"),
                QStringLiteral("A plan with id %1 already exists.").arg(planId), QStringLiteral("id"));
        // As an admin would in the Stripe dashboard: prices for the new plan unless given.
        auto makePrice = [&](const QString &given, const Money &amount, const char *interval) {
            if (!given.isEmpty())
                return given;
            const QString priceId = newId("price_");
            ctx.db.exec(QStringLiteral("INSERT INTO stripe_prices (id, product_name, unit_amount_minor, currency, "
                                       "recurring_interval) VALUES (?, ?, ?, ?, ?)"),
                {priceId, name, amount.minorUnits(), currency, QString::fromLatin1(interval)});
            return priceId;
        };
        ctx.db.exec(QStringLiteral("INSERT INTO credit_plans (id, name, description, currency, "
                                   "price_monthly_minor, price_yearly_minor, credits_included,"
                                   " features, stripe_price_monthly, stripe_price_yearly, creem_product_id, "
                                   "active, sort_order, created_at, updated_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 100, ?, ?)"),
            {planId, name, description, currency, monthly->minorUnits(), yearly->minorUnits(), *credits,
                compact(features.isArray() ? features : QJsonArray()), makePrice(stripeMonthly, *monthly, "month"),
                makePrice(stripeYearly, *yearly, "year"), creem, active.value_or(true) ? 1 : 0, now, now});
    } else {
        QStringList sets;
        QVariantList binds;
        auto set = [&](const char *column, const QVariant &value) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            binds << value;
        };
        if (!name.isEmpty())
            set("name", name);
        if (f->has(QStringLiteral("description")))
            set("description", description);
        if (monthly)
            set("price_monthly_minor", monthly->minorUnits());
        if (yearly)
            set("price_yearly_minor", yearly->minorUnits());
        if (credits)
            set("credits_included", *credits);
        if (features.isArray())
            set("features", compact(features));
        if (f->has(QStringLiteral("stripe_price_monthly")))
            set("stripe_price_monthly", stripeMonthly);
        if (f->has(QStringLiteral("stripe_price_yearly")))
            set("stripe_price_yearly", stripeYearly);
        if (f->has(QStringLiteral("creem_product_id")))
            set("creem_product_id", creem);
        if (active)
            set("active", *active ? 1 : 0);
        if (sets.isEmpty())
            return HttpResponse::error(
                400, QStringLiteral("nothing_to_change"), QStringLiteral("Name at least one field to change."));
        set("updated_at", now);
        binds << planId;
        ctx.db.exec(QStringLiteral("UPDATE credit_plans SET ") + sets.join(QStringLiteral(", "))
                + QStringLiteral(" WHERE id = ?"),
            binds);
    }
    tx.commit();
    return ok(planJson(*ctx.db.one(QStringLiteral("SELECT * FROM credit_plans WHERE id = ?"), {planId}), true,
                  ctx.documentedOnly),
        creating ? 201 : 200);
}

} // namespace bc::sandbox
