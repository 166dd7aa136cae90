#include "familyrows.h"

#include "models/words.h"

namespace bc {

Subscription subscriptionFromCredits(const CreditSubscription &c, const QString &orgName)
{
    Subscription s;
    s.family = Family::Credits;
    s.id = c.id;
    s.orgName = orgName;
    s.planId = c.planId;
    s.planName = c.planName;
    s.status = c.status;
    s.billingCycle = c.billingCycle;
    s.amount = c.amount;
    s.currentPeriodStart = c.currentPeriodStart;
    s.currentPeriodEnd = c.currentPeriodEnd;
    s.cancelAtPeriodEnd = c.cancelAtPeriodEnd;
    return s;
}

std::optional<Subscription> subscriptionFromTier(const TierStatus &t, const QString &orgName)
{
    if (t.plan == TierPlan::Free)
        return std::nullopt;
    Subscription s;
    s.family = Family::Tier;
    s.id = QStringLiteral("tier:") + wireWord(t.plan);
    s.orgName = orgName;
    s.planId = wireWord(t.plan);
    s.planName = label(t.plan);
    s.status = t.status.value_or(SubscriptionStatus::Active);
    s.currentPeriodEnd = t.currentPeriodEnd;
    s.cancelAtPeriodEnd = t.cancelAtPeriodEnd;
    return s;
}

} // namespace bc
