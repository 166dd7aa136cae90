#include "http.h"

#include "api/wirejson.h"
#include "models/csv.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <chrono>
#include <cstdio>

namespace bc::sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = wire::toJson(QJsonDocument(object)); // amounts marked wire::numberValue go out as exact numbers
    return r;
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = wire::toJson(QJsonDocument(array));
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return json(QJsonObject{{QStringLiteral("error"), e}}, status);
}

HttpResponse HttpResponse::html(const QByteArray &page, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page;
    return r;
}

HttpResponse HttpResponse::redirect(const QUrl &to)
{
    HttpResponse r;
    r.status = 303;
    r.contentType = "text/plain";
    r.withHeader("Location", to.toEncoded());
    return r;
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, RouteKind kind)
{
    if (m_documentedOnly && kind != RouteKind::Documented && kind != RouteKind::HostedPage)
        return;
    Route r;
    r.method = method;
    r.segments = pattern.split(u'/', Qt::SkipEmptyParts);
    for (const QString &s : std::as_const(r.segments))
        if (!s.startsWith(u'{'))
            ++r.literalCount;
    r.handler = std::move(handler);
    m_routes.append(std::move(r));
}

const Router::Route *Router::find(
    const QString &path, const QByteArray &method, QHash<QString, QString> *params, bool *pathMatched) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const Route *best = nullptr;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> captured;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments.at(i);
            if (seg.startsWith(u'{'))
                captured.insert(seg.mid(1, seg.size() - 2), QUrl::fromPercentEncoding(parts.at(i).toUtf8()));
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        *pathMatched = true;
        if (r.method != method)
            continue;
        if (!best || r.literalCount > best->literalCount) {
            best = &r;
            *params = captured;
        }
    }
    return best;
}

bool Router::matches(const QString &path) const
{
    QHash<QString, QString> params;
    bool pathMatched = false;
    find(path, "GET", &params, &pathMatched);
    return pathMatched;
}

HttpResponse Router::dispatch(HttpRequest &request) const
{
    bool pathMatched = false;
    const Route *route = find(request.path, request.method, &request.params, &pathMatched);
    if (route)
        return route->handler(request);
    if (pathMatched)
        return HttpResponse::error(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2.").arg(QString::fromLatin1(request.method), request.path));
    return HttpResponse::error(
        404, QStringLiteral("not_found"), QStringLiteral("There is no endpoint at %1.").arg(request.path));
}

QString JsonFields::numberText(const QString &name, int maxLength)
{
    const QByteArray key = name.toLatin1();
    const QCborValue v = wire::Object(m_wire).field({key.constData()});
    if (v.isUndefined())
        return {};
    if (!v.isString() && !wire::isNumber(v)) {
        fail(name, QStringLiteral("“%1” must be a number.").arg(name));
        return {};
    }
    const QString text = wire::numberText(v);
    if (text.size() > maxLength) {
        fail(name, QStringLiteral("“%1” is longer than %2 characters.").arg(name).arg(maxLength));
        return {};
    }
    return text;
}

std::optional<JsonFields> JsonFields::parse(const QByteArray &body, HttpResponse *error, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return JsonFields(QJsonObject());
        *error = HttpResponse::error(
            400, QStringLiteral("invalid_json"), QStringLiteral("The request needs a JSON object body."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HttpResponse::error(400, QStringLiteral("invalid_json"),
            QStringLiteral("The body is not valid JSON (%1 at offset %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error =
            HttpResponse::error(400, QStringLiteral("invalid_json"), QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    QString ignored;
    JsonFields fields(doc.object());
    fields.m_wire = wire::parse(body, &ignored).value_or(QCborValue()); // the same text, numbers kept as text
    return fields;
}

void JsonFields::fail(const QString &field, const QString &message, const QString &code)
{
    if (!m_error)
        m_error = HttpResponse::error(400, code.isEmpty() ? QStringLiteral("invalid_field") : code, message, field);
}

namespace {
// What no text field may hold: control characters other than tab and line breaks, unpaired
// surrogates, and bidirectional controls that would reorder what is printed after the field.
QString forbiddenCharacter(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return QStringLiteral("an unpaired surrogate");
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F))
            return QStringLiteral("the control character U+%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper();
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return QStringLiteral("the bidirectional control U+%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper();
    }
    return {};
}
} // namespace

QString JsonFields::string(const QString &name, bool required, int maxLength)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(name, QStringLiteral("“%1” is required.").arg(name), QStringLiteral("missing_field"));
        return {};
    }
    if (!v.isString()) {
        fail(name, QStringLiteral("“%1” must be a string.").arg(name));
        return {};
    }
    const QString s = v.toString();
    if (const QString bad = forbiddenCharacter(s); !bad.isEmpty()) {
        fail(name, QStringLiteral("“%1” contains %2, which no field here may hold.").arg(name, bad),
            QStringLiteral("invalid_characters"));
        return {};
    }
    if (required && s.trimmed().isEmpty()) {
        fail(name, QStringLiteral("“%1” must not be empty.").arg(name), QStringLiteral("missing_field"));
        return {};
    }
    if (s.size() > maxLength) {
        fail(name, QStringLiteral("“%1” is longer than %2 characters.").arg(name).arg(maxLength));
        return {};
    }
    return s;
}

std::optional<bool> JsonFields::boolean(const QString &name)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        fail(name, QStringLiteral("“%1” must be true or false.").arg(name));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> JsonFields::integer(const QString &name, bool required, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(name, QStringLiteral("“%1” is required.").arg(name), QStringLiteral("missing_field"));
        return std::nullopt;
    }
    // JSON numbers arrive as doubles; accept only whole values that survive the round trip.
    const QVariant var = v.toVariant();
    bool ok = false;
    const qint64 n = var.toLongLong(&ok);
    if (!v.isDouble() || !ok || QJsonValue(n) != v) {
        fail(name, QStringLiteral("“%1” must be a whole number.").arg(name));
        return std::nullopt;
    }
    if (n < min || n > max) {
        fail(name, QStringLiteral("“%1” must be between %2 and %3.").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

void appendIsoTime(QByteArray &out, qint64 secs)
{
    // The civil date and time of a Unix time in UTC, without a QDateTime per row of a large page.
    using namespace std::chrono;
    const sys_seconds tp{seconds{secs}};
    const sys_days day = floor<days>(tp);
    const year_month_day ymd{day};
    const hh_mm_ss hms{tp - day};
    const int y = int(ymd.year());
    if (y < 0 || y > 9999) { // outside what four digits say: the general path
        out.append(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate).toLatin1());
        return;
    }
    char buf[20] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10),
        '-', 0, 0, '-', 0, 0, 'T', 0, 0, ':', 0, 0, ':', 0, 0, 'Z'};
    const auto two = [&buf](int at, unsigned v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    two(5, unsigned(ymd.month()));
    two(8, unsigned(ymd.day()));
    two(11, unsigned(hms.hours().count()));
    two(14, unsigned(hms.minutes().count()));
    two(17, unsigned(hms.seconds().count()));
    out.append(buf, sizeof buf);
}

void appendJsonString(QByteArray &out, QStringView text)
{
    appendJsonString(out, QByteArrayView(text.toUtf8()));
}

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    qsizetype run = 0; // the start of the bytes that need no escape, appended whole
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c != '"' && c != '\\' && c >= 0x20)
            continue;
        out.append(utf8.sliced(run, i - run));
        run = i + 1;
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(char(c));
        } else {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\u%04x", c);
            out.append(esc);
        }
    }
    out.append(utf8.sliced(run));
    out.append('"');
}

QJsonValue isoTimeOrNull(const QVariant &secs)
{
    if (secs.isNull() || !secs.isValid())
        return QJsonValue::Null;
    return isoTime(secs.toLongLong());
}

std::optional<qint64> parseDateParam(const QString &text, bool endOfDay)
{
    if (text.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid() && text.size() == 10) {
        const QDateTime start(d, QTime(0, 0), Qt::UTC);
        return endOfDay ? start.addDays(1).toSecsSinceEpoch() - 1 : start.toSecsSinceEpoch();
    }
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid())
        return dt.toSecsSinceEpoch();
    return std::nullopt;
}

QString newId(const char *prefix)
{
    // Time-ordered: 8 base-62 digits of milliseconds, 2 of a process counter, 6 random. Ids made
    // later sort later (byte order), which keeps ties on a timestamp in creation order.
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static quint32 counter = 0;
    auto base62 = [](quint64 value, int width) {
        QString out(width, QLatin1Char('0'));
        for (int i = width - 1; i >= 0; --i) {
            out[i] = QLatin1Char(alphabet[value % 62]);
            value /= 62;
        }
        return out;
    };
    QString id = QString::fromLatin1(prefix);
    id += base62(quint64(QDateTime::currentMSecsSinceEpoch()), 8);
    id += base62(counter++ % (62 * 62), 2);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 6; ++i)
        id += QLatin1Char(alphabet[rng->bounded(62)]);
    return id;
}

QString randomHex(int bytes)
{
    QByteArray raw;
    raw.reserve(bytes);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw.append(static_cast<char>(rng->bounded(256)));
    return QString::fromLatin1(raw.toHex());
}

QByteArray csvCell(const QString &value)
{
    return csv::cell(value);
}

std::optional<HttpResponse> webhookTooLarge(const HttpRequest &req)
{
    if (req.body.size() <= kMaxWebhookBytes)
        return std::nullopt;
    return HttpResponse::error(413, QStringLiteral("payload_too_large"),
        QStringLiteral("A webhook body is at most %1 bytes; this one is %2.")
            .arg(kMaxWebhookBytes)
            .arg(req.body.size()));
}

} // namespace bc::sandbox
