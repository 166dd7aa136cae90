#include "journalchain.h"

#include "models/csv.h"

#include <QCryptographicHash>
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

QByteArray JournalEntry::computeHash() const
{
    const QByteArray canonical = QJsonDocument(journalToJson(*this, false)).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(QByteArray(prevHash + '\n' + canonical), QCryptographicHash::Sha256).toHex();
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
