// kill -9 in the middle of keyed writes, then the client replays every key it did not see
// answered: each change lands exactly once (no double, no loss), and the balance still equals
// the ledger's sum. Rounds of a few hundred concurrent credit adjustments, thousands in all, on
// SQLite and on PostgreSQL (ctest runs it on both).
#include "sandboxprocess.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace bctest;

class TestCrashReplay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedMidWriteThenReplayedAppliesEachOnce();

private:
    QNetworkReply *adjust(const QByteArray &key);
    std::unique_ptr<SandboxProcess> m_box;
    QNetworkAccessManager m_network;
    QString m_support, m_acme;
};

void TestCrashReplay::initTestCase()
{
    QString error;
    m_box = SandboxProcess::forTestBackend(&error);
    QVERIFY2(m_box, qPrintable(error));
    QVERIFY2(m_box->start(), qPrintable(m_box->error()));
    m_support = m_box->key(QStringLiteral("support")); // stays valid across restarts
    m_acme = m_box->orgId(SandboxProcess::acme());
    m_network.setAutoDeleteReplies(false);
}

QNetworkReply *TestCrashReplay::adjust(const QByteArray &key)
{
    QNetworkRequest r(m_box->url().resolved(QUrl(QStringLiteral("/admin/credits/manual"))));
    r.setRawHeader("Authorization", "Bearer " + m_support.toUtf8());
    r.setRawHeader("Content-Type", "application/json");
    r.setRawHeader("Idempotency-Key", key);
    r.setTransferTimeout(20000);
    return m_network.post(r,
        QStringLiteral(R"({"org_id":"%1","amount":1,"reason_code":"service_outage","note":"%2"})")
            .arg(m_acme, QString::fromLatin1(key))
            .toUtf8());
}

void TestCrashReplay::killedMidWriteThenReplayedAppliesEachOnce()
{
    constexpr int kRounds = 10;
    constexpr int kPerRound = 300;
    QRandomGenerator rng(9);
    QStringList allKeys;
    int killedWhileOpen = 0;
    for (int round = 0; round < kRounds; ++round) {
        QList<QByteArray> keys;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < kPerRound; ++i) {
            keys << "crash-" + QByteArray::number(round) + "-" + QByteArray::number(i);
            replies << adjust(keys.constLast());
        }
        // Let some of them land, then pull the plug.
        QTest::qWait(int(rng.bounded(20, 250)));
        m_box->kill();
        QSet<QByteArray> answered;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 30000);
        for (int i = 0; i < kPerRound; ++i) {
            QNetworkReply *reply = replies[i];
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 201 || status == 200)
                answered.insert(keys[i]);
            else
                ++killedWhileOpen;
            reply->deleteLater();
        }
        QVERIFY2(m_box->start(true, m_box->port()), qPrintable(m_box->error()));
        // The client did not see these answered: it sends each again, as the outbox would.
        QList<QNetworkReply *> replays;
        for (const QByteArray &key : std::as_const(keys))
            if (!answered.contains(key))
                replays << adjust(key);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replays.begin(), replays.end(), [](QNetworkReply *r) { return r->isFinished(); }), 60000);
        for (QNetworkReply *again : std::as_const(replays)) {
            const int status = again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QVERIFY2(status == 201 || status == 200, again->readAll().constData());
            again->deleteLater();
        }
        for (const QByteArray &key : std::as_const(keys))
            allKeys << QString::fromLatin1(key);
    }
    QVERIFY2(killedWhileOpen > 0, "no request was cut off by the kill; the test proved nothing");

    // Count on the database itself: every key once, and the balance is the ledger's sum.
    const QString connection = QStringLiteral("crash-count");
    {
        QSqlDatabase db = m_box->openDatabase(connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT note, COUNT(*) FROM credit_ledger WHERE note LIKE 'crash-%' GROUP BY note")));
        QHash<QString, int> seen;
        while (q.next())
            seen.insert(q.value(0).toString(), q.value(1).toInt());
        int doubles = 0, lost = 0;
        for (const QString &key : std::as_const(allKeys)) {
            const int n = seen.value(key);
            doubles += n > 1;
            lost += n == 0;
        }
        qInfo("%lld keyed requests, %d cut off by kill -9 and replayed: %d applied twice, %d lost",
            qint64(allKeys.size()), killedWhileOpen, doubles, lost);
        QCOMPARE(doubles, 0);
        QCOMPARE(lost, 0);
        QCOMPARE(seen.size(), allKeys.size());
        QSqlQuery sum(db);
        sum.prepare(QStringLiteral("SELECT (SELECT balance FROM credit_balances WHERE org_id = ?),"
                                   " (SELECT SUM(amount) FROM credit_ledger WHERE org_id = ?)"));
        sum.addBindValue(m_acme);
        sum.addBindValue(m_acme);
        QVERIFY(sum.exec() && sum.next());
        QCOMPARE(sum.value(0).toLongLong(), sum.value(1).toLongLong());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestCrashReplay)
#include "tst_crash_replay.moc"
