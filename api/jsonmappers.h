#pragma once

#include "models/billingtypes.h"
#include "models/familytypes.h"

#include <QJsonObject>

// The org billing family's JSON (docs/API.md) to models/ types. Strict about money: an amount
// that is not a wire string of the stated currency is an error, never a guess.
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
QJsonObject fromCreditPlan(const CreditPlan &plan); // for create and update
// Tier billing (seed 004)
bool toTierStatus(const QJsonObject &o, TierStatus *out, QString *error);
// Platform charges (seed 003): a ChargeDetails or a SubscriptionChargeRes
bool toPlatformCharge(const QJsonObject &o, PlatformCharge *out, QString *error);
QJsonObject fromPlatformLineItem(const PlatformLineItem &item);

QDateTime parseTime(const QJsonValue &v);

} // namespace bc::json
