// ApiTransport against a scripted HTTP peer on loopback: retry policy, idempotency keys on
// retries, error classification. (Fault injection the real sandbox cannot do on demand.)
#include "api/transport.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace bc;

namespace {

// Answers each request with the next scripted response and records what it received.
class ScriptedServer : public QTcpServer
{
public:
    QList<QByteArray> responses;
    QList<QByteArray> requests;

    ScriptedServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
                    qsizetype length = 0;
                    if (lengthAt >= 0 && lengthAt < end)
                        length = buffer->mid(lengthAt + 15, buffer->indexOf("\r\n", lengthAt) - lengthAt - 15)
                                     .trimmed()
                                     .toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests.append(buffer->left(end + 4 + length));
                    buffer->remove(0, end + 4 + length);
                    const QByteArray body = responses.isEmpty()
                        ? QByteArray("HTTP/1.1 500 Internal\r\nContent-Length: 0\r\n\r\n")
                        : responses.takeFirst();
                    s->write(body);
                    s->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    static QByteArray response(int status, const QByteArray &json)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
    }
    QByteArray headerOf(int i, const QByteArray &name) const
    {
        for (const QByteArray &line : requests.at(i).split('\n'))
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
};

ApiReply sendAndWait(ApiTransport &t, const ApiRequest &r)
{
    ApiCall *call = t.send(r);
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(15000))
        return {};
    return spy.first().first().value<ApiReply>();
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
private slots:
    void getRetriesTransientFailures();
    void clientErrorsAreNotRetried();
    void mutationsCarryOneKeyAcrossRetries();
    void connectionRefusedIsHuman();
    void retriesGiveUp();
};

void TestTransport::getRetriesTransientFailures()
{
    ScriptedServer server;
    server.responses = {ScriptedServer::response(503, "{}"), ScriptedServer::response(502, "{}"),
        ScriptedServer::response(200, R"({"ok":true})")};
    ApiTransport t;
    t.setBaseUrl(server.url());
    t.setApiKey(QStringLiteral("k1"));
    ApiRequest r;
    r.path = QStringLiteral("/api/billing/subscription/me");
    const ApiReply reply = sendAndWait(t, r);
    QVERIFY2(!reply.error.isError(), qPrintable(reply.error.humanMessage()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.headerOf(0, "Authorization"), QByteArray("Bearer k1"));
    QVERIFY(server.headerOf(0, "Idempotency-Key").isEmpty()); // reads carry none
}

void TestTransport::clientErrorsAreNotRetried()
{
    ScriptedServer server;
    server.responses = {ScriptedServer::response(400,
        R"({"error":{"code":"coupon_invalid","message":"The coupon SAVE10 expired on 3 Nov 2026.","field":"couponCode"}})")};
    ApiTransport t;
    t.setBaseUrl(server.url());
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/billing/checkout");
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("planId"), QStringLiteral("pro")}});
    const ApiReply reply = sendAndWait(t, r);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(reply.error.kind, ApiError::Kind::Http);
    QCOMPARE(reply.error.httpStatus, 400);
    QCOMPARE(reply.error.code, QStringLiteral("coupon_invalid"));
    QCOMPARE(reply.error.field, QStringLiteral("couponCode"));
    QCOMPARE(reply.error.humanMessage(), QStringLiteral("The coupon SAVE10 expired on 3 Nov 2026."));
}

void TestTransport::mutationsCarryOneKeyAcrossRetries()
{
    ScriptedServer server;
    server.responses = {ScriptedServer::response(503, "{}"), ScriptedServer::response(200, "{}")};
    ApiTransport t;
    t.setBaseUrl(server.url());
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/billing/cancel");
    r.body = QJsonDocument(QJsonObject{});
    const ApiReply reply = sendAndWait(t, r);
    QCOMPARE(reply.status, 200);
    QCOMPARE(server.requests.size(), 2);
    const QByteArray key = server.headerOf(0, "Idempotency-Key");
    QVERIFY(!key.isEmpty());
    QCOMPARE(server.headerOf(1, "Idempotency-Key"), key); // the retry cannot apply twice
    QCOMPARE(reply.idempotencyKey.toLatin1(), key);

    IdempotencyKeys keys;
    const QString a = keys.keyFor("cancel|at-end|Budget");
    QCOMPARE(keys.keyFor("cancel|at-end|Budget"), a);
    QVERIFY(keys.keyFor("cancel|now|Budget") != a);
}

void TestTransport::connectionRefusedIsHuman()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ApiTransport t;
    t.setMaxRetries(0);
    t.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    ApiRequest r;
    r.path = QStringLiteral("/health");
    const ApiReply reply = sendAndWait(t, r);
    QCOMPARE(reply.error.kind, ApiError::Kind::Network);
    QVERIFY2(reply.error.humanMessage().startsWith(QStringLiteral("Cannot reach the billing server")),
        qPrintable(reply.error.humanMessage()));
}

void TestTransport::retriesGiveUp()
{
    ScriptedServer server;
    for (int i = 0; i < 5; ++i)
        server.responses.append(
            ScriptedServer::response(503, R"({"error":{"code":"database_unavailable","message":"Busy."}})"));
    ApiTransport t;
    t.setBaseUrl(server.url());
    ApiRequest r;
    r.path = QStringLiteral("/x");
    const ApiReply reply = sendAndWait(t, r);
    QCOMPARE(server.requests.size(), 3); // the first try and two retries
    QCOMPARE(reply.error.httpStatus, 503);
    QVERIFY(reply.error.humanMessage().contains(QStringLiteral("Nothing was changed")));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
