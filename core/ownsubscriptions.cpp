#include "ownsubscriptions.h"

#include "session.h"

#include "api/familyconnectors.h"
#include "api/familyrows.h"
#include "api/orgbillingconnector.h"

#include <memory>

namespace bc {

namespace {

void noteFetched(OwnSubscriptions *own, const QDateTime &fetchedAt)
{
    if (fetchedAt.isValid() && (!own->fetchedAt.isValid() || fetchedAt < own->fetchedAt))
        own->fetchedAt = fetchedAt;
}

void withTier(Session *session, QObject *context, std::shared_ptr<OwnSubscriptions> own,
    std::function<void(const OwnSubscriptions &)> done)
{
    if (!session->tierBilling()) {
        done(*own);
        return;
    }
    session->tierBilling()->status(context, [session, own, done](const ApiResult<TierStatus> &t) {
        if (t.ok()) {
            noteFetched(own.get(), t.fetchedAt);
            if (const auto tier = subscriptionFromTier(t.value, session->identity().orgName))
                own->rows.append(*tier);
        }
        done(*own);
    });
}

void withCredits(Session *session, QObject *context, std::shared_ptr<OwnSubscriptions> own,
    std::function<void(const OwnSubscriptions &)> done)
{
    if (!session->credits()) {
        withTier(session, context, own, done);
        return;
    }
    session->credits()->currentSubscription(
        context, [session, context, own, done](const ApiResult<std::optional<CreditSubscription>> &c) {
            own->creditsNotOffered = c.error.isNotOffered();
            if (c.ok() && c.value) {
                noteFetched(own.get(), c.fetchedAt);
                own->rows.append(subscriptionFromCredits(*c.value, session->identity().orgName));
            }
            withTier(session, context, own, done);
        });
}

} // namespace

void loadOwnSubscriptions(Session *session, QObject *context, std::function<void(const OwnSubscriptions &)> done)
{
    auto own = std::make_shared<OwnSubscriptions>();
    if (!session->orgBilling()) {
        withCredits(session, context, own, done);
        return;
    }
    session->orgBilling()->mySubscription(
        context, [session, context, own, done](const ApiResult<std::optional<Subscription>> &r) {
            if (!r.ok()) {
                own->error = r.error;
                done(*own);
                return;
            }
            noteFetched(own.get(), r.fetchedAt);
            if (r.value)
                own->rows.append(*r.value);
            withCredits(session, context, own, done);
        });
}

} // namespace bc
