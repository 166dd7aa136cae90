#include "checkouthosts.h"

namespace bc {

QString providerName(CheckoutProvider provider)
{
    switch (provider) {
    case CheckoutProvider::Razorpay:
        return QStringLiteral("Razorpay");
    case CheckoutProvider::Stripe:
        return QStringLiteral("Stripe");
    case CheckoutProvider::Creem:
        return QStringLiteral("Creem");
    }
    return {};
}

QStringList providerOrigins(CheckoutProvider provider)
{
    switch (provider) {
    case CheckoutProvider::Razorpay:
        return {QStringLiteral("https://checkout.razorpay.com"), QStringLiteral("https://api.razorpay.com"),
            QStringLiteral("https://lumberjack.razorpay.com")};
    case CheckoutProvider::Stripe:
        return {QStringLiteral("https://checkout.stripe.com"), QStringLiteral("https://js.stripe.com"),
            QStringLiteral("https://m.stripe.network"), QStringLiteral("https://billing.stripe.com"),
            QStringLiteral("https://hooks.stripe.com")};
    case CheckoutProvider::Creem:
        return {QStringLiteral("https://www.creem.io"), QStringLiteral("https://creem.io")};
    }
    return {};
}

QList<CheckoutProvider> providersFor(Family family)
{
    switch (family) {
    case Family::OrgBilling:
        return {CheckoutProvider::Razorpay};
    case Family::Credits:
        return {CheckoutProvider::Stripe, CheckoutProvider::Creem};
    case Family::Tier:
        return {CheckoutProvider::Stripe};
    case Family::Platform:
        return {};
    }
    return {};
}

QString originOf(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host()
        + (url.port() >= 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
}

QStringList checkoutOrigins(Family family, const QUrl &server, const QUrl &start)
{
    QStringList origins{originOf(server)};
    if (start.isValid())
        origins << originOf(start);
    for (CheckoutProvider p : providersFor(family))
        origins << providerOrigins(p);
    origins.removeDuplicates();
    return origins;
}

} // namespace bc
