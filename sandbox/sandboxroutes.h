#pragma once

#include "controller.h"

namespace bc::sandbox {

// Moves the sandbox clock and runs what that causes: renewals, period ends, provider renewals.
void advanceAndBill(Context &ctx, qint64 seconds);

// The sandbox's own: health, and the sandbox clock a Super Admin moves forward (renewals, period ends).
class SandboxController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse health(const HttpRequest &request);
    HttpResponse clock(const HttpRequest &request);
    HttpResponse advanceClock(const HttpRequest &request);
};

} // namespace bc::sandbox
