#pragma once

#include "credits.h"

namespace bc::sandbox {

// The credits family's admin catalogue: plans, coupons and the check-in configuration (Super Admin).
class CreditsAdminController : public CreditsController
{
public:
    using CreditsController::CreditsController;
    void registerRoutes(Router &router) override;

private:
    HttpResponse plans(const HttpRequest &request);
    HttpResponse createPlan(const HttpRequest &request);
    HttpResponse updatePlan(const HttpRequest &request);
    HttpResponse coupons(const HttpRequest &request);
    HttpResponse createCoupon(const HttpRequest &request);
    HttpResponse checkinConfig(const HttpRequest &request);
    HttpResponse setCheckinConfig(const HttpRequest &request);
    HttpResponse savePlan(const HttpRequest &request, const QString &existingId);
};

} // namespace bc::sandbox
