#include "listing.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <utility>
#include <QJsonObject>

namespace bc::sandbox {

QString encodeCursor(qint64 at, const QString &id)
{
    return QString::fromLatin1(QByteArray(QByteArray::number(at) + ':' + id.toUtf8())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, qint64 *at, QString *id)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype colon = raw.indexOf(':');
    if (colon <= 0)
        return false;
    bool ok = false;
    *at = raw.left(colon).toLongLong(&ok);
    *id = QString::fromUtf8(raw.mid(colon + 1));
    return ok && !id->isEmpty();
}

std::optional<HttpResponse> readPage(const HttpRequest &req, Page *page, int defaultLimit, int maxLimit)
{
    page->limit = defaultLimit;
    const QString limit = req.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        page->limit = limit.toInt(&ok);
        if (!ok || page->limit < 1 || page->limit > maxLimit)
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("limit must be a whole number from 1 to %1.").arg(maxLimit), QStringLiteral("limit"));
    }
    const QString after = req.queryValue(QStringLiteral("after"));
    if (!after.isEmpty()) {
        if (!decodeCursor(after, &page->at, &page->id))
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("after is not a cursor this server gave out."), QStringLiteral("after"));
        page->hasCursor = true;
    }
    return std::nullopt;
}

std::optional<HttpResponse> readDateRange(
    const HttpRequest &req, std::optional<qint64> *from, std::optional<qint64> *to)
{
    const QString f = req.queryValue(QStringLiteral("from"));
    const QString t = req.queryValue(QStringLiteral("to"));
    *from = parseDateParam(f, false);
    *to = parseDateParam(t, true);
    if (!f.isEmpty() && !*from)
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("from “%1” is not a date; use YYYY-MM-DD.").arg(f), QStringLiteral("from"));
    if (!t.isEmpty() && !*to)
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("to “%1” is not a date; use YYYY-MM-DD.").arg(t), QStringLiteral("to"));
    if (*from && *to && **from > **to)
        return HttpResponse::error(400, QStringLiteral("invalid_date"),
            QStringLiteral("from (%1) is after to (%2).").arg(f, t), QStringLiteral("from"));
    return std::nullopt;
}

void addPage(Filter &filter, const Page &page, const QString &alias)
{
    if (page.hasCursor)
        filter.add(QStringLiteral("(%1.created_at, %1.id) < (?, ?)").arg(alias), {page.at, page.id}); // an index range
}

HttpResponse pagedJson(QJsonArray data, const QList<QVariantMap> &rows, int limit)
{
    QJsonValue next = QJsonValue::Null;
    if (rows.size() > limit) {
        data.removeLast();
        const QVariantMap &last = rows.at(limit - 1);
        next = encodeCursor(
            last.value(QStringLiteral("created_at")).toLongLong(), last.value(QStringLiteral("id")).toString());
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("next_cursor"), next}});
}

std::optional<HttpResponse> readPaging(const HttpRequest &req, Paging *p, bool cursors)
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
    const QString after = cursors ? req.queryValue(QStringLiteral("after")) : QString();
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

std::function<QByteArray()> streamRowsInOrder(Database *db, const QString &select, const Filter &filter,
    std::optional<qint64> from, QByteArray header, RowWriter write, int createdColumn, int idColumn,
    const QString &alias)
{
    struct Cursor
    {
        QByteArray header;
        bool done = false;
        std::optional<std::pair<qint64, QString>> last;
    };
    auto cursor = std::make_shared<Cursor>();
    cursor->header = std::move(header);
    return [=]() -> QByteArray {
        QByteArray chunk = std::exchange(cursor->header, QByteArray());
        if (cursor->done)
            return chunk;
        // From the range's start, then from where the last page ended (only that bound: an index
        // range, as the lists do).
        Filter page = filter;
        if (cursor->last)
            page.add(QStringLiteral("(%1.created_at, %1.id) > (?, ?)").arg(alias),
                {cursor->last->first, cursor->last->second});
        else if (from)
            page.add(QStringLiteral("%1.created_at >= ?").arg(alias), {*from});
        constexpr int kPageRows = 5000;
        qint64 lastAt = 0;
        QByteArray lastId;
        QVariantList binds = page.binds;
        binds << kPageRows;
        chunk.reserve(chunk.size() + kPageRows * 200);
        // Nothing stays open on the shared connection before the next turn: eachRow finishes
        // its statement before it returns.
        const qint64 rows = db->eachRow(
            select + page.where() + QStringLiteral(" ORDER BY %1.created_at, %1.id LIMIT ?").arg(alias), binds,
            [&](const RowView &row) {
                write(chunk, row);
                lastAt = row.integer(createdColumn);
                lastId.resize(0); // kept allocated: only the page's last id is used
                lastId.append(row.text(idColumn));
                return true;
            });
        if (rows > 0)
            cursor->last = {lastAt, QString::fromUtf8(lastId)};
        cursor->done = rows < kPageRows;
        return chunk;
    };
}

} // namespace bc::sandbox
