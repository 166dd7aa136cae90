// store/: the local SQLite store: the journal's hash chain catches edits, removals and cut-off
// ends (also through `billing-console verify-journal`); exports round-trip; the outbox keeps one
// entry per idempotency key and gives back changes a dead console left in flight; the cache
// keeps what it was given with its time.

#include "store/journalchain.h"
#include "store/localstore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace bc;

class TestLocalStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void journalChainVerifies();
    void canonicalBytesAreQJsonDocuments();
    void editedEntryFails();
    void rehashedEditFailsAtTheNextEntry();
    void removedEntryFails();
    void cutOffEndFails();
    void verifyJournalCommand();
    void exportJsonVerifiesOnItsOwn();
    void csvQuotesAndDefusesFormulas();
    void outboxOneEntryPerKey();
    void inFlightChangesComeBackQueued();
    void unknownStateWaitsForReview();
    void cacheKeepsBodyAndTime();
    void cacheWritesSurviveTheStoreClosing();

private:
    QString fill(int entries);
    void sql(const QString &statement);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("console.db"));
}

QString TestLocalStore::fill(int entries)
{
    LocalStore store(m_path);
    for (int i = 1; i <= entries; ++i) {
        JournalEntry e;
        e.operatorName = QStringLiteral("Priya Support <support@acme-retail.example>");
        e.profile = QStringLiteral("Production");
        e.role = QStringLiteral("support");
        e.action = QStringLiteral("POST /admin/credits/manual");
        e.detail = QStringLiteral(R"({"amount":%1,"org_id":"org_acme"})").arg(i * 100);
        e.reason = QStringLiteral("Goodwill for outage #%1").arg(i);
        e.requestId = QStringLiteral("req_%1").arg(i);
        e.idempotencyKey = QStringLiteral("key-%1").arg(i);
        e.outcome = QStringLiteral("applied");
        e.status = 201;
        e.response = QStringLiteral(R"({"data":{"balance":%1}})").arg(i * 100);
        if (store.append(e) != i)
            return store.error();
    }
    return {};
}

void TestLocalStore::sql(const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

void TestLocalStore::journalChainVerifies()
{
    QCOMPARE(fill(20), QString());
    LocalStore store(m_path);
    const JournalVerdict v = store.verifyJournal();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.entries, qint64(20));
    const QList<JournalEntry> all = store.journal();
    QCOMPARE(all.size(), 20);
    QCOMPARE(all.first().prevHash, QByteArray(64, '0'));
    QCOMPARE(all.at(1).prevHash, all.at(0).hash);
    QCOMPARE(all.at(6).reason, QStringLiteral("Goodwill for outage #7"));
}

void TestLocalStore::editedEntryFails()
{
    QCOMPARE(fill(20), QString());
    sql(QStringLiteral("UPDATE journal SET detail = '{\"amount\":70000,\"org_id\":\"org_acme\"}' WHERE seq = 7"));
    LocalStore store(m_path);
    const JournalVerdict v = store.verifyJournal();
    QVERIFY(!v.ok);
    QCOMPARE(v.badSeq, qint64(7));
    QVERIFY2(v.problem.contains(QLatin1String("edited")), qPrintable(v.problem));
    QCOMPARE(v.entries, qint64(6));
}

void TestLocalStore::rehashedEditFailsAtTheNextEntry()
{
    QCOMPARE(fill(10), QString());
    // A careful forger edits entry 4 and recomputes its hash: entry 5 no longer links to it.
    QList<JournalEntry> all = LocalStore(m_path).journal();
    JournalEntry forged = all.at(3);
    forged.reason = QStringLiteral("Approved by finance");
    forged.hash = forged.computeHash();
    sql(QStringLiteral("UPDATE journal SET reason = 'Approved by finance', hash = '%1' WHERE seq = 4")
            .arg(QString::fromLatin1(forged.hash)));
    const JournalVerdict v = LocalStore(m_path).verifyJournal();
    QVERIFY(!v.ok);
    QCOMPARE(v.badSeq, qint64(5));
    QVERIFY2(v.problem.contains(QLatin1String("does not follow")), qPrintable(v.problem));
}

void TestLocalStore::removedEntryFails()
{
    QCOMPARE(fill(12), QString());
    sql(QStringLiteral("DELETE FROM journal WHERE seq = 5"));
    const JournalVerdict v = LocalStore(m_path).verifyJournal();
    QVERIFY(!v.ok);
    QCOMPARE(v.badSeq, qint64(5));
    QVERIFY2(v.problem.contains(QLatin1String("missing")), qPrintable(v.problem));
}

void TestLocalStore::cutOffEndFails()
{
    QCOMPARE(fill(12), QString());
    sql(QStringLiteral("DELETE FROM journal WHERE seq >= 11"));
    const JournalVerdict v = LocalStore(m_path).verifyJournal();
    QVERIFY(!v.ok);
    QVERIFY2(v.problem.contains(QLatin1String("removed from the end")), qPrintable(v.problem));
}

void TestLocalStore::verifyJournalCommand()
{
    QCOMPARE(fill(15), QString());
    QProcess p;
    p.start(
        QStringLiteral(BC_CONSOLE_EXECUTABLE), {QStringLiteral("verify-journal"), QStringLiteral("--store"), m_path});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(p.readAllStandardOutput().startsWith("intact: 15 entries"), "");

    sql(QStringLiteral("UPDATE journal SET status = 200 WHERE seq = 9"));
    p.start(
        QStringLiteral(BC_CONSOLE_EXECUTABLE), {QStringLiteral("verify-journal"), QStringLiteral("--store"), m_path});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.contains("NOT INTACT: entry 9 was edited"), out.constData());

    p.start(QStringLiteral(BC_CONSOLE_EXECUTABLE),
        {QStringLiteral("verify-journal"), QStringLiteral("--store"), m_dir->filePath(QStringLiteral("nothing.db"))});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
}

void TestLocalStore::exportJsonVerifiesOnItsOwn()
{
    QCOMPARE(fill(8), QString());
    const QString json = m_dir->filePath(QStringLiteral("journal.json"));
    QProcess p;
    p.start(QStringLiteral(BC_CONSOLE_EXECUTABLE),
        {QStringLiteral("export-journal"), QStringLiteral("--store"), m_path, QStringLiteral("--out"), json});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    p.start(QStringLiteral(BC_CONSOLE_EXECUTABLE), {QStringLiteral("verify-journal"), QStringLiteral("--input"), json});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);

    // Change one amount in the export: it no longer verifies.
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonArray entries = QJsonDocument::fromJson(f.readAll()).array();
    f.close();
    QCOMPARE(entries.size(), 8);
    QJsonObject third = entries.at(2).toObject();
    third.insert(QStringLiteral("detail"), QStringLiteral(R"({"amount":30,"org_id":"org_acme"})"));
    entries.replace(2, third);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(entries).toJson());
    f.close();
    p.start(QStringLiteral(BC_CONSOLE_EXECUTABLE), {QStringLiteral("verify-journal"), QStringLiteral("--input"), json});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardOutput().contains("entry 3 was edited"));
}

void TestLocalStore::csvQuotesAndDefusesFormulas()
{
    JournalEntry e;
    e.seq = 1;
    e.at = QDateTime(QDate(2026, 11, 22), QTime(9, 30), Qt::UTC);
    e.reason = QStringLiteral("=HYPERLINK(\"x\"), then \"quoted\",\nsecond line");
    e.action = QStringLiteral("POST /admin/credits/manual");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(LocalStore::exportCsv({e}, &buffer));
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("seq,at,operator,profile,role,action,detail,reason,"));
    const QByteArray expected = QByteArrayLiteral("\"'=HYPERLINK(\"\"x\"\"), then \"\"quoted\"\",\nsecond line\"");
    QVERIFY2(csv.contains(expected), csv.constData());
    QVERIFY(csv.contains("\"2026-11-22T09:30:00.000Z\""));
}

void TestLocalStore::outboxOneEntryPerKey()
{
    LocalStore store(m_path);
    OutboxEntry e;
    e.profile = QStringLiteral("Production");
    e.idempotencyKey = QStringLiteral("k-1");
    e.method = "POST";
    e.path = QStringLiteral("/admin/credits/manual");
    e.body = R"({"amount":5})";
    bool existed = true;
    const qint64 id = store.enqueue(e, &existed);
    QVERIFY(id > 0);
    QVERIFY(!existed);
    QCOMPARE(store.enqueue(e, &existed), id);
    QVERIFY(existed);
    e.profile = QStringLiteral("Staging"); // the same key on another profile is another change
    QVERIFY(store.enqueue(e) != id);
    QCOMPARE(store.count(QStringLiteral("Production"), OutboxEntry::State::Queued), 1);
    QVERIFY(store.setState(id, OutboxEntry::State::Done, 201, R"({"data":{}})"));
    const auto done = store.entry(id);
    QCOMPARE(done->state, OutboxEntry::State::Done);
    QCOMPARE(done->attempts, 1);
    QCOMPARE(done->lastStatus, 201);
}

void TestLocalStore::inFlightChangesComeBackQueued()
{
    qint64 id = 0;
    {
        LocalStore store(m_path);
        OutboxEntry e;
        e.profile = QStringLiteral("Production");
        e.idempotencyKey = QStringLiteral("k-2");
        e.method = "POST";
        e.path = QStringLiteral("/api/billing/cancel");
        e.state = OutboxEntry::State::Sending;
        id = store.enqueue(e);
        QCOMPARE(store.entry(id)->state, OutboxEntry::State::Sending);
    } // the console dies here
    LocalStore again(m_path);
    QCOMPARE(again.entry(id)->state, OutboxEntry::State::Queued);
    QCOMPARE(again.outbox(QStringLiteral("Production"), {OutboxEntry::State::Queued}).size(), 1);
}

void TestLocalStore::unknownStateWaitsForReview()
{
    qint64 id = 0;
    {
        LocalStore store(m_path);
        OutboxEntry e;
        e.profile = QStringLiteral("Production");
        e.idempotencyKey = QStringLiteral("k-3");
        e.method = "POST";
        e.path = QStringLiteral("/admin/credits/manual");
        id = store.enqueue(e);
    }
    sql(QStringLiteral("UPDATE outbox SET state = 'paused' WHERE id = %1").arg(id));
    // Neither read back as queued nor replayed: a person looks at it in Pending changes.
    LocalStore again(m_path);
    QCOMPARE(again.entry(id)->state, OutboxEntry::State::Review);
    QVERIFY(again.outbox(QStringLiteral("Production"), {OutboxEntry::State::Queued}).isEmpty());
    QCOMPARE(again.outbox(QStringLiteral("Production"), {OutboxEntry::State::Review}).size(), 1);
}

void TestLocalStore::cacheKeepsBodyAndTime()
{
    LocalStore store(m_path);
    const QDateTime at = QDateTime(QDate(2026, 11, 21), QTime(17, 5, 3), Qt::UTC);
    store.putCached(QStringLiteral("Production"), QStringLiteral("GET /api/billing/plans?"),
        {R"({"data":[]})", "application/json", "c_9", at});
    const auto read = store.cached(QStringLiteral("Production"), QStringLiteral("GET /api/billing/plans?"));
    QVERIFY(read);
    QCOMPARE(read->body, QByteArray(R"({"data":[]})"));
    QCOMPARE(read->nextCursor, QByteArray("c_9"));
    QCOMPARE(read->fetchedAt, at);
    QVERIFY(!store.cached(QStringLiteral("Staging"), QStringLiteral("GET /api/billing/plans?")));
    // Bodies too big to be worth keeping are not kept.
    store.putCached(QStringLiteral("Production"), QStringLiteral("GET /big?"),
        {QByteArray(LocalStore::kMaxCachedBytes + 1, 'x'), {}, {}, at});
    QVERIFY(!store.cached(QStringLiteral("Production"), QStringLiteral("GET /big?")));

    // Written on the cache's own thread: answered from memory until committed, then from disk,
    // by this store and by the next one to open the file.
    for (int i = 0; i < 200; ++i)
        store.putCached(QStringLiteral("Production"), QStringLiteral("GET /page?n=%1").arg(i),
            {QByteArray::number(i), "application/json", {}, at});
    QCOMPARE(store.cached(QStringLiteral("Production"), QStringLiteral("GET /page?n=199"))->body, QByteArray("199"));
    store.flushCache();
    QCOMPARE(store.cached(QStringLiteral("Production"), QStringLiteral("GET /page?n=7"))->body, QByteArray("7"));
    store.putCached(QStringLiteral("Production"), QStringLiteral("GET /page?n=7"), {"newer", {}, {}, at});
    QCOMPARE(store.cached(QStringLiteral("Production"), QStringLiteral("GET /page?n=7"))->body, QByteArray("newer"));
}

void TestLocalStore::cacheWritesSurviveTheStoreClosing()
{
    const QDateTime at = QDateTime(QDate(2026, 11, 21), QTime(17, 5, 3), Qt::UTC);
    {
        LocalStore store(m_path);
        store.putCached(QStringLiteral("Production"), QStringLiteral("GET /last?"), {"kept", {}, {}, at});
    } // closing commits what was pending
    LocalStore again(m_path);
    const auto read = again.cached(QStringLiteral("Production"), QStringLiteral("GET /last?"));
    QVERIFY(read);
    QCOMPARE(read->body, QByteArray("kept"));
    QCOMPARE(read->fetchedAt, at);
}

void TestLocalStore::canonicalBytesAreQJsonDocuments()
{
    // The hash covers journalToJson() as QJsonDocument writes it; the direct writer must give the
    // very same bytes, or journals written before would stop verifying.
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    const QStringList texts{QString(), QStringLiteral("plain"), QStringLiteral("say \"hi\" \\ back/slash"), controls,
        QStringLiteral("del\x7f"), QStringLiteral("é ₹ 中文 हिन्दी"), QStringLiteral("emoji 😀 outside the BMP"),
        QString(QChar(0xD800)) + QStringLiteral(" unpaired"), QStringLiteral("{\"amount\":\"+500\"}"),
        QStringLiteral("\u2028 line separator \uFFFF")};
    int i = 0;
    for (const QString &t : texts) {
        JournalEntry e;
        e.seq = ++i * 1000003;
        e.at = i % 2 ? QDateTime::fromMSecsSinceEpoch(1764547200123 + i, Qt::UTC) : QDateTime();
        e.operatorName = t;
        e.profile = t + u'p';
        e.role = QStringLiteral("support");
        e.action = QStringLiteral("POST /v1/credits/adjust");
        e.detail = t;
        e.reason = t;
        e.requestId = QStringLiteral("req_") + t;
        e.idempotencyKey = QStringLiteral("key-%1").arg(i);
        e.outcome = QStringLiteral("applied");
        e.status = i % 3 == 0 ? -1 : 200 + i;
        e.response = t + t;
        e.prevHash = QByteArray(64, 'a');
        QCOMPARE(journalCanonical(e), QJsonDocument(journalToJson(e, false)).toJson(QJsonDocument::Compact));
    }
    // Times: before and after 1970, a leap day, the ends of the years Qt writes with four digits.
    JournalEntry e;
    for (const qint64 ms : {Q_INT64_C(0), Q_INT64_C(-1), Q_INT64_C(951782400000), Q_INT64_C(1709164799999),
             Q_INT64_C(-62135596800000), Q_INT64_C(253402300799999), Q_INT64_C(253402300800000),
             Q_INT64_C(-62135596800001), Q_INT64_C(1764547200123)}) {
        e.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(journalCanonical(e), QJsonDocument(journalToJson(e, false)).toJson(QJsonDocument::Compact));
    }
    e.at = QDateTime::fromMSecsSinceEpoch(1764547200123, QTimeZone(3600 * 5 + 1800)); // not UTC: written as UTC
    QCOMPARE(journalCanonical(e), QJsonDocument(journalToJson(e, false)).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_local_store.moc"
