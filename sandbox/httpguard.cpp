#include "httpguard.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace bc::sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : "Error";
    }
}

// A Content-Length value: digits only (a list of equal values counts as one), at most 18 of them.
std::optional<qint64> contentLength(const QByteArray &value)
{
    std::optional<qint64> result;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray digits = part.trimmed();
        if (digits.isEmpty() || digits.size() > 18)
            return std::nullopt;
        for (char c : digits)
            if (c < '0' || c > '9')
                return std::nullopt;
        const qint64 n = digits.toLongLong();
        if (result && *result != n)
            return std::nullopt;
        result = n;
    }
    return result;
}

} // namespace

// Follows one connection's requests on the raw bytes: where a head ends, how long its body is,
// and whether either breaks a limit. Qt HttpServer reads the same bytes right after it.
class ConnectionWatch : public QObject
{
public:
    ConnectionWatch(HttpGuard *guard, QTcpSocket *socket) : QObject(socket), m_guard(guard), m_socket(socket)
    {
        ++m_guard->m_open;
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::expired);
        // Connected before Qt HttpServer connects its own, so this runs first on every read.
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::readyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_phase == Phase::Idle)
                m_timer.start(m_guard->limits().idleTimeoutMs);
        });
        m_timer.start(m_guard->limits().idleTimeoutMs);
    }
    ~ConnectionWatch() override
    {
        releaseBody();
        --m_guard->m_open;
    }

private:
    enum class Phase { Idle, Head, Body };

    void readyRead()
    {
        if (m_closed) {
            m_socket->read(m_socket->bytesAvailable()); // nothing more is read from a refused client
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < data.size() && !m_closed) {
            if (m_phase == Phase::Body)
                pos = readBody(data, pos);
            else
                pos = readHead(data, pos);
        }
    }

    qsizetype readHead(const QByteArray &data, qsizetype pos)
    {
        if (m_phase == Phase::Idle) {
            while (pos < data.size() && (data[pos] == '\r' || data[pos] == '\n'))
                ++pos; // blank lines before a request line are allowed and ignored
            if (pos == data.size())
                return pos;
            m_phase = Phase::Head;
            m_timer.start(m_guard->limits().requestTimeoutMs);
        }
        const HttpLimits &limits = m_guard->limits();
        const qsizetype before = m_head.size();
        m_head += data.mid(pos, limits.maxHeadBytes + 4 - before);
        const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        // Lines end in CRLF; a bare LF could be read differently by a proxy in front. (Only the
        // head is looked at: what follows it is the body.)
        const qsizetype scanEnd = end < 0 ? m_head.size() : end + 4;
        for (qsizetype k = m_head.indexOf('\n', before); k >= 0 && k < scanEnd; k = m_head.indexOf('\n', k + 1)) {
            if (k == 0 || m_head[k - 1] != '\r') {
                refuse(HttpResponse::error(400, QStringLiteral("invalid_header"),
                    QStringLiteral("A request line or header line ends in a bare line feed.")));
                return data.size();
            }
        }
        if (end < 0) {
            if (m_head.size() > limits.maxHeadBytes || m_head.count('\n') > limits.maxHeaderLines)
                refuseHead();
            return data.size();
        }
        m_head.truncate(end + 4);
        const qsizetype next = pos + (m_head.size() - before);
        if (m_head.size() > limits.maxHeadBytes || m_head.count('\n') - 2 > limits.maxHeaderLines) {
            refuseHead();
            return data.size();
        }
        startBody();
        return next;
    }

    void refuseHead()
    {
        const HttpLimits &limits = m_guard->limits();
        refuse(HttpResponse::error(431, QStringLiteral("headers_too_large"),
            QStringLiteral("A request head is at most %1 bytes in at most %2 header lines.")
                .arg(limits.maxHeadBytes)
                .arg(limits.maxHeaderLines)));
    }

    // The head is complete: frame the body from its headers, or refuse.
    void startBody()
    {
        const QByteArray head = m_head;
        m_head.clear();
        std::optional<qint64> length = 0;
        bool lengthSeen = false;
        const QList<QByteArray> lines = head.left(head.size() - 4).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            // Every line but the last ends in the CR of its CRLF (bare LFs were refused as they
            // arrived). A CR anywhere else, or a NUL, would be echoed back or read differently.
            const QByteArray content = i + 1 < lines.size() ? line.chopped(1) : line;
            if (content.contains('\r') || content.contains('\0'))
                return refuse(HttpResponse::error(400, QStringLiteral("invalid_header"),
                    QStringLiteral("A header line has a bare carriage return or a NUL in it.")));
            if (i == 0)
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return refuse(HttpResponse::error(
                    400, QStringLiteral("invalid_header"), QStringLiteral("A header line has no name.")));
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                if (value.compare("chunked", Qt::CaseInsensitive) != 0)
                    return refuse(HttpResponse::error(400, QStringLiteral("invalid_header"),
                        QStringLiteral("Transfer-Encoding %1 is not supported.").arg(QString::fromLatin1(value))));
                return refuse(HttpResponse::error(411, QStringLiteral("length_required"),
                    QStringLiteral(
                        "Send a request body with Content-Length; chunked request bodies are not accepted.")));
            }
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                const auto n = contentLength(value);
                if (!n || (lengthSeen && *n != *length))
                    return refuse(HttpResponse::error(400, QStringLiteral("invalid_header"),
                        lengthSeen ? QStringLiteral("Two different Content-Length headers.")
                                   : QStringLiteral("Content-Length is not a number.")));
                length = n;
                lengthSeen = true;
            }
        }
        const HttpLimits &limits = m_guard->limits();
        if (*length > limits.maxBodyBytes)
            return refuse(HttpResponse::error(413, QStringLiteral("payload_too_large"),
                QStringLiteral("A request body is at most %1 bytes; this one declares %2.")
                    .arg(limits.maxBodyBytes)
                    .arg(*length)));
        if (m_guard->m_bodyBytesInFlight + *length > limits.maxBufferedBodyBytes)
            return refuse(HttpResponse::error(503, QStringLiteral("busy"),
                QStringLiteral("The server is receiving too many request bodies at once; nothing was changed. "
                               "Try again."))
                              .withHeader("Retry-After", "1"));
        m_reserved = *length;
        m_guard->m_bodyBytesInFlight += m_reserved;
        m_bodyLeft = *length;
        m_phase = Phase::Body;
        if (m_bodyLeft == 0)
            finishRequest();
    }

    qsizetype readBody(const QByteArray &data, qsizetype pos)
    {
        const qsizetype n = qMin<qsizetype>(m_bodyLeft, data.size() - pos);
        m_bodyLeft -= n;
        if (m_bodyLeft == 0)
            finishRequest();
        return pos + n;
    }

    void finishRequest()
    {
        releaseBody(); // Qt HttpServer holds it now, for as long as the (synchronous) handler runs
        m_phase = Phase::Idle;
        m_timer.start(m_guard->limits().idleTimeoutMs);
    }

    void releaseBody()
    {
        m_guard->m_bodyBytesInFlight -= m_reserved;
        m_reserved = 0;
    }

    void expired()
    {
        if (m_closed)
            return m_socket->abort(); // it neither read its answer nor closed
        if (m_phase != Phase::Idle) {
            return refuse(HttpResponse::error(408, QStringLiteral("request_timeout"),
                QStringLiteral("The request did not arrive within %1 ms.").arg(m_guard->limits().requestTimeoutMs)));
        }
        m_socket->disconnectFromHost(); // idle, and nothing written for as long
    }

    void refuse(const HttpResponse &response)
    {
        m_closed = true;
        releaseBody();
        m_head.clear();
        // Qt HttpServer never sees the refused request, nor anything after it: its reader is
        // disconnected, and the transaction in which it kept the partial request is dropped.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionWatch::readyRead);
        if (m_socket->isTransactionStarted())
            m_socket->rollbackTransaction();
        m_socket->read(m_socket->bytesAvailable());
        m_socket->write(HttpGuard::rawResponse(response, true));
        // A lingering close: once the answer is out, only the sending side is shut, and what the
        // client still sends is read and dropped, so its kernel does not reset the connection and
        // throw the answer away before the client reads it. The client closes, or is dropped.
        connect(m_socket, &QTcpSocket::bytesWritten, this, &ConnectionWatch::shutDownSending);
        shutDownSending();
        m_timer.start(5000);
    }

    void shutDownSending()
    {
        if (m_sendingShut || m_socket->bytesToWrite() > 0)
            return;
        m_sendingShut = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }

    HttpGuard *m_guard;
    QTcpSocket *m_socket;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_reserved = 0;
    bool m_closed = false;
    bool m_sendingShut = false;
};

HttpGuard::HttpGuard(const HttpLimits &limits, QObject *parent) : QTcpServer(parent), m_limits(limits)
{
    setListenBacklogSize(limits.listenBacklog);
}

QByteArray HttpGuard::rawResponse(const HttpResponse &response, bool closing)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType
        + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bool requestId = false;
    for (const auto &[name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
        requestId = requestId || name.compare("X-Request-Id", Qt::CaseInsensitive) == 0;
    }
    if (!requestId)
        out += "X-Request-Id: " + newId("req_").toLatin1() + "\r\n";
    if (closing)
        out += "Connection: close\r\n";
    return out + "\r\n" + response.body;
}

void HttpGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        socket->write(rawResponse(HttpResponse::error(503, QStringLiteral("busy"),
                                      QStringLiteral("The server has too many open connections; try again."))
                                      .withHeader("Retry-After", "1"),
            true));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5000, socket, &QTcpSocket::abort);
        return;
    }
    new ConnectionWatch(this, socket);
    addPendingConnection(socket);
}

} // namespace bc::sandbox
