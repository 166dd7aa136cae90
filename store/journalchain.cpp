#include "journalchain.h"

#include "models/csv.h"
#include "models/sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace bc {

QJsonObject journalToJson(const JournalEntry &e, bool withHashes)
{
    QJsonObject o{{QStringLiteral("seq"), QString::number(e.seq)},
        {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)}, {QStringLiteral("operator"), e.operatorName},
        {QStringLiteral("profile"), e.profile}, {QStringLiteral("role"), e.role}, {QStringLiteral("action"), e.action},
        {QStringLiteral("detail"), e.detail}, {QStringLiteral("reason"), e.reason},
        {QStringLiteral("requestId"), e.requestId}, {QStringLiteral("idempotencyKey"), e.idempotencyKey},
        {QStringLiteral("outcome"), e.outcome}, {QStringLiteral("status"), e.status},
        {QStringLiteral("response"), e.response}};
    if (withHashes) {
        o.insert(QStringLiteral("prevHash"), QString::fromLatin1(e.prevHash));
        o.insert(QStringLiteral("hash"), QString::fromLatin1(e.hash));
    }
    return o;
}

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// A string as QJsonDocument's compact writer writes it: '"', '\\' and control characters escaped
// (\b \f \n \r \t, else \u00xx in lower case), everything else as UTF-8. False for a string
// with a surrogate (outside the Basic Multilingual Plane, or unpaired): the caller then lets
// QJsonDocument write the entry, so the bytes hashed never depend on this copy of its rules.
bool appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u >= 0xD800 && u <= 0xDFFF)
            return false;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += char(u);
                continue;
            }
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x08:
                out += 'b';
                break;
            case 0x0c:
                out += 'f';
                break;
            case 0x0a:
                out += 'n';
                break;
            case 0x0d:
                out += 'r';
                break;
            case 0x09:
                out += 't';
                break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xC0 | (u >> 6));
            out += char(0x80 | (u & 0x3F));
        } else {
            out += char(0xE0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        }
    }
    out += '"';
    return true;
}

// QDateTime::toString(Qt::ISODateWithMs) of a UTC time ("2026-12-01T09:30:00.123Z"), written
// from the milliseconds directly; years outside 1..9999 (and invalid times) go through Qt.
QString isoUtc(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    const qint64 ms = at.toMSecsSinceEpoch();
    qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    const qint64 inDay = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2);
    if (y < 1 || y > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs);
    char buf[25];
    const auto put = [&buf](int pos, qint64 v, int width) {
        for (int i = width - 1; i >= 0; --i, v /= 10)
            buf[pos + i] = char('0' + v % 10);
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, m, 2);
    buf[7] = '-';
    put(8, d, 2);
    buf[10] = 'T';
    put(11, inDay / 3600000, 2);
    buf[13] = ':';
    put(14, inDay / 60000 % 60, 2);
    buf[16] = ':';
    put(17, inDay / 1000 % 60, 2);
    buf[19] = '.';
    put(20, inDay % 1000, 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}

} // namespace

QByteArray journalCanonical(const JournalEntry &e)
{
    // The keys in QJsonObject's order (sorted), the values as journalToJson() gives them.
    QByteArray out;
    out.reserve(256 + 3 * (e.detail.size() + e.response.size()));
    bool ok = true;
    const auto field = [&out, &ok](const char *key, const QString &value) {
        out += out.isEmpty() ? "{\"" : ",\"";
        out += key;
        out += "\":";
        ok = ok && appendJsonString(out, value);
    };
    field("action", e.action);
    field("at", isoUtc(e.at));
    field("detail", e.detail);
    field("idempotencyKey", e.idempotencyKey);
    field("operator", e.operatorName);
    field("outcome", e.outcome);
    field("profile", e.profile);
    field("reason", e.reason);
    field("requestId", e.requestId);
    field("response", e.response);
    field("role", e.role);
    field("seq", QString::number(e.seq));
    out += ",\"status\":";
    out += QByteArray::number(e.status);
    out += '}';
    if (!ok)
        return QJsonDocument(journalToJson(e, false)).toJson(QJsonDocument::Compact);
    return out;
}

QByteArray JournalEntry::computeHash() const
{
    Sha256 hash;
    hash.addData(prevHash);
    hash.addData("\n");
    hash.addData(journalCanonical(*this));
    return hash.result().toHex();
}

JournalVerdict LocalStore::verify(const QList<JournalEntry> &entries)
{
    JournalVerdict v;
    ChainChecker chain;
    for (const JournalEntry &e : entries)
        if (!chain.feed(e, &v))
            break;
    return v;
}

bool LocalStore::exportCsv(const QList<JournalEntry> &entries, QIODevice *out)
{
    QByteArray text = "seq,at,operator,profile,role,action,detail,reason,request_id,idempotency_key,outcome,status,"
                      "response,prev_hash,hash\r\n";
    for (const JournalEntry &e : entries) {
        const QStringList row{QString::number(e.seq), e.at.toUTC().toString(Qt::ISODateWithMs), e.operatorName,
            e.profile, e.role, e.action, e.detail, e.reason, e.requestId, e.idempotencyKey, e.outcome,
            QString::number(e.status), e.response, QString::fromLatin1(e.prevHash), QString::fromLatin1(e.hash)};
        text += csv::row(row);
        if (text.size() > 1 << 20) {
            if (out->write(text) != text.size())
                return false;
            text.clear();
        }
    }
    return out->write(text) == text.size();
}

bool LocalStore::exportJson(const QList<JournalEntry> &entries, QIODevice *out)
{
    QJsonArray array;
    for (const JournalEntry &e : entries)
        array.append(journalToJson(e, true));
    const QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Indented);
    return out->write(text) == text.size();
}

std::optional<QList<JournalEntry>> LocalStore::importJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QStringLiteral("expected a JSON array of journal entries");
        return std::nullopt;
    }
    QList<JournalEntry> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        JournalEntry e;
        e.seq = o.value(QStringLiteral("seq")).toString().toLongLong();
        e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toUTC();
        e.operatorName = o.value(QStringLiteral("operator")).toString();
        e.profile = o.value(QStringLiteral("profile")).toString();
        e.role = o.value(QStringLiteral("role")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.detail = o.value(QStringLiteral("detail")).toString();
        e.reason = o.value(QStringLiteral("reason")).toString();
        e.requestId = o.value(QStringLiteral("requestId")).toString();
        e.idempotencyKey = o.value(QStringLiteral("idempotencyKey")).toString();
        e.outcome = o.value(QStringLiteral("outcome")).toString();
        e.status = o.value(QStringLiteral("status")).toInt();
        e.response = o.value(QStringLiteral("response")).toString();
        e.prevHash = o.value(QStringLiteral("prevHash")).toString().toLatin1();
        e.hash = o.value(QStringLiteral("hash")).toString().toLatin1();
        out.append(e);
    }
    return out;
}

} // namespace bc
