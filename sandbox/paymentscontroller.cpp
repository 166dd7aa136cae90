#include "paymentscontroller.h"

#include "auth.h"
#include "orgbilling.h"
#include "proration.h"
#include "providersignatures.h"

#include "invoice/invoicerenderer.h"
#include "models/invoicejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bc::sandbox {

void PaymentsController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/api/billing/payments"), &PaymentsController::list, RouteKind::Extension);
    route(router, "GET", QStringLiteral("/api/billing/payments/export"), &PaymentsController::exportCsv,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/api/billing/reports/revenue"), &PaymentsController::revenueByMonth,
        RouteKind::Extension);
}

HttpResponse PaymentsController::list(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kLedgerReaders))
        return *denied;
    // Pages of up to 10,000: a finance range is hundreds of thousands of payments.
    Page page;
    if (auto bad = readPage(req, &page, 50, 10000))
        return *bad;
    std::optional<qint64> from, to;
    if (auto bad = readDateRange(req, &from, &to))
        return *bad;
    Filter f;
    if (!req.principal->isPlatform())
        f.add(QStringLiteral("p.org_id = ?"), {req.principal->orgId});
    else if (!req.queryValue(QStringLiteral("orgId")).isEmpty())
        f.add(QStringLiteral("p.org_id = ?"), {req.queryValue(QStringLiteral("orgId"))});
    if (from)
        f.add(QStringLiteral("p.created_at >= ?"), {*from});
    // A later page starts below its cursor, which is inside the range: the cursor is the bound
    // the index range starts from (with both, SQLite may start at the range's end and skip
    // every row of the pages before, each page slower than the last).
    if (to && !page.hasCursor)
        f.add(QStringLiteral("p.created_at <= ?"), {*to});
    if (!req.queryValue(QStringLiteral("status")).isEmpty())
        f.add(QStringLiteral("p.status = ?"), {req.queryValue(QStringLiteral("status"))});
    addPage(f, page, QStringLiteral("p"));
    QVariantList binds = f.binds;
    binds << page.limit + 1;
    QByteArray body;
    body.reserve(qsizetype(page.limit) * 330);
    body.append(R"({"data":[)");
    int n = 0;
    qint64 lastAt = 0;
    QString lastId;
    bool more = false;
    ctx.db.eachRow(paymentSelect() + f.where() + QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC LIMIT ?"),
        binds, [&](const RowView &row) {
            if (n == page.limit) {
                more = true;
                return false;
            }
            if (n++)
                body.append(',');
            appendPaymentJson(body, row);
            if (n == page.limit) { // the cursor is only needed from the page's last row
                lastId = QString::fromUtf8(row.text(PaymentIdColumn));
                lastAt = row.integer(PaymentCreatedAtColumn);
            }
            return true;
        });
    body.append(R"(],"next_cursor":)");
    if (more)
        appendJsonString(body, encodeCursor(lastAt, lastId));
    else
        body.append("null");
    body.append('}');
    HttpResponse r;
    r.body = body;
    return r;
}

HttpResponse PaymentsController::exportCsv(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kBillingReaders))
        return *denied;
    std::optional<qint64> from, to;
    if (auto bad = readDateRange(req, &from, &to))
        return *bad;
    Filter f;
    if (!req.principal->isPlatform())
        f.add(QStringLiteral("p.org_id = ?"), {req.principal->orgId});
    if (to)
        f.add(QStringLiteral("p.created_at <= ?"), {*to});
    HttpResponse r;
    r.contentType = "text/csv; charset=utf-8";
    r.stream = streamRowsInOrder(&ctx.db, paymentSelect(), f, from, paymentCsvHeader(), appendPaymentCsv,
        PaymentCreatedAtColumn, PaymentIdColumn);
    const QString name =
        QStringLiteral("payments-%1-%2.csv")
            .arg(req.queryValue(QStringLiteral("from")).isEmpty() ? QStringLiteral("start")
                                                                  : req.queryValue(QStringLiteral("from")),
                req.queryValue(QStringLiteral("to")).isEmpty() ? QStringLiteral("now")
                                                               : req.queryValue(QStringLiteral("to")));
    r.withHeader("Content-Disposition", QByteArray("attachment; filename=\"" + name.toLatin1() + '"'));
    return r;
}

// Extension: revenue by month for the dashboard (captured payments, per currency).
HttpResponse PaymentsController::revenueByMonth(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kBillingReaders))
        return *denied;
    QVariantList binds;
    QString where = QStringLiteral(" WHERE status = 'captured'");
    if (!req.principal->isPlatform()) {
        where += QStringLiteral(" AND org_id = ?");
        binds << req.principal->orgId;
    }
    QMap<QPair<QString, QString>, qint64> sums;
    QSqlQuery q = ctx.db.exec(QStringLiteral("SELECT created_at, currency, amount_minor FROM payments") + where, binds);
    while (q.next()) {
        const QString month =
            QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toString(QStringLiteral("yyyy-MM"));
        sums[{month, q.value(1).toString()}] += q.value(2).toLongLong();
    }
    QJsonArray data;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        data.append(
            QJsonObject{{QStringLiteral("month"), it.key().first}, {QStringLiteral("currency"), it.key().second},
                {QStringLiteral("amount"), Money::fromMinor(it.value(), it.key().second).toWireString()}});
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

} // namespace bc::sandbox
