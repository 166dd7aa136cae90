#pragma once

#include "billingtypes.h"
#include "familytypes.h"

#include <QByteArray>
#include <QDate>
#include <QUrl>

#include <optional>

// Changes a person prepares in a dialog, as typed values. api/ turns each into the request body
// of its family (wire keys live there, once per resource); the dialogs never see JSON. The
// fingerprint of a draft is what its idempotency key follows: the same draft sent again reuses
// the key (the server applies it once), a changed draft gets a new one.
namespace bc {

struct CouponDraft
{
    QString code;
    CouponKind kind = CouponKind::Percent;
    int percentOffBasisPoints = 0; // 2500 = 25 %
    Money amountOff; // CouponKind::Amount
    CouponDuration duration = CouponDuration::Once;
    int durationInMonths = 0; // CouponDuration::Repeating
    QDate validUntil;
    qint64 maxRedemptions = 0; // 0: no limit
};

// A Super Admin's direct edit: only what changed is set.
struct SubscriptionPatch
{
    std::optional<SubscriptionStatus> status;
    std::optional<QString> planId;
    std::optional<BillingCycle> billingCycle;
    std::optional<bool> cancelAtPeriodEnd;
    bool isEmpty() const { return !status && !planId && !billingCycle && !cancelAtPeriodEnd; }
};

struct OneTimeChargeDraft
{
    QString name;
    PlatformLineItem item;
    bool isTest = true;
    QUrl returnUrl;
};

QByteArray fingerprint(const CouponDraft &draft);
QByteArray fingerprint(const SubscriptionPatch &patch, const QString &reason);
QByteArray fingerprint(const ManualAdjustment &adjustment);
QByteArray fingerprint(const CheckinConfig &config);
QByteArray fingerprint(const CreditPlan &plan);
QByteArray fingerprint(const OneTimeChargeDraft &draft);

} // namespace bc
