#pragma once

#include "models/money.h"

#include <optional>

// The sandbox bills plan changes the way the providers do. The console never prorates: it shows
// the server's own preview, or the server's answer.
namespace bc {

// Time-based proration of a price change inside a billing period, as Stripe and Razorpay bill it:
// a credit for the unused part of the old price and a debit for the rest of the period at the new
// price. Each line is rounded on its own with Money::scaled; net is their exact sum.
struct Proration
{
    Money credit; // negative
    Money debit; // positive
    Money net;
};
std::optional<Proration> prorate(
    const Money &oldPrice, const Money &newPrice, qint64 periodStart, qint64 periodEnd, qint64 changeAt);

} // namespace bc
