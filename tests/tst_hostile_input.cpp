// billing-sandbox against requests a hostile or broken client sends: framing two readers could
// disagree on, line breaks in echoed headers, route separators hidden in ids, amounts no one bills.

#include "sandboxprocess.h"

#include <QTcpSocket>
#include <QtTest>

using namespace bctest;

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void framingIsRefused_data();
    void framingIsRefused();
    void encodedSlashStaysInTheId();
    void amountsAboveTheCeilingAreRefused();
    void webhookBodiesAreLimited_data();
    void controlCharactersInNamesAreRefused_data();
    void controlCharactersInNamesAreRefused();
    void webhookBodiesAreLimited();

private:
    QByteArray raw(const QByteArray &request);
    SandboxProcess m_sandbox;
};

void TestHostileInput::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
}

QByteArray TestHostileInput::raw(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_sandbox.port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(2000)) {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.contains('}'))
            break;
    }
    return answer;
}

void TestHostileInput::framingIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("CR in X-Request-Id") << QByteArray(
        "GET /health HTTP/1.1\r\nHost: x\r\nX-Request-Id: abc\rSet-Cookie: "
        "evil=1\r\n\r\n");
    QTest::newRow("two Content-Length") << QByteArray(
        "POST /checkin HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 4\r\n\r\n{}{}");
    QTest::newRow("unknown Transfer-Encoding")
        << QByteArray("POST /checkin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\n{}");
}

void TestHostileInput::framingIsRefused()
{
    QFETCH(QByteArray, request);
    const QByteArray answer = raw(request);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(200).constData());
    QVERIFY2(answer.contains("invalid_header"), answer.constData());
    QVERIFY(!answer.contains("evil=1"));
}

void TestHostileInput::encodedSlashStaysInTheId()
{
    // %2F is part of the id, not a route separator: no subscription has that id.
    const HttpResult r =
        m_sandbox.get(QStringLiteral("/api/billing/subscription/%2F"), m_sandbox.key(QStringLiteral("super_admin")));
    QVERIFY2(r.status == 404 || r.status == 405, r.body.left(200).constData());
    QVERIFY(!r.json.isEmpty());
}

void TestHostileInput::amountsAboveTheCeilingAreRefused()
{
    const QString admin = m_sandbox.key(QStringLiteral("super_admin"));
    const QByteArray plan = R"({"id":"huge","name":"Huge","price_monthly":9223372036854775807,"price_yearly":100,)"
                            R"("credits_included":1})";
    const HttpResult r = m_sandbox.request("POST", QStringLiteral("/admin/billing/plans"), admin, plan,
        {{"Content-Type", "application/json"}, {"Idempotency-Key", "hostile-plan-1"}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("price_monthly"), r.body.constData());
    const HttpResult ok = m_sandbox.request("POST", QStringLiteral("/admin/billing/plans"), admin,
        QByteArray(plan).replace("9223372036854775807", "100000000000"),
        {{"Content-Type", "application/json"}, {"Idempotency-Key", "hostile-plan-2"}});
    QVERIFY2(ok.status == 200 || ok.status == 201, ok.body.constData());
}

void TestHostileInput::webhookBodiesAreLimited_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("stripe") << QStringLiteral("/payment/webhook/stripe");
    QTest::newRow("creem") << QStringLiteral("/payment/webhook/creem");
    QTest::newRow("razorpay") << QStringLiteral("/api/billing/webhooks/razorpay");
    QTest::newRow("tier") << QStringLiteral("/v1/billing/webhooks");
}

void TestHostileInput::webhookBodiesAreLimited()
{
    // Larger than any provider sends: refused before its signature is even computed.
    QFETCH(QString, path);
    const QByteArray body = "{\"pad\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
    const HttpResult r = m_sandbox.request("POST", path, {}, body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("payload_too_large"));
}

void TestHostileInput::controlCharactersInNamesAreRefused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("NUL") << QByteArray(R"("Nano\u0000Plan")");
    QTest::newRow("escape") << QByteArray(R"("Nano\u001bPlan")");
    QTest::newRow("right-to-left override") << QByteArray(R"("Nano\u202ePlan")");
    QTest::newRow("lone surrogate") << QByteArray(R"("Nano\ud800Plan")");
}

void TestHostileInput::controlCharactersInNamesAreRefused()
{
    QFETCH(QByteArray, name);
    static int n = 0;
    const QByteArray plan = R"({"id":"ctl)" + QByteArray::number(++n) + R"(","name":)" + name
        + R"(,"price_monthly":100,"price_yearly":1000,"credits_included":1})";
    const HttpResult r =
        m_sandbox.request("POST", QStringLiteral("/admin/billing/plans"), m_sandbox.key(QStringLiteral("super_admin")),
            plan, {{"Content-Type", "application/json"}, {"Idempotency-Key", "ctl-" + QByteArray::number(n)}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
            == QStringLiteral("name"),
        r.body.constData());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
