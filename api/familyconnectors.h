#pragma once

#include "connector.h"
#include "jsonmappers.h"

#include "models/creditledgermodel.h"

#include <optional>

namespace bc {

struct CreditSessionRequest
{
    PaymentChannel channel = PaymentChannel::Stripe;
    OrderType type = OrderType::Credits;
    QString planId;
    BillingCycle billingCycle = BillingCycle::Monthly;
    qint64 credits = 0;
    QUrl successUrl;
    QUrl cancelUrl;
};

struct CheckoutRedirect
{
    QUrl url;
    QString sessionId;
    QString orderId;
};

// The credits service family (seed 002). Its answers come in {"success":…,"data":…}; lists page
// by limit and offset as the document shows, or by X-Next-Cursor when a server sends one. A
// cursor passed back in is the `nextCursor` of the page before (empty for the first page).
class CreditsConnector : public Connector
{
    Q_OBJECT
public:
    explicit CreditsConnector(ApiTransport *transport, QObject *parent = nullptr);

    void balance(QObject *context, ApiDone<qint64> done);
    void transactions(int limit, const QString &cursor, QObject *context, ApiDone<PageOf<CreditTransaction>> done);
    // Whose ledger: the caller's own organisation (/credits/transactions), or every
    // organisation's (/admin/credits/transactions), narrowed to one when orgId is given.
    struct LedgerScope
    {
        bool admin = false;
        QString orgId;
    };
    // A ledger page decoded straight into packed rows on the worker thread.
    void ledgerPage(
        const LedgerScope &scope, const QString &cursor, int limit, QObject *context, ApiDone<LedgerChunk> done);
    void orders(int limit, const QString &cursor, QObject *context, ApiDone<PageOf<CreditOrder>> done);
    void order(const QString &id, QObject *context, ApiDone<CreditOrder> done);
    void plans(QObject *context, ApiDone<QList<CreditPlan>> done);
    void currentSubscription(QObject *context, ApiDone<std::optional<CreditSubscription>> done);
    void checkin(QObject *context, ApiDone<CheckinResult> done);
    void createSession(const CreditSessionRequest &request, QObject *context, ApiDone<CheckoutRedirect> done);
    void portal(const QUrl &returnUrl, QObject *context, ApiDone<QUrl> done);

    // Admin
    struct MonthlyCredits
    {
        QString month;
        qint64 granted = 0;
        qint64 used = 0;
    };
    void summaryByMonth(QObject *context, ApiDone<QList<MonthlyCredits>> done);
    void organisations(const QString &search, QObject *context, ApiDone<QList<OrgSummary>> done);
    void adminPlans(QObject *context, ApiDone<QList<CreditPlan>> done);
    void createPlan(const CreditPlan &plan, const QString &idempotencyKey, QObject *context, ApiDone<CreditPlan> done);
    void updatePlan(const CreditPlan &plan, const QString &idempotencyKey, QObject *context, ApiDone<CreditPlan> done);
    void coupons(QObject *context, ApiDone<QList<Coupon>> done);
    void createCoupon(const CouponDraft &coupon, const QString &idempotencyKey, QObject *context, ApiDone<Coupon> done);
    void allTransactions(const QString &orgId, const QString &type, int limit, const QString &cursor, QObject *context,
        ApiDone<PageOf<CreditTransaction>> done);
    void adjust(const ManualAdjustment &adjustment, const QString &idempotencyKey, QObject *context,
        ApiDone<CreditTransaction> done);
    void checkinConfig(QObject *context, ApiDone<CheckinConfig> done);
    void setCheckinConfig(
        const CheckinConfig &config, const QString &idempotencyKey, QObject *context, ApiDone<CheckinConfig> done);

private:
    void transactionPage(const QString &path, QUrlQuery query, int limit, const QString &cursor, QObject *context,
        ApiDone<PageOf<CreditTransaction>> done);
    Mapper<QList<CreditPlan>> planListMapper() const;
    Mapper<CreditPlan> planAnswer(const CreditPlan &sent) const;
    static Mapper<CheckinConfig> checkinConfigMapper(std::optional<CheckinConfig> sent);
};

// Feeds a CreditLedgerModel from the credits connector.
class ConnectorLedgerSource : public QObject, public LedgerSource
{
    Q_OBJECT
public:
    ConnectorLedgerSource(
        CreditsConnector *connector, const CreditsConnector::LedgerScope &scope, QObject *parent = nullptr)
        : QObject(parent), m_connector(connector), m_scope(scope)
    { }
    void fetch(const QString &cursor, int limit, Done done) override;

signals:
    // Each page as it arrives: fetchedAt is valid when it came from the read cache.
    void pageFetched(const QDateTime &fetchedAt);

private:
    CreditsConnector *m_connector;
    CreditsConnector::LedgerScope m_scope;
};

// Tier billing (seed 004).
class TierBillingConnector : public Connector
{
    Q_OBJECT
public:
    explicit TierBillingConnector(ApiTransport *transport, QObject *parent = nullptr);
    void status(QObject *context, ApiDone<TierStatus> done);
    void checkout(TierPlan tier, QObject *context, ApiDone<QUrl> done);
    void portal(QObject *context, ApiDone<QUrl> done);
};

struct PlatformChargeCreated
{
    PlatformCharge charge;
    QUrl confirmUrl;
};

// Platform charges (seed 003), for one company and extension.
class PlatformChargesConnector : public Connector
{
    Q_OBJECT
public:
    PlatformChargesConnector(
        ApiTransport *transport, const QString &companyId, const QString &extensionId, QObject *parent = nullptr);
    void charges(QObject *context, ApiDone<QList<PlatformCharge>> done); // extension: all of this extension's charges
    void charge(const QString &id, QObject *context, ApiDone<PlatformCharge> done);
    void subscription(const QString &id, QObject *context, ApiDone<PlatformCharge> done);
    void cancelSubscription(
        const QString &id, const QString &idempotencyKey, QObject *context, ApiDone<PlatformCharge> done);
    void createOneTimeCharge(const OneTimeChargeDraft &charge, const QString &idempotencyKey, QObject *context,
        ApiDone<PlatformChargeCreated> done);
    void createSubscription(const QString &name, const QList<PlatformLineItem> &items, int trialDays, bool isTest,
        const QUrl &returnUrl, const QString &idempotencyKey, QObject *context, ApiDone<PlatformChargeCreated> done);

private:
    QString base() const;
    Mapper<PlatformCharge> chargeMapper() const;
    Mapper<PlatformChargeCreated> createdMapper() const;
    QString m_companyId;
    QString m_extensionId;
};

} // namespace bc
