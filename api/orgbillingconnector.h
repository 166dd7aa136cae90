#pragma once

#include "connector.h"
#include "jsonmappers.h"
#include "pager.h"

#include <QDate>
#include <QJsonArray>

#include <optional>

namespace bc {

struct SubscriptionQuery
{
    std::optional<SubscriptionStatus> status;
    QString planId;
    QString text;
    int limit = 200;
    // Pages after the first ask for this many (growingPages: a server that refuses gets `limit`).
    int laterLimit = 0;
    QString after;
};

struct SubscriptionDetail
{
    Subscription subscription;
    QList<SubscriptionEvent> history;
};

struct DateRangeQuery
{
    QDate from;
    QDate to;
    // One organisation's rows, for platform roles (the sandbox's lists take it; a server that
    // ignores it answers with every organisation's, which the caller filters by orgId).
    QString orgId;
    int limit = 200;
    // Pages after the first ask for this many (growingPages: a server that refuses gets `limit`).
    int laterLimit = 0;
    QString after;
};

struct CheckoutOrder
{
    QString keyId;
    QString orderId;
    Money amount;
    QString name;
    QString description;
    QUrl checkoutUrl;
    // The options Razorpay's checkout.js takes (key, amount in subunits, currency, order_id, name,
    // description, prefill, notes), from what the server sent.
    QVariantMap checkoutOptions;
};

struct CouponCheck
{
    bool valid = false;
    QString message;
    Money listPrice;
    Money discount;
    Money priceAfterDiscount;
};

struct MonthlyAmount
{
    QString month; // yyyy-MM
    Money amount;
};

// The org billing family (seeds 000/001) as typed calls. Each call answers once, on the thread
// of `context`, and not at all if `context` is gone. JSON is parsed and mapped on a worker thread.
class OrgBillingConnector : public Connector
{
    Q_OBJECT
public:
    explicit OrgBillingConnector(ApiTransport *transport, QObject *parent = nullptr);

    void whoami(QObject *context, ApiDone<json::Identity> done);
    // nullopt (and no error) when the organisation has no subscription yet.
    void mySubscription(QObject *context, ApiDone<std::optional<Subscription>> done);
    void subscriptions(const SubscriptionQuery &query, QObject *context, ApiDone<PageOf<Subscription>> done);
    void subscription(const QString &id, QObject *context, ApiDone<SubscriptionDetail> done);
    void patchSubscription(const QString &id, const SubscriptionPatch &patch, const QString &reason,
        const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done);
    void plans(QObject *context, ApiDone<QList<Plan>> done);
    void previewPlanChange(const QString &planId, BillingCycle cycle, QObject *context, ApiDone<ProrationPreview> done);
    void changePlan(const QString &planId, BillingCycle cycle, const QString &reason, const QString &idempotencyKey,
        QObject *context, ApiDone<Subscription> done);
    void cancel(bool atPeriodEnd, const QString &reason, const QString &idempotencyKey, QObject *context,
        ApiDone<Subscription> done);
    void resume(const QString &reason, const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done);
    void createCheckout(const QString &planId, BillingCycle cycle, const QString &couponCode, QObject *context,
        ApiDone<CheckoutOrder> done);
    void confirmCheckout(const QString &orderId, const QString &paymentId, const QString &signature, QObject *context,
        ApiDone<Subscription> done);
    // The lists as pages for fetchAllPages(): the query's own cursor is replaced page by page.
    PageFetch<Subscription> subscriptionPages(const SubscriptionQuery &query);
    PageFetch<Invoice> invoicePages(const DateRangeQuery &range, std::optional<InvoiceStatus> status);
    PageFetch<Payment> paymentPages(const DateRangeQuery &range, std::optional<PaymentStatus> status);
    void invoices(const DateRangeQuery &query, std::optional<InvoiceStatus> status, QObject *context,
        ApiDone<PageOf<Invoice>> done);
    void invoice(const QString &id, QObject *context, ApiDone<Invoice> done);
    // `seen` (optional) is told the next page's cursor before this page's rows are decoded.
    void payments(const DateRangeQuery &query, std::optional<PaymentStatus> status, QObject *context,
        ApiDone<PageOf<Payment>> done, CursorSeen seen = {});
    // Streams the CSV into sink; the call reports progress and can be cancelled.
    ApiCall *exportPayments(const QDate &from, const QDate &to, QIODevice *sink, QObject *context, ApiDone<bool> done);
    // The payments of a date range read from that export, for servers without a payment list
    // (PaymentsExportReader): onPage gets rows as the file is read on a worker thread, and the
    // export's columns the console has no field for; done gets the outcome. Nothing is called
    // once `context` is gone; the download can be cancelled through the call.
    using ExportPage = std::function<void(const QList<Payment> &rows, const QStringList &extraColumns)>;
    ApiCall *paymentsFromExport(const QDate &from, const QDate &to, QObject *context, ExportPage onPage,
        std::function<void(const ApiError &error)> done);
    void validateCoupon(
        const QString &code, const QString &planId, BillingCycle cycle, QObject *context, ApiDone<CouponCheck> done);
    void revenueByMonth(QObject *context, ApiDone<QList<MonthlyAmount>> done);
    ApiCall *invoicePdf(const QString &id, QIODevice *sink, QObject *context, ApiDone<bool> done);

private:
    // The subscription a change answers with; one without an id when the answer has none.
    Mapper<Subscription> subscriptionMapper() const;
};

} // namespace bc
