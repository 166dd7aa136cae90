#pragma once

#include "controller.h"

namespace bc::sandbox {

// The Stripe and Creem simulators' pages: hosted checkouts, the customer portal, and test hooks.
class ProviderSimulators : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse stripeCheckoutPage(const HttpRequest &request);
    HttpResponse stripeCheckoutOutcome(const HttpRequest &request);
    HttpResponse stripePortalPage(const HttpRequest &request);
    HttpResponse stripePortalReturn(const HttpRequest &request);
    HttpResponse stripePortalAction(const HttpRequest &request);
    HttpResponse stripeFailNextRenewal(const HttpRequest &request);
    HttpResponse creemCheckoutPage(const HttpRequest &request);
    HttpResponse creemCheckoutOutcome(const HttpRequest &request);
};

} // namespace bc::sandbox
