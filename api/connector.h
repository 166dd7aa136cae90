#pragma once

#include "apierror.h"
#include "transport.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace bc {

template<typename T>
struct ApiResult
{
    T value{};
    ApiError error;
    bool replayed = false;
    QDateTime fetchedAt; // valid when the server was unreachable and this came from the read cache
    bool stale() const { return fetchedAt.isValid(); }
    bool ok() const { return !error.isError(); }
};

template<typename T>
using ApiDone = std::function<void(const ApiResult<T> &)>;

template<typename T>
struct PageOf
{
    QList<T> items;
    QString nextCursor; // empty: no more pages
};

// What every family's connector shares: typed calls over one transport. Each call answers once,
// on the thread of `context`, and not at all if `context` is gone. The reply is parsed and mapped
// to models/ types on a worker thread.
class Connector : public QObject
{
    Q_OBJECT
public:
    ApiTransport *transport() const { return m_transport; }

protected:
    Connector(ApiTransport *transport, QObject *parent) : QObject(parent), m_transport(transport) { }

    template<typename T>
    using Mapper = std::function<bool(const QJsonDocument &, const ApiReply &, T *, QString *)>;

    template<typename T>
    ApiCall *run(const ApiRequest &request, QObject *context, Mapper<T> map, ApiDone<T> done);

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest send(
        const QByteArray &method, const QString &path, const QJsonObject &body, const QString &idempotencyKey = {});
    static QString segment(const QString &id); // percent-encoded path segment

    ApiTransport *m_transport;
};

template<typename T>
ApiCall *Connector::run(const ApiRequest &request, QObject *context, Mapper<T> map, ApiDone<T> done)
{
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::finished, context, [context, map, done](const ApiReply &reply) {
        if (reply.error.isError()) {
            ApiResult<T> r;
            r.error = reply.error;
            done(r);
            return;
        }
        auto *watcher = new QFutureWatcher<ApiResult<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([map, reply]() {
            ApiResult<T> r;
            r.replayed = reply.replayed;
            r.fetchedAt = reply.fetchedAt;
            QJsonParseError parseError;
            const QJsonDocument doc =
                reply.body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(reply.body, &parseError);
            QString error;
            if (!reply.body.isEmpty() && parseError.error != QJsonParseError::NoError) {
                r.error.kind = ApiError::Kind::Parse;
                r.error.message = parseError.errorString();
            } else if (!map(doc, reply, &r.value, &error)) {
                r.error.kind = ApiError::Kind::Parse;
                r.error.message = error;
            }
            return r;
        }));
    });
    return call;
}

} // namespace bc
