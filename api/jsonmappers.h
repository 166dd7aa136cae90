#pragma once

#include "wirejson.h"

#include "models/billingtypes.h"
#include "models/drafts.h"
#include "models/familytypes.h"

#include <QJsonObject>
#include <QVariantMap>

// The families' answers to models/ types, and typed drafts to request bodies: every wire key of
// the console is written here, once per resource. Reading is lenient where servers written from
// the same document differ (any spelling of a field, optional fields absent or null, extra fields,
// a status word the console does not know reads as Other) and strict where money is concerned: an
// amount that cannot be exact in its currency is an error naming the field, never a guess.
namespace bc::json {

using wire::AmountConvention;
using wire::Object;

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

bool toIdentity(const Object &o, Identity *out, QString *error);

// Org billing (seeds 000/001)
bool toSubscription(const Object &o, const AmountConvention &c, Subscription *out, QString *error);
bool toSubscriptionEvents(const Object &o, QList<SubscriptionEvent> *out, QString *error);
bool toPlan(const Object &o, const AmountConvention &c, Plan *out, QString *error);
// One mapping, two readers: a parsed object, or a row of a list page read straight from its text.
bool toPayment(const Object &o, const AmountConvention &c, Payment *out, QString *error);
bool toPayment(const wire::Row &o, const AmountConvention &c, Payment *out, QString *error);
bool toInvoiceSummary(const Object &o, const AmountConvention &c, Invoice *out, QString *error);
bool toProrationPreview(const Object &o, const AmountConvention &c, ProrationPreview *out, QString *error);
QJsonObject fromSubscriptionPatch(const SubscriptionPatch &patch, const QString &reason);

// Credits service (seed 002): its answers come in {"success", "data"}; prices are bare numbers.
bool toCreditTransaction(const Object &o, CreditTransaction *out, QString *error);
bool toCreditPlan(const Object &o, const AmountConvention &c, CreditPlan *out, QString *error);
bool toCreditOrder(const Object &o, const AmountConvention &c, CreditOrder *out, QString *error);
bool toCreditSubscription(const Object &o, const AmountConvention &c, CreditSubscription *out, QString *error);
bool toCoupon(const Object &o, const AmountConvention &c, Coupon *out, QString *error);
bool toCheckinResult(const Object &o, CheckinResult *out, QString *error);
bool toCheckinConfig(const Object &o, CheckinConfig *out, QString *error);
bool toOrgSummary(const Object &o, OrgSummary *out, QString *error);
// Prices in the connection's units, as the document shows them (numbers).
QJsonObject fromCreditPlan(const CreditPlan &plan, const AmountConvention &c); // create
QJsonObject fromCreditPlanChange(const CreditPlan &plan, const AmountConvention &c); // update: all but id
QJsonObject fromCouponDraft(const CouponDraft &coupon);
QJsonObject fromManualAdjustment(const ManualAdjustment &adjustment);
QJsonObject fromCheckinConfig(const CheckinConfig &config);

// Tier billing (seed 004): both documented shapes (subscribed, and the free tier's nulls).
bool toTierStatus(const Object &o, TierStatus *out, QString *error);

// Platform charges (seed 003): a ChargeDetails or a SubscriptionChargeRes.
bool toPlatformCharge(const Object &o, const AmountConvention &c, PlatformCharge *out, QString *error);
QJsonObject fromPlatformLineItem(const PlatformLineItem &item, const AmountConvention &c);

// A redirect an answer carries (a checkout, a portal, a confirm page), whatever it calls it.
QUrl redirectIn(const QCborValue &root);
// A value of an answer handed on as it came (checkout.js options: prefill, notes).
QVariantMap variantMap(const QCborValue &value);

} // namespace bc::json
