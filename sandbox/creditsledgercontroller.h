#pragma once

#include "credits.h"

namespace bc::sandbox {

// The credit ledger: the caller's balance and transactions, every organisation's (Super Admin,
// Support), manual adjustments with a reason, the daily check-in; customer search and the monthly
// summary (extensions).
class CreditsLedgerController : public CreditsController
{
public:
    using CreditsController::CreditsController;
    void registerRoutes(Router &router) override;

private:
    HttpResponse balance(const HttpRequest &request);
    HttpResponse transactions(const HttpRequest &request);
    HttpResponse checkin(const HttpRequest &request);
    HttpResponse allTransactions(const HttpRequest &request);
    HttpResponse adjust(const HttpRequest &request);
    HttpResponse organisations(const HttpRequest &request);
    HttpResponse summaryByMonth(const HttpRequest &request);
};

} // namespace bc::sandbox
