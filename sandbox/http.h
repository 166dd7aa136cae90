#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace bc::sandbox {

// The largest amount any endpoint accepts, in minor units: 10,000,000,000.00 in a two-decimal
// currency (docs/API.md, "Amounts"). Larger ones are refused with 400 invalid_amount.
constexpr qint64 kMaxAmountMinor = 1'000'000'000'000;
// The largest webhook body a provider sends (Stripe's events are a few KiB; 256 KiB is ample).
constexpr qsizetype kMaxWebhookBytes = 256 * 1024;

struct Principal;

struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> params; // captured {name} segments of the route pattern
    const Principal *principal = nullptr; // resolved once by the server, may be null

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QString queryValue(const QString &key) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // When set, the body is streamed with chunked transfer encoding: called until it returns an
    // empty chunk, only as fast as the client reads, so memory stays flat for any export size.
    std::function<QByteArray()> stream;
    // When set, the whole answer is computed by this on a worker thread while the server goes on
    // answering others: CPU work such as rendering a PDF, from data the handler already read. It
    // must not touch the database, and is for reads only (an idempotent replay stores no body).
    std::function<HttpResponse()> offThread;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    // {"error":{"code":…,"message":…,"field":…}}: every 4xx of the org billing family.
    static HttpResponse error(int status, const QString &code, const QString &message, const QString &field = {});
    static HttpResponse html(const QByteArray &page, int status = 200);
    static HttpResponse redirect(const QUrl &to);
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

using Handler = std::function<HttpResponse(const HttpRequest &)>;

// What a route is to a real backend of its family: in the family's seed document (Documented), an
// addition of this sandbox a server may or may not offer (Extension), a page of a provider that a
// checkout opens (HostedPage), or part of a simulator or the sandbox itself (Simulator). With
// --documented-only the router serves Documented routes and hosted pages, and 404s the rest, as a
// server written from the documents alone would.
// 413 when a webhook body is larger than any provider sends; checked before its signature.
std::optional<HttpResponse> webhookTooLarge(const HttpRequest &req);

enum class RouteKind { Documented, Extension, HostedPage, Simulator };

// Method + path pattern ("/api/billing/subscription/{id}") to handler. Literal segments win over
// captures, so "/subscription/me" and "/subscription/{id}" can live side by side.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Handler handler, RouteKind kind = RouteKind::Documented);
    // Serve only what a backend written from the documents would: Documented routes and the
    // hosted provider pages a checkout needs.
    void setDocumentedOnly(bool on) { m_documentedOnly = on; }
    bool documentedOnly() const { return m_documentedOnly; }
    // Fills request.params; 404 / 405 answers with a JSON body when nothing matches.
    HttpResponse dispatch(HttpRequest &request) const;
    bool matches(const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
        int literalCount = 0;
    };
    const Route *find(
        const QString &path, const QByteArray &method, QHash<QString, QString> *params, bool *pathMatched) const;
    QList<Route> m_routes;
    bool m_documentedOnly = false;
};

// Reads a JSON request body field by field, keeping the first error as a ready 400 answer.
class JsonFields
{
public:
    // Parses the body; an empty body counts as {} when allowEmpty.
    static std::optional<JsonFields> parse(const QByteArray &body, HttpResponse *error, bool allowEmpty = false);
    explicit JsonFields(QJsonObject object) : m_object(std::move(object)) { }

    QString string(const QString &name, bool required, int maxLength = 200);
    std::optional<bool> boolean(const QString &name);
    // A number's own text or a string's, for a field either may carry ("12.5" or 12.5); empty if absent.
    QString numberText(const QString &name, int maxLength);
    std::optional<qint64> integer(const QString &name, bool required, qint64 min, qint64 max);
    bool has(const QString &name) const { return m_object.contains(name); }
    const QJsonObject &object() const { return m_object; }
    // The body as wire::parse reads it, for amounts: a JSON number's own text, never a double.
    const QCborValue &wire() const { return m_wire; }

    bool ok() const { return !m_error.has_value(); }
    HttpResponse error() const { return *m_error; }
    void fail(const QString &field, const QString &message, const QString &code = {});

private:
    QJsonObject m_object;
    QCborValue m_wire;
    std::optional<HttpResponse> m_error;
};

QString isoTime(qint64 secs); // "2026-11-22T10:00:00Z"
void appendIsoTime(QByteArray &out, qint64 secs); // the same, fast, for large pages
void appendJsonString(QByteArray &out, QStringView text);
void appendJsonString(QByteArray &out, QByteArrayView utf8); // the same for text already in UTF-8
QJsonValue isoTimeOrNull(const QVariant &secs);
std::optional<qint64> parseDateParam(const QString &text, bool endOfDay); // YYYY-MM-DD or ISO
// prefix + 8 base-62 digits of milliseconds + 2 of a counter + 6 random: later ids sort later.
QString newId(const char *prefix);
QString randomHex(int bytes); // `bytes` bytes from the system CSPRNG, as 2 x bytes hex digits
QByteArray csvCell(const QString &value); // quoted, formula-escaped

} // namespace bc::sandbox
