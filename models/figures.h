#pragma once

#include "billingtypes.h"
#include "money.h"

#include <QDate>
#include <QList>

namespace bc {

// What a finance person reads first, from the subscriptions listed, per currency (never rupees
// added to dollars): recurring revenue a month and a year (a yearly plan counts a twelfth a
// month, rounded half away from zero once), the subscriptions paying, and what is past due.
struct CurrencyFigures
{
    QString currency;
    Money mrr; // active and past-due subscriptions, a month
    Money arr; // twelve times the MRR
    int paying = 0; // active and past due
    int pastDue = 0;
    Money pastDueAmount; // a period's price of each past-due subscription
    bool tooLarge = false; // a sum left int64: no figure is shown rather than a wrong one
};

struct SubscriptionFigures
{
    QList<CurrencyFigures> currencies; // by currency code
    int newThisMonth = 0; // created in today's month
    int churnedThisMonth = 0; // cancelled (ended) in today's month
    int cancelling = 0; // active, set to cancel at period end
};

// `today` is the reader's date; months are the reader's calendar months.
SubscriptionFigures subscriptionFigures(const QList<Subscription> &subscriptions, QDate today);

// Round, evenly spaced ticks from zero up to at least `highest` (about `wanted` of them): 1, 2 or
// 5 times a power of ten; whole numbers always (counts and whole currency units).
QList<qint64> niceTicks(qint64 highest, int wanted = 5);

} // namespace bc
