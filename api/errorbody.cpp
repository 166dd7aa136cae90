#include "errorbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bc {

namespace {
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        for (const char *key : {"message", "description", "detail", "error"})
            if (const QString t = text(v.toObject().value(QLatin1String(key))); !t.isEmpty())
                return t;
    if (v.isArray() && !v.toArray().isEmpty())
        return text(v.toArray().first());
    return {};
}
} // namespace

ErrorBody readErrorBody(const QByteArray &body)
{
    ErrorBody out;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.isEmpty())
        return out;
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        out.code = e.value(QStringLiteral("code")).toString();
        out.field = e.value(QStringLiteral("field")).toString();
    } else if (o.value(QStringLiteral("code")).isString()) {
        out.code = o.value(QStringLiteral("code")).toString();
    }
    for (const char *key : {"error", "message", "description", "detail", "errors", "error_description"})
        if (out.message = text(o.value(QLatin1String(key))); !out.message.isEmpty())
            break;
    // {"error":"invalid_request","message":"…"}: a bare error word is a code, not the sentence.
    if (error.isString() && !o.value(QStringLiteral("message")).toString().isEmpty()) {
        out.code = error.toString();
        out.message = o.value(QStringLiteral("message")).toString().trimmed();
    }
    return out;
}

QString answerSummary(int status, const QByteArray &body)
{
    if (status == 0)
        return QString::fromUtf8(body);
    const QString message = readErrorBody(body).message;
    return message.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                             : QStringLiteral("HTTP %1: %2").arg(status).arg(message);
}

} // namespace bc
