#pragma once

#include "context.h"
#include "invoicing.h"
#include "listing.h"

#include "models/words.h"

#include <QJsonObject>
#include <QSqlQuery>

// The org billing family (seeds 000/001): what its controllers share — subscriptions and plans
// read from the database, coupons applied, checkouts completed once, scheduled renewals, and one
// serializer per answer shape.
namespace bc::sandbox {

// Activates the subscription, records the payment and issues the invoice for a paid checkout,
// exactly once. Call inside a transaction. Returns the subscription id.
QString completeCheckout(Context &ctx, const QString &orderId, const QString &paymentId, const QString &actor);

// What the sandbox clock moving forward causes: period-end cancellations, renewals with their
// invoices and payments (provider subscriptions renew in providersims).
void runScheduledBilling(Context &ctx);

inline constexpr std::initializer_list<Role> kAnyRole = {
    Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member};

inline constexpr std::initializer_list<Role> kOwnerAdmin = {Role::Owner, Role::Admin};

inline constexpr std::initializer_list<Role> kBillingReaders = {Role::SuperAdmin, Role::Owner, Role::Admin};

inline constexpr std::initializer_list<Role> kLedgerReaders = {
    Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support};

inline constexpr const char *kLiveStatuses = "('active', 'authenticated', 'past_due', 'pending', 'halted', 'paused')";

QString humanDate(qint64 secs);

qint64 periodEndFor(qint64 start, BillingCycle cycle);

void recordEvent(Context &ctx, const QString &subscriptionId, SubscriptionEventKind kind, const QString &actor,
    const QString &reason, const QString &detail);

// Subscriptions set to cancel at period end become cancelled once the sandbox clock passes it.
void settlePeriodEnds(Context &ctx);

std::optional<QVariantMap> currentSubscription(Context &ctx, const QString &orgId);

std::optional<QVariantMap> planRow(Context &ctx, const QString &id);

Money planPrice(const QVariantMap &plan, BillingCycle cycle);

struct CouponOutcome
{
    Money discount;
    std::optional<HttpResponse> error;
};

CouponOutcome applyCoupon(Context &ctx, const QString &code, const Money &price);

QJsonObject moneyBreakdown(const Money &list, const Money &discount, const TaxQuote &q);

// A payment as the list and the CSV export write it, from one table of fields: rows of
// paymentSelect() (which takes a WHERE, ORDER BY and LIMIT after it) are written straight into
// the answer's bytes, so a 10,000-row page costs about what the query does.
const QString &paymentSelect();
void appendPaymentJson(QByteArray &out, const RowView &row);
void appendPaymentCsv(QByteArray &out, const RowView &row);
QByteArray paymentCsvHeader();
enum PaymentColumn { PaymentIdColumn = 0, PaymentCreatedAtColumn = 1 };

QJsonObject invoiceSummaryJson(const QVariantMap &row);

QString actorOf(const HttpRequest &req);

} // namespace bc::sandbox
