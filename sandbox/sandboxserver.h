#pragma once

#include "context.h"
#include "controller.h"
#include "httpguard.h"

#include <QAbstractHttpServer>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace bc::sandbox {

// The billing sandbox's HTTP front: resolves the caller once, honours Idempotency-Key on every
// mutation, dispatches to the routes of all families, and turns any database failure into a 503
// with a JSON body, so no input can produce a 500.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // documentedOnly: serve exactly what the seed documents list (see RouteKind).
    SandboxServer(Database &db, bool documentedOnly = false, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on address:port (0 picks a free port); returns the URL or an invalid one.
    QUrl start(const QHostAddress &address, quint16 port);
    Context &context() { return m_context; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    // Before start(): what one client may hold of the server (see HttpGuard).
    void setLimits(const HttpLimits &limits) { m_limits = limits; }

    HttpResponse process(HttpRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void startStream(QTcpSocket *socket, std::function<QByteArray()> producer);
    void respondOffThread(
        QTcpSocket *socket, const std::function<HttpResponse()> &work, const QByteArray &requestId, bool closing);
    HttpResponse withIdempotency(HttpRequest &request, const Principal &principal);
    HttpResponse dispatch(HttpRequest &request);

    WebhookDispatcher m_webhooks;
    Context m_context;
    Router m_router;
    std::vector<std::unique_ptr<Controller>> m_controllers;
    bool m_verbose = false;
    HttpLimits m_limits;
    QThreadPool m_renderPool; // PDF rendering, off the thread that accepts and answers requests
};

} // namespace bc::sandbox
