#pragma once

#include "models/billingtypes.h"
#include "models/drafts.h"
#include "models/familytypes.h"

#include <QJsonObject>

// The families' JSON (docs/API.md) to models/ types and typed drafts to request bodies: every wire
// key of the console is written here, once per resource. Strict about money: an amount that is not
// a wire string of the stated currency is an error, never a guess.
namespace bc::json {

struct Identity
{
    QString userId;
    QString email;
    QString name;
    Role role = Role::Unknown;
    QString orgId;
    QString orgName;
    QStringList families;
};

bool toIdentity(const QJsonObject &o, Identity *out, QString *error);
bool toSubscription(const QJsonObject &o, Subscription *out, QString *error);
bool toSubscriptionEvents(const QJsonObject &o, QList<SubscriptionEvent> *out, QString *error);
bool toPlan(const QJsonObject &o, Plan *out, QString *error);
bool toPayment(const QJsonObject &o, Payment *out, QString *error);
bool toInvoiceSummary(const QJsonObject &o, Invoice *out, QString *error);
bool toProrationPreview(const QJsonObject &o, ProrationPreview *out, QString *error);

// Credits service (seed 002)
bool toCreditTransaction(const QJsonObject &o, CreditTransaction *out, QString *error);
bool toCreditPlan(const QJsonObject &o, CreditPlan *out, QString *error);
bool toCreditOrder(const QJsonObject &o, CreditOrder *out, QString *error);
bool toCreditSubscription(const QJsonObject &o, CreditSubscription *out, QString *error);
bool toCoupon(const QJsonObject &o, Coupon *out, QString *error);
QJsonObject fromCreditPlan(const CreditPlan &plan); // create
QJsonObject fromCreditPlanChange(const CreditPlan &plan); // update: everything but the id and currency
QJsonObject fromCouponDraft(const CouponDraft &coupon);
QJsonObject fromManualAdjustment(const ManualAdjustment &adjustment);
QJsonObject fromCheckinConfig(const CheckinConfig &config);
// Org billing requests
QJsonObject fromSubscriptionPatch(const SubscriptionPatch &patch, const QString &reason);
// Tier billing (seed 004)
bool toTierStatus(const QJsonObject &o, TierStatus *out, QString *error);
// Platform charges (seed 003): a ChargeDetails or a SubscriptionChargeRes
bool toPlatformCharge(const QJsonObject &o, PlatformCharge *out, QString *error);
QJsonObject fromPlatformLineItem(const PlatformLineItem &item);

QDateTime parseTime(const QJsonValue &v);

} // namespace bc::json
