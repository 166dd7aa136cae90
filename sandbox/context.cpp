#include "context.h"

#include "providersignatures.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace bc::sandbox {

bool firstDelivery(Context &ctx, const QString &provider, const QString &eventId, const QString &type)
{
    if (ctx.db.one(QStringLiteral("SELECT event_id FROM webhook_events WHERE provider = ? AND event_id = ?"),
            {provider, eventId}))
        return false;
    ctx.db.exec(
        QStringLiteral("INSERT INTO webhook_events (provider, event_id, event_type, received_at) VALUES (?, ?, ?, ?)"),
        {provider, eventId, type, ctx.now()});
    return true;
}

qint64 Context::now()
{
    return QDateTime::currentSecsSinceEpoch()
        + db.setting(QStringLiteral("clock_offset"), QStringLiteral("0")).toLongLong();
}

void Context::advanceClock(qint64 seconds)
{
    const qint64 offset = db.setting(QStringLiteral("clock_offset"), QStringLiteral("0")).toLongLong();
    db.setSetting(QStringLiteral("clock_offset"), QString::number(offset + seconds));
}

WebhookDispatcher::WebhookDispatcher(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &WebhookDispatcher::deliverDue);
    m_timer->start();
}

void WebhookDispatcher::enqueue(const QString &provider, const QString &path, const QString &eventId,
    const QByteArray &body, const QByteArray &headerLines)
{
    m_db.exec(QStringLiteral("INSERT INTO webhook_deliveries (id, provider, path, event_id, body, signature,"
                             " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"),
        {newId("whd_"), provider, path, eventId, QString::fromUtf8(body), QString::fromUtf8(headerLines),
            QDateTime::currentMSecsSinceEpoch(), QDateTime::currentSecsSinceEpoch()});
    // Deliver after the current request has answered, like a provider would.
    QTimer::singleShot(50, this, &WebhookDispatcher::deliverDue);
}

int WebhookDispatcher::pendingCount()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE delivered_at IS NULL")).toInt();
}

void WebhookDispatcher::deliverDue()
{
    if (!m_baseUrl.isValid())
        return;
    QList<QVariantMap> due;
    try {
        due = m_db.all(QStringLiteral("SELECT * FROM webhook_deliveries WHERE delivered_at IS NULL AND attempts < 8"
                                      " AND next_attempt_at <= ? ORDER BY created_at, id LIMIT 20"),
            {QDateTime::currentMSecsSinceEpoch()});
    } catch (const DatabaseError &) {
        return;
    }
    for (const QVariantMap &d : due) {
        const QString id = d.value(QStringLiteral("id")).toString();
        if (m_inFlight.contains(id))
            continue;
        m_inFlight.insert(id);
        QNetworkRequest request(m_baseUrl.resolved(QUrl(d.value(QStringLiteral("path")).toString())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(10000);
        const QByteArray body = d.value(QStringLiteral("body")).toString().toUtf8();
        for (const QByteArray &line : d.value(QStringLiteral("signature")).toString().toUtf8().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            QByteArray value = line.mid(colon + 1).trimmed();
            // Stripe signs each delivery attempt with the time of that attempt (300 s tolerance).
            if (value.startsWith("@stripe:"))
                value =
                    signatures::stripeSignatureHeader(m_db.setting(QStringLiteral("stripe_webhook_secret")).toUtf8(),
                        QDateTime::currentSecsSinceEpoch(), body);
            request.setRawHeader(line.left(colon).trimmed(), value);
        }
        QNetworkReply *reply = m_network->post(request, body);
        const int attempts = d.value(QStringLiteral("attempts")).toInt() + 1;
        const QString eventId = d.value(QStringLiteral("event_id")).toString();
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, attempts, eventId] {
            reply->deleteLater();
            m_inFlight.remove(id);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
            try {
                if (status >= 200 && status < 300) {
                    m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET delivered_at = ?, attempts = ?, "
                                             "last_status = ? WHERE id = ?"),
                        {nowMs / 1000, attempts, status, id});
                    emit delivered(eventId, status);
                } else {
                    // Exponential backoff: 1 s, 2 s, 4 s, ... as a provider retries.
                    m_db.exec(QStringLiteral("UPDATE webhook_deliveries SET attempts = ?, last_status = ?, "
                                             "next_attempt_at = ? WHERE id = ?"),
                        {attempts, status, nowMs + (qint64(1000) << std::min(attempts, 10)), id});
                }
            } catch (const DatabaseError &) { }
        });
    }
}

} // namespace bc::sandbox
