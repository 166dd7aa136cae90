// Two billing-sandbox processes on one PostgreSQL database, as a deployment for more than one
// machine runs them: concurrent adjustments move a balance by exactly their sum, and one key sent
// to both at once is applied once, the other process answering with the stored result.

#include "sandboxprocess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <memory>

using namespace bctest;

class TestSharedDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void concurrentAdjustmentsAddUp();
    void oneKeyTwoProcessesAppliesOnce();

private:
    QNetworkReply *adjust(const SandboxProcess &to, qint64 amount, const QByteArray &key);
    qint64 balance();
    std::unique_ptr<SandboxProcess> m_a;
    std::unique_ptr<SandboxProcess> m_b;
    QNetworkAccessManager m_network;
    QString m_acme;
};

void TestSharedDatabase::initTestCase()
{
    if (!SandboxProcess::postgresAvailable())
        QSKIP("needs BC_TEST_PG_ADMIN_URL (scripts/test starts a PostgreSQL cluster)");
    m_a = std::make_unique<SandboxProcess>(SandboxProcess::Backend::Postgres);
    QVERIFY2(m_a->start(), qPrintable(m_a->error()));
    m_b.reset(SandboxProcess::sharing(*m_a));
    QVERIFY2(m_b->start(), qPrintable(m_b->error()));
    // Each process printed its own keys; both are valid on both, being one database.
    for (const SandboxProcess *issuer : {m_a.get(), m_b.get()})
        for (SandboxProcess *server : {m_a.get(), m_b.get()})
            QCOMPARE(
                server->get(QStringLiteral("/credits/balance"), issuer->key(QStringLiteral("support"))).status, 200);
    m_acme = m_a->orgId(SandboxProcess::acme());
    QVERIFY(!m_acme.isEmpty());
    m_network.setAutoDeleteReplies(false);
}

QNetworkReply *TestSharedDatabase::adjust(const SandboxProcess &to, qint64 amount, const QByteArray &key)
{
    QNetworkRequest r(to.url().resolved(QUrl(QStringLiteral("/admin/credits/manual"))));
    r.setRawHeader("Authorization", "Bearer " + to.key(QStringLiteral("support")).toUtf8());
    r.setRawHeader("Content-Type", "application/json");
    r.setRawHeader("Idempotency-Key", key);
    const QByteArray body = QStringLiteral(R"({"org_id":"%1","amount":%2,"reason_code":"goodwill","note":"%3"})")
                                .arg(m_acme)
                                .arg(amount)
                                .arg(QString::fromLatin1(key))
                                .toUtf8();
    return m_network.post(r, body);
}

qint64 TestSharedDatabase::balance()
{
    const HttpResult r = m_a->get(QStringLiteral("/credits/balance"), m_a->key(QStringLiteral("owner")));
    return r.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).toInteger();
}

void TestSharedDatabase::concurrentAdjustmentsAddUp()
{
    const qint64 before = balance();
    constexpr int kEach = 100;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < kEach; ++i) {
        replies << adjust(*m_a, 1, "sum-a-" + QByteArray::number(i));
        replies << adjust(*m_b, 1, "sum-b-" + QByteArray::number(i));
    }
    int applied = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 || status == 201)
            ++applied;
        else
            QVERIFY2(status == 503, reply->readAll().constData()); // refused whole, never half
        reply->deleteLater();
    }
    QCOMPARE(balance(), before + applied);
    QVERIFY2(applied >= kEach, qPrintable(QString::number(applied)));
}

void TestSharedDatabase::oneKeyTwoProcessesAppliesOnce()
{
    for (int round = 0; round < 20; ++round) {
        const qint64 before = balance();
        const QByteArray key = "same-key-" + QByteArray::number(round);
        QNetworkReply *a = adjust(*m_a, 5, key);
        QNetworkReply *b = adjust(*m_b, 5, key);
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 30000);
        const int sa = a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int sb = b->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray ba = a->readAll(), bb = b->readAll();
        QVERIFY2(sa == 201 || sa == 200, ba.constData());
        QVERIFY2(sb == 201 || sb == 200, bb.constData());
        QCOMPARE(QJsonDocument::fromJson(ba)["data"]["transaction"]["id"],
            QJsonDocument::fromJson(bb)["data"]["transaction"]["id"]);
        QCOMPARE(balance(), before + 5);
        a->deleteLater();
        b->deleteLater();
    }
}

QTEST_GUILESS_MAIN(TestSharedDatabase)
#include "tst_shared_database.moc"
