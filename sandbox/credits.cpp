// The credits service family (seed 002): balance and ledger, orders, plans, daily check-in,
// Stripe and Creem payment sessions and webhooks, and the admin endpoints.
// Every answer is enveloped exactly as the seed shows: {"success": true, "data": ...}.
#include "credits.h"

#include "providersignatures.h"
#include "providersims.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace bc::sandbox {

namespace {

constexpr std::initializer_list<Role> kOrgMembers = {
    Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member};
constexpr std::initializer_list<Role> kPurchasers = {Role::Owner, Role::Admin};
constexpr std::initializer_list<Role> kCreditOperators = {Role::SuperAdmin, Role::Support};

HttpResponse ok(const QJsonValue &data, int status = 200)
{
    HttpResponse r =
        HttpResponse::json(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}}, status);
    return r;
}

// Wraps a handler so that its errors, and the role checks', carry the family's envelope.
Handler enveloped(Handler inner)
{
    return [inner = std::move(inner)](const HttpRequest &req) {
        HttpResponse r = inner(req);
        if (r.status >= 400 && r.contentType.startsWith("application/json")) {
            QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (!body.contains(QStringLiteral("success"))) {
                body.insert(QStringLiteral("success"), false);
                r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            }
        }
        return r;
    };
}

QString compact(const QJsonValue &v)
{
    return v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                       : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject transactionJson(const QVariantMap &t)
{
    QJsonObject o{{QStringLiteral("id"), t.value(QStringLiteral("id")).toString()},
        {QStringLiteral("type"), t.value(QStringLiteral("type")).toString()},
        {QStringLiteral("amount"), t.value(QStringLiteral("amount")).toLongLong()},
        {QStringLiteral("balance_after"), t.value(QStringLiteral("balance_after")).toLongLong()},
        {QStringLiteral("description"), t.value(QStringLiteral("description")).toString()},
        {QStringLiteral("created_at"), isoTime(t.value(QStringLiteral("created_at")).toLongLong())}};
    if (t.contains(QStringLiteral("org_name")))
        o.insert(QStringLiteral("org_id"), t.value(QStringLiteral("org_id")).toString()),
            o.insert(QStringLiteral("org_name"), t.value(QStringLiteral("org_name")).toString());
    if (!t.value(QStringLiteral("operator")).toString().isEmpty()) {
        o.insert(QStringLiteral("operator"), t.value(QStringLiteral("operator")).toString());
        o.insert(QStringLiteral("reason_code"), t.value(QStringLiteral("reason_code")).toString());
        o.insert(QStringLiteral("note"), t.value(QStringLiteral("note")).toString());
    }
    return o;
}

QJsonObject planJson(const QVariantMap &p, bool admin)
{
    const QString currency = p.value(QStringLiteral("currency")).toString();
    QJsonObject o{{QStringLiteral("id"), p.value(QStringLiteral("id")).toString()},
        {QStringLiteral("name"), p.value(QStringLiteral("name")).toString()},
        {QStringLiteral("description"), p.value(QStringLiteral("description")).toString()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("price_monthly"),
            Money::fromMinor(p.value(QStringLiteral("price_monthly_minor")).toLongLong(), currency).toWireString()},
        {QStringLiteral("price_yearly"),
            Money::fromMinor(p.value(QStringLiteral("price_yearly_minor")).toLongLong(), currency).toWireString()},
        {QStringLiteral("credits_included"), p.value(QStringLiteral("credits_included")).toLongLong()},
        {QStringLiteral("features"),
            QJsonDocument::fromJson(p.value(QStringLiteral("features")).toString().toUtf8()).array()}};
    if (admin) {
        o.insert(QStringLiteral("stripe_price_monthly"), p.value(QStringLiteral("stripe_price_monthly")).toString());
        o.insert(QStringLiteral("stripe_price_yearly"), p.value(QStringLiteral("stripe_price_yearly")).toString());
        o.insert(QStringLiteral("creem_product_id"), p.value(QStringLiteral("creem_product_id")).toString());
        o.insert(QStringLiteral("active"), p.value(QStringLiteral("active")).toLongLong() != 0);
    }
    return o;
}

QJsonObject orderJson(const QVariantMap &o)
{
    const QString currency = o.value(QStringLiteral("currency")).toString();
    return QJsonObject{{QStringLiteral("id"), o.value(QStringLiteral("id")).toString()},
        {QStringLiteral("type"), o.value(QStringLiteral("type")).toString()},
        {QStringLiteral("plan_id"), o.value(QStringLiteral("plan_id")).toString()},
        {QStringLiteral("billing_cycle"), o.value(QStringLiteral("billing_cycle")).toString()},
        {QStringLiteral("credits"), o.value(QStringLiteral("credits")).toLongLong()},
        {QStringLiteral("amount"),
            Money::fromMinor(o.value(QStringLiteral("amount_minor")).toLongLong(), currency).toWireString()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("channel"), o.value(QStringLiteral("channel")).toString()},
        {QStringLiteral("status"), o.value(QStringLiteral("status")).toString()},
        {QStringLiteral("created_at"), isoTime(o.value(QStringLiteral("created_at")).toLongLong())},
        {QStringLiteral("paid_at"), isoTimeOrNull(o.value(QStringLiteral("paid_at")))}};
}

// limit/offset as the seed shows, or keyset paging with `after` for large ledgers; the next
// cursor travels in the X-Next-Cursor header so the body keeps the seed's shape.
struct Paging
{
    int limit = 20;
    qint64 offset = 0;
    bool keyset = false;
    qint64 at = 0;
    QString id;
};

std::optional<HttpResponse> readPaging(const HttpRequest &req, Paging *p)
{
    bool ok = true;
    if (!req.queryValue(QStringLiteral("limit")).isEmpty()) {
        p->limit = req.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || p->limit < 1 || p->limit > 10000)
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("limit must be a whole number from 1 to 10000."), QStringLiteral("limit"));
    }
    if (!req.queryValue(QStringLiteral("offset")).isEmpty()) {
        p->offset = req.queryValue(QStringLiteral("offset")).toLongLong(&ok);
        if (!ok || p->offset < 0)
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("offset must be a whole number of 0 or more."), QStringLiteral("offset"));
    }
    const QString after = req.queryValue(QStringLiteral("after"));
    if (!after.isEmpty()) {
        const QByteArray raw = QByteArray::fromBase64(after.toLatin1(), QByteArray::Base64UrlEncoding);
        const qsizetype colon = raw.indexOf(':');
        p->at = raw.left(colon).toLongLong(&ok);
        p->id = QString::fromUtf8(raw.mid(colon + 1));
        if (colon <= 0 || !ok)
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("after is not a cursor this server gave out."), QStringLiteral("after"));
        p->keyset = true;
    }
    return std::nullopt;
}

HttpResponse pagedList(Context &ctx, const QString &select, QStringList where, QVariantList binds, const Paging &p,
    const QString &alias, const std::function<QJsonObject(const QVariantMap &)> &toJson)
{
    if (p.keyset) {
        // A row-value comparison: SQLite and PostgreSQL both turn it into an index range, so
        // page k costs the same as page 1 (the OR form scanned from the top every time).
        where << QStringLiteral("(%1.created_at, %1.id) < (?, ?)").arg(alias);
        binds << p.at << p.id;
    }
    QString sql = select;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1.created_at DESC, %1.id DESC LIMIT ? OFFSET ?").arg(alias);
    binds << p.limit + 1 << (p.keyset ? 0 : p.offset);
    QList<QVariantMap> rows = ctx.db.all(sql, binds);
    const bool more = rows.size() > p.limit;
    if (more)
        rows.removeLast();
    QJsonArray data;
    for (const QVariantMap &r : rows)
        data.append(toJson(r));
    HttpResponse r = ok(data);
    if (more)
        r.withHeader("X-Next-Cursor",
            QByteArray(QByteArray::number(rows.last().value(QStringLiteral("created_at")).toLongLong()) + ':'
                + rows.last().value(QStringLiteral("id")).toString().toUtf8())
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return r;
}

// Ledger pages are the one list that grows to millions of rows: written straight from the query
// into JSON text, without a QVariantMap or QJsonObject per row.
HttpResponse ledgerPage(Context &ctx, const QString &orgFilter, const QString &type, std::optional<qint64> from,
    std::optional<qint64> to, const Paging &p, bool withOrg)
{
    QStringList where;
    QVariantList binds;
    if (!orgFilter.isEmpty()) {
        where << QStringLiteral("t.org_id = ?");
        binds << orgFilter;
    }
    if (!type.isEmpty()) {
        where << QStringLiteral("t.type = ?");
        binds << type;
    }
    if (from) {
        where << QStringLiteral("t.created_at >= ?");
        binds << *from;
    }
    if (to) {
        where << QStringLiteral("t.created_at <= ?");
        binds << *to;
    }
    if (p.keyset) {
        where << QStringLiteral("(t.created_at, t.id) < (?, ?)"); // an index range in SQLite and PostgreSQL
        binds << p.at << p.id;
    }
    QString sql = QStringLiteral("SELECT t.id, t.type, t.amount, t.balance_after, t.description, t.created_at, "
                                 "t.operator, t.reason_code, t.note, t.org_id")
        + (withOrg ? QStringLiteral(", o.name FROM credit_ledger t JOIN orgs o ON o.id = t.org_id")
                   : QStringLiteral(", '' FROM credit_ledger t"));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY t.created_at DESC, t.id DESC LIMIT ? OFFSET ?");
    binds << p.limit + 1 << (p.keyset ? 0 : p.offset);
    QSqlQuery q = ctx.db.exec(sql, binds);
    QByteArray body;
    body.reserve(p.limit * 200);
    body.append(R"({"success":true,"data":[)");
    int n = 0;
    qint64 lastAt = 0;
    QString lastId;
    bool more = false;
    while (q.next()) {
        if (n == p.limit) {
            more = true;
            break;
        }
        if (n++)
            body.append(',');
        lastId = q.value(0).toString();
        lastAt = q.value(5).toLongLong();
        body.append(R"({"id":)");
        appendJsonString(body, lastId);
        body.append(R"(,"type":)");
        appendJsonString(body, q.value(1).toString());
        body.append(R"(,"amount":)").append(QByteArray::number(q.value(2).toLongLong()));
        body.append(R"(,"balance_after":)").append(QByteArray::number(q.value(3).toLongLong()));
        body.append(R"(,"description":)");
        appendJsonString(body, q.value(4).toString());
        body.append(R"(,"created_at":")");
        appendIsoTime(body, lastAt);
        body.append('"');
        if (withOrg) {
            body.append(R"(,"org_id":)");
            appendJsonString(body, q.value(9).toString());
            body.append(R"(,"org_name":)");
            appendJsonString(body, q.value(10).toString());
        }
        const QString op = q.value(6).toString();
        if (!op.isEmpty()) {
            body.append(R"(,"operator":)");
            appendJsonString(body, op);
            body.append(R"(,"reason_code":)");
            appendJsonString(body, q.value(7).toString());
            body.append(R"(,"note":)");
            appendJsonString(body, q.value(8).toString());
        }
        body.append('}');
    }
    body.append("]}");
    HttpResponse r;
    r.body = body;
    if (more)
        r.withHeader("X-Next-Cursor",
            QByteArray(QByteArray::number(lastAt) + ':' + lastId.toUtf8())
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return r;
}

bool validHttpUrl(const QString &text)
{
    const QUrl u(text); // tolerant: success URLs carry the literal {CHECKOUT_SESSION_ID}
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"))
        && !u.host().isEmpty();
}

const QStringList &reasonCodes()
{
    static const QStringList codes = {QStringLiteral("goodwill"), QStringLiteral("service_outage"),
        QStringLiteral("billing_error"), QStringLiteral("promotion"), QStringLiteral("fraud_reversal"),
        QStringLiteral("migration"), QStringLiteral("other")};
    return codes;
}

QDate localDay(Context &ctx, const QString &orgId, qint64 at)
{
    const QString tz = ctx.db.scalar(QStringLiteral("SELECT timezone FROM orgs WHERE id = ?"), {orgId}).toString();
    const QTimeZone zone(tz.toUtf8());
    return QDateTime::fromSecsSinceEpoch(at, zone.isValid() ? zone : QTimeZone::utc()).date();
}

// Money fields of the admin plan endpoints: strings in major units of the plan's currency.
std::optional<Money> readPrice(JsonFields &f, const QString &name, const QString &currency, bool required)
{
    const QJsonValue v = f.object().value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            f.fail(name, QStringLiteral("“%1” is required.").arg(name), QStringLiteral("missing_field"));
        return std::nullopt;
    }
    if (!v.isString()) {
        f.fail(name,
            QStringLiteral("“%1” must be a string amount in major units, e.g. \"9.99\", so it stays exact.").arg(name));
        return std::nullopt;
    }
    MoneyParseError e = MoneyParseError::None;
    const Money m = Money::parse(v.toString(), currency, &e);
    if (!m.isValid()) {
        f.fail(name, Money::parseErrorMessage(e, v.toString(), currency), QStringLiteral("invalid_amount"));
        return std::nullopt;
    }
    if (m.isNegative()) {
        f.fail(name, QStringLiteral("“%1” cannot be negative.").arg(name), QStringLiteral("invalid_amount"));
        return std::nullopt;
    }
    return m;
}

} // namespace

std::optional<QString> postCredits(Context &ctx, const CreditEntry &e, qint64 *balanceAfter)
{
    if (!e.reference.isEmpty()
        && ctx.db.one(QStringLiteral("SELECT id FROM credit_ledger WHERE reference = ?"), {e.reference})) {
        if (balanceAfter)
            *balanceAfter =
                ctx.db.scalar(QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ?"), {e.orgId})
                    .toLongLong();
        return QStringLiteral("duplicate");
    }
    const auto row = ctx.db.one(QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ?"), {e.orgId});
    const qint64 balance = row ? row->value(QStringLiteral("balance")).toLongLong() : 0;
    qint64 after = 0;
    if (__builtin_add_overflow(balance, e.amount, &after))
        return QStringLiteral("overflow");
    if (after < 0 && !e.allowNegative)
        return QStringLiteral("negative");
    if (row)
        ctx.db.exec(QStringLiteral("UPDATE credit_balances SET balance = ? WHERE org_id = ?"), {after, e.orgId});
    else
        ctx.db.exec(QStringLiteral("INSERT INTO credit_balances (org_id, balance) VALUES (?, ?)"), {e.orgId, after});
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO credit_ledger (id, org_id, type, amount, balance_after, description, operator, reason_code,"
            " note, reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {newId("txn_"), e.orgId, e.type, e.amount, after, e.description, e.operatorEmail, e.reasonCode, e.note,
            e.reference, e.at ? e.at : ctx.now()});
    if (balanceAfter)
        *balanceAfter = after;
    return std::nullopt;
}

// Marks a paid order and grants its credits once, whichever provider event arrives first.
static void fulfilOrder(Context &ctx, const QString &orderId, const QString &channel,
    const QString &providerSubscription, const QString &customer, qint64 periodStart, qint64 periodEnd)
{
    const auto order = ctx.db.one(QStringLiteral("SELECT * FROM credit_orders WHERE id = ?"), {orderId});
    if (!order || order->value(QStringLiteral("status")).toString() == QLatin1String("paid"))
        return;
    const QString orgId = order->value(QStringLiteral("org_id")).toString();
    ctx.db.exec(
        QStringLiteral("UPDATE credit_orders SET status = 'paid', paid_at = ? WHERE id = ?"), {ctx.now(), orderId});
    if (order->value(QStringLiteral("type")).toString() == QLatin1String("credits")) {
        postCredits(ctx,
            CreditEntry::make(orgId, QStringLiteral("purchase"), order->value(QStringLiteral("credits")).toLongLong(),
                QStringLiteral("Credit purchase (%1)").arg(channel), QStringLiteral("order:") + orderId));
        return;
    }
    const QString planId = order->value(QStringLiteral("plan_id")).toString();
    const auto plan = ctx.db.one(QStringLiteral("SELECT * FROM credit_plans WHERE id = ?"), {planId});
    const qint64 now = ctx.now();
    ctx.db.exec(QStringLiteral("UPDATE credit_subscriptions SET status = 'canceled', updated_at = ? WHERE org_id = ? "
                               "AND status <> 'canceled'"),
        {now, orgId});
    ctx.db.exec(
        QStringLiteral("INSERT INTO credit_subscriptions (id, org_id, plan_id, channel, status, billing_cycle, "
                       "provider_subscription_id,"
                       " provider_customer_id, current_period_start, current_period_end, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?)"),
        {newId("csub_"), orgId, planId, channel, order->value(QStringLiteral("billing_cycle")), providerSubscription,
            customer, periodStart, periodEnd, now, now});
    postCredits(ctx,
        CreditEntry::make(orgId, QStringLiteral("subscription_grant"),
            plan ? plan->value(QStringLiteral("credits_included")).toLongLong() : 0,
            QStringLiteral("%1 plan credits").arg(plan ? plan->value(QStringLiteral("name")).toString() : planId),
            QStringLiteral("grant:%1:%2").arg(providerSubscription).arg(periodStart)));
}

// A subscription event from a provider: status, period and cancellation synced; a new period
// grants the plan's credits again (once per period).
static void syncSubscription(Context &ctx, const QString &providerSubscription, const QString &status,
    qint64 periodStart, qint64 periodEnd, bool cancelAtPeriodEnd)
{
    const auto sub = ctx.db.one(QStringLiteral("SELECT * FROM credit_subscriptions WHERE provider_subscription_id = ?"),
        {providerSubscription});
    if (!sub)
        return;
    ctx.db.exec(
        QStringLiteral("UPDATE credit_subscriptions SET status = ?, current_period_start = ?, current_period_end = ?,"
                       " cancel_at_period_end = ?, updated_at = ? WHERE id = ?"),
        {status, periodStart, periodEnd, cancelAtPeriodEnd ? 1 : 0, ctx.now(), sub->value(QStringLiteral("id"))});
    if (status == QLatin1String("active")
        && periodStart > sub->value(QStringLiteral("current_period_start")).toLongLong()) {
        const auto plan = ctx.db.one(
            QStringLiteral("SELECT * FROM credit_plans WHERE id = ?"), {sub->value(QStringLiteral("plan_id"))});
        postCredits(ctx,
            CreditEntry::make(sub->value(QStringLiteral("org_id")).toString(), QStringLiteral("subscription_grant"),
                plan ? plan->value(QStringLiteral("credits_included")).toLongLong() : 0,
                QStringLiteral("%1 plan credits, renewal")
                    .arg(plan ? plan->value(QStringLiteral("name")).toString() : QString()),
                QStringLiteral("grant:%1:%2").arg(providerSubscription).arg(periodStart)));
    }
}

void registerCreditsRoutes(Router &router, Context &ctx)
{
    auto add = [&router](const QByteArray &method, const QString &path, Handler h) {
        router.add(method, path, enveloped(std::move(h)));
    };

    add("GET", QStringLiteral("/credits/balance"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOrgMembers))
            return *denied;
        const qint64 balance =
            ctx.db
                .scalar(QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ?"), {req.principal->orgId})
                .toLongLong();
        return ok(QJsonObject{{QStringLiteral("balance"), balance}});
    });

    add("GET", QStringLiteral("/credits/transactions"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOrgMembers))
            return *denied;
        Paging p;
        if (auto bad = readPaging(req, &p))
            return *bad;
        return ledgerPage(ctx, req.principal->orgId, {}, std::nullopt, std::nullopt, p, false);
    });

    add("GET", QStringLiteral("/orders"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOrgMembers))
            return *denied;
        Paging p;
        if (auto bad = readPaging(req, &p))
            return *bad;
        return pagedList(ctx, QStringLiteral("SELECT o.* FROM credit_orders o"), {QStringLiteral("o.org_id = ?")},
            {req.principal->orgId}, p, QStringLiteral("o"), orderJson);
    });

    add("GET", QStringLiteral("/orders/{id}"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOrgMembers))
            return *denied;
        const auto o = ctx.db.one(QStringLiteral("SELECT * FROM credit_orders WHERE id = ? AND org_id = ?"),
            {req.params.value(QStringLiteral("id")), req.principal->orgId});
        if (!o)
            return HttpResponse::error(404, QStringLiteral("not_found"),
                QStringLiteral("There is no order %1.").arg(req.params.value(QStringLiteral("id"))));
        return ok(orderJson(*o));
    });

    add("GET", QStringLiteral("/subscription/plans"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOrgMembers))
            return *denied;
        QJsonArray data;
        for (const QVariantMap &p :
            ctx.db.all(QStringLiteral("SELECT * FROM credit_plans WHERE active = 1 ORDER BY sort_order, id")))
            data.append(planJson(p, false));
        return ok(data);
    });

    // Extension: the organisation's credits subscription (the seed has no read endpoint for it).
    add("GET", QStringLiteral("/subscription/current"), [&ctx](const HttpRequest &req) {
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
            {QStringLiteral("current_period_end"),
                isoTime(sub->value(QStringLiteral("current_period_end")).toLongLong())},
            {QStringLiteral("cancel_at_period_end"),
                sub->value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0}});
    });

    add("POST", QStringLiteral("/checkin"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kOrgMembers))
            return *denied;
        if (ctx.db.setting(QStringLiteral("checkin_enabled"), QStringLiteral("1")) != QLatin1String("1"))
            return HttpResponse::error(
                409, QStringLiteral("checkin_disabled"), QStringLiteral("Daily check-in is turned off."));
        const qint64 now = ctx.now();
        const QDate day = localDay(ctx, req.principal->orgId, now);
        const QString tz =
            ctx.db.scalar(QStringLiteral("SELECT timezone FROM orgs WHERE id = ?"), {req.principal->orgId}).toString();
        if (ctx.db.one(QStringLiteral("SELECT day FROM checkins WHERE org_id = ? AND day = ?"),
                {req.principal->orgId, day.toString(Qt::ISODate)}))
            return HttpResponse::error(409, QStringLiteral("already_checked_in"),
                QStringLiteral("Already checked in today (%1, %2); the next check-in opens at midnight.")
                    .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, QStringLiteral("d MMM yyyy")),
                        tz));
        const qint64 credits = ctx.db.setting(QStringLiteral("checkin_credits"), QStringLiteral("10")).toLongLong();
        Transaction tx(ctx.db);
        ctx.db.exec(
            QStringLiteral("INSERT INTO checkins (org_id, day, user_id, credits, created_at) VALUES (?, ?, ?, ?, ?)"),
            {req.principal->orgId, day.toString(Qt::ISODate), req.principal->userId, credits, now});
        qint64 balance = 0;
        postCredits(ctx,
            CreditEntry::make(req.principal->orgId, QStringLiteral("checkin"), credits,
                QStringLiteral("Daily check-in"),
                QStringLiteral("checkin:%1:%2").arg(req.principal->orgId, day.toString(Qt::ISODate))),
            &balance);
        tx.commit();
        return ok(QJsonObject{{QStringLiteral("credits_awarded"), credits}, {QStringLiteral("balance"), balance},
            {QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("timezone"), tz}});
    });

    add("POST", QStringLiteral("/payment/create-session"), [&ctx](const HttpRequest &req) {
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
            if (channel == QLatin1String("creem")
                && plan->value(QStringLiteral("creem_product_id")).toString().isEmpty())
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
        const QJsonObject metadata{{QStringLiteral("order_id"), orderId},
            {QStringLiteral("org_id"), req.principal->orgId}, {QStringLiteral("units"), units}};
        Transaction tx(ctx.db);
        QString url;
        QString sessionId;
        if (channel == QLatin1String("stripe")) {
            const QString price = plan
                ? plan->value(cycle == BillingCycle::Monthly ? QStringLiteral("stripe_price_monthly")
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
            s.customer =
                stripe::ensureCustomer(ctx, req.principal->orgId, org->value(QStringLiteral("email")).toString());
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
    });

    add("POST", QStringLiteral("/subscription/portal"), [&ctx](const HttpRequest &req) {
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
            QStringLiteral(
                "SELECT * FROM credit_subscriptions WHERE org_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"),
            {req.principal->orgId});
        if (!sub)
            return HttpResponse::error(400, QStringLiteral("no_billing_account"),
                QStringLiteral("Your organisation has no subscription to manage yet."));
        if (sub->value(QStringLiteral("channel")).toString() != QLatin1String("stripe"))
            return HttpResponse::error(400, QStringLiteral("portal_unavailable"),
                QStringLiteral(
                    "This subscription is billed through Creem; manage it from the link in the Creem receipt."));
        return ok(QJsonObject{{QStringLiteral("url"),
            stripe::createPortalSession(ctx, sub->value(QStringLiteral("provider_customer_id")).toString(),
                QStringLiteral("credits"), returnUrl)
                .toString()}});
    });

    add("POST", QStringLiteral("/payment/webhook/stripe"), [&ctx](const HttpRequest &req) {
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
            fulfilOrder(ctx, orderId, QStringLiteral("stripe"), subId,
                object.value(QStringLiteral("customer")).toString(),
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
    });

    add("POST", QStringLiteral("/payment/webhook/creem"), [&ctx](const HttpRequest &req) {
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
            const qint64 end =
                (order && order->value(QStringLiteral("billing_cycle")).toString() == QLatin1String("yearly")
                        ? s.addYears(1)
                        : s.addMonths(1))
                    .toSecsSinceEpoch();
            fulfilOrder(ctx, orderId, QStringLiteral("creem"),
                object.value(QStringLiteral("subscription")).toObject().value(QStringLiteral("id")).toString(),
                object.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString(), start,
                end);
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
    });

    // --- Admin ---
    add("GET", QStringLiteral("/admin/billing/plans"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        QJsonArray data;
        for (const QVariantMap &p : ctx.db.all(QStringLiteral("SELECT * FROM credit_plans ORDER BY sort_order, id")))
            data.append(planJson(p, true));
        return ok(data);
    });

    auto savePlan = [&ctx](const HttpRequest &req, const QString &existingId) -> HttpResponse {
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
        QString currency = f->string(QStringLiteral("currency"), creating, 3);
        if (!creating && currency.isEmpty())
            currency = existing->value(QStringLiteral("currency")).toString();
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
        return ok(planJson(*ctx.db.one(QStringLiteral("SELECT * FROM credit_plans WHERE id = ?"), {planId}), true),
            creating ? 201 : 200);
    };

    add("POST", QStringLiteral("/admin/billing/plans"), [savePlan](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        return savePlan(req, {});
    });

    add("PUT", QStringLiteral("/admin/billing/plans/{id}"), [savePlan](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        return savePlan(req, req.params.value(QStringLiteral("id")));
    });

    add("GET", QStringLiteral("/admin/billing/coupons"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        QJsonArray data;
        for (const QVariantMap &c : ctx.db.all(QStringLiteral("SELECT * FROM coupons ORDER BY created_at DESC, code")))
            data.append(couponJson(c));
        return ok(data);
    });

    add("POST", QStringLiteral("/admin/billing/coupons"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        HttpResponse error;
        auto f = JsonFields::parse(req.body, &error);
        if (!f)
            return error;
        const QString code = f->string(QStringLiteral("code"), true, 40).trimmed().toUpper();
        const QString duration = f->string(QStringLiteral("duration"), false, 20);
        const auto months = f->integer(QStringLiteral("duration_in_months"), false, 1, 120);
        const auto percent = f->string(QStringLiteral("percent_off"), false, 10);
        const QString amountText = f->string(QStringLiteral("amount_off"), false, 30);
        const QString currency = f->string(QStringLiteral("currency"), false, 3);
        const QString from = f->string(QStringLiteral("valid_from"), false, 40);
        const QString until = f->string(QStringLiteral("valid_until"), false, 40);
        const auto maxRedemptions = f->integer(QStringLiteral("max_redemptions"), false, 1, 100000000);
        if (!f->ok())
            return f->error();
        static const QRegularExpression codeShape(QStringLiteral("^[A-Z0-9_-]{3,40}$"));
        if (!codeShape.match(code).hasMatch())
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("code must be 3 to 40 letters, digits, '-' or '_'."), QStringLiteral("code"));
        if (percent.isEmpty() == amountText.isEmpty())
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
                    QStringLiteral(
                        "percent_off must be a number from 0.01 to 100 with at most two decimals, as a string."),
                    QStringLiteral("percent_off"));
            bp = p.minorUnits();
        } else {
            MoneyParseError e = MoneyParseError::None;
            const Money m = Money::parse(amountText, currency, &e);
            if (!m.isValid() || m.minorUnits() <= 0)
                return HttpResponse::error(400, QStringLiteral("invalid_amount"),
                    m.isValid() ? QStringLiteral("amount_off must be more than zero.")
                                : Money::parseErrorMessage(e, amountText, currency),
                    QStringLiteral("amount_off"));
            amountMinor = m.minorUnits();
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
        ctx.db.exec(
            QStringLiteral("INSERT INTO coupons (code, kind, percent_off_bp, amount_off_minor, currency, duration, "
                           "valid_from, valid_until,"
                           " max_redemptions, redemptions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
            {code, percent.isEmpty() ? QStringLiteral("amount") : QStringLiteral("percent"), bp, amountMinor, cur,
                dur == QLatin1String("repeating") ? QStringLiteral("repeating:%1").arg(*months) : dur,
                fromAt ? QVariant(*fromAt) : none, untilAt ? QVariant(*untilAt) : none,
                maxRedemptions ? QVariant(*maxRedemptions) : none, ctx.now()});
        return ok(couponJson(*ctx.db.one(QStringLiteral("SELECT * FROM coupons WHERE code = ?"), {code})), 201);
    });

    add("GET", QStringLiteral("/admin/credits/transactions"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kCreditOperators))
            return *denied;
        Paging p;
        if (auto bad = readPaging(req, &p))
            return *bad;
        const auto from = parseDateParam(req.queryValue(QStringLiteral("from")), false);
        const auto to = parseDateParam(req.queryValue(QStringLiteral("to")), true);
        if ((!req.queryValue(QStringLiteral("from")).isEmpty() && !from)
            || (!req.queryValue(QStringLiteral("to")).isEmpty() && !to))
            return HttpResponse::error(
                400, QStringLiteral("invalid_date"), QStringLiteral("from and to are dates, YYYY-MM-DD."));
        return ledgerPage(
            ctx, req.queryValue(QStringLiteral("org_id")), req.queryValue(QStringLiteral("type")), from, to, p, true);
    });

    add("POST", QStringLiteral("/admin/credits/manual"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kCreditOperators))
            return *denied;
        HttpResponse error;
        auto f = JsonFields::parse(req.body, &error);
        if (!f)
            return error;
        const QString orgId = f->string(QStringLiteral("org_id"), true, 80);
        const auto amount = f->integer(QStringLiteral("amount"), true, -100000000, 100000000);
        const QString reasonCode = f->string(QStringLiteral("reason_code"), true, 40);
        const QString note = f->string(QStringLiteral("note"), true, 1000);
        const bool allowNegative = f->boolean(QStringLiteral("allow_negative")).value_or(false);
        if (!f->ok())
            return f->error();
        if (*amount == 0)
            return HttpResponse::error(400, QStringLiteral("invalid_field"), QStringLiteral("amount must not be zero."),
                QStringLiteral("amount"));
        if (!reasonCodes().contains(reasonCode))
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("reason_code must be one of %1.").arg(reasonCodes().join(QStringLiteral(", "))),
                QStringLiteral("reason_code"));
        if (!ctx.db.one(QStringLiteral("SELECT id FROM orgs WHERE id = ?"), {orgId}))
            return HttpResponse::error(404, QStringLiteral("not_found"),
                QStringLiteral("There is no organisation %1.").arg(orgId), QStringLiteral("org_id"));
        Transaction tx(ctx.db);
        qint64 balance = 0;
        CreditEntry entry = CreditEntry::make(orgId, QStringLiteral("manual_adjustment"), *amount,
            QStringLiteral("Manual adjustment: %1").arg(reasonCode));
        entry.operatorEmail = req.principal->email;
        entry.reasonCode = reasonCode;
        entry.note = note;
        entry.allowNegative = allowNegative;
        const auto refused = postCredits(ctx, entry, &balance);
        if (refused == QLatin1String("negative")) {
            const qint64 current =
                ctx.db.scalar(QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ?"), {orgId})
                    .toLongLong();
            return HttpResponse::error(409, QStringLiteral("insufficient_balance"),
                QStringLiteral(
                    "The balance is %1 credits; taking %2 would leave %3. Set allow_negative to do it anyway.")
                    .arg(current)
                    .arg(-*amount)
                    .arg(current + *amount),
                QStringLiteral("amount"));
        }
        if (refused)
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("The adjustment would overflow the balance."), QStringLiteral("amount"));
        const auto txn = ctx.db.one(
            QStringLiteral("SELECT * FROM credit_ledger WHERE org_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"),
            {orgId});
        tx.commit();
        return ok(
            QJsonObject{{QStringLiteral("transaction"), transactionJson(*txn)}, {QStringLiteral("balance"), balance}},
            201);
    });

    // Extension: find a customer (support agents and Super Admins), with their credit balance.
    add("GET", QStringLiteral("/admin/orgs"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kCreditOperators))
            return *denied;
        const QString raw = req.queryValue(QStringLiteral("q")).trimmed();
        const QString q = raw.toLower();
        QJsonArray data;
        for (const QVariantMap &o :
            ctx.db.all(
                QStringLiteral("SELECT o.id, o.name, o.email, o.currency, COALESCE(b.balance, 0) AS balance FROM orgs o"
                               " LEFT JOIN credit_balances b ON b.org_id = o.id"
                               " WHERE ? = '' OR LOWER(o.name) LIKE ? OR LOWER(o.email) LIKE ? OR o.id = ?"
                               " ORDER BY o.name LIMIT 200"),
                {q, QString(u'%' + q + u'%'), QString(u'%' + q + u'%'), raw}))
            data.append(QJsonObject{{QStringLiteral("id"), o.value(QStringLiteral("id")).toString()},
                {QStringLiteral("name"), o.value(QStringLiteral("name")).toString()},
                {QStringLiteral("email"), o.value(QStringLiteral("email")).toString()},
                {QStringLiteral("currency"), o.value(QStringLiteral("currency")).toString()},
                {QStringLiteral("balance"), o.value(QStringLiteral("balance")).toLongLong()}});
        return ok(data);
    });

    // Extension: credits granted and used per month, for the dashboard.
    add("GET", QStringLiteral("/admin/credits/summary"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, kCreditOperators))
            return *denied;
        QMap<QString, QPair<qint64, qint64>> months;
        QSqlQuery q = ctx.db.exec(QStringLiteral("SELECT created_at, amount FROM credit_ledger"));
        while (q.next()) {
            const QString month =
                QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toString(QStringLiteral("yyyy-MM"));
            const qint64 amount = q.value(1).toLongLong();
            auto &m = months[month];
            (amount >= 0 ? m.first : m.second) += amount >= 0 ? amount : -amount;
        }
        QJsonArray data;
        for (auto it = months.cbegin(); it != months.cend(); ++it)
            data.append(QJsonObject{{QStringLiteral("month"), it.key()}, {QStringLiteral("granted"), it.value().first},
                {QStringLiteral("used"), it.value().second}});
        return ok(data);
    });

    add("GET", QStringLiteral("/admin/checkin/config"), [&ctx](const HttpRequest &req) {
        if (auto denied = requireRole(req, {Role::SuperAdmin}))
            return *denied;
        return ok(QJsonObject{
            {QStringLiteral("enabled"),
                ctx.db.setting(QStringLiteral("checkin_enabled"), QStringLiteral("1")) == QLatin1String("1")},
            {QStringLiteral("credits"),
                ctx.db.setting(QStringLiteral("checkin_credits"), QStringLiteral("10")).toLongLong()}});
    });

    add("PUT", QStringLiteral("/admin/checkin/config"), [&ctx](const HttpRequest &req) {
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
    });
}

QJsonObject couponJson(const QVariantMap &c)
{
    const bool percent = c.value(QStringLiteral("kind")).toString() == QLatin1String("percent");
    const QString duration = c.value(QStringLiteral("duration")).toString();
    QJsonObject o{{QStringLiteral("code"), c.value(QStringLiteral("code")).toString()},
        {QStringLiteral("kind"), c.value(QStringLiteral("kind")).toString()},
        {QStringLiteral("duration"), duration.section(u':', 0, 0)},
        {QStringLiteral("valid_from"), isoTimeOrNull(c.value(QStringLiteral("valid_from")))},
        {QStringLiteral("valid_until"), isoTimeOrNull(c.value(QStringLiteral("valid_until")))},
        {QStringLiteral("max_redemptions"),
            c.value(QStringLiteral("max_redemptions")).isNull()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(c.value(QStringLiteral("max_redemptions")).toLongLong())},
        {QStringLiteral("redemptions"), c.value(QStringLiteral("redemptions")).toLongLong()}};
    if (duration.startsWith(QLatin1String("repeating:")))
        o.insert(QStringLiteral("duration_in_months"), duration.section(u':', 1).toInt());
    if (percent) {
        const qint64 bp = c.value(QStringLiteral("percent_off_bp")).toLongLong();
        o.insert(QStringLiteral("percent_off"), Money::fromMinor(bp, QStringLiteral("USD")).toWireString());
    } else {
        o.insert(QStringLiteral("amount_off"),
            Money::fromMinor(c.value(QStringLiteral("amount_off_minor")).toLongLong(),
                c.value(QStringLiteral("currency")).toString())
                .toWireString());
        o.insert(QStringLiteral("currency"), c.value(QStringLiteral("currency")).toString());
    }
    return o;
}

} // namespace bc::sandbox
