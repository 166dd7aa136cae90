#pragma once

#include "credits.h"

namespace bc::sandbox {

// Credit orders and purchases: orders, plans, Stripe and Creem payment sessions, the billing portal,
// the providers' webhooks; the current subscription (an extension).
class CreditsOrdersController : public CreditsController
{
public:
    using CreditsController::CreditsController;
    void registerRoutes(Router &router) override;

private:
    HttpResponse orders(const HttpRequest &request);
    HttpResponse order(const HttpRequest &request);
    HttpResponse plans(const HttpRequest &request);
    HttpResponse currentSubscription(const HttpRequest &request);
    HttpResponse createSession(const HttpRequest &request);
    HttpResponse portal(const HttpRequest &request);
    HttpResponse stripeWebhook(const HttpRequest &request);
    HttpResponse creemWebhook(const HttpRequest &request);
};

} // namespace bc::sandbox
