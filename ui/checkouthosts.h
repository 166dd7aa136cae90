#pragma once

#include "models/billingtypes.h"

#include <QList>
#include <QStringList>
#include <QUrl>

namespace bc {

// The payment providers whose hosted pages the embedded checkout may show, and the origins each
// one needs (its checkout, its scripts, its portal). A checkout's allow-list is its provider's
// origins, the billing server's own and the page it starts on; everything else is blocked.
enum class CheckoutProvider { Razorpay, Stripe, Creem };

QString providerName(CheckoutProvider provider);
QStringList providerOrigins(CheckoutProvider provider);
// The providers a family's checkouts go through (seed 000: Razorpay; 002: Stripe and Creem;
// 004: Stripe; 003: none, the platform's confirm page is on the billing server).
QList<CheckoutProvider> providersFor(Family family);
// "https://host[:port]"
QString originOf(const QUrl &url);
// Everything a checkout of this family, on this server, may load.
QStringList checkoutOrigins(Family family, const QUrl &server, const QUrl &start = {});

} // namespace bc
