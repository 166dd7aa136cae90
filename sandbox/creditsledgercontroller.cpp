#include "creditsledgercontroller.h"

#include "auth.h"
#include "credits.h"
#include "providersignatures.h"
#include "providersims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace bc::sandbox {

void CreditsLedgerController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/credits/balance"), &CreditsLedgerController::balance, RouteKind::Documented);
    route(router, "GET", QStringLiteral("/credits/transactions"), &CreditsLedgerController::transactions,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/checkin"), &CreditsLedgerController::checkin, RouteKind::Documented);
    route(router, "GET", QStringLiteral("/admin/credits/transactions"), &CreditsLedgerController::allTransactions,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/admin/credits/manual"), &CreditsLedgerController::adjust,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/admin/orgs"), &CreditsLedgerController::organisations, RouteKind::Extension);
    route(router, "GET", QStringLiteral("/admin/credits/summary"), &CreditsLedgerController::summaryByMonth,
        RouteKind::Extension);
}

HttpResponse CreditsLedgerController::balance(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOrgMembers))
        return *denied;
    const qint64 balance =
        ctx.db.scalar(QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ?"), {req.principal->orgId})
            .toLongLong();
    return ok(QJsonObject{{QStringLiteral("balance"), balance}});
}

HttpResponse CreditsLedgerController::transactions(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOrgMembers))
        return *denied;
    Paging p;
    if (auto bad = readPaging(req, &p, !ctx.documentedOnly))
        return *bad;
    return ledgerPage(ctx, req.principal->orgId, {}, std::nullopt, std::nullopt, p, false);
}

HttpResponse CreditsLedgerController::checkin(const HttpRequest &req)
{
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
                .arg(
                    QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, QStringLiteral("d MMM yyyy")), tz));
    const qint64 credits = ctx.db.setting(QStringLiteral("checkin_credits"), QStringLiteral("10")).toLongLong();
    Transaction tx(ctx.db);
    ctx.db.exec(
        QStringLiteral("INSERT INTO checkins (org_id, day, user_id, credits, created_at) VALUES (?, ?, ?, ?, ?)"),
        {req.principal->orgId, day.toString(Qt::ISODate), req.principal->userId, credits, now});
    qint64 balance = 0;
    postCredits(ctx,
        CreditEntry::make(req.principal->orgId, QStringLiteral("checkin"), credits, QStringLiteral("Daily check-in"),
            QStringLiteral("checkin:%1:%2").arg(req.principal->orgId, day.toString(Qt::ISODate))),
        &balance);
    tx.commit();
    return ok(QJsonObject{{QStringLiteral("credits_awarded"), credits}, {QStringLiteral("balance"), balance},
        {QStringLiteral("day"), day.toString(Qt::ISODate)}, {QStringLiteral("timezone"), tz}});
}

HttpResponse CreditsLedgerController::allTransactions(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kCreditOperators))
        return *denied;
    Paging p;
    if (auto bad = readPaging(req, &p, !ctx.documentedOnly))
        return *bad;
    const auto from = parseDateParam(req.queryValue(QStringLiteral("from")), false);
    const auto to = parseDateParam(req.queryValue(QStringLiteral("to")), true);
    if ((!req.queryValue(QStringLiteral("from")).isEmpty() && !from)
        || (!req.queryValue(QStringLiteral("to")).isEmpty() && !to))
        return HttpResponse::error(
            400, QStringLiteral("invalid_date"), QStringLiteral("from and to are dates, YYYY-MM-DD."));
    return ledgerPage(
        ctx, req.queryValue(QStringLiteral("org_id")), req.queryValue(QStringLiteral("type")), from, to, p, true);
}

HttpResponse CreditsLedgerController::adjust(const HttpRequest &req)
{
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
        return HttpResponse::error(
            400, QStringLiteral("invalid_field"), QStringLiteral("amount must not be zero."), QStringLiteral("amount"));
    if (!reasonCodes().contains(reasonCode))
        return HttpResponse::error(400, QStringLiteral("invalid_field"),
            QStringLiteral("reason_code must be one of %1.").arg(reasonCodes().join(QStringLiteral(", "))),
            QStringLiteral("reason_code"));
    if (!ctx.db.one(QStringLiteral("SELECT id FROM orgs WHERE id = ?"), {orgId}))
        return HttpResponse::error(404, QStringLiteral("not_found"),
            QStringLiteral("There is no organisation %1.").arg(orgId), QStringLiteral("org_id"));
    Transaction tx(ctx.db);
    qint64 balance = 0;
    CreditEntry entry =
        CreditEntry::make(orgId, QStringLiteral("manual_adjustment"), *amount, note); // the person's words describe it
    entry.operatorEmail = req.principal->email;
    entry.reasonCode = reasonCode;
    entry.note = note;
    entry.allowNegative = allowNegative;
    const auto refused = postCredits(ctx, entry, &balance);
    if (refused == QLatin1String("negative")) {
        const qint64 current =
            ctx.db.scalar(QStringLiteral("SELECT balance FROM credit_balances WHERE org_id = ?"), {orgId}).toLongLong();
        return HttpResponse::error(409, QStringLiteral("insufficient_balance"),
            QStringLiteral("The balance is %1 credits; taking %2 would leave %3. Set allow_negative to do it anyway.")
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
        QJsonObject{{QStringLiteral("transaction"), transactionJson(*txn)}, {QStringLiteral("balance"), balance}}, 201);
}

// Extension: find a customer (support agents and Super Admins), with their credit balance.
HttpResponse CreditsLedgerController::organisations(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kCreditOperators))
        return *denied;
    const QString raw = req.queryValue(QStringLiteral("q")).trimmed();
    const QString q = raw.toLower();
    QJsonArray data;
    for (const QVariantMap &o : ctx.db.all(
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
}

// Extension: credits granted and used per month, for the dashboard.
HttpResponse CreditsLedgerController::summaryByMonth(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kCreditOperators))
        return *denied;
    // One aggregate in the database (the dashboard's chart), not a walk of every ledger row here:
    // sums per UTC day (integer arithmetic, which both databases do fast; formatting a month per
    // row costs twice the scan), folded into months here from a few hundred days. The shift makes
    // the division a floor for times before 1970 too (both databases truncate toward zero).
    QSqlQuery q = ctx.db.exec(QStringLiteral("SELECT (created_at + 86400000000) / 86400 - 1000000 AS day,"
                                             " CAST(SUM(CASE WHEN amount >= 0 THEN amount ELSE 0 END) AS BIGINT),"
                                             " CAST(SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END) AS BIGINT)"
                                             " FROM credit_ledger GROUP BY 1"));
    QMap<QString, QPair<qint64, qint64>> months;
    while (q.next()) {
        const QString month =
            QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong() * 86400, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
        months[month].first += q.value(1).toLongLong();
        months[month].second += q.value(2).toLongLong();
    }
    QJsonArray data;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        data.append(QJsonObject{{QStringLiteral("month"), it.key()}, {QStringLiteral("granted"), it.value().first},
            {QStringLiteral("used"), it.value().second}});
    return ok(data);
}

} // namespace bc::sandbox
