#pragma once

#include "money.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of the org billing family (seeds 000/001). Plain data: mapping from and to JSON lives
// in api/ (console) and sandbox/ (server); formatting for people lives in ui/.
namespace bc {

enum class Role { SuperAdmin, Owner, Admin, Support, Member, Unknown };
QString roleToString(Role role); // wire: "super_admin"
Role roleFromString(QStringView text);
QString roleDisplayName(Role role); // "Super Admin"

// The four API families (see docs/API.md); a company's billing server speaks one of them.
enum class Family { OrgBilling, Credits, Platform, Tier };

// The fixed vocabularies of the APIs; their wire words and the words people read are in words.h.
enum class PaymentStatus { Created, Authorized, Captured, Failed, Refunded, Other };
enum class PaymentMethod { Card, Upi, NetBanking, Wallet, Emandate, BankTransfer, Other };
enum class InvoiceStatus { Draft, Issued, Paid, PartiallyPaid, Cancelled, Expired, Void, Other };
enum class OrderType { Subscription, Credits, Other };
enum class OrderStatus { Pending, Paid, Failed, Cancelled, Refunded, Other };
enum class PaymentChannel { Stripe, Creem, Razorpay, Other };
enum class ChargeKind { OneTime, Subscription };
enum class ChargeStatus { Pending, Active, Declined, Cancelled, Frozen, Other };
enum class CouponKind { Percent, Amount };
enum class CouponDuration { Once, Repeating, Forever };
enum class CreditTransactionType { AiUsage, Purchase, SubscriptionGrant, Checkin, ManualAdjustment, Refund, Other };
// What happened to a subscription, as its history tells it (the sandbox's detail extension).
enum class SubscriptionEventKind {
    Activated,
    PlanChanged,
    CancelScheduled,
    Cancelled,
    Resumed,
    Renewed,
    PaymentFailed,
    Patched,
    Other
};
enum class AdjustmentReason { Goodwill, ServiceOutage, BillingError, Promotion, FraudReversal, Migration, Other };
enum class TierPlan { Free, Pro, Enterprise, Other };
enum class ChargeInterval { Month, Year, Other };

enum class BillingCycle { Monthly, Yearly };
QString billingCycleToString(BillingCycle cycle);
std::optional<BillingCycle> billingCycleFromString(QStringView text);

// Razorpay's subscription states (providers.md); "past_due" is kept for the families that use it.
enum class SubscriptionStatus {
    Created,
    Authenticated,
    Active,
    Pending,
    Halted,
    Cancelled,
    Completed,
    Expired,
    Paused,
    PastDue,
    Other, // a status this console does not know (shown as "Other", never a guess)
};
QString subscriptionStatusToString(SubscriptionStatus status);
std::optional<SubscriptionStatus> subscriptionStatusFromString(QStringView text);
QStringList subscriptionStatusNames();

struct Organisation
{
    QString id;
    QString name;
    QString email;
    QString gstin;
    QString stateCode;
};

struct Plan
{
    QString id;
    QString name;
    QString description;
    Money priceMonthly;
    Money priceYearly;
    bool active = true;

    Money price(BillingCycle cycle) const { return cycle == BillingCycle::Monthly ? priceMonthly : priceYearly; }
};

struct Subscription
{
    Family family = Family::OrgBilling; // which API family it comes from (and is managed through)
    QString id;
    QString orgId;
    QString orgName;
    QString planId;
    QString planName;
    SubscriptionStatus status = SubscriptionStatus::Created;
    BillingCycle billingCycle = BillingCycle::Monthly;
    Money amount;
    QDateTime currentPeriodStart;
    QDateTime currentPeriodEnd;
    bool cancelAtPeriodEnd = false;
    QDateTime cancelledAt;
    QString providerSubscriptionId;
    QString providerCustomerId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SubscriptionEvent
{
    QDateTime at;
    SubscriptionEventKind kind = SubscriptionEventKind::Other;
    QString actor; // user email
    QString reason;
    QString detail;
};

// A quantity with its own precision, exact: units / 10^scale (8.5 hours is {85, 1}). Never a
// double: read from its text, and multiplied into an amount by Money::scaled, rounded once.
struct Quantity
{
    static constexpr int kMaxScale = 6;
    qint64 units = 1;
    int scale = 0;

    Quantity() = default;
    Quantity(qint64 whole) : units(whole) { } // NOLINT: a whole quantity reads as a number
    // "3", "8.5", "0.125", "-2": digits with an optional sign and at most kMaxScale decimals.
    static std::optional<Quantity> parse(QStringView text);
    QString toWireString() const; // "8.5": as many decimals as it has
    QString toDisplayString(const QLocale &locale) const; // "8.5", "8,5", "1,250"
    // price x this, rounded half away from zero to a minor unit; nullopt when it leaves int64.
    std::optional<Money> times(const Money &price) const;
    bool isWhole() const { return scale == 0; }
    friend bool operator==(const Quantity &a, const Quantity &b) = default;
};

struct InvoiceLine
{
    QString description;
    QString hsnSac;
    Quantity quantity;
    Money unitPrice;
    Money discount;
    Money amount; // taxable value: quantity x unit price - discount
    // The line's GST rate (1800 = 18 %) when the invoice carries one per line: lines at different
    // rates are taxed and summarised each at its own. Unset on invoices taxed at one rate.
    std::optional<int> gstRateBasisPoints;
    QDateTime periodStart;
    QDateTime periodEnd;
};

struct InvoiceTax
{
    QString name; // "CGST", "SGST", "IGST", "VAT"
    int rateBasisPoints = 0; // 900 = 9 %
    Money amount;

    // "9.00" for 900 basis points: the wire form, and the printed one before its "%".
    QString rateText() const;
};

struct Invoice
{
    QString id;
    QString number;
    QString orgId;
    InvoiceStatus status{};
    QString currency;
    QDateTime issuedAt;
    QDateTime dueAt;
    QString subscriptionId;
    QString sellerName;
    QString sellerAddress;
    QString sellerGstin;
    QString sellerStateCode;
    QString buyerName;
    QString buyerAddress;
    QString buyerEmail;
    QString buyerGstin;
    QString buyerStateCode;
    QString placeOfSupply; // state code; empty outside India
    bool reverseCharge = false;
    QList<InvoiceLine> lines;
    QList<InvoiceTax> taxes;
    Money subtotal;
    Money discountTotal;
    Money taxTotal;
    Money roundOff; // Indian invoices round the total to the rupee
    Money total;
    Money amountPaid;
    Money amountDue;
    QStringList paymentReferences;
    QString notes;
    QString couponCode; // the coupon behind the discount, when there was one
    Money creditsApplied; // prepaid balance set against the total; zero when none
};

struct Payment
{
    QString id;
    QString orgId;
    QString orgName;
    QString invoiceId;
    QString providerPaymentId;
    QString providerOrderId;
    PaymentMethod method{};
    PaymentStatus status{};
    QString invoiceNumber;
    // Columns of a server's payments export the console has no field for, kept and shown as they came.
    QList<QPair<QString, QString>> extras;
    Money amount;
    QDateTime createdAt;
};

struct ProrationPreview
{
    QString currentPlanId;
    QString currentPlanName;
    BillingCycle currentCycle = BillingCycle::Monthly;
    QString proposedPlanId;
    QString proposedPlanName;
    BillingCycle billingCycle = BillingCycle::Monthly;
    Money tax;
    Money amountDueNow;
    Money creditCarriedForward;
    QDateTime newPeriodEnd;
    Money currentPrice;
    Money proposedPrice;
    Money credit;
    Money debit;
    Money net;
    QDateTime changeAt;
    QDateTime periodStart;
    QDateTime periodEnd;
};

} // namespace bc
