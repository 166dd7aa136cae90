// The local store: what the outbox and the journal add to each change (SQLite in WAL mode with
// synchronous=FULL: every change is on disk before its request leaves), how fast a long journal
// verifies, and, as the floor, sha256sum over the same journal exported as JSON in the same run;
// then the journal pane itself over that journal: how long it takes to open (its newest page)
// against reading the whole journal as it did before, and the worst GUI stall while it verifies
// on its worker. Prints one JSON object.
//
//   build/bench/store_bench --entries 100000 [--dir DIR]
#include "stallwatch.h"

#include "core/session.h"
#include "core/sessionstore.h"
#include "store/localstore.h"
#include "ui/journalpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bc;

namespace {

double percentile(QList<qint64> ns, double p)
{
    std::sort(ns.begin(), ns.end());
    return ns.isEmpty() ? 0 : double(ns.at(qsizetype(p * double(ns.size() - 1)))) / 1e6;
}

JournalEntry sample(int i)
{
    JournalEntry e;
    e.operatorName = QStringLiteral("Priya Support <support@acme-retail.example>");
    e.profile = QStringLiteral("Production");
    e.role = QStringLiteral("support");
    e.action = QStringLiteral("POST /admin/credits/manual");
    e.detail = QStringLiteral(
        R"({"allow_negative":false,"amount":%1,"note":"Goodwill for outage INC-%2","org_id":"org_0VbfUwDJ02jlJHBZ","reason_code":"service_outage"})")
                   .arg(100 + i % 900)
                   .arg(i);
    e.reason = QStringLiteral("Goodwill for outage INC-%1").arg(i);
    e.requestId = QStringLiteral("req_%1").arg(i, 12, 16, QLatin1Char('0'));
    e.idempotencyKey = QStringLiteral("5f0c2a4e-%1").arg(i, 8, 16, QLatin1Char('0'));
    e.outcome = QStringLiteral("applied");
    e.status = 201;
    e.response = QStringLiteral(R"({"data":{"balance":%1,"transaction":{"id":"txn_%2"}}})").arg(i * 7).arg(i);
    return e;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Journal entries to write and verify."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption changes(QStringLiteral("changes"),
        QStringLiteral("Changes timed one by one through outbox and journal."), QStringLiteral("n"),
        QStringLiteral("500"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Where to put the database (default: a temporary directory)."), QStringLiteral("dir"));
    parser.addHelpOption();
    parser.addOptions({entries, changes, dirOption});
    parser.process(app);
    const int n = parser.value(entries).toInt();
    const int c = parser.value(changes).toInt();
    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/bench-console.db");
    for (const QString &suffix :
        {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".journal-head")})
        QFile::remove(path + suffix);

    LocalStore store(path);
    if (!store.isOpen()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.error()));
        return 1;
    }

    // 1. One change as the console makes it: outbox write, settle, journal append, each its own
    //    durable transaction.
    QList<qint64> perChange;
    QElapsedTimer t;
    for (int i = 0; i < c; ++i) {
        t.start();
        OutboxEntry o;
        o.profile = QStringLiteral("Production");
        o.idempotencyKey = QStringLiteral("bench-%1").arg(i);
        o.method = "POST";
        o.path = QStringLiteral("/admin/credits/manual");
        o.body = sample(i).detail.toUtf8();
        o.state = OutboxEntry::State::Sending;
        const qint64 id = store.enqueue(o);
        store.setState(id, OutboxEntry::State::Done, 201, sample(i).response.toUtf8());
        store.append(sample(i));
        perChange.append(t.nsecsElapsed());
    }

    // 2. Fill the journal to n entries (one transaction each, as in use), then verify it.
    t.start();
    for (int i = c; i < n; ++i)
        store.append(sample(i));
    const double fillSeconds = double(t.nsecsElapsed()) / 1e9;
    t.start();
    const JournalVerdict verdict = store.verifyJournal();
    const double verifySeconds = double(t.nsecsElapsed()) / 1e9;

    // 3. The floor: the same journal exported as JSON, hashed once by sha256sum.
    const QString json = dir + QStringLiteral("/bench-journal.json");
    {
        QFile f(json);
        f.open(QIODevice::WriteOnly);
        LocalStore::exportJson(store.journal(), &f);
    }
    t.start();
    QProcess sha;
    sha.start(QStringLiteral("sha256sum"), {json});
    sha.waitForFinished(-1);
    const double shaSeconds = double(t.nsecsElapsed()) / 1e9;
    const qint64 jsonBytes = QFileInfo(json).size();
    QFile::remove(json);

    // 4. The journal pane over the same journal, in a session whose server is not reachable (the
    //    journal is local): open = refresh() and the first paint; the stock way = the whole journal read.
    using bcbench::ms;
    t.start();
    const qsizetype wholeJournal = store.journal().size();
    const double wholeReadMs = ms(t);
    Session session;
    session.setLocalStore(&store);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Production");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    session.open(profile);
    JournalPane pane(&session);
    pane.resize(1280, 800);
    pane.show();
    QCoreApplication::processEvents();
    t.start();
    pane.refresh();
    pane.view()->viewport()->repaint();
    const double openMs = ms(t);
    const int shownRows = pane.model()->rowCount();
    bcbench::StallWatch watch;
    QSignalSpy verified(&pane, &JournalPane::verified);
    watch.start();
    t.start();
    pane.verify();
    verified.wait(600000);
    const double paneVerifySeconds = double(t.nsecsElapsed()) / 1e9;
    const QJsonObject verifyStall = watch.stop();
    const bool paneVerified = !verified.isEmpty() && verified.first().at(0).value<JournalVerdict>().ok;
    // A change made while the pane is open: appended, no reload.
    t.start();
    session.store()->journal(
        QStringLiteral("POST /admin/credits/manual"), sample(n).detail, sample(n).reason, QStringLiteral("applied"));
    const double appendMs = ms(t);

    QJsonObject out{{QStringLiteral("entries"), n},
        {QStringLiteral("journal_pane"),
            QJsonObject{{QStringLiteral("open_ms"), openMs}, {QStringLiteral("rows_shown"), shownRows},
                {QStringLiteral("whole_journal_read_ms"), wholeReadMs},
                {QStringLiteral("whole_journal_entries"), qint64(wholeJournal)},
                {QStringLiteral("verify_s"), paneVerifySeconds}, {QStringLiteral("verify_ok"), paneVerified},
                {QStringLiteral("verify_worst_gui_stall_ms"), verifyStall.value(QStringLiteral("worst_gui_stall_ms"))},
                {QStringLiteral("new_entry_shown_ms"), appendMs},
                {QStringLiteral("rows_after_new_entry"), pane.model()->rowCount()}}},
        {QStringLiteral("change_overhead_ms_median"), percentile(perChange, 0.5)},
        {QStringLiteral("change_overhead_ms_p95"), percentile(perChange, 0.95)},
        {QStringLiteral("journal_append_per_s"), double(n - c) / fillSeconds},
        {QStringLiteral("verify_ok"), verdict.ok}, {QStringLiteral("verify_s"), verifySeconds},
        {QStringLiteral("verify_entries_per_s"), double(n) / verifySeconds},
        {QStringLiteral("database_bytes"), QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()},
        {QStringLiteral("json_export_bytes"), jsonBytes}, {QStringLiteral("sha256sum_of_export_s"), shaSeconds}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return verdict.ok && verdict.entries == n && paneVerified ? 0 : 1;
}
