#pragma once

#include <QDialog>
#include <QStringList>
#include <QtPlugin>
#include <QUrl>
#include <QVariantMap>

#include <functional>

namespace bc {

// How a checkout ended: paid (the provider's result or the return address's query in params),
// failed (the provider's error in params), left on the cancel address, closed by the person, or
// returned: the page left the provider for the address the server chose (params["url"]); the
// server, asked again, says what happened.
struct CheckoutOutcome
{
    enum class Status { Paid, Failed, Cancelled, Closed, Returned };
    Status status = Status::Closed;
    QVariantMap params;
};

// What the embedded checkout is asked to run. The web view lives in a plugin
// (billing-checkout) so that QtWebEngine is loaded only when a checkout opens.
struct CheckoutRequest
{
    enum class Kind {
        Razorpay, // the bridge page runs the provider's checkout and reports through QWebChannel
        Redirect, // a hosted page (Stripe, Creem, platform confirm, portals); completion is a navigation
    };
    Kind kind = Kind::Redirect;
    QString title;
    QUrl startUrl; // Razorpay: the hosted checkout (sandbox); Redirect: the provider page
    QVariantMap razorpayOptions; // key, order_id, amount, … as checkout.js takes them
    QStringList allowedOrigins; // "http://127.0.0.1:8787": everything else is blocked
    QUrl successUrl; // Redirect: a navigation starting with this completes the flow
    QUrl cancelUrl; // Redirect: … and this abandons it
    // Redirect, when the server chooses the return pages itself (seed 004): the first main-frame
    // navigation that leaves the provider's page ends the flow as Returned, caught, never loaded.
    // Leaving is going to an origin not in providerOrigins (nor the start page's), or, on the
    // start page's origin, outside the start page's directory.
    bool returnsByLeaving = false;
    QStringList providerOrigins;
    // Called once, with how the checkout ended.
    std::function<void(const CheckoutOutcome &outcome)> onOutcome;
    // Called for every navigation the allow-list refused (tests, diagnostics).
    std::function<void(const QUrl &url)> onBlocked;
};

class CheckoutFactory
{
public:
    virtual ~CheckoutFactory() = default;
    virtual QDialog *createCheckout(const CheckoutRequest &request, QWidget *parent) = 0;
};

} // namespace bc

#define BC_CHECKOUT_FACTORY_IID "org.billingconsole.CheckoutFactory/1.0"
Q_DECLARE_INTERFACE(bc::CheckoutFactory, BC_CHECKOUT_FACTORY_IID)
