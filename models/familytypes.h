#pragma once

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
    QString type; // ai_usage, purchase, subscription_grant, checkin, manual_adjustment, refund
    qint64 amount = 0;
    qint64 balanceAfter = 0;
    QString description;
    QDateTime createdAt;
    QString orgId; // admin listings
    QString orgName;
    QString operatorEmail;
    QString reasonCode;
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
    QString type; // subscription, credits
    QString planId;
    QString billingCycle;
    qint64 credits = 0;
    Money amount;
    QString channel; // stripe, creem
    QString status; // pending, paid, failed
    QDateTime createdAt;
    QDateTime paidAt;
};

struct CreditSubscription
{
    QString id;
    QString planId;
    QString planName;
    qint64 creditsIncluded = 0;
    QString channel;
    QString status;
    QString billingCycle;
    Money amount; // the plan's price for the cycle
    QDateTime currentPeriodStart;
    QDateTime currentPeriodEnd;
    bool cancelAtPeriodEnd = false;
};

struct Coupon
{
    QString code;
    QString kind; // percent, amount
    int percentOffBasisPoints = 0;
    Money amountOff;
    QString duration; // once, repeating, forever
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
    QString reasonCode; // goodwill, service_outage, billing_error, promotion, fraud_reversal, migration, other
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
};

struct TierStatus
{
    QString plan; // free, pro, enterprise
    QString status; // empty on the free tier
    QDateTime currentPeriodEnd;
    bool cancelAtPeriodEnd = false;
};

struct PlatformLineItem
{
    QString id;
    QString name;
    QString term;
    Money price;
    QString interval; // month, year; empty for one-time
    Money cappedAmount;
};

struct PlatformCharge
{
    QString id;
    QString kind; // one_time, subscription
    QString name;
    QString status; // pending, active, declined, cancelled
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
