#pragma once

#include "apierror.h"
#include "extensions.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QIODevice;
class QNetworkReply;

namespace bc {

// One request, built by a connector.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QJsonDocument body; // sent as application/json when not null
    QString idempotencyKey; // set automatically for mutations when empty
    QIODevice *sink = nullptr; // stream the body here instead of keeping it (downloads)
    qint64 outboxId = 0; // set by the transport when a TransportStore keeps the change
    bool replay = false; // sent again from the outbox, not by a person just now
    QByteArray rawBody; // sent as is instead of body (a change replayed from the outbox)
    std::optional<Extension> extension; // beyond the family's document: 404/405 means not offered
};

// One idempotency key per distinct request: a retry of the same change reuses the key (so the
// server applies it once), a changed request gets a new one.
class IdempotencyKeys
{
public:
    QString keyFor(const QByteArray &fingerprint);

private:
    QByteArray m_fingerprint;
    QString m_key;
};

// What came back, before any mapping to types.
struct ApiReply
{
    ApiError error;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QString idempotencyKey;
    bool replayed = false;
    QByteArray nextCursor; // X-Next-Cursor, for families that page by header
    QDateTime fetchedAt; // when served from the read cache: when the server sent it
    bool stale() const { return fetchedAt.isValid(); }
};

// Where the transport keeps what must outlive a failed connection or a killed process (store/
// implements it; api/ does not know SQL): answers to reads, for when the server is unreachable,
// and every change, written before it is sent and settled when the server has answered.
class TransportStore
{
public:
    virtual ~TransportStore() = default;
    virtual void rememberRead(const ApiRequest &request, const ApiReply &reply) = 0;
    virtual std::optional<ApiReply> recallRead(const ApiRequest &request) = 0;
    // Returns the outbox id (0: not kept). *mustWait: older changes are queued, so this one
    // joins the queue instead of being sent now (changes reach the server in order).
    virtual qint64 changeWillSend(const ApiRequest &request, bool *mustWait) = 0;
    virtual void changeSettled(const ApiRequest &request, const ApiReply &reply) = 0;
};

// The network policy of the whole console in one place (timeouts, TLS verification that is never
// turned off, redirect policy, user agent): every request goes through createRequest().
class NetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit NetworkAccessManager(QObject *parent = nullptr);
    static constexpr int kTransferTimeoutMs = 30000;
    // "BillingConsole/0.1.0": the application's version, on every request.
    static QByteArray userAgent();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;
};

// A call in flight: emits progress while it runs and finished() once, then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    void cancel();

signals:
    void progress(qint64 received, qint64 total);
    void finished(const bc::ApiReply &reply);

private:
    friend class ApiTransport;
    explicit ApiCall(QObject *parent) : QObject(parent) { }
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
};

// Sends ApiRequests to one server with one credential. Retries with backoff only where that is
// safe: reads, and mutations that carry an idempotency key, and only for failures that happened
// before the server answered (connection refused, reset, timeout) or 502/503/504.
class ApiTransport : public QObject
{
    Q_OBJECT
public:
    explicit ApiTransport(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    void setMaxRetries(int retries) { m_maxRetries = retries; }
    // Not owned. With a store, reads fall back to the cache and changes go through the outbox.
    void setStore(TransportStore *store) { m_store = store; }
    TransportStore *store() const { return m_store; }

    ApiCall *send(const ApiRequest &request);
    QNetworkAccessManager *network() const { return m_network; }

    static QString newIdempotencyKey();

signals:
    // The server answered (any HTTP status) / could not be reached after the retries.
    void reachable();
    void unreachable();
    // A change joined the outbox instead of being sent now.
    void changeQueued();
    // The server answered 404 or 405 to a call of an extension: it does not offer it.
    void extensionMissing(bc::Extension extension);

private:
    void finish(ApiCall *call, const ApiRequest &request, ApiReply reply);
    void attempt(ApiCall *call, ApiRequest request, int attemptNo);
    QNetworkRequest buildRequest(const ApiRequest &request) const;

    NetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_maxRetries = 2;
    TransportStore *m_store = nullptr;
};

} // namespace bc

Q_DECLARE_METATYPE(bc::ApiReply)
