#pragma once

#include "models/billingtypes.h"
#include "models/familytypes.h"

#include <optional>

namespace bc {

// The other families' subscriptions as rows beside the org billing ones (the subscriptions pane
// and the dashboard list them together; each is managed through its own family).
Subscription subscriptionFromCredits(const CreditSubscription &credits, const QString &orgName);
// Nothing on the free tier: there is no subscription to show.
std::optional<Subscription> subscriptionFromTier(const TierStatus &tier, const QString &orgName);

} // namespace bc
