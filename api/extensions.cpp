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

QString extensionTitle(Extension e)
{
    switch (e) {
    case Extension::WhoAmI:
        return QCoreApplication::translate("Extension", "Who am I");
    case Extension::PlanList:
        return QCoreApplication::translate("Extension", "Plan list");
    case Extension::ProrationPreview:
        return QCoreApplication::translate("Extension", "Plan change preview");
    case Extension::CouponCheck:
        return QCoreApplication::translate("Extension", "Coupon check");
    case Extension::InvoiceList:
        return QCoreApplication::translate("Extension", "Invoice list");
    case Extension::InvoiceJson:
        return QCoreApplication::translate("Extension", "Invoice data");
    case Extension::PaymentList:
        return QCoreApplication::translate("Extension", "Payment list");
    case Extension::RevenueReport:
        return QCoreApplication::translate("Extension", "Revenue report");
    case Extension::CreditsSubscription:
        return QCoreApplication::translate("Extension", "Current subscription");
    case Extension::CustomerSearch:
        return QCoreApplication::translate("Extension", "Customer search");
    case Extension::CreditsSummary:
        return QCoreApplication::translate("Extension", "Credits summary");
    case Extension::ChargeList:
        return QCoreApplication::translate("Extension", "Charge list");
    }
    return {};
}

QString extensionKey(Extension e)
{
    switch (e) {
    case Extension::WhoAmI:
        return QStringLiteral("whoami");
    case Extension::PlanList:
        return QStringLiteral("plan_list");
    case Extension::ProrationPreview:
        return QStringLiteral("proration_preview");
    case Extension::CouponCheck:
        return QStringLiteral("coupon_check");
    case Extension::InvoiceList:
        return QStringLiteral("invoice_list");
    case Extension::InvoiceJson:
        return QStringLiteral("invoice_json");
    case Extension::PaymentList:
        return QStringLiteral("payment_list");
    case Extension::RevenueReport:
        return QStringLiteral("revenue_report");
    case Extension::CreditsSubscription:
        return QStringLiteral("credits_subscription");
    case Extension::CustomerSearch:
        return QStringLiteral("customer_search");
    case Extension::CreditsSummary:
        return QStringLiteral("credits_summary");
    case Extension::ChargeList:
        return QStringLiteral("charge_list");
    }
    return {};
}

} // namespace bc
