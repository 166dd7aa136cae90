#include "extensions.h"

#include <QCoreApplication>

namespace bc {

QString extensionName(Extension e)
{
    switch (e) {
    case Extension::WhoAmI:
        return QCoreApplication::translate("Extension", "a “who am I” for API keys");
    case Extension::PlanList:
        return QCoreApplication::translate("Extension", "a list of plans");
    case Extension::ProrationPreview:
        return QCoreApplication::translate("Extension", "a preview of what a plan change costs");
    case Extension::CouponCheck:
        return QCoreApplication::translate("Extension", "coupon checks before a checkout");
    case Extension::InvoiceList:
        return QCoreApplication::translate("Extension", "a list of invoices");
    case Extension::InvoiceJson:
        return QCoreApplication::translate("Extension", "invoices as data (only as PDF)");
    case Extension::PaymentList:
        return QCoreApplication::translate("Extension", "a list of payments (only the CSV export)");
    case Extension::RevenueReport:
        return QCoreApplication::translate("Extension", "a revenue report");
    case Extension::CreditsSubscription:
        return QCoreApplication::translate("Extension", "the current credits subscription");
    case Extension::CustomerSearch:
        return QCoreApplication::translate("Extension", "a customer search");
    case Extension::CreditsSummary:
        return QCoreApplication::translate("Extension", "a monthly credits summary");
    case Extension::ChargeList:
        return QCoreApplication::translate("Extension", "a list of charges");
    }
    return {};
}

} // namespace bc
