#pragma once

#include "controller.h"

namespace bc::sandbox {

// The providers' downloadable reports, as the Razorpay and Stripe simulators would offer them: a
// settlement reconciliation report (Razorpay) and an itemised balance change report (Stripe) of the
// payments the sandbox took through that provider in a date range, so reconciliation can be tried
// and tested end to end. `inject=` adds known discrepancies (listed in the X-Sim-Injected header):
// missing, amount, currency, status, unknown, outside, twice, refund, or all.
class ProviderReports : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse razorpay(const HttpRequest &request);
    HttpResponse stripe(const HttpRequest &request);
    HttpResponse report(const HttpRequest &request, bool stripe);
};

} // namespace bc::sandbox
