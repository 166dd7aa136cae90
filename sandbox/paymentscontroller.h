#pragma once

#include "controller.h"

namespace bc::sandbox {

// Org billing payments: the CSV export (documented); the list and revenue by month (extensions).
class PaymentsController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse exportCsv(const HttpRequest &request);
    HttpResponse revenueByMonth(const HttpRequest &request);
};

} // namespace bc::sandbox
