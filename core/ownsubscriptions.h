#pragma once

#include "api/apierror.h"
#include "models/billingtypes.h"

#include <QDateTime>
#include <QList>

#include <functional>

class QObject;

namespace bc {

class Session;

// The caller's own organisation's subscriptions in every family the connection speaks: org
// billing's, the credits plan, the tier. The subscriptions pane and the customer page show them.
struct OwnSubscriptions
{
    QList<Subscription> rows;
    ApiError error; // org billing's read failed (the other families' failures leave their rows out)
    QDateTime fetchedAt; // the oldest cached answer among them (invalid: all fresh)
    bool creditsNotOffered = false; // the server has no credits subscription read (an extension)
};

void loadOwnSubscriptions(Session *session, QObject *context, std::function<void(const OwnSubscriptions &)> done);

} // namespace bc
