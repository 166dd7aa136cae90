#pragma once

#include "controller.h"

namespace bc::sandbox {

// Org billing invoices: the PDF of one (documented); the list and the invoice JSON (extensions).
class InvoicesController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &router) override;

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse one(const HttpRequest &request);
    HttpResponse pdf(const HttpRequest &request);
    // The invoice the path names, if the caller may see it; otherwise *error is the 404.
    std::optional<Invoice> invoiceFor(const HttpRequest &request, std::optional<HttpResponse> *error);
};

} // namespace bc::sandbox
