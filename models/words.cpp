#include "words.h"

#include <QCoreApplication>

namespace bc {

QString translateWord(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

#define BC_WORDS(E, CONTEXT, ...)                                                                                      \
    std::span<const Word<E>> Vocabulary<E>::words()                                                                    \
    {                                                                                                                  \
        static constexpr Word<E> kWords[] = {__VA_ARGS__};                                                             \
        return kWords;                                                                                                 \
    }                                                                                                                  \
    const char *Vocabulary<E>::context()                                                                               \
    {                                                                                                                  \
        return CONTEXT;                                                                                                \
    }

BC_WORDS(Family, "Words", {Family::OrgBilling, "org_billing", QT_TRANSLATE_NOOP("Words", "Org billing")},
    {Family::Credits, "credits", QT_TRANSLATE_NOOP("Words", "Credits service")},
    {Family::Platform, "platform", QT_TRANSLATE_NOOP("Words", "Platform charges")},
    {Family::Tier, "tier", QT_TRANSLATE_NOOP("Words", "Tier billing")})

BC_WORDS(SubscriptionStatus, "Words", {SubscriptionStatus::Created, "created", QT_TRANSLATE_NOOP("Words", "Created")},
    {SubscriptionStatus::Authenticated, "authenticated", QT_TRANSLATE_NOOP("Words", "Authenticated")},
    {SubscriptionStatus::Active, "active", QT_TRANSLATE_NOOP("Words", "Active")},
    {SubscriptionStatus::Pending, "pending", QT_TRANSLATE_NOOP("Words", "Pending")},
    {SubscriptionStatus::Halted, "halted", QT_TRANSLATE_NOOP("Words", "Halted")},
    {SubscriptionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Words", "Cancelled")},
    {SubscriptionStatus::Completed, "completed", QT_TRANSLATE_NOOP("Words", "Completed")},
    {SubscriptionStatus::Expired, "expired", QT_TRANSLATE_NOOP("Words", "Expired")},
    {SubscriptionStatus::Paused, "paused", QT_TRANSLATE_NOOP("Words", "Paused")},
    {SubscriptionStatus::PastDue, "past_due", QT_TRANSLATE_NOOP("Words", "Past due")},
    {SubscriptionStatus::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(PaymentStatus, "Words", {PaymentStatus::Created, "created", QT_TRANSLATE_NOOP("Words", "Created")},
    {PaymentStatus::Authorized, "authorized", QT_TRANSLATE_NOOP("Words", "Authorised")},
    {PaymentStatus::Captured, "captured", QT_TRANSLATE_NOOP("Words", "Captured")},
    {PaymentStatus::Failed, "failed", QT_TRANSLATE_NOOP("Words", "Failed")},
    {PaymentStatus::Refunded, "refunded", QT_TRANSLATE_NOOP("Words", "Refunded")},
    {PaymentStatus::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(PaymentMethod, "Words", {PaymentMethod::Card, "card", QT_TRANSLATE_NOOP("Words", "Card")},
    {PaymentMethod::Upi, "upi", QT_TRANSLATE_NOOP("Words", "UPI")},
    {PaymentMethod::NetBanking, "netbanking", QT_TRANSLATE_NOOP("Words", "Net banking")},
    {PaymentMethod::Wallet, "wallet", QT_TRANSLATE_NOOP("Words", "Wallet")},
    {PaymentMethod::Emandate, "emandate", QT_TRANSLATE_NOOP("Words", "e-Mandate")},
    {PaymentMethod::BankTransfer, "bank_transfer", QT_TRANSLATE_NOOP("Words", "Bank transfer")},
    {PaymentMethod::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

// Invoice words print on invoices too: their context is the invoice's.
BC_WORDS(InvoiceStatus, "Invoice", {InvoiceStatus::Draft, "draft", QT_TRANSLATE_NOOP("Invoice", "Draft")},
    {InvoiceStatus::Issued, "issued", QT_TRANSLATE_NOOP("Invoice", "Issued")},
    {InvoiceStatus::Paid, "paid", QT_TRANSLATE_NOOP("Invoice", "Paid")},
    {InvoiceStatus::PartiallyPaid, "partially_paid", QT_TRANSLATE_NOOP("Invoice", "Partially paid")},
    {InvoiceStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Invoice", "Cancelled")},
    {InvoiceStatus::Expired, "expired", QT_TRANSLATE_NOOP("Invoice", "Expired")},
    {InvoiceStatus::Void, "void", QT_TRANSLATE_NOOP("Invoice", "Void")},
    {InvoiceStatus::Other, "", QT_TRANSLATE_NOOP("Invoice", "Other")})

BC_WORDS(OrderType, "Words", {OrderType::Subscription, "subscription", QT_TRANSLATE_NOOP("Words", "Subscription")},
    {OrderType::Credits, "credits", QT_TRANSLATE_NOOP("Words", "Credits")},
    {OrderType::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(OrderStatus, "Words", {OrderStatus::Pending, "pending", QT_TRANSLATE_NOOP("Words", "Pending")},
    {OrderStatus::Paid, "paid", QT_TRANSLATE_NOOP("Words", "Paid")},
    {OrderStatus::Failed, "failed", QT_TRANSLATE_NOOP("Words", "Failed")},
    {OrderStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Words", "Cancelled")},
    {OrderStatus::Refunded, "refunded", QT_TRANSLATE_NOOP("Words", "Refunded")},
    {OrderStatus::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(PaymentChannel, "Words", {PaymentChannel::Stripe, "stripe", QT_TRANSLATE_NOOP("Words", "Stripe")},
    {PaymentChannel::Creem, "creem", QT_TRANSLATE_NOOP("Words", "Creem")},
    {PaymentChannel::Razorpay, "razorpay", QT_TRANSLATE_NOOP("Words", "Razorpay")},
    {PaymentChannel::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(ChargeKind, "Words", {ChargeKind::OneTime, "one_time", QT_TRANSLATE_NOOP("Words", "One-time")},
    {ChargeKind::Subscription, "subscription", QT_TRANSLATE_NOOP("Words", "Subscription")})

BC_WORDS(ChargeStatus, "Words", {ChargeStatus::Pending, "pending", QT_TRANSLATE_NOOP("Words", "Waiting for approval")},
    {ChargeStatus::Active, "active", QT_TRANSLATE_NOOP("Words", "Active")},
    {ChargeStatus::Declined, "declined", QT_TRANSLATE_NOOP("Words", "Declined")},
    {ChargeStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Words", "Cancelled")},
    {ChargeStatus::Frozen, "frozen", QT_TRANSLATE_NOOP("Words", "Frozen")},
    {ChargeStatus::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(CouponKind, "Words", {CouponKind::Percent, "percent", QT_TRANSLATE_NOOP("Words", "Percent off")},
    {CouponKind::Amount, "amount", QT_TRANSLATE_NOOP("Words", "Amount off")})

BC_WORDS(CouponDuration, "Words", {CouponDuration::Once, "once", QT_TRANSLATE_NOOP("Words", "Once")},
    {CouponDuration::Repeating, "repeating", QT_TRANSLATE_NOOP("Words", "Repeating")},
    {CouponDuration::Forever, "forever", QT_TRANSLATE_NOOP("Words", "Forever")})

BC_WORDS(CreditTransactionType, "Words",
    {CreditTransactionType::AiUsage, "ai_usage", QT_TRANSLATE_NOOP("Words", "AI usage")},
    {CreditTransactionType::Purchase, "purchase", QT_TRANSLATE_NOOP("Words", "Purchase")},
    {CreditTransactionType::SubscriptionGrant, "subscription_grant", QT_TRANSLATE_NOOP("Words", "Plan grant")},
    {CreditTransactionType::Checkin, "checkin", QT_TRANSLATE_NOOP("Words", "Check-in")},
    {CreditTransactionType::ManualAdjustment, "manual_adjustment", QT_TRANSLATE_NOOP("Words", "Manual adjustment")},
    {CreditTransactionType::Refund, "refund", QT_TRANSLATE_NOOP("Words", "Refund")},
    {CreditTransactionType::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(SubscriptionEventKind, "Words",
    {SubscriptionEventKind::Activated, "activated", QT_TRANSLATE_NOOP("Words", "Subscription started")},
    {SubscriptionEventKind::PlanChanged, "plan_changed", QT_TRANSLATE_NOOP("Words", "Plan changed")},
    {SubscriptionEventKind::CancelScheduled, "cancel_scheduled",
        QT_TRANSLATE_NOOP("Words", "Cancellation at period end")},
    {SubscriptionEventKind::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Words", "Cancelled")},
    {SubscriptionEventKind::Resumed, "resumed", QT_TRANSLATE_NOOP("Words", "Resumed")},
    {SubscriptionEventKind::Renewed, "renewed", QT_TRANSLATE_NOOP("Words", "Renewed")},
    {SubscriptionEventKind::PaymentFailed, "payment_failed", QT_TRANSLATE_NOOP("Words", "Payment failed")},
    {SubscriptionEventKind::Patched, "patched", QT_TRANSLATE_NOOP("Words", "Edited by an administrator")},
    {SubscriptionEventKind::Other, "", QT_TRANSLATE_NOOP("Words", "Other change")})

BC_WORDS(AdjustmentReason, "Words", {AdjustmentReason::Goodwill, "goodwill", QT_TRANSLATE_NOOP("Words", "Goodwill")},
    {AdjustmentReason::ServiceOutage, "service_outage", QT_TRANSLATE_NOOP("Words", "Service outage")},
    {AdjustmentReason::BillingError, "billing_error", QT_TRANSLATE_NOOP("Words", "Billing error")},
    {AdjustmentReason::Promotion, "promotion", QT_TRANSLATE_NOOP("Words", "Promotion")},
    {AdjustmentReason::FraudReversal, "fraud_reversal", QT_TRANSLATE_NOOP("Words", "Fraud reversal")},
    {AdjustmentReason::Migration, "migration", QT_TRANSLATE_NOOP("Words", "Migration")},
    {AdjustmentReason::Other, "other", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(TierPlan, "Words", {TierPlan::Free, "free", QT_TRANSLATE_NOOP("Words", "Free")},
    {TierPlan::Pro, "pro", QT_TRANSLATE_NOOP("Words", "Pro")},
    {TierPlan::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Words", "Enterprise")},
    {TierPlan::Other, "", QT_TRANSLATE_NOOP("Words", "Other")})

BC_WORDS(ChargeInterval, "Words", {ChargeInterval::Month, "month", QT_TRANSLATE_NOOP("Words", "a month")},
    {ChargeInterval::Year, "year", QT_TRANSLATE_NOOP("Words", "a year")},
    {ChargeInterval::Other, "", QT_TRANSLATE_NOOP("Words", "per period")})

BC_WORDS(BillingCycle, "Words", {BillingCycle::Monthly, "monthly", QT_TRANSLATE_NOOP("Words", "Monthly")},
    {BillingCycle::Yearly, "yearly", QT_TRANSLATE_NOOP("Words", "Yearly")})

#undef BC_WORDS

} // namespace bc
