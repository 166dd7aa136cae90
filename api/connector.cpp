#include "connector.h"

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

QString Connector::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace bc
