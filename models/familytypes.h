#pragma once

#include "billingtypes.h"
#include "money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Value types of the credits service (seed 002), tier billing (seed 004) and platform charges
// (seed 003) families.
namespace bc {

// Credits are whole units, not money: a signed 64-bit count.
struct CreditTransaction
{
    QString id;
    CreditTransactionType type = CreditTransactionType::Other;
    qint64 amount = 0;
    qint64 balanceAfter = 0;
    bool balanceKnown = true; // false: the server's answer did not say the balance after
    QString description;
    QDateTime createdAt;
    QString orgId; // admin listings
    QString orgName;
    QString operatorEmail;
    std::optional<AdjustmentReason> reason; // manual adjustments
    QString note;
};

struct CreditPlan
{
    QString id;
    QString name;
    QString description;
    Money priceMonthly;
    Money priceYearly;
    qint64 creditsIncluded = 0;
    QStringList features;
    QString stripePriceMonthly; // admin view only
    QString stripePriceYearly;
    QString creemProductId;
    bool active = true;
};

struct CreditOrder
{
    QString id;
    OrderType type = OrderType::Other;
    QString planId;
    std::optional<BillingCycle> billingCycle;
    qint64 credits = 0;
    Money amount;
    PaymentChannel channel = PaymentChannel::Other;
    OrderStatus status = OrderStatus::Other;
    QDateTime createdAt;
    QDateTime paidAt;
};

struct CreditSubscription
{
    QString id;
    QString planId;
    QString planName;
    qint64 creditsIncluded = 0;
    PaymentChannel channel = PaymentChannel::Other;
    SubscriptionStatus status = SubscriptionStatus::Active;
    BillingCycle billingCycle = BillingCycle::Monthly;
    Money amount; // the plan's price for the cycle
    QDateTime currentPeriodStart;
    QDateTime currentPeriodEnd;
    bool cancelAtPeriodEnd = false;
};

struct Coupon
{
    QString code;
    CouponKind kind = CouponKind::Percent;
    int percentOffBasisPoints = 0;
    Money amountOff;
    CouponDuration duration = CouponDuration::Once;
    int durationInMonths = 0;
    QDateTime validFrom;
    QDateTime validUntil;
    qint64 maxRedemptions = -1; // -1: no limit
    qint64 redemptions = 0;
};

struct CheckinConfig
{
    bool enabled = true;
    qint64 credits = 0;
};

struct CheckinResult
{
    qint64 creditsAwarded = 0;
    qint64 balance = 0;
    QDate day;
};

struct ManualAdjustment
{
    QString orgId;
    qint64 amount = 0;
    AdjustmentReason reason = AdjustmentReason::Other;
    QString note;
    bool allowNegative = false;
};

// A customer as support finds them (/admin/orgs).
struct OrgSummary
{
    QString id;
    QString name;
    QString email;
    qint64 balance = 0;
    bool balanceKnown = true; // false: known only by id (the server has no customer search)
};

struct TierStatus
{
    TierPlan plan = TierPlan::Free;
    std::optional<SubscriptionStatus> status; // none on the free tier
    QDateTime currentPeriodEnd;
    bool cancelAtPeriodEnd = false;
};

struct PlatformLineItem
{
    QString id;
    QString name;
    QString term;
    Money price;
    std::optional<ChargeInterval> interval; // none for a one-time charge
    Money cappedAmount;
};

struct PlatformCharge
{
    QString id;
    ChargeKind kind = ChargeKind::OneTime;
    QString name;
    ChargeStatus status = ChargeStatus::Other;
    qint64 trialDays = 0;
    bool isTest = false;
    QList<PlatformLineItem> lineItems; // one for a one-time charge
    QDateTime activatedOn;
    QDateTime cancelledOn;
    QDateTime billingDate;
    QDateTime createdAt;
    qint64 version = 0;
};

} // namespace bc
