// The one walk through paged lists (api/pager.h): pages asked for ahead as soon as their cursor is
// seen, delivered in the list's order whatever order the answers come in, ending with the error
// that stopped it, and silent once its context is gone.
#include "api/pager.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QtTest>

using namespace bc;

namespace {

// A list of `pages` pages of three numbers each, cursor "p<i>" for page i. Each answer tells its
// next cursor at once (as a connector that reads the envelope first does) and its rows after
// `delayMs(i)`, so later pages can finish before earlier ones.
struct FakeList
{
    int pages = 5;
    std::function<int(int)> delayMs = [](int) { return 1; };
    int failAt = -1; // this page answers with an error
    bool tellEarly = true;
    QString repeatAt; // this cursor's page names itself as the next one

    QStringList asked;
    int inFlight = 0;
    int mostInFlight = 0;

    PageFetch<int> fetch()
    {
        return [this](const QString &cursor, QObject *context, CursorSeen seen, ApiDone<PageOf<int>> done) {
            const int page = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
            asked.append(cursor);
            mostInFlight = std::max(mostInFlight, ++inFlight);
            const QString next = cursor == repeatAt && !repeatAt.isEmpty() ? cursor
                : page + 1 < pages                                         ? QStringLiteral("p%1").arg(page + 1)
                                                                           : QString();
            if (tellEarly && seen)
                QTimer::singleShot(0, context, [seen, next] { seen(next); });
            QTimer::singleShot(delayMs(page), context, [this, page, next, done] {
                --inFlight;
                ApiResult<PageOf<int>> r;
                if (page == failAt) {
                    r.error.kind = ApiError::Kind::Http;
                    r.error.message = QStringLiteral("page %1 refused").arg(page);
                } else {
                    r.value.items = {page * 3, page * 3 + 1, page * 3 + 2};
                    r.value.nextCursor = next;
                }
                done(r);
            });
        };
    }
};

struct Outcome
{
    QList<int> rows;
    std::optional<PagerResult> result;
};

Outcome walk(FakeList &list, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    fetchAllPages<int>(
        list.fetch(), context, [outcome](const QList<int> &rows) { outcome->rows.append(rows); },
        [outcome](const PagerResult &r) { outcome->result = r; });
    QDeadlineTimer deadline(5000);
    while (!outcome->result && !deadline.hasExpired())
        QTest::qWait(5);
    return *outcome; // the caller checks that it ended
}

QList<int> upTo(int n)
{
    QList<int> out;
    for (int i = 0; i < n; ++i)
        out.append(i);
    return out;
}

} // namespace

class TestPager : public QObject
{
    Q_OBJECT
private slots:
    void pagesArriveInOrderWhateverOrderTheyFinish();
    void theNextPageIsAskedForBeforeThisOneIsDone();
    void withoutAnEarlyCursorOnePageAtATime();
    void anErrorEndsTheWalkAfterTheRowsBeforeIt();
    void aRepeatedCursorEndsTheList();
    void nothingIsCalledOnceTheContextIsGone();
};

void TestPager::pagesArriveInOrderWhateverOrderTheyFinish()
{
    FakeList list;
    list.pages = 12;
    list.delayMs = [](int page) { return page % 2 == 0 ? 40 : 1; }; // odd pages overtake even ones
    QObject context;
    const Outcome o = walk(list, &context);
    QVERIFY(o.result);
    QVERIFY(o.result->ok());
    QCOMPARE(o.result->pages, 12);
    QCOMPARE(o.result->rows, 36);
    QCOMPARE(o.rows, upTo(36));
    QCOMPARE(list.asked.size(), 12); // each page once
    QVERIFY2(list.mostInFlight <= 3, "at most two pages beyond the one awaited");
}

void TestPager::theNextPageIsAskedForBeforeThisOneIsDone()
{
    FakeList list;
    list.pages = 4;
    list.delayMs = [](int) { return 30; };
    QObject context;
    const Outcome o = walk(list, &context);
    QVERIFY(o.result && o.result->ok());
    QCOMPARE(o.rows, upTo(12));
    QVERIFY2(list.mostInFlight >= 2, "the next page is asked for while this one is still decoding");
}

void TestPager::withoutAnEarlyCursorOnePageAtATime()
{
    FakeList list;
    list.tellEarly = false;
    list.pages = 4;
    QObject context;
    const Outcome o = walk(list, &context);
    QVERIFY(o.result && o.result->ok());
    QCOMPARE(o.rows, upTo(12));
    QCOMPARE(list.mostInFlight, 1);
    QCOMPARE(list.asked, (QStringList{QString(), QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}));
}

void TestPager::anErrorEndsTheWalkAfterTheRowsBeforeIt()
{
    FakeList list;
    list.pages = 8;
    list.failAt = 3;
    list.delayMs = [](int page) { return page == 3 ? 30 : 1; }; // pages 4 and 5 answer before 3 fails
    QObject context;
    const Outcome o = walk(list, &context);
    QVERIFY(o.result);
    QVERIFY(!o.result->ok());
    QCOMPARE(o.result->error.message, QStringLiteral("page 3 refused"));
    QCOMPARE(o.result->pages, 3);
    QCOMPARE(o.rows, upTo(9)); // pages 0..2, nothing after the refused one
    QTest::qWait(50); // answers still on their way are dropped, not delivered
    QCOMPARE(o.rows, upTo(9));
}

void TestPager::aRepeatedCursorEndsTheList()
{
    FakeList list;
    list.pages = 10;
    list.repeatAt = QStringLiteral("p2");
    QObject context;
    const Outcome o = walk(list, &context);
    QVERIFY(o.result && o.result->ok());
    QCOMPARE(o.result->pages, 3);
    QCOMPARE(o.rows, upTo(9));
    QCOMPARE(list.asked.count(QStringLiteral("p2")), 1);
}

void TestPager::nothingIsCalledOnceTheContextIsGone()
{
    FakeList list;
    list.pages = 6;
    list.delayMs = [](int) { return 20; };
    auto *context = new QObject;
    int pages = 0;
    bool ended = false;
    fetchAllPages<int>(
        list.fetch(), context,
        [&pages, context](const QList<int> &) {
            if (++pages == 2)
                delete context;
        },
        [&ended](const PagerResult &) { ended = true; });
    QTRY_COMPARE_WITH_TIMEOUT(pages, 2, 5000);
    QTest::qWait(100);
    QCOMPARE(pages, 2);
    QVERIFY(!ended);
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
