#include "proration.h"

namespace bc {

std::optional<Proration> prorate(
    const Money &oldPrice, const Money &newPrice, qint64 periodStart, qint64 periodEnd, qint64 changeAt)
{
    if (!oldPrice.isValid() || oldPrice.currency() != newPrice.currency())
        return std::nullopt;
    if (periodEnd <= periodStart || changeAt < periodStart || changeAt > periodEnd)
        return std::nullopt;
    const qint64 remaining = periodEnd - changeAt;
    const qint64 length = periodEnd - periodStart;
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
