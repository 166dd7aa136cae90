#pragma once

#include "context.h"

namespace bc::sandbox {

// One ledger entry. The ledger is append-only and the balance is kept beside it in the same
// transaction, so balance == SUM(amount) always holds.
struct CreditEntry
{
    QString orgId;
    QString type; // ai_usage, purchase, subscription_grant, checkin, manual_adjustment, refund
    qint64 amount = 0;
    QString description;
    QString reference; // unique when set: a grant tied to an event or order happens once
    qint64 at = 0; // 0: now
    QString operatorEmail;
    QString reasonCode;
    QString note;
    bool allowNegative = false;

    static CreditEntry make(const QString &orgId, const QString &type, qint64 amount, const QString &description,
        const QString &reference = {})
    {
        CreditEntry e;
        e.orgId = orgId;
        e.type = type;
        e.amount = amount;
        e.description = description;
        e.reference = reference;
        return e;
    }
};

// Appends the entry. Returns an empty optional on success, or why nothing was written:
// "duplicate" (reference already used), "negative" (balance would go below zero), "overflow".
std::optional<QString> postCredits(Context &ctx, const CreditEntry &entry, qint64 *balanceAfter = nullptr);
QJsonObject couponJson(const QVariantMap &coupon);

void registerCreditsRoutes(Router &router, Context &ctx);

} // namespace bc::sandbox
