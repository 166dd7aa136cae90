#pragma once

#include "http.h"

#include <QTcpServer>

namespace bc::sandbox {

// What one client may hold of the server. Qt HttpServer 6.4 buffers a request whole inside a
// socket transaction with no size, header-count or time limit, so these are enforced in front of
// it, on the raw bytes, before its parser sees them (see HttpGuard).
struct HttpLimits
{
    qsizetype maxBodyBytes = 1024 * 1024; // 413 above it, from Content-Length, before the body is read
    qsizetype maxHeadBytes = 16 * 1024; // request line + headers; 431 above it
    int maxHeaderLines = 100; // 431 above it
    qsizetype maxBufferedBodyBytes = 64 * 1024 * 1024; // all connections' bodies in flight; 503 above
    int maxConnections = 4096; // open at once; more are answered 503 and closed
    int requestTimeoutMs = 15'000; // from a request's first byte to its last; 408 after it
    int idleTimeoutMs = 60'000; // a kept-alive connection with nothing to say is closed after it
    int listenBacklog = 4096; // connects the kernel holds while the server is busy
};

// The listening socket of billing-sandbox. Every accepted connection gets a watcher that reads
// each request's head and length as the bytes arrive (its readyRead runs before Qt HttpServer's),
// and refuses with a JSON error and a close, before Qt HttpServer has buffered or run anything:
// a declared body over the limit (413), chunked request bodies (411), too many or too long header
// lines (431), a request that does not finish in time (408), or too many connections or too
// many body bytes in flight across them (503). Idle connections are closed.
class HttpGuard : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpGuard(const HttpLimits &limits, QObject *parent = nullptr);
    const HttpLimits &limits() const { return m_limits; }
    int openConnections() const { return m_open; }

    // A whole HTTP/1.1 response for a raw socket, with Connection: close when closing.
    static QByteArray rawResponse(const HttpResponse &response, bool closing);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    friend class ConnectionWatch;
    HttpLimits m_limits;
    int m_open = 0;
    qsizetype m_bodyBytesInFlight = 0;
};

} // namespace bc::sandbox
