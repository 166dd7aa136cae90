#pragma once

#include "controller.h"

namespace bc::sandbox {

// Tier billing (seed 004): the account's plan and status, a Stripe checkout for a tier, the customer
// portal, and Stripe's webhooks; the plain page the sandbox's own checkouts return to.
class TierBillingController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse status(const HttpRequest &request);
    HttpResponse checkout(const HttpRequest &request);
    HttpResponse portal(const HttpRequest &request);
    HttpResponse returnPage(const HttpRequest &request);
    HttpResponse webhook(const HttpRequest &request);
};

} // namespace bc::sandbox
