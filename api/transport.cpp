#include "transport.h"

#include "errorbody.h"
#include "logging.h"
#include "wirejson.h"

#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace bc {

NetworkAccessManager::NetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent)
{
    // Offices have a proxy: the system's (or http_proxy/https_proxy/no_proxy) is honoured.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

QByteArray NetworkAccessManager::userAgent()
{
    return QByteArrayLiteral("BillingConsole/") + QByteArrayLiteral(BC_VERSION);
}

QNetworkReply *NetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    QNetworkRequest r(request);
    if (r.transferTimeout() == 0)
        r.setTransferTimeout(kTransferTimeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    qCDebug(lcNetwork) << "request" << r.url().toDisplayString(QUrl::RemoveUserInfo);
    return QNetworkAccessManager::createRequest(op, r, data);
}

void ApiCall::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

ApiTransport::ApiTransport(QObject *parent) : QObject(parent), m_network(new NetworkAccessManager(this))
{
    qRegisterMetaType<bc::ApiReply>();
    qRegisterMetaType<bc::ApiError>();
}

QString IdempotencyKeys::keyFor(const QByteArray &fingerprint)
{
    if (m_key.isEmpty() || fingerprint != m_fingerprint) {
        m_fingerprint = fingerprint;
        m_key = ApiTransport::newIdempotencyKey();
    }
    return m_key;
}

QString ApiTransport::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QNetworkRequest ApiTransport::buildRequest(const ApiRequest &request) const
{
    QUrl url = m_baseUrl.resolved(QUrl(request.path));
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest r(url);
    if (!m_apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    r.setRawHeader("Accept", "application/json");
    if (!request.body.isNull() || !request.rawBody.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!request.idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    return r;
}

ApiCall *ApiTransport::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this);
    ApiRequest r = request;
    // An operator's change comes with the key its dialog keeps across retries; those are the
    // changes that go through the outbox. Checkout sessions and previews get a key here and are
    // sent now or not at all (a checkout that opens hours later is of no use).
    const bool operatorChange = r.method != "GET" && !r.idempotencyKey.isEmpty();
    if (r.method != "GET" && r.idempotencyKey.isEmpty())
        r.idempotencyKey = newIdempotencyKey();
    if (m_store && operatorChange && !r.sink && r.outboxId == 0) {
        // Written down before anything leaves the machine.
        bool mustWait = false;
        r.outboxId = m_store->changeWillSend(r, &mustWait);
        if (mustWait) {
            QTimer::singleShot(0, call, [this, call, r] {
                ApiReply queued;
                queued.idempotencyKey = r.idempotencyKey;
                queued.error.kind = ApiError::Kind::Queued;
                queued.error.message = tr("older changes are waiting to be sent first");
                emit call->finished(queued);
                call->deleteLater();
                emit changeQueued();
            });
            return call;
        }
    }
    // Start on the next turn of the event loop so callers can connect first.
    QTimer::singleShot(0, call, [this, call, r] { attempt(call, r, 0); });
    return call;
}

void ApiTransport::attempt(ApiCall *call, ApiRequest request, int attemptNo)
{
    if (call->m_cancelled) {
        ApiReply cancelled;
        cancelled.error.kind = ApiError::Kind::Cancelled;
        emit call->finished(cancelled);
        call->deleteLater();
        return;
    }
    const QByteArray payload = !request.rawBody.isEmpty() ? request.rawBody
        : request.body.isNull()                           ? QByteArray()
                                                          : wire::toJson(request.body);
    QNetworkReply *reply = m_network->sendCustomRequest(buildRequest(request), request.method, payload);
    call->m_reply = reply;
    if (request.sink) {
        connect(reply, &QNetworkReply::readyRead, call, [reply, sink = request.sink] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                sink->write(reply->readAll());
        });
    }
    connect(reply, &QNetworkReply::downloadProgress, call, &ApiCall::progress);
    connect(reply, &QNetworkReply::finished, call, [this, call, reply, request, attemptNo] {
        reply->deleteLater();
        ApiReply out;
        out.idempotencyKey = request.idempotencyKey;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
        out.nextCursor = reply->rawHeader("X-Next-Cursor");
        const QByteArray rest = wire::readPadded(reply); // parsed in place, with no copy
        const bool success = out.status >= 200 && out.status < 300;
        if (request.sink && success)
            request.sink->write(rest);
        else
            out.body = rest;
        out.error.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));

        // 1. The network.
        const auto netError = reply->error();
        if (call->m_cancelled || netError == QNetworkReply::OperationCanceledError) {
            out.error.kind = call->m_cancelled ? ApiError::Kind::Cancelled : ApiError::Kind::Timeout;
        } else if (out.status == 0 && netError != QNetworkReply::NoError) {
            out.error.message = reply->errorString();
            if (netError == QNetworkReply::SslHandshakeFailedError)
                out.error.kind = ApiError::Kind::Tls;
            else if (netError == QNetworkReply::TimeoutError)
                out.error.kind = ApiError::Kind::Timeout;
            else
                out.error.kind = ApiError::Kind::Network;
        } else if (!success) {
            // 2. The HTTP status, with the server's JSON error when it sent one.
            out.error.kind = ApiError::Kind::Http;
            out.error.httpStatus = out.status;
            const ErrorBody err = readErrorBody(out.body);
            out.error.code = err.code;
            out.error.message = err.message;
            out.error.field = err.field;
            if (request.extension && (out.status == 404 || out.status == 405)) {
                out.error.kind = ApiError::Kind::NotOffered;
                out.error.message = extensionName(*request.extension);
                emit extensionMissing(*request.extension);
            }
        }

        const bool transient = out.error.kind == ApiError::Kind::Network || out.error.kind == ApiError::Kind::Timeout
            || (out.error.kind == ApiError::Kind::Http
                && (out.status == 502 || out.status == 503 || out.status == 504));
        qCDebug(lcNetwork) << request.method << request.path << "->" << out.status << int(out.error.kind)
                           << out.error.requestId;
        // Every request here is a read or carries an idempotency key (send() gives every mutation
        // one), so a retry can never apply a change twice.
        if (transient && attemptNo < m_maxRetries && !request.sink && !call->m_cancelled) {
            qCDebug(lcNetwork) << "retrying" << request.method << request.path << "attempt" << attemptNo + 1;
            const int delay = 300 * (1 << attemptNo);
            QTimer::singleShot(
                delay, call, [this, call, request, attemptNo] { attempt(call, request, attemptNo + 1); });
            return;
        }
        finish(call, request, out);
    });
}

void ApiTransport::finish(ApiCall *call, const ApiRequest &request, ApiReply reply)
{
    const bool unreachableNow =
        reply.error.kind == ApiError::Kind::Network || reply.error.kind == ApiError::Kind::Timeout;
    if (m_store && request.method == "GET" && !request.sink) {
        if (reply.error.kind == ApiError::Kind::None) {
            m_store->rememberRead(request, reply);
        } else if (unreachableNow) {
            if (std::optional<ApiReply> cached = m_store->recallRead(request)) {
                cached->error.message = reply.error.message; // why it is stale
                reply = *cached;
            }
        }
    }
    if (m_store && request.outboxId != 0) {
        // Not answered: the change stays in the outbox and is sent again, with the same key.
        if (unreachableNow || reply.error.kind == ApiError::Kind::Cancelled)
            reply.error.kind = ApiError::Kind::Queued;
        m_store->changeSettled(request, reply);
    }
    if (reply.status > 0)
        emit reachable();
    else if (unreachableNow || reply.stale() || reply.error.kind == ApiError::Kind::Queued)
        emit unreachable();
    emit call->finished(reply);
    call->deleteLater();
}

} // namespace bc
