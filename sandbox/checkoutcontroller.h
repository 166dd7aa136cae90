#pragma once

#include "controller.h"

namespace bc::sandbox {

// Org billing checkout: a Razorpay order for a plan (with a coupon), the payment confirmed by its
// signature; coupon checks before a checkout (an extension).
class CheckoutController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse create(const HttpRequest &request);
    HttpResponse confirm(const HttpRequest &request);
    HttpResponse validateCoupon(const HttpRequest &request);
};

} // namespace bc::sandbox
