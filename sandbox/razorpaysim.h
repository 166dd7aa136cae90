#pragma once

#include "controller.h"

namespace bc::sandbox {

// Razorpay-style order through the provider simulator (used by checkout).
QString createRazorpayOrder(Context &ctx, qint64 amountSubunits, const QString &currency, const QJsonObject &notes);

// The Razorpay simulator: orders, the hosted test checkout that pays or declines and signs the
// result as Razorpay does, and Razorpay's webhooks to the org billing family.
class RazorpaySimulator : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse order(const HttpRequest &request);
    HttpResponse checkoutPage(const HttpRequest &request);
    HttpResponse pay(const HttpRequest &request);
    HttpResponse webhook(const HttpRequest &request);
};

} // namespace bc::sandbox
