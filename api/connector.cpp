#include "connector.h"

#include "jsonmappers.h"

#include <QUrl>

namespace bc {

ApiRequest Connector::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    return r;
}

ApiRequest Connector::send(
    const QByteArray &method, const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.body = QJsonDocument(body);
    r.idempotencyKey = idempotencyKey;
    return r;
}

ApiRequest Connector::offered(ApiRequest request, Extension extension)
{
    request.extension = extension;
    return request;
}

Connector::Mapper<QUrl> Connector::redirectMapper()
{
    return [](const QCborValue &root, const ApiReply &, QUrl *out, QString *e) {
        *out = json::redirectIn(root);
        if (!out->isValid())
            *e = QStringLiteral("the answer has no redirect URL");
        return out->isValid();
    };
}

QString Connector::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace bc
