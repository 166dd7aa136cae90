// The console when the network is not there, against a real billing-sandbox that the test stops
// and starts again on the same port:
// - panes show the cached data marked stale with its time, and refresh by themselves when the
//   server is back;
// - a change made offline waits in the outbox and is sent exactly once when the server is back;
//   a change the server now refuses waits for review, in order, and is never dropped;
// - SIGKILL of a console at any moment (before the request leaves, after the server applied it
//   but before the outbox knew, or at random) loses nothing and doubles nothing, as counted on
//   the sandbox's ledger.
#include "consolefixture.h"
#include "sandboxprocess.h"

#include "core/session.h"
#include "core/sessionstore.h"
#include "models/subscriptiontablemodel.h"
#include "store/localstore.h"
#include "ui/couponspane.h"
#include "ui/journalpane.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/orderspane.h"
#include "ui/pane.h"
#include "ui/pendingchangespane.h"
#include "ui/planspane.h"
#include "ui/platformchargespane.h"
#include "ui/subscriptionspane.h"

#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using namespace bc;
using namespace bctest;

class TestOffline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void panesShowStaleDataAndRefresh();
    void onlyFirstPagesAreCached();
    void journalPaneLoadsAPageAtATime();
    void offlineChangeIsSentOnceWhenBack();
    void refusedOnReplayWaitsForReview();
    void sigkillLosesNothingAndDoublesNothing();

private:
    ConnectionProfile profile(const QString &role) const;
    bool bringBack();
    // Ledger entries of the demo organisation whose note starts with `tag`, by note.
    QMap<QString, int> ledgerNotes(const QString &tag);
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_storePath;
    QString m_acme;
    int m_run = 0;
};

void TestOffline::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BillingConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_offline"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_acme = m_sandbox.orgId(bctest::SandboxProcess::acme());
    QVERIFY(!m_acme.isEmpty());
}

void TestOffline::init()
{
    m_storePath = m_dir.filePath(QStringLiteral("console-%1.db").arg(++m_run));
    if (m_sandbox.info().isEmpty() || !m_sandbox.get(QStringLiteral("/health"), {}).status)
        QVERIFY(bringBack());
}

ConnectionProfile TestOffline::profile(const QString &role) const
{
    ConnectionProfile p = sandboxProfile(m_sandbox, role, {Family::OrgBilling, Family::Credits});
    p.name = QStringLiteral("Offline test · ") + role;
    return p;
}

bool TestOffline::bringBack()
{
    const quint16 port = m_sandbox.port();
    const QJsonObject keys = m_sandbox.info().value(QStringLiteral("keys")).toObject();
    if (!m_sandbox.start(false, port))
        return false;
    // The profiles keep the keys of the first start: they still work on the new process.
    return m_sandbox.port() == port
        && m_sandbox.get(QStringLiteral("/credits/balance"), keys.value(QStringLiteral("owner")).toString()).status
        == 200;
}

QMap<QString, int> TestOffline::ledgerNotes(const QString &tag)
{
    // Paged by limit and offset, as seed 002 documents; the note is the entry's description
    // where the server answers only the document's fields.
    QMap<QString, int> notes;
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        const HttpResult page = m_sandbox.get(QStringLiteral("/admin/credits/transactions?org_id=%1&limit=%2&offset=%3")
                                                  .arg(m_acme)
                                                  .arg(kPage)
                                                  .arg(offset),
            m_sandbox.key(QStringLiteral("super_admin")));
        if (page.status != 200)
            return {};
        const QJsonArray rows = page.json.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const QString note =
                o.value(o.contains(QStringLiteral("note")) ? QStringLiteral("note") : QStringLiteral("description"))
                    .toString();
            if (note.startsWith(tag))
                ++notes[note];
        }
        if (rows.size() < kPage)
            return notes;
    }
}

void TestOffline::panesShowStaleDataAndRefresh()
{
    LocalStore store(m_storePath);
    QVERIFY(store.isOpen());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    int liveRows = 0;
    {
        MainWindow window(&store);
        QSignalSpy loaded(window.pane<SubscriptionsPane>(), &SubscriptionsPane::loaded);
        window.setProfiles({profile(QStringLiteral("super_admin"))});
        QVERIFY(loaded.wait(15000));
        liveRows = window.pane<SubscriptionsPane>()->model()->rowCount();
        QVERIFY(liveRows > 0);
        QVERIFY(!window.pane<SubscriptionsPane>()->messageBar()->isStale());
        QSignalSpy couponsLoaded(window.pane<CouponsPane>(), &CouponsPane::loaded);
        window.pane<CouponsPane>()->refresh();
        QVERIFY(couponsLoaded.count() || couponsLoaded.wait(15000));
    }

    // The server goes away; a console started now shows what it saw, marked with the time.
    m_sandbox.stop();
    MainWindow window(&store);
    QSignalSpy loaded(window.pane<SubscriptionsPane>(), &SubscriptionsPane::loaded);
    QSignalSpy couponsLoaded(window.pane<CouponsPane>(), &CouponsPane::loaded);
    QSignalSpy online(window.session(), &Session::onlineChanged);
    window.setProfiles({profile(QStringLiteral("super_admin"))});
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.pane<SubscriptionsPane>()->model()->rowCount(), liveRows);
    MessageBar *bar = window.pane<SubscriptionsPane>()->messageBar();
    QVERIFY(bar->isStale());
    QVERIFY2(bar->text().startsWith(QLatin1String("Offline")), qPrintable(bar->text()));
    QVERIFY(!window.session()->isOnline());
    QVERIFY(couponsLoaded.count() || couponsLoaded.wait(15000));
    QVERIFY(window.pane<CouponsPane>()->model()->rowCount() > 0);
    QVERIFY(window.pane<CouponsPane>()->messageBar()->isStale());
    // The time shown is the time of the cached answer, not now.
    const auto cached =
        store.cached(window.session()->profile().name, QStringLiteral("GET /api/billing/subscription?limit=200"));
    QVERIFY(cached);
    QVERIFY(cached->fetchedAt >= before && cached->fetchedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY2(bar->text().contains(QLocale().toString(cached->fetchedAt.toLocalTime().time(), QLocale::ShortFormat)),
        qPrintable(bar->text()));

    // The server comes back: the console notices by itself and the mark goes.
    loaded.clear();
    QVERIFY(bringBack());
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isOnline(), 20000);
    QVERIFY(loaded.count() || loaded.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.pane<SubscriptionsPane>()->messageBar()->isStale(), 10000);
    QVERIFY(online.count() >= 2);
}

void TestOffline::onlyFirstPagesAreCached()
{
    const auto page = [](const QString &query) {
        ApiRequest r;
        r.method = "GET";
        r.path = QStringLiteral("/api/billing/payments");
        r.query = QUrlQuery(query);
        return SessionStore::isLaterPage(r);
    };
    for (const QString &first : {QString(), QStringLiteral("limit=500&from=2026-01-01"), QStringLiteral("offset=0"),
             QStringLiteral("page=1"), QStringLiteral("after=")})
        QVERIFY2(!page(first), qPrintable(first));
    for (const QString &later : {QStringLiteral("limit=5000&after=MTc2Nzg"), QStringLiteral("offset=500"),
             QStringLiteral("page=2"), QStringLiteral("cursor=c_9"), QStringLiteral("starting_after=pay_1")})
        QVERIFY2(page(later), qPrintable(later));
}

void TestOffline::journalPaneLoadsAPageAtATime()
{
    LocalStore store(m_storePath);
    constexpr int kEntries = 2 * JournalPane::kPage + 137;
    for (int i = 1; i <= kEntries; ++i) {
        JournalEntry e;
        e.at = QDateTime::currentDateTimeUtc();
        e.operatorName = QStringLiteral("Priya");
        e.profile = QStringLiteral("Offline test · support");
        e.role = QStringLiteral("support");
        e.action = QStringLiteral("POST /admin/credits/manual");
        e.detail = QStringLiteral("{\"amount\":%1}").arg(i);
        e.reason = QStringLiteral("entry %1").arg(i);
        e.outcome = QStringLiteral("applied");
        e.status = 201;
        QCOMPARE(store.append(e), qint64(i));
    }
    Session session;
    session.setLocalStore(&store);
    QSignalSpy ready(&session, &Session::ready);
    session.open(profile(QStringLiteral("support")));
    QVERIFY(ready.wait(10000));

    JournalPane pane(&session);
    pane.refresh();
    auto *model = pane.model();
    // The newest page only, the newest entry on top.
    QCOMPARE(model->rowCount(), JournalPane::kPage);
    QCOMPARE(pane.totalEntries(), qint64(kEntries));
    QCOMPARE(pane.view()->model()->index(0, 0).data().toLongLong(), qint64(kEntries));
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * JournalPane::kPage);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), kEntries);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(pane.view()->model()->index(kEntries - 1, 0).data().toLongLong(), qint64(1));

    // A new entry is added to what is loaded; nothing reloads.
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    session.store()->journal(QStringLiteral("POST /admin/credits/manual"), QStringLiteral("{}"),
        QStringLiteral("one more"), QStringLiteral("applied"));
    QCOMPARE(model->rowCount(), kEntries + 1);
    QCOMPARE(pane.totalEntries(), qint64(kEntries + 1));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(pane.view()->model()->index(0, 0).data().toLongLong(), qint64(kEntries + 1));

    // Verify runs on a worker and says the outcome.
    QSignalSpy verified(&pane, &JournalPane::verified);
    pane.verify();
    QVERIFY(verified.wait(20000));
    const auto verdict = verified.first().at(0).value<JournalVerdict>();
    QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    QCOMPARE(verdict.entries, qint64(kEntries + 1));
    QVERIFY2(pane.messageBar()->text().contains(QString::number(kEntries + 1)), qPrintable(pane.messageBar()->text()));
}

void TestOffline::offlineChangeIsSentOnceWhenBack()
{
    LocalStore store(m_storePath);
    Session session;
    session.setLocalStore(&store);
    QSignalSpy ready(&session, &Session::ready);
    session.open(profile(QStringLiteral("support")));
    QVERIFY(ready.wait(10000));

    m_sandbox.stop();
    const QString note = QStringLiteral("offline-once-%1").arg(QDateTime::currentMSecsSinceEpoch());
    ManualAdjustment a{m_acme, 40, AdjustmentReason::ServiceOutage, note, false};
    const QString key = ApiTransport::newIdempotencyKey();
    ApiResult<CreditTransaction> result;
    bool answered = false;
    session.credits()->adjust(a, key, this, [&](const ApiResult<CreditTransaction> &r) {
        result = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY(result.error.isQueued());
    QVERIFY2(result.error.humanMessage().contains(QLatin1String("Pending changes")),
        qPrintable(result.error.humanMessage()));
    const QString name = session.profile().name;
    QList<OutboxEntry> waiting = store.outbox(name, {OutboxEntry::State::Queued});
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().idempotencyKey, key);
    QCOMPARE(waiting.first().reason, note);
    QCOMPARE(store.journal().last().outcome, QStringLiteral("queued"));
    QCOMPARE(store.journal().last().reason, note);

    // The same dialog trying again (same key) does not make a second change.
    answered = false;
    session.credits()->adjust(a, key, this, [&](const ApiResult<CreditTransaction> &r) {
        result = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QCOMPARE(store.outbox(name, {OutboxEntry::State::Queued, OutboxEntry::State::Sending}).size(), 1);

    QSignalSpy replayed(session.store(), &SessionStore::replayFinished);
    QVERIFY(bringBack());
    QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty() && replayed.last().at(1).toInt() == 0, 20000);
    QCOMPARE(ledgerNotes(note), (QMap<QString, int>{{note, 1}}));
    const auto entry = store.entry(waiting.first().id);
    QCOMPARE(entry->state, OutboxEntry::State::Done);
    QCOMPARE(entry->lastStatus, 201);
    const JournalEntry last = store.journal().last();
    QCOMPARE(last.outcome, QStringLiteral("applied (from Pending changes)"));
    QCOMPARE(last.status, 201);
    QVERIFY(!last.requestId.isEmpty());
    QCOMPARE(last.idempotencyKey, key);

    // Replaying again sends nothing; sending the same change again is answered from the
    // server's idempotency record, not applied.
    replayed.clear();
    session.store()->replay();
    QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty(), 5000);
    QCOMPARE(replayed.last().at(0).toInt(), 0);
    answered = false;
    session.credits()->adjust(a, key, this, [&](const ApiResult<CreditTransaction> &r) {
        result = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY(result.ok());
    QVERIFY(result.replayed);
    QCOMPARE(ledgerNotes(note), (QMap<QString, int>{{note, 1}}));
    QVERIFY(store.verifyJournal().ok);
}

void TestOffline::refusedOnReplayWaitsForReview()
{
    LocalStore store(m_storePath);
    MainWindow window(&store);
    QSignalSpy ready(window.session(), &Session::ready);
    window.setProfiles({profile(QStringLiteral("super_admin"))});
    QVERIFY(ready.wait(10000));
    Session *session = window.session();

    const qint64 balance = m_sandbox.get(QStringLiteral("/credits/balance"), m_sandbox.key(QStringLiteral("owner")))
                               .json.value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("balance"))
                               .toInteger();
    m_sandbox.stop();
    const QString tag = QStringLiteral("review-%1-").arg(QDateTime::currentMSecsSinceEpoch());
    // Second: takes more than the balance without allow_negative: refused with 409.
    const QList<ManualAdjustment> changes{{m_acme, 7, AdjustmentReason::Goodwill, tag + u'1', false},
        {m_acme, -(balance + 1000), AdjustmentReason::BillingError, tag + u'2', false},
        {m_acme, 9, AdjustmentReason::Goodwill, tag + u'3', false}};
    int answered = 0;
    for (const ManualAdjustment &a : changes)
        session->credits()->adjust(
            a, ApiTransport::newIdempotencyKey(), this, [&](const ApiResult<CreditTransaction> &r) {
                QVERIFY(r.error.isQueued());
                ++answered;
            });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 20000);
    PendingChangesPane *pane = window.pane<PendingChangesPane>();
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 3, 5000);
    QCOMPARE(window.pane(QStringLiteral("pending"))->info().title, QStringLiteral("Pending changes"));

    QSignalSpy replayed(session->store(), &SessionStore::replayFinished);
    QVERIFY(bringBack());
    QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty() && replayed.last().at(1).toInt() == 0, 20000);
    QCOMPARE(ledgerNotes(tag), (QMap<QString, int>{{tag + u'1', 1}, {tag + u'3', 1}}));
    // The refused one is not dropped: it waits for a person, with the server's reason.
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->rowCount(), 1, 5000);
    const OutboxEntry refused = *pane->model()->at(0);
    QCOMPARE(refused.state, OutboxEntry::State::Review);
    QCOMPARE(refused.lastStatus, 409);
    QVERIFY(refused.lastResponse.contains("insufficient_balance"));
    QCOMPARE(refused.reason, tag + u'2');

    // Discarding needs a reason and is journalled with it.
    pane->view()->setCurrentIndex(pane->proxy()->index(0, 0));
    pane->discardSelected(QStringLiteral("Typo: meant -10"));
    QCOMPARE(pane->model()->rowCount(), 0);
    QCOMPARE(store.entry(refused.id)->state, OutboxEntry::State::Discarded);
    const JournalEntry last = store.journal().last();
    QCOMPARE(last.outcome, QStringLiteral("discarded"));
    QCOMPARE(last.reason, QStringLiteral("Typo: meant -10"));
    QCOMPARE(last.status, 409);
    QVERIFY(store.verifyJournal().ok);
    QCOMPARE(ledgerNotes(tag).size(), 2);
}

void TestOffline::sigkillLosesNothingAndDoublesNothing()
{
    const QString helper = QCoreApplication::applicationDirPath() + QStringLiteral("/outbox_helper");
    QVERIFY(QFileInfo::exists(helper));
    const QString tag = QStringLiteral("kill-%1-").arg(QDateTime::currentMSecsSinceEpoch());
    const QStringList common{QStringLiteral("--store"), m_storePath, QStringLiteral("--url"),
        m_sandbox.url().toString(), QStringLiteral("--key"), m_sandbox.key(QStringLiteral("support"))};
    QByteArray output;
    auto run = [&](const QStringList &extra, int *exitCode, bool *killed) {
        QProcess p;
        p.start(helper, common + extra);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        *exitCode = p.exitCode();
        *killed = p.exitStatus() == QProcess::CrashExit;
        output = p.readAllStandardOutput() + p.readAllStandardError();
    };
    int code = 0;
    bool killed = false;
    // 1. Killed right after the outbox write, before the request leaves.
    run({QStringLiteral("--org"), m_acme, QStringLiteral("--tag"), tag + QStringLiteral("a"),
            QStringLiteral("--die-at"), QStringLiteral("will-send")},
        &code, &killed);
    QVERIFY2(killed, output.constData());
    QCOMPARE(ledgerNotes(tag + QStringLiteral("a")).size(), 0);
    // A console starts again: the change it had written down is sent, once.
    run({QStringLiteral("--replay")}, &code, &killed);
    QVERIFY2(!killed && code == 0, output.constData());
    QCOMPARE(ledgerNotes(tag + QStringLiteral("a")), (QMap<QString, int>{{tag + QStringLiteral("a-0"), 1}}));
    // 2. Killed after the server applied the change, before the outbox knew.
    run({QStringLiteral("--org"), m_acme, QStringLiteral("--tag"), tag + QStringLiteral("b"),
            QStringLiteral("--die-at"), QStringLiteral("settled")},
        &code, &killed);
    QVERIFY2(killed, output.constData());
    QCOMPARE(ledgerNotes(tag + QStringLiteral("b")).size(), 1);
    // 3. Killed from outside at a random moment while it sends changes one after another.
    int killedMidway = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess p;
        p.start(helper,
            common
                + QStringList{QStringLiteral("--org"), m_acme, QStringLiteral("--tag"),
                    tag + QStringLiteral("r%1-").arg(round), QStringLiteral("--count"), QStringLiteral("2000")});
        QVERIFY(p.waitForStarted());
        // A random moment on purpose: the kill must land anywhere in the stream of changes.
        QTest::qWait(int(QRandomGenerator::global()->bounded(100, 700)));
        if (p.state() == QProcess::Running && p.processId() > 0) { // never kill(0): that is our own process group
            ::kill(pid_t(p.processId()), SIGKILL);
            ++killedMidway;
        }
        p.waitForFinished(10000);
    }
    QVERIFY(killedMidway > 0);
    // A console starts again and sends what waits.
    run({QStringLiteral("--replay")}, &code, &killed);
    QVERIFY2(!killed && code == 0, output.constData());

    // Every change the outbox wrote down is on the server exactly once; nothing else is.
    LocalStore store(m_storePath);
    const QList<OutboxEntry> all = store.outbox(QStringLiteral("crash-test"),
        {OutboxEntry::State::Queued, OutboxEntry::State::Sending, OutboxEntry::State::Done, OutboxEntry::State::Refused,
            OutboxEntry::State::Review});
    const QMap<QString, int> onServer = ledgerNotes(tag);
    QVERIFY(all.size() >= 2);
    QSet<QString> written;
    for (const OutboxEntry &e : all) {
        QCOMPARE(e.state, OutboxEntry::State::Done);
        written.insert(e.reason);
        QVERIFY2(onServer.value(e.reason) == 1,
            qPrintable(QStringLiteral("%1 is on the server %2 times").arg(e.reason).arg(onServer.value(e.reason))));
    }
    for (auto it = onServer.cbegin(); it != onServer.cend(); ++it)
        QVERIFY2(written.contains(it.key()),
            qPrintable(it.key() + QStringLiteral(" reached the server without an outbox entry")));
    qInfo("%lld changes written down, %d consoles killed mid-stream; each change on the ledger once",
        qlonglong(all.size()), killedMidway + 2);
}

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
