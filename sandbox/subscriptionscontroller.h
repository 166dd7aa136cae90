#pragma once

#include "controller.h"

namespace bc::sandbox {

// Org billing subscriptions: the caller's own, every one (Super Admin), one with its history, a Super Admin's
// direct edit, plan changes with proration, cancel and resume; the plan list (an extension).
class SubscriptionsController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse plans(const HttpRequest &request);
    HttpResponse mine(const HttpRequest &request);
    HttpResponse list(const HttpRequest &request);
    HttpResponse one(const HttpRequest &request);
    HttpResponse patch(const HttpRequest &request);
    HttpResponse changePlan(const HttpRequest &request);
    HttpResponse previewPlanChange(const HttpRequest &request);
    HttpResponse planChange(const HttpRequest &request, bool previewOnly);
    HttpResponse cancel(const HttpRequest &request);
    HttpResponse resume(const HttpRequest &request);
    HttpResponse failNextRenewal(const HttpRequest &request);
};

} // namespace bc::sandbox
