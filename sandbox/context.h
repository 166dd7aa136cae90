#pragma once

#include "database.h"
#include "http.h"

#include "models/billingtypes.h"

#include <QObject>
#include <QUrl>

#include <initializer_list>

class QNetworkAccessManager;
class QTimer;

namespace bc::sandbox {

// Who is calling: resolved once per request from an API key or a session cookie.
struct Principal
{
    QString userId;
    QString orgId;
    QString email;
    QString name;
    QString contact;
    Role role = Role::Unknown;
    // The platform's own staff (Super Admin, Support) reach every organisation; everyone else
    // only their own (docs/API.md, "Organisations").
    bool isPlatform() const { return role == Role::SuperAdmin || role == Role::Support; }
};

// Delivers provider webhooks to the sandbox's own endpoints, as the providers would: signed, with
// retries and exponential backoff while a delivery fails, persisted so a restart resumes them.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    WebhookDispatcher(Database &db, QObject *parent = nullptr);
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // headers: "Name: value" lines for the signature and event id.
    void enqueue(const QString &provider, const QString &path, const QString &eventId, const QByteArray &body,
        const QByteArray &headerLines);
    int pendingCount();

signals:
    void delivered(const QString &eventId, int status);

private:
    void deliverDue();
    Database &m_db;
    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    QSet<QString> m_inFlight;
};

// What every handler needs: the database, the sandbox clock, where the server is reachable.
class Context
{
public:
    explicit Context(Database &db, WebhookDispatcher &webhooks) : db(db), webhooks(webhooks) { }

    Database &db;
    WebhookDispatcher &webhooks;
    QUrl baseUrl;
    // --documented-only: answers carry exactly the fields the seed documents show, in their types.
    bool documentedOnly = false;

    // The sandbox clock: real time plus an offset a Super Admin can advance.
    qint64 now();
    void advanceClock(qint64 seconds);

    QByteArray razorpayKeyId() { return db.setting(QStringLiteral("razorpay_key_id")).toUtf8(); }
    QByteArray razorpayKeySecret() { return db.setting(QStringLiteral("razorpay_key_secret")).toUtf8(); }
    QByteArray razorpayWebhookSecret() { return db.setting(QStringLiteral("razorpay_webhook_secret")).toUtf8(); }
};

// Webhook de-duplication: true the first time (provider, event id) is seen, recording it.
bool firstDelivery(Context &ctx, const QString &provider, const QString &eventId, const QString &type);

} // namespace bc::sandbox
