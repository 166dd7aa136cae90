#pragma once

#include "controller.h"

namespace bc::sandbox {

// Platform charges (seed 003) of a company and extension: charges and subscription charges, one-time
// and subscription charges created, subscription charges cancelled; the list of charges (an
// extension); the hosted confirm page where the company approves.
class PlatformChargesController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse charge(const HttpRequest &request);
    HttpResponse subscription(const HttpRequest &request);
    HttpResponse cancel(const HttpRequest &request);
    HttpResponse createOneTime(const HttpRequest &request);
    HttpResponse createSubscription(const HttpRequest &request);
    HttpResponse confirmPage(const HttpRequest &request);
    HttpResponse confirmAction(const HttpRequest &request);
};

} // namespace bc::sandbox
