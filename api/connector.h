#pragma once

#include "apierror.h"
#include "transport.h"
#include "wirejson.h"

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
    // How this connection's bare numbers are money (the profile says; seed 002 shows 999 for 9.99).
    void setAmountConvention(const wire::AmountConvention &convention) { m_convention = convention; }
    const wire::AmountConvention &amountConvention() const { return m_convention; }

protected:
    Connector(ApiTransport *transport, QObject *parent) : QObject(parent), m_transport(transport) { }

    // Maps the parsed answer (wire::parse: numbers keep their text) to T on a worker thread.
    template<typename T>
    using Mapper = std::function<bool(const QCborValue &root, const ApiReply &, T *, QString *)>;

    template<typename T>
    ApiCall *run(const ApiRequest &request, QObject *context, Mapper<T> map, ApiDone<T> done);

    // Maps the answer's own bytes to T on a worker thread, for list pages read straight into rows
    // (wire::forEachRow) without a parsed tree.
    template<typename T>
    using TextMapper = std::function<bool(const ApiReply &, T *, QString *)>;

    // `early`, when given, reads the answer on the caller's thread before the worker maps it (a
    // list page's next cursor, so the next page is asked for while this one decodes).
    template<typename T>
    ApiCall *runText(const ApiRequest &request, QObject *context, TextMapper<T> map, ApiDone<T> done,
        std::function<void(const ApiReply &)> early = {});

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest send(
        const QByteArray &method, const QString &path, const QJsonObject &body, const QString &idempotencyKey = {});
    static Mapper<QUrl> redirectMapper(); // the redirect an answer carries (json::redirectIn)
    static ApiRequest offered(ApiRequest request, Extension extension); // a call beyond the document
    static QString segment(const QString &id); // percent-encoded path segment

    ApiTransport *m_transport;
    wire::AmountConvention m_convention;
};

// Each object of `list` mapped by one(const wire::Object &, T *, QString *); the first that fails
// stops the list, its error saying which item it was.
template<typename T, typename F>
bool mapEach(const QCborArray &list, QList<T> *out, QString *error, F one)
{
    out->reserve(out->size() + list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        T item;
        if (!one(wire::Object(list.at(i)), &item, error)) {
            *error = QStringLiteral("item %1: %2").arg(i + 1).arg(*error);
            return false;
        }
        out->append(std::move(item));
    }
    return true;
}

template<typename T>
ApiCall *Connector::run(const ApiRequest &request, QObject *context, Mapper<T> map, ApiDone<T> done)
{
    return runText<T>(
        request, context,
        [map](const ApiReply &reply, T *out, QString *error) {
            const std::optional<QCborValue> root =
                reply.body.isEmpty() ? std::optional(QCborValue()) : wire::parse(reply.body, error);
            return root && map(*root, reply, out, error);
        },
        std::move(done));
}

template<typename T>
ApiCall *Connector::runText(const ApiRequest &request, QObject *context, TextMapper<T> map, ApiDone<T> done,
    std::function<void(const ApiReply &)> early)
{
    ApiCall *call = m_transport->send(request);
    connect(call, &ApiCall::finished, context, [context, map, done, early](const ApiReply &reply) {
        if (reply.error.isError()) {
            ApiResult<T> r;
            r.error = reply.error;
            done(r);
            return;
        }
        if (early)
            early(reply);
        auto *watcher = new QFutureWatcher<ApiResult<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run([map, reply]() {
            ApiResult<T> r;
            r.replayed = reply.replayed;
            r.fetchedAt = reply.fetchedAt;
            QString error;
            if (!map(reply, &r.value, &error)) {
                r.error.kind = ApiError::Kind::Parse;
                r.error.message = error;
            }
            return r;
        }));
    });
    return call;
}

} // namespace bc
