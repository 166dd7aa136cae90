#include "sandboxserver.h"

#include "auth.h"
#include "checkoutcontroller.h"
#include "creditsadmincontroller.h"
#include "creditsledgercontroller.h"
#include "creditsorderscontroller.h"
#include "httpguard.h"
#include "invoicescontroller.h"
#include "invoicing.h"
#include "paymentscontroller.h"
#include "platformcharges.h"
#include "providersimulators.h"
#include "razorpaysim.h"
#include "providerreports.h"
#include "sandboxroutes.h"
#include "subscriptionscontroller.h"
#include "tierbilling.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QtConcurrent>
#include <QTcpSocket>

namespace bc::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

bool isMutation(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

} // namespace

SandboxServer::SandboxServer(Database &db, bool documentedOnly, QObject *parent)
    : QAbstractHttpServer(parent), m_webhooks(db), m_context(db, m_webhooks)
{
    m_router.setDocumentedOnly(documentedOnly);
    m_context.documentedOnly = documentedOnly;
    // One controller per resource group, each registering its named handlers.
    m_controllers.push_back(std::make_unique<AuthController>(m_context));
    m_controllers.push_back(std::make_unique<SubscriptionsController>(m_context));
    m_controllers.push_back(std::make_unique<CheckoutController>(m_context));
    m_controllers.push_back(std::make_unique<InvoicesController>(m_context));
    m_controllers.push_back(std::make_unique<PaymentsController>(m_context));
    m_controllers.push_back(std::make_unique<RazorpaySimulator>(m_context));
    m_controllers.push_back(std::make_unique<SandboxController>(m_context));
    m_controllers.push_back(std::make_unique<CreditsLedgerController>(m_context));
    m_controllers.push_back(std::make_unique<CreditsOrdersController>(m_context));
    m_controllers.push_back(std::make_unique<CreditsAdminController>(m_context));
    m_controllers.push_back(std::make_unique<TierBillingController>(m_context));
    m_controllers.push_back(std::make_unique<PlatformChargesController>(m_context));
    m_controllers.push_back(std::make_unique<ProviderSimulators>(m_context));
    m_controllers.push_back(std::make_unique<ProviderReports>(m_context));
    for (const auto &c : m_controllers)
        c->registerRoutes(m_router);
}

SandboxServer::~SandboxServer() = default;

QUrl SandboxServer::start(const QHostAddress &address, quint16 port)
{
    auto *guard = new HttpGuard(m_limits, this);
    if (!guard->listen(address, port)) {
        delete guard;
        return {};
    }
    bind(guard);
    const quint16 bound = guard->serverPort();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(bound);
    m_context.baseUrl = url;
    m_webhooks.setBaseUrl(url);
    return url;
}

HttpResponse SandboxServer::withIdempotency(HttpRequest &request, const Principal &principal)
{
    const QString key = QString::fromUtf8(request.header("Idempotency-Key")).trimmed();
    if (key.size() > 255)
        return HttpResponse::error(400, QStringLiteral("invalid_idempotency_key"),
            QStringLiteral("Idempotency-Key must be at most 255 characters."));
    const QString bodyHash = QString::fromLatin1(QCryptographicHash::hash(
        QByteArray(request.method + ' ' + request.path.toUtf8() + '\n' + request.body), QCryptographicHash::Sha256)
                                                     .toHex());
    Database &db = m_context.db;
    auto replayOf = [&]() -> std::optional<HttpResponse> {
        const auto stored =
            db.one(QStringLiteral("SELECT * FROM idempotency_keys WHERE principal = ? AND idem_key = ?"),
                {principal.userId, key});
        if (!stored)
            return std::nullopt;
        if (stored->value(QStringLiteral("body_hash")).toString() != bodyHash)
            return HttpResponse::error(422, QStringLiteral("idempotency_key_reused"),
                QStringLiteral("This Idempotency-Key was already used for a different request (%1 %2); "
                               "use a new key for a new change.")
                    .arg(stored->value(QStringLiteral("method")).toString(),
                        stored->value(QStringLiteral("path")).toString()));
        HttpResponse replay;
        replay.status = stored->value(QStringLiteral("status")).toInt();
        replay.contentType = stored->value(QStringLiteral("content_type")).toString().toUtf8();
        replay.body = stored->value(QStringLiteral("response")).toString().toUtf8();
        replay.withHeader("Idempotent-Replayed", "true");
        return replay;
    };
    auto remember = [&](const HttpResponse &response) {
        db.exec(QStringLiteral("INSERT INTO idempotency_keys (principal, idem_key, method, path, body_hash, status,"
                               " content_type, response, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {principal.userId, key, QString::fromLatin1(request.method), request.path, bodyHash, response.status,
                QString::fromUtf8(response.contentType), QString::fromUtf8(response.body), m_context.now()});
    };
    if (auto replay = replayOf())
        return *replay;
    try {
        // The change and its key commit together: a crash between them cannot leave a change
        // whose key a retry would not find.
        HttpResponse response;
        {
            Transaction tx(db);
            response = m_router.dispatch(request);
            if (response.status >= 500)
                return response; // rolled back; the key stays free for a retry
            if (!db.isDoomed()) {
                remember(response);
                tx.commit();
                return response;
            }
        } // the handler refused and rolled its work back: nothing was applied
        remember(response); // so the same key answers the same
        return response;
    } catch (const DatabaseError &) {
        // Another process applied the same key first (the key's unique index): answer as it did.
        if (auto replay = replayOf())
            return *replay;
        throw;
    }
}

HttpResponse SandboxServer::process(HttpRequest &request)
{
    // The simulators' hosted pages are public and called from the provider's own checkout
    // scripts, which run in other origins (the console's bridge page): allow that, and only there.
    const bool simulator = request.path.startsWith(QLatin1String("/sim/"));
    if (simulator && request.method == "OPTIONS") {
        HttpResponse preflight;
        preflight.status = 204;
        preflight.contentType = "text/plain";
        return preflight.withHeader("Access-Control-Allow-Origin", "*")
            .withHeader("Access-Control-Allow-Methods", "GET, POST")
            .withHeader("Access-Control-Allow-Headers", "Content-Type");
    }
    HttpResponse response = dispatch(request);
    if (simulator)
        response.withHeader("Access-Control-Allow-Origin", "*");
    return response;
}

HttpResponse SandboxServer::dispatch(HttpRequest &request)
{
    try {
        const auto principal = resolvePrincipal(m_context, request);
        request.principal = principal ? &*principal : nullptr;
        if (principal && isMutation(request.method) && !request.header("Idempotency-Key").isEmpty())
            return withIdempotency(request, *principal);
        return m_router.dispatch(request);
    } catch (const AmountOutOfRange &) {
        return HttpResponse::error(400, QStringLiteral("invalid_amount"),
            QStringLiteral("The amounts are too large to compute exactly; nothing was changed."));
    } catch (const DatabaseError &e) {
        return HttpResponse::error(503, QStringLiteral("database_unavailable"),
            QStringLiteral("The billing database could not complete the request; nothing was changed. Try again."))
            .withHeader("Retry-After", "1");
    } catch (const std::exception &e) {
        return HttpResponse::error(503, QStringLiteral("unavailable"),
            QStringLiteral("The server could not complete the request; nothing was changed."));
    }
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    // Encoded, so an id with %2F in it stays one segment (the router decodes each captured id).
    req.path = request.url().path(QUrl::FullyEncoded);
    req.query = request.query();
    req.headers = request.headers();
    req.body = request.body();
    const HttpResponse response = process(req);
    if (m_verbose)
        qInfo().noquote() << req.method << req.path << response.status;
    // The guard refused line breaks and NULs in every header, so the caller's id can be echoed.
    QByteArray requestId = req.header("X-Request-Id").left(64);
    if (requestId.isEmpty())
        requestId = newId("req_").toLatin1();
    if (response.offThread) {
        const bool closing = req.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
        respondOffThread(socket, response.offThread, requestId, closing);
        return true;
    }

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("X-Request-Id", requestId);
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    if (response.stream) {
        responder.writeHeader("Transfer-Encoding", "chunked");
        responder.writeBody(QByteArray("")); // ends the header block
        startStream(socket, response.stream);
        return true;
    }
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    return true;
}

// Chunked transfer written by hand on the socket: Qt HttpServer 6.4's QHttpServerResponder can
// only write a whole body (writeBeginChunked/writeChunk/writeEndChunked arrive in Qt 6.8), and an
// export of a million payments must not sit in memory. With Qt 6.8 this becomes the responder's
// chunked API driven by the same pump.
void SandboxServer::startStream(QTcpSocket *socket, std::function<QByteArray()> producer)
{
    // Pulls the next chunk only when the socket has drained below a quarter megabyte.
    auto pump = std::make_shared<std::function<void()>>();
    auto done = std::make_shared<bool>(false);
    *pump = [socket, producer, done] {
        while (!*done && socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < (1 << 18)) {
            QByteArray chunk;
            try {
                chunk = producer();
            } catch (const DatabaseError &) {
                socket->abort(); // the client sees a truncated transfer, never a half file as complete
                *done = true;
                return;
            }
            if (chunk.isEmpty()) {
                socket->write("0\r\n\r\n");
                *done = true;
                return;
            }
            socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        }
    };
    auto *context = new QObject(socket);
    connect(socket, &QTcpSocket::bytesWritten, context, [pump, done, context] {
        (*pump)();
        if (*done)
            context->deleteLater();
    });
    (*pump)();
}

// The work runs on the render pool; the answer is written when it is done, if the client is
// still there (the watcher dies with the socket, and the result is then dropped).
void SandboxServer::respondOffThread(
    QTcpSocket *socket, const std::function<HttpResponse()> &work, const QByteArray &requestId, bool closing)
{
    auto *watcher = new QFutureWatcher<HttpResponse>(socket);
    connect(watcher, &QFutureWatcherBase::finished, socket, [watcher, socket, requestId, closing] {
        HttpResponse done = watcher->result();
        done.withHeader("X-Request-Id", requestId);
        socket->write(HttpGuard::rawResponse(done, closing));
        if (closing)
            socket->disconnectFromHost(); // after what was written has gone out
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_renderPool, [work]() -> HttpResponse {
        try {
            return work();
        } catch (const std::exception &) {
            return HttpResponse::error(503, QStringLiteral("unavailable"),
                QStringLiteral("The server could not complete the request; nothing was changed."));
        }
    }));
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request itself, 404s included.
}

} // namespace bc::sandbox
