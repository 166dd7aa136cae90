#include "figures.h"

#include <algorithm>
#include <limits>

namespace bc {

namespace {

void addTo(Money *sum, const Money &amount, bool *tooLarge)
{
    if (!sum->isValid()) {
        *sum = amount;
        return;
    }
    if (const std::optional<Money> total = sum->plus(amount))
        *sum = *total;
    else
        *tooLarge = true;
}

} // namespace

SubscriptionFigures subscriptionFigures(const QList<Subscription> &subscriptions, QDate today)
{
    SubscriptionFigures out;
    const auto inThisMonth = [today](const QDateTime &t) {
        const QDate d = t.toLocalTime().date();
        return t.isValid() && d.year() == today.year() && d.month() == today.month();
    };
    for (const Subscription &s : subscriptions) {
        if (inThisMonth(s.createdAt))
            ++out.newThisMonth;
        if ((s.status == SubscriptionStatus::Cancelled || s.status == SubscriptionStatus::Expired)
            && inThisMonth(s.cancelledAt.isValid() ? s.cancelledAt : s.updatedAt))
            ++out.churnedThisMonth;
        const bool paying = s.status == SubscriptionStatus::Active || s.status == SubscriptionStatus::PastDue;
        if (s.status == SubscriptionStatus::Active && s.cancelAtPeriodEnd)
            ++out.cancelling;
        if (!paying || !s.amount.isValid())
            continue;
        auto it = std::find_if(out.currencies.begin(), out.currencies.end(),
            [&s](const CurrencyFigures &f) { return f.currency == s.amount.currency(); });
        if (it == out.currencies.end()) {
            CurrencyFigures f;
            f.currency = s.amount.currency();
            f.mrr = f.arr = f.pastDueAmount = Money::fromMinor(0, f.currency);
            out.currencies.append(f);
            it = out.currencies.end() - 1;
        }
        ++it->paying;
        const std::optional<Money> monthly =
            s.billingCycle == BillingCycle::Monthly ? std::optional(s.amount) : s.amount.scaled(1, 12);
        if (monthly)
            addTo(&it->mrr, *monthly, &it->tooLarge);
        else
            it->tooLarge = true;
        if (s.status == SubscriptionStatus::PastDue) {
            ++it->pastDue;
            addTo(&it->pastDueAmount, s.amount, &it->tooLarge);
        }
    }
    for (CurrencyFigures &f : out.currencies) {
        const std::optional<Money> yearly = f.mrr.times(12);
        if (yearly)
            f.arr = *yearly;
        else
            f.tooLarge = true;
    }
    std::sort(out.currencies.begin(), out.currencies.end(),
        [](const CurrencyFigures &a, const CurrencyFigures &b) { return a.currency < b.currency; });
    return out;
}

QList<qint64> niceTicks(qint64 highest, int wanted)
{
    highest = std::max<qint64>(highest, 1);
    wanted = std::clamp(wanted, 2, 20);
    // The smallest 1, 2 or 5 x 10^k step that reaches `highest` in `wanted` steps.
    const qint64 needed = highest / wanted + (highest % wanted != 0 ? 1 : 0); // no overflow near int64's top
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        bool found = false;
        for (qint64 m : {1, 2, 5}) {
            if (power > std::numeric_limits<qint64>::max() / 5)
                return {0, highest};
            step = m * power;
            if (step >= needed) {
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    QList<qint64> ticks;
    for (qint64 t = 0;; t += step) {
        ticks << t;
        if (t >= highest || t > std::numeric_limits<qint64>::max() - step)
            break;
    }
    return ticks;
}

} // namespace bc
