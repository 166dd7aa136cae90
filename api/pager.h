#pragma once

#include "connector.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace bc {

// The end of a walk through a paged list: every page arrived (ok) or one failed (the rows before
// it were delivered). staleSince: the oldest cached answer among the pages, when the server could
// not be reached.
struct PagerResult
{
    ApiError error;
    qint64 rows = 0;
    int pages = 0;
    QDateTime staleSince;
    bool ok() const { return !error.isError(); }
};

// One page of a list, asked for by cursor (empty: the first page). Cursor lists pass the server's
// next cursor; offset lists pass the next offset as text (see Connector::offsetPage).
template<typename T>
using PageFetch = std::function<void(const QString &cursor, QObject *context, ApiDone<PageOf<T>> done)>;

// A page fetch that names its page size.
template<typename T>
using SizedPageFetch =
    std::function<void(const QString &cursor, int limit, QObject *context, ApiDone<PageOf<T>> done)>;

// The first page small (the first rows show at once), the rest big (a long list in fewer round
// trips). A server that refuses the big size (an HTTP error naming `limit`) is asked the small
// size from then on, for the same page again: nothing is skipped.
template<typename T>
PageFetch<T> growingPages(SizedPageFetch<T> fetch, int first, int later)
{
    if (later <= first)
        return [fetch, first](const QString &cursor, QObject *context, ApiDone<PageOf<T>> done) {
            fetch(cursor, first, context, std::move(done));
        };
    auto size = std::make_shared<int>(later);
    return [fetch, first, size](const QString &cursor, QObject *context, ApiDone<PageOf<T>> done) {
        const int asked = cursor.isEmpty() ? first : *size;
        fetch(cursor, asked, context, [fetch, first, size, asked, cursor, context, done](const ApiResult<PageOf<T>> &r) {
            if (!r.ok() && asked > first && r.error.kind == ApiError::Kind::Http
                && r.error.field.compare(QLatin1String("limit"), Qt::CaseInsensitive) == 0) {
                *size = first;
                fetch(cursor, first, context, done);
                return;
            }
            done(r);
        });
    };
}

// Follows a paged list to its end, one page in flight at a time: onPage gets each page's rows as
// they arrive (so a pane shows the first rows at once), done gets the outcome. No list stops
// silently: it ends complete, or with the error that stopped it. Nothing is called once `context`
// is gone. The one loop for every paged list (subscriptions, invoices, payments, orders, the
// headless invoice renderer).
template<typename T>
void fetchAllPages(PageFetch<T> fetch, QObject *context, std::function<void(const QList<T> &rows)> onPage,
    std::function<void(const PagerResult &result)> done)
{
    struct Walk
    {
        PageFetch<T> fetch;
        std::function<void(const QList<T> &)> onPage;
        std::function<void(const PagerResult &)> done;
        PagerResult result;
    };
    auto walk = std::make_shared<Walk>(Walk{std::move(fetch), std::move(onPage), std::move(done), {}});
    auto step = std::make_shared<std::function<void(const QString &)>>();
    *step = [walk, step, guard = QPointer<QObject>(context)](const QString &cursor) {
        if (!guard)
            return;
        walk->fetch(cursor, guard, [walk, step, guard, cursor](const ApiResult<PageOf<T>> &r) {
            if (!guard)
                return;
            if (!r.ok()) {
                walk->result.error = r.error;
                walk->done(walk->result);
                *step = nullptr; // breaks the cycle step -> lambda -> step
                return;
            }
            if (r.fetchedAt.isValid() && (!walk->result.staleSince.isValid() || r.fetchedAt < walk->result.staleSince))
                walk->result.staleSince = r.fetchedAt;
            walk->result.rows += r.value.items.size();
            ++walk->result.pages;
            if (!r.value.items.isEmpty())
                walk->onPage(r.value.items);
            // A server that answers the same cursor again would loop for ever: that ends the walk.
            const QString next = r.value.nextCursor;
            if (next.isEmpty() || next == cursor) {
                walk->done(walk->result);
                *step = nullptr;
                return;
            }
            (*step)(next);
        });
    };
    (*step)(QString());
}

} // namespace bc
