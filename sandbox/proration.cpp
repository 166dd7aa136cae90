#include "proration.h"

#include <QtNumeric>

namespace bc {

std::optional<Proration> prorate(
    const Money &oldPrice, const Money &newPrice, qint64 periodStart, qint64 periodEnd, qint64 changeAt)
{
    if (!oldPrice.isValid() || oldPrice.currency() != newPrice.currency())
        return std::nullopt;
    if (periodEnd <= periodStart || changeAt < periodStart || changeAt > periodEnd)
        return std::nullopt;
    qint64 remaining = 0, length = 0; // a period longer than int64 seconds is refused, not wrapped
    if (qSubOverflow(periodEnd, changeAt, &remaining) || qSubOverflow(periodEnd, periodStart, &length))
        return std::nullopt;
    const auto unused = oldPrice.scaled(remaining, length);
    const auto debit = newPrice.scaled(remaining, length);
    if (!unused || !debit)
        return std::nullopt;
    const auto credit = unused->negated();
    if (!credit)
        return std::nullopt;
    const auto net = debit->plus(*credit);
    if (!net)
        return std::nullopt;
    return Proration{*credit, *debit, *net};
}

} // namespace bc
