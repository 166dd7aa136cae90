#pragma once

#include <QSet>
#include <QString>

namespace bc {

// What a billing server may offer beyond its family's document (billing-sandbox offers all of
// them). The console uses one only once the server has shown it has it: a 404 or 405 to a call
// marked with an extension means "not offered", which the session remembers and panes say in
// words; it is never shown as an error.
enum class Extension {
    WhoAmI, // GET /api/auth/whoami: the key's user, role and organisation
    PlanList, // GET /api/billing/plans
    ProrationPreview, // POST /api/billing/plan-change/preview
    CouponCheck, // GET /api/billing/coupons/{code}/validate
    InvoiceList, // GET /api/billing/invoices
    InvoiceJson, // GET /api/billing/invoices/{id}
    PaymentList, // GET /api/billing/payments
    RevenueReport, // GET /api/billing/reports/revenue
    CreditsSubscription, // GET /subscription/current
    CustomerSearch, // GET /admin/orgs
    CreditsSummary, // GET /admin/credits/summary
    ChargeList, // GET …/charges
};

// What this server offers, as far as the session has learned it.
class Offers
{
public:
    bool offers(Extension e) const { return !m_missing.contains(e); }
    void markMissing(Extension e) { m_missing.insert(e); }
    void clear() { m_missing.clear(); }

private:
    QSet<Extension> m_missing;
};

// "an invoice list": what a sentence says the server does not offer, in the reader's language.
QString extensionName(Extension e);
QString extensionTitle(Extension e); // "Plan list", for lists of what a server offers
QString extensionKey(Extension e); // "plan_list", for JSON reports

} // namespace bc
