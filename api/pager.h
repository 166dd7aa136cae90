#pragma once

#include "connector.h"

#include <QHash>
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

// Told the next page's cursor as soon as an answer's envelope is read, before its rows are
// decoded, so the walk can ask for that page while this one decodes (the server and the decode
// overlap). A fetch that cannot tell early never calls it; the walk then asks once the page is done.
using CursorSeen = std::function<void(const QString &next)>;

// One page of a list, asked for by cursor (empty: the first page). Cursor lists pass the server's
// next cursor; offset lists pass the next offset as text (see Connector::offsetPage).
template<typename T>
using PageFetch =
    std::function<void(const QString &cursor, QObject *context, CursorSeen seen, ApiDone<PageOf<T>> done)>;

// A page fetch that names its page size.
template<typename T>
using SizedPageFetch =
    std::function<void(const QString &cursor, int limit, QObject *context, CursorSeen seen, ApiDone<PageOf<T>> done)>;

// The first page small (the first rows show at once), the rest big (a long list in fewer round
// trips). A server that refuses the big size (an HTTP error naming `limit`) is asked the small
// size from then on, for the same page again: nothing is skipped.
template<typename T>
PageFetch<T> growingPages(SizedPageFetch<T> fetch, int first, int later)
{
    if (later <= first)
        return [fetch, first](const QString &cursor, QObject *context, CursorSeen seen, ApiDone<PageOf<T>> done) {
            fetch(cursor, first, context, std::move(seen), std::move(done));
        };
    auto size = std::make_shared<int>(later);
    return [fetch, first, size](const QString &cursor, QObject *context, CursorSeen seen, ApiDone<PageOf<T>> done) {
        const int asked = cursor.isEmpty() ? first : *size;
        fetch(cursor, asked, context, seen,
            [fetch, first, size, asked, cursor, context, seen, done](const ApiResult<PageOf<T>> &r) {
                if (!r.ok() && asked > first && r.error.kind == ApiError::Kind::Http
                    && r.error.field.compare(QLatin1String("limit"), Qt::CaseInsensitive) == 0) {
                    *size = first;
                    fetch(cursor, first, context, seen, done);
                    return;
                }
                done(r);
            });
    };
}

// Follows a paged list to its end: onPage gets each page's rows as they arrive, in the list's
// order (so a pane shows the first rows at once), done gets the outcome. No list stops silently:
// it ends complete, or with the error that stopped it (the rows before it were delivered). A page
// is asked for as soon as its cursor is known, at most two pages beyond the one being
// delivered, so the server prepares the next page while the console decodes this one. Nothing is
// called once `context` is gone. The one loop for every paged list (subscriptions, invoices,
// payments, orders, the headless invoice renderer).
template<typename T>
void fetchAllPages(PageFetch<T> fetch, QObject *context, std::function<void(const QList<T> &rows)> onPage,
    std::function<void(const PagerResult &result)> done)
{
    // Kept alive by the answers it waits for, and gone with the last of them.
    struct Walk : std::enable_shared_from_this<Walk>
    {
        PageFetch<T> fetch;
        std::function<void(const QList<T> &)> onPage;
        std::function<void(const PagerResult &)> done;
        QPointer<QObject> guard;
        PagerResult result;
        QList<QString> cursors{QString()}; // cursors[i]: page i's cursor, once known
        QHash<int, ApiResult<PageOf<T>>> arrived; // answers waiting for the pages before them
        int asked = 0; // pages 0 .. asked-1 have been asked for
        int delivered = 0; // pages 0 .. delivered-1 have been handed on
        bool ended = false;

        bool live() const { return !ended && guard; }
        // Page `index`'s next cursor (seen early or with its rows) is known from then on. A server
        // that answers the same cursor again would loop for ever: that ends the list.
        void learn(int index, const QString &next)
        {
            if (index + 1 == cursors.size() && !next.isEmpty() && next != cursors.at(index))
                cursors.append(next);
        }
        void finish()
        {
            ended = true;
            arrived.clear();
            done(result);
        }
        // Asks for every page whose cursor is known, up to two beyond the one awaited.
        void pump()
        {
            while (live() && asked < cursors.size() && asked <= delivered + 2) {
                const int index = asked++;
                auto self = this->shared_from_this();
                fetch(
                    cursors.at(index), guard,
                    [self, index](const QString &next) {
                        if (!self->live())
                            return;
                        self->learn(index, next);
                        self->pump();
                    },
                    [self, index](const ApiResult<PageOf<T>> &r) {
                        if (!self->live())
                            return;
                        self->arrived.insert(index, r);
                        self->settle();
                    });
            }
        }
        // Hands on the pages that arrived, in the list's order.
        void settle()
        {
            while (live() && arrived.contains(delivered)) {
                const ApiResult<PageOf<T>> r = arrived.take(delivered);
                if (!r.ok()) {
                    result.error = r.error;
                    finish();
                    return;
                }
                if (r.fetchedAt.isValid() && (!result.staleSince.isValid() || r.fetchedAt < result.staleSince))
                    result.staleSince = r.fetchedAt;
                result.rows += r.value.items.size();
                ++result.pages;
                learn(delivered, r.value.nextCursor);
                const bool last = cursors.size() <= delivered + 1;
                ++delivered;
                if (!r.value.items.isEmpty())
                    onPage(r.value.items);
                if (last && live()) {
                    finish();
                    return;
                }
            }
            pump();
        }
    };
    auto walk = std::make_shared<Walk>();
    walk->fetch = std::move(fetch);
    walk->onPage = std::move(onPage);
    walk->done = std::move(done);
    walk->guard = context;
    walk->pump();
}

} // namespace bc
