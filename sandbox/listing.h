#pragma once

#include "context.h"
#include "http.h"

#include <QVariantList>

#include <functional>
#include <optional>

// What every list endpoint of the sandbox shares: a page (limit and a keyset cursor over
// (created_at, id), newest first), a date range, the filters of a WHERE clause, and the page's
// JSON with its next cursor. One helper for all of them.
namespace bc::sandbox {

// Keyset cursor over (created_at, id), newest first.
QString encodeCursor(qint64 at, const QString &id);

bool decodeCursor(const QString &cursor, qint64 *at, QString *id);

// Shared paging for list endpoints: limit (1..500) and after (a cursor from next_cursor).
struct Page
{
    int limit = 50;
    bool hasCursor = false;
    qint64 at = 0;
    QString id;
};

std::optional<HttpResponse> readPage(const HttpRequest &req, Page *page, int defaultLimit = 50, int maxLimit = 500);

std::optional<HttpResponse> readDateRange(
    const HttpRequest &req, std::optional<qint64> *from, std::optional<qint64> *to);

struct Filter
{
    QStringList clauses;
    QVariantList binds;
    void add(const QString &clause, const QVariantList &values)
    {
        clauses << clause;
        binds << values;
    }
    QString where() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

void addPage(Filter &filter, const Page &page, const QString &alias);

HttpResponse pagedJson(QJsonArray data, const QList<QVariantMap> &rows, int limit);

// The credits family pages as its document shows (limit and offset), or, for large ledgers, by a
// keyset cursor in `after` with the next one in the X-Next-Cursor header (the body keeps the seed's
// shape). With --documented-only there are no cursors: `after` is ignored as a real backend would.
struct Paging
{
    int limit = 20;
    qint64 offset = 0;
    bool keyset = false;
    qint64 at = 0;
    QString id;
};

std::optional<HttpResponse> readPaging(const HttpRequest &req, Paging *p, bool cursors);

// A streamed answer (HttpResponse::stream) of every row of `select` + the filter in (created_at, id)
// order from `from`: `header` first, then each row written by `write`, a page of the query at a
// time, each page its own complete query from where the last one ended. Nothing stays open on the
// shared connection between the reader's turns (a forward-only result kept open there was cut
// short on PostgreSQL by the next request's query, and the file ended as if complete). Every row
// there at the start is written once; a failed page aborts the transfer, so a short file never
// looks whole. `alias` is the table's alias in `select`; the row's created_at and id are read
// from the columns at createdColumn and idColumn.
using RowWriter = std::function<void(QByteArray &out, const RowView &row)>;
std::function<QByteArray()> streamRowsInOrder(Database *db, const QString &select, const Filter &filter,
    std::optional<qint64> from, QByteArray header, RowWriter write, int createdColumn, int idColumn,
    const QString &alias = QStringLiteral("p"));

} // namespace bc::sandbox
