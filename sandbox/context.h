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

    // The sandbox clock: real time plus an offset a Super Admin can advance.
    qint64 now();
    void advanceClock(qint64 seconds);

    QByteArray razorpayKeyId() { return db.setting(QStringLiteral("razorpay_key_id")).toUtf8(); }
    QByteArray razorpayKeySecret() { return db.setting(QStringLiteral("razorpay_key_secret")).toUtf8(); }
    QByteArray razorpayWebhookSecret() { return db.setting(QStringLiteral("razorpay_webhook_secret")).toUtf8(); }
};

// Webhook de-duplication: true the first time (provider, event id) is seen, recording it.
bool firstDelivery(Context &ctx, const QString &provider, const QString &eventId, const QString &type);

// Resolves the caller; null when no or unknown credentials.
std::optional<Principal> resolvePrincipal(Context &ctx, const HttpRequest &request);
// 401 without credentials, 403 when the role is not among those allowed; empty when allowed.
std::optional<HttpResponse> requireRole(const HttpRequest &request, std::initializer_list<Role> roles);
QString hashSecret(const QString &secret);
QString hashPasswordForStorage(const QString &password, QString *saltOut);
QString demoApiKey(Context &ctx, Role role);

void registerAuthRoutes(Router &router, Context &ctx);
void registerOrgBillingRoutes(Router &router, Context &ctx);
void registerRazorpaySimulator(Router &router, Context &ctx);
void registerSandboxRoutes(Router &router, Context &ctx);
void registerCreditsRoutes(Router &router, Context &ctx);
void registerTierBillingRoutes(Router &router, Context &ctx);
void registerPlatformChargeRoutes(Router &router, Context &ctx);
void registerProviderSimulators(Router &router, Context &ctx);

// Seeds demo organisations, users, plans, coupons, subscriptions and history on an empty
// database. Returns false if the database already had data (nothing is changed then).
bool seedDemoData(Context &ctx);
bool hasData(Context &ctx);
// On an empty database without --demo: only the secrets, the seller and a Super Admin.
bool seedBaseIfEmpty(Context &ctx);
// An organisation with `rows` ledger entries (--demo-scale); returns its id. Idempotent.
QString seedScale(Context &ctx, qint64 rows);

// Activates the subscription, records the payment and issues the invoice for a paid checkout,
// exactly once. Call inside a transaction. Returns the subscription id.
QString completeCheckout(Context &ctx, const QString &orderId, const QString &paymentId, const QString &actor);

// What the sandbox clock moving forward causes: period-end cancellations, renewals with their
// invoices and payments, provider subscription renewals and their webhooks.
void runScheduledBilling(Context &ctx);
void advanceAndBill(Context &ctx, qint64 seconds);
// Catalogue every database needs whatever its age: provider prices and products, check-in
// defaults. Idempotent; runs at every start.
void ensureCatalog(Context &ctx);

// Razorpay-style order through the provider simulator (used by checkout).
QString createRazorpayOrder(Context &ctx, qint64 amountSubunits, const QString &currency, const QJsonObject &notes);

} // namespace bc::sandbox
