// The credits service family (seed 002): what its controllers share — the append-only ledger,
// order fulfilment, provider subscription sync, and one serializer per answer shape. Every
// answer is enveloped exactly as the seed shows: {"success": true, "data": ...}.
#include "credits.h"

#include "providersignatures.h"
#include "providersims.h"

#include "api/wirejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtNumeric>

namespace bc::sandbox {

HttpResponse ok(const QJsonValue &data, int status)
{
    HttpResponse r =
        HttpResponse::json(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}}, status);
    return r;
}

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

QJsonObject planJson(const QVariantMap &p, bool admin, bool documentedOnly)
{
    const QString currency = p.value(QStringLiteral("currency")).toString();
    QJsonObject o{{QStringLiteral("id"), p.value(QStringLiteral("id")).toString()},
        {QStringLiteral("name"), p.value(QStringLiteral("name")).toString()},
        {QStringLiteral("description"), p.value(QStringLiteral("description")).toString()},
        {QStringLiteral("price_monthly"), minorUnitsValue(p.value(QStringLiteral("price_monthly_minor")).toLongLong())},
        {QStringLiteral("price_yearly"), minorUnitsValue(p.value(QStringLiteral("price_yearly_minor")).toLongLong())},
        {QStringLiteral("credits_included"), p.value(QStringLiteral("credits_included")).toLongLong()},
        {QStringLiteral("features"),
            QJsonDocument::fromJson(p.value(QStringLiteral("features")).toString().toUtf8()).array()}};
    if (!documentedOnly) // the document shows bare numbers and no currency: the sandbox says which
        o.insert(QStringLiteral("currency"), currency);
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
    QByteArray body;
    body.reserve(p.limit * 200);
    body.append(R"({"success":true,"data":[)");
    int n = 0;
    qint64 lastAt = 0;
    QByteArray lastId;
    bool more = false;
    ctx.db.eachRow(sql, binds, [&](const RowView &row) {
        if (n == p.limit) {
            more = true;
            return false;
        }
        if (n++)
            body.append(',');
        lastId.resize(0); // kept allocated: only the page's last id is used
        lastId.append(row.text(0));
        lastAt = row.integer(5);
        body.append(R"({"id":)");
        appendJsonString(body, QByteArrayView(lastId));
        body.append(R"(,"type":)");
        appendJsonString(body, row.text(1));
        body.append(R"(,"amount":)").append(QByteArray::number(row.integer(2)));
        if (!ctx.documentedOnly)
            body.append(R"(,"balance_after":)").append(QByteArray::number(row.integer(3)));
        body.append(R"(,"description":)");
        appendJsonString(body, row.text(4));
        body.append(R"(,"created_at":")");
        appendIsoTime(body, lastAt);
        body.append('"');
        if (ctx.documentedOnly) { // seed 002's five fields, nothing more
            body.append('}');
            return true;
        }
        if (withOrg) {
            body.append(R"(,"org_id":)");
            appendJsonString(body, row.text(9));
            body.append(R"(,"org_name":)");
            appendJsonString(body, row.text(10));
        }
        const QByteArrayView op = row.text(6);
        if (!op.isEmpty()) {
            body.append(R"(,"operator":)");
            appendJsonString(body, op);
            body.append(R"(,"reason_code":)");
            appendJsonString(body, row.text(7));
            body.append(R"(,"note":)");
            appendJsonString(body, row.text(8));
        }
        body.append('}');
        return true;
    });
    body.append("]}");
    HttpResponse r;
    r.body = body;
    if (more && !ctx.documentedOnly)
        r.withHeader("X-Next-Cursor",
            QByteArray(QByteArray::number(lastAt) + ':' + lastId)
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

std::optional<Money> readPrice(JsonFields &f, const QString &name, const QString &currency, bool required)
{
    // As seed 002 shows them, a bare number counts minor units ("price_monthly": 999 is 9.99 USD);
    // a string is major units ("9.99"). Both are read from their own text.
    const QByteArray key = name.toLatin1();
    const QCborValue v = wire::Object(f.wire()).field({key.constData()});
    if (v.isUndefined()) {
        if (required)
            f.fail(name, QStringLiteral("“%1” is required.").arg(name), QStringLiteral("missing_field"));
        return std::nullopt;
    }
    QString why;
    const std::optional<Money> m =
        wire::Object(f.wire()).money({key.constData()}, {currency, wire::AmountConvention::Units::Minor}, &why);
    if (!m) {
        f.fail(name,
            why.isEmpty() ? QStringLiteral("“%1” must be a whole number of minor units (999 for 9.99).").arg(name)
                          : why,
            QStringLiteral("invalid_amount"));
        return std::nullopt;
    }
    if (m->isNegative()) {
        f.fail(name, QStringLiteral("“%1” cannot be negative.").arg(name), QStringLiteral("invalid_amount"));
        return std::nullopt;
    }
    if (m->minorUnits() > kMaxAmountMinor) {
        f.fail(name,
            QStringLiteral("“%1” is above the largest amount this server takes (%2 minor units).")
                .arg(name)
                .arg(kMaxAmountMinor),
            QStringLiteral("invalid_amount"));
        return std::nullopt;
    }
    return m;
}

QString creditsCurrency(Context &ctx)
{
    return ctx.db.setting(QStringLiteral("credits_currency"), QStringLiteral("USD"));
}

QJsonValue minorUnitsValue(qint64 minor)
{
    return wire::numberValue(QString::number(minor));
}

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
    // The balance row is read under a row lock (PostgreSQL; SQLite has one writer at a time), so
    // several server processes on one database never add to a stale balance.
    ctx.db.exec(
        QStringLiteral("INSERT INTO credit_balances (org_id, balance) VALUES (?, 0) ON CONFLICT (org_id) DO NOTHING"),
        {e.orgId});
    const qint64 balance =
        ctx.db
            .scalar(ctx.db.isPostgres()
                    ? QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ? FOR UPDATE")
                    : QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ?"),
                {e.orgId})
            .toLongLong();
    qint64 after = 0;
    if (qAddOverflow(balance, e.amount, &after))
        return QStringLiteral("overflow");
    if (after < 0 && !e.allowNegative)
        return QStringLiteral("negative");
    ctx.db.exec(QStringLiteral("UPDATE credit_balances SET balance = ? WHERE org_id = ?"), {after, e.orgId});
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
void fulfilOrder(Context &ctx, const QString &orderId, const QString &channel, const QString &providerSubscription,
    const QString &customer, qint64 periodStart, qint64 periodEnd)
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
void syncSubscription(Context &ctx, const QString &providerSubscription, const QString &status, qint64 periodStart,
    qint64 periodEnd, bool cancelAtPeriodEnd)
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
    if (more && !ctx.documentedOnly)
        r.withHeader("X-Next-Cursor",
            QByteArray(QByteArray::number(rows.last().value(QStringLiteral("created_at")).toLongLong()) + ':'
                + rows.last().value(QStringLiteral("id")).toString().toUtf8())
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return r;
}

} // namespace bc::sandbox
