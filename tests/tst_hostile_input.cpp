// billing-sandbox against requests a hostile or broken client sends: framing two readers could
// disagree on, line breaks in echoed headers, route separators hidden in ids, amounts no one bills,
// bodies and heads beyond the limits, slow senders, bursts of connections, and slow work (PDFs)
// that must not hold up everyone else.

#include "sandboxprocess.h"

#include <QFile>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <sys/resource.h>
#include <vector>

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
    void bodyAboveTheLimitIsRefusedBeforeItIsSent();
    void headsAboveTheLimitAreRefused_data();
    void headsAboveTheLimitAreRefused();
    void chunkedRequestBodiesAreRefused();
    void halfSentBodiesDoNotGrowMemory();
    void bodiesInFlightAreBudgeted();
    void slowSendersAndIdleConnectionsAreClosed();
    void aBurstOfConnectsIsServed();
    void pdfRenderingDoesNotHoldUpOtherRequests();

private:
    QByteArray raw(const QByteArray &request);
    // Opens n connections and writes request on each; the sockets stay open for the caller.
    std::vector<std::unique_ptr<QTcpSocket>> openMany(int n, const QByteArray &request, quint16 port);
    static qint64 residentKiB(qint64 pid);
    SandboxProcess m_sandbox;
    SandboxProcess m_impatient; // short request and idle timeouts
};

void TestHostileInput::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
    m_impatient.setExtraArguments({QStringLiteral("--request-timeout"), QStringLiteral("1000"),
        QStringLiteral("--idle-timeout"), QStringLiteral("1500")});
    QVERIFY2(m_impatient.start(), qPrintable(m_impatient.error()));
    // This test opens a thousand sockets at once.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 4096);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
}

std::vector<std::unique_ptr<QTcpSocket>> TestHostileInput::openMany(int n, const QByteArray &request, quint16 port)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < n; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        QObject::connect(s, &QTcpSocket::connected, s, [s, request] { s->write(request); });
        s->connectToHost(QStringLiteral("127.0.0.1"), port);
        sockets.push_back(std::move(socket));
    }
    return sockets;
}

qint64 TestHostileInput::residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    return -1;
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
    QTest::newRow("bare LF ending a header") << QByteArray("GET /health HTTP/1.1\r\nHost: x\nX-Other: 1\r\n\r\n");
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

void TestHostileInput::bodyAboveTheLimitIsRefusedBeforeItIsSent()
{
    // Only the head and a few bytes are sent: the answer comes from the declared length alone.
    const QByteArray answer = raw("POST /api/billing/checkout HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 8388608\r\n\r\n{\"pad\":\"");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("payload_too_large"));
    QVERIFY(answer.contains("Connection: close"));
}

void TestHostileInput::headsAboveTheLimitAreRefused_data()
{
    // A valid key rides in each: the request must not run with it, nor without it.
    QTest::addColumn<QByteArray>("extraHeaders");
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many += "X-Filler-" + QByteArray::number(i) + ": 1\r\n";
    QTest::newRow("101 header lines") << many;
    QTest::newRow("one 100 KB header") << QByteArray("X-Big: " + QByteArray(100 * 1024, 'a') + "\r\n");
}

void TestHostileInput::headsAboveTheLimitAreRefused()
{
    QFETCH(QByteArray, extraHeaders);
    const QByteArray body = R"({"reason_code":"goodwill","amount":1,"note":"must not apply"})";
    const QByteArray answer = raw("GET /health HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + m_sandbox.key(QStringLiteral("super_admin")).toUtf8() + "\r\n" + extraHeaders + "\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    QVERIFY(answer.contains("headers_too_large"));
    QCOMPARE(answer.count("HTTP/1.1 "), 1); // nothing answered after the refusal
}

void TestHostileInput::chunkedRequestBodiesAreRefused()
{
    const QByteArray answer =
        raw("POST /checkin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.left(200).constData());
    QVERIFY(answer.contains("length_required"));
}

void TestHostileInput::halfSentBodiesDoNotGrowMemory()
{
    // A hundred unauthenticated clients each declare 8 MB and send half of it.
    const qint64 before = residentKiB(m_sandbox.pid());
    QVERIFY(before > 0);
    const QByteArray request = "POST /api/billing/checkout HTTP/1.1\r\nHost: x\r\nContent-Length: 8388608\r\n\r\n"
        + QByteArray(4 * 1024 * 1024, 'x');
    auto sockets = openMany(100, request, m_sandbox.port());
    int refused = 0;
    QTRY_VERIFY_WITH_TIMEOUT((refused = int(std::count_if(sockets.begin(), sockets.end(),
                                  [](const auto &s) { return s->peek(12) == "HTTP/1.1 413"; })))
            == 100,
        30000);
    const qint64 after = residentKiB(m_sandbox.pid());
    QVERIFY2(
        after - before < 64 * 1024, qPrintable(QStringLiteral("grew from %1 KiB to %2 KiB").arg(before).arg(after)));
}

void TestHostileInput::bodiesInFlightAreBudgeted()
{
    // 64 MiB of bodies may be in flight at once: of 80 clients declaring 1 MiB each and sending
    // half, 64 are waited for and 16 are told to come back later.
    const QByteArray request = "POST /api/billing/checkout HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n"
        + QByteArray(512 * 1024, 'x');
    const qint64 before = residentKiB(m_sandbox.pid());
    auto sockets = openMany(80, request, m_sandbox.port());
    auto busy = [&] {
        return int(
            std::count_if(sockets.begin(), sockets.end(), [](const auto &s) { return s->peek(12) == "HTTP/1.1 503"; }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(busy(), 16, 30000);
    QTest::qWait(500);
    QCOMPARE(busy(), 16);
    const qint64 after = residentKiB(m_sandbox.pid());
    QVERIFY2(
        after - before < 160 * 1024, qPrintable(QStringLiteral("grew from %1 KiB to %2 KiB").arg(before).arg(after)));
    sockets.clear(); // the budget is given back when they go
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.get(QStringLiteral("/health"), {}).status, 200, 10000);
    const QByteArray small = raw("POST /checkin HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 2\r\n\r\n{}");
    QVERIFY2(!small.startsWith("HTTP/1.1 503"), small.left(200).constData());
}

void TestHostileInput::slowSendersAndIdleConnectionsAreClosed()
{
    // Half a head, then nothing: 408 once the request timeout (1 s here) has passed; a body that
    // stops half-way: the same.
    auto slow = openMany(1, "GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ", m_impatient.port());
    auto stalled =
        openMany(1, "POST /checkin HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"a\":", m_impatient.port());
    QTRY_VERIFY_WITH_TIMEOUT(slow.front()->peek(12) == "HTTP/1.1 408", 10000);
    QTRY_COMPARE_WITH_TIMEOUT(slow.front()->state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(stalled.front()->peek(12) == "HTTP/1.1 408", 10000);

    // A connection that never says anything, and one kept alive after its answer: closed when idle.
    auto silent = openMany(1, {}, m_impatient.port());
    auto kept = openMany(1, "GET /health HTTP/1.1\r\nHost: x\r\n\r\n", m_impatient.port());
    QTRY_VERIFY_WITH_TIMEOUT(kept.front()->peek(12) == "HTTP/1.1 200", 10000);
    QTRY_COMPARE_WITH_TIMEOUT(silent.front()->state(), QAbstractSocket::UnconnectedState, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(kept.front()->state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestHostileInput::aBurstOfConnectsIsServed()
{
    auto sockets = openMany(1000, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", m_sandbox.port());
    auto answered = [&] {
        return int(
            std::count_if(sockets.begin(), sockets.end(), [](const auto &s) { return s->peek(12) == "HTTP/1.1 200"; }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(answered(), 1000, 60000);
}

void TestHostileInput::pdfRenderingDoesNotHoldUpOtherRequests()
{
    const QString owner = m_sandbox.key(QStringLiteral("owner"));
    const HttpResult list = m_sandbox.get(QStringLiteral("/api/billing/invoices"), owner);
    QCOMPARE(list.status, 200);
    const QString id =
        list.json.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    // Twenty PDFs are asked for first, then /health: /health is answered before the last PDF is,
    // because rendering runs on workers and the server goes on reading and answering.
    const QByteArray pdfRequest = "GET /api/billing/invoices/" + id.toUtf8()
        + "/pdf HTTP/1.1\r\nHost: x\r\n"
          "Authorization: Bearer "
        + owner.toUtf8() + "\r\nConnection: close\r\n\r\n";
    auto pdfs = openMany(20, pdfRequest, m_sandbox.port());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(pdfs.begin(), pdfs.end(),
            [](const auto &s) { return s->bytesToWrite() == 0 && s->state() == QAbstractSocket::ConnectedState; }),
        10000);
    QTest::qWait(20); // the requests have reached the server
    QTcpSocket health;
    health.connectToHost(QStringLiteral("127.0.0.1"), m_sandbox.port());
    QVERIFY(health.waitForConnected(5000));
    health.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(health.peek(12) == "HTTP/1.1 200", 10000);
    const int pdfsDoneWhenHealthAnswered = int(std::count_if(pdfs.begin(), pdfs.end(),
        [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState || s->bytesAvailable() > 0; }));
    QVERIFY2(pdfsDoneWhenHealthAnswered < 20, "every PDF was answered before /health");
    // And every PDF arrives whole.
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(pdfs.begin(), pdfs.end(),
                                 [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }),
        60000);
    for (const auto &s : pdfs) {
        const QByteArray answer = s->readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QVERIFY(answer.contains("Content-Type: application/pdf"));
        QVERIFY(answer.contains("%PDF-"));
        QVERIFY(answer.trimmed().endsWith("%%EOF"));
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
