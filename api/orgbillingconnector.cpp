#include "orgbillingconnector.h"

#include "paymentsexport.h"

#include "models/invoicejson.h"
#include "models/words.h"

#include <QTemporaryFile>

namespace bc {

namespace {

using wire::AmountConvention;
using wire::Object;

// A page's next cursor: in the body (next_cursor, nextCursor, cursor, next) or in X-Next-Cursor;
// none when the body says has_more: false.
QString nextCursorOf(const Object &envelope, const ApiReply &reply)
{
    QString cursor = envelope.text({"next_cursor", "nextCursor", "cursor", "next"});
    if (cursor.isEmpty())
        cursor = QString::fromLatin1(reply.nextCursor);
    if (envelope.flag({"has_more", "hasMore"}) == false)
        cursor.clear();
    return cursor;
}

// The next cursor read from the envelope alone (the rows skipped, about a millisecond for a
// 5,000-row page) and handed to `seen` before the rows are decoded; nothing when no one asks.
std::function<void(const ApiReply &)> earlyCursor(const CursorSeen &seen, const char *listName)
{
    if (!seen)
        return {};
    return [seen, listName](const ApiReply &reply) {
        Object envelope;
        if (wire::forEachRow(reply.body, {listName}, {}, &envelope, nullptr))
            seen(nextCursorOf(envelope, reply));
    };
}

// A page of a list: bare, or in {"data"|"items"|<names>: […]}, with its next cursor.
template<typename T, typename F>
bool mapPage(const QCborValue &root, const ApiReply &reply, std::initializer_list<const char *> names, PageOf<T> *out,
    QString *error, F one)
{
    if (!mapEach(wire::listIn(root, names), &out->items, error, one))
        return false;
    out->nextCursor = nextCursorOf(Object(root), reply);
    return true;
}

// The same page read straight from the answer's text, row by row (wire::forEachRow), for lists
// that run to hundreds of thousands of rows; one(const wire::Row &, T *, QString *).
template<typename T, typename F>
bool mapRows(const ApiReply &reply, std::initializer_list<const char *> names, PageOf<T> *out, QString *error, F one)
{
    Object envelope;
    const bool ok = wire::forEachRow(
        reply.body, names,
        [out, &one](const wire::Row &row, qsizetype i, QString *why) {
            T item;
            if (!one(row, &item, why)) {
                *why = QStringLiteral("item %1: %2").arg(i + 1).arg(*why);
                return false;
            }
            out->items.append(std::move(item));
            return true;
        },
        &envelope, error);
    if (!ok)
        return false;
    out->nextCursor = nextCursorOf(envelope, reply);
    return true;
}

QUrlQuery rangeQuery(const DateRangeQuery &q, const QString &status = {})
{
    QUrlQuery query;
    if (q.from.isValid())
        query.addQueryItem(QStringLiteral("from"), q.from.toString(Qt::ISODate));
    if (q.to.isValid())
        query.addQueryItem(QStringLiteral("to"), q.to.toString(Qt::ISODate));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (!q.orgId.isEmpty())
        query.addQueryItem(QStringLiteral("orgId"), q.orgId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    if (!q.after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), q.after);
    return query;
}

// The subscription an answer carries ({"subscription": …}, {"data": …} or the object itself).
// An answer without one (a bare {"ok": true}) is a success whose subscription has no id: the
// caller reads it again.
bool subscriptionAnswer(const QCborValue &root, const AmountConvention &c, Subscription *out, QString *error)
{
    const Object o = wire::objectIn(root, {"subscription"});
    if (!o.has({"id", "subscriptionId", "_id"})) {
        *out = {};
        return true;
    }
    return json::toSubscription(o, c, out, error);
}

// The money of one field of a checkout or coupon answer, in the answer's currency.
bool answerMoney(
    const Object &o, std::initializer_list<const char *> names, const AmountConvention &c, Money *out, QString *error)
{
    QString why;
    const std::optional<Money> m = o.money(names, c, &why);
    if (!m) {
        *error = why.isEmpty() ? QStringLiteral("%1 is missing").arg(QLatin1String(*names.begin())) : why;
        return false;
    }
    *out = *m;
    return true;
}

// The parameters of a Razorpay order for checkout.js, under whichever names the server used. The
// document says amounts are strings in major units; Razorpay's own "amount" is an integer in
// subunits, so a bare integer amount (or amountSubunits, amount_paise) is read as subunits.
bool toCheckoutOrder(const QCborValue &root, const AmountConvention &c, CheckoutOrder *out, QString *error)
{
    const Object o = wire::objectIn(root, {"order", "checkout"});
    out->keyId = o.text({"keyId", "key", "razorpayKeyId", "razorpayKey"});
    out->orderId = o.text({"orderId", "razorpayOrderId", "order_id", "id"});
    out->name = o.text({"name", "companyName"});
    out->description = o.text({"description"});
    out->checkoutUrl = QUrl(o.text({"checkoutUrl", "url"}));
    if (out->orderId.isEmpty()) {
        *error = QStringLiteral("the checkout answer has no order id");
        return false;
    }
    AmountConvention subunits = c;
    subunits.units = AmountConvention::Units::Minor;
    const QCborValue amount = o.field({"amount"});
    bool ok = false;
    if (o.has({"amountSubunits", "amount_paise", "amountInPaise", "amountMinor"}))
        ok = answerMoney(
            o, {"amountSubunits", "amount_paise", "amountInPaise", "amountMinor"}, subunits, &out->amount, error);
    else if (amount.isString())
        ok = answerMoney(o, {"amount"}, c, &out->amount, error);
    else
        ok = answerMoney(o, {"amount"}, subunits, &out->amount, error);
    if (!ok)
        return false;
    out->checkoutOptions = {{QStringLiteral("key"), out->keyId}, {QStringLiteral("amount"), out->amount.minorUnits()},
        {QStringLiteral("currency"), out->amount.currency()}, {QStringLiteral("name"), out->name},
        {QStringLiteral("description"), out->description}, {QStringLiteral("order_id"), out->orderId},
        {QStringLiteral("prefill"), json::variantMap(o.field({"prefill"}))},
        {QStringLiteral("notes"), json::variantMap(o.field({"notes"}))}};
    return true;
}

bool toCouponCheck(const Object &o, const AmountConvention &c, CouponCheck *out, QString *error)
{
    out->valid = o.flag({"valid", "isValid"}).value_or(false);
    out->message = o.text({"message", "reason"});
    if (!out->valid)
        return true;
    Money none;
    QString ignored;
    out->listPrice = o.money({"listPrice", "price"}, c, &ignored).value_or(none);
    out->discount = o.money({"discount", "discountAmount"}, c, &ignored).value_or(none);
    return answerMoney(o, {"priceAfterDiscount", "finalPrice", "total"}, c, &out->priceAfterDiscount, error);
}

bool toMonthlyAmount(const Object &o, const AmountConvention &c, MonthlyAmount *out, QString *error)
{
    out->month = o.text({"month", "period"}).left(7);
    return answerMoney(o, {"amount", "revenue", "total"}, c, &out->amount, error);
}

} // namespace

OrgBillingConnector::OrgBillingConnector(ApiTransport *transport, QObject *parent) : Connector(transport, parent) { }

void OrgBillingConnector::whoami(QObject *context, ApiDone<json::Identity> done)
{
    run<json::Identity>(
        offered(get(QStringLiteral("/api/auth/whoami")), Extension::WhoAmI), context,
        [](const QCborValue &root, const ApiReply &, json::Identity *out, QString *e) {
            return json::toIdentity(wire::objectIn(root), out, e);
        },
        std::move(done));
}

void OrgBillingConnector::mySubscription(QObject *context, ApiDone<std::optional<Subscription>> done)
{
    run<std::optional<Subscription>>(
        get(QStringLiteral("/api/billing/subscription/me")), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, std::optional<Subscription> *out, QString *e) {
            // {"subscription": null}, {"data": null}, null or {}: the organisation has none.
            Subscription s;
            if (!subscriptionAnswer(root, c, &s, e))
                return false;
            if (!s.id.isEmpty())
                *out = s;
            return true;
        },
        [done](const ApiResult<std::optional<Subscription>> &r) {
            // "No subscription" as a 404 (or the sandbox's no_subscription code) is an answer, not an error.
            if (r.error.kind == ApiError::Kind::Http
                && (r.error.httpStatus == 404 || r.error.code == QLatin1String("no_subscription"))) {
                done(ApiResult<std::optional<Subscription>>{});
                return;
            }
            done(r);
        });
}

void OrgBillingConnector::subscriptions(
    const SubscriptionQuery &q, QObject *context, ApiDone<PageOf<Subscription>> done)
{
    QUrlQuery query;
    if (q.status)
        query.addQueryItem(QStringLiteral("status"), wireWord(*q.status));
    if (!q.planId.isEmpty())
        query.addQueryItem(QStringLiteral("planId"), q.planId);
    if (!q.text.isEmpty())
        query.addQueryItem(QStringLiteral("q"), q.text);
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    if (!q.after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), q.after);
    run<PageOf<Subscription>>(
        get(QStringLiteral("/api/billing/subscription"), query), context,
        [c = m_convention](const QCborValue &root, const ApiReply &reply, PageOf<Subscription> *out, QString *e) {
            return mapPage(root, reply, {"subscriptions"}, out, e,
                [&c](const Object &o, Subscription *s, QString *why) { return json::toSubscription(o, c, s, why); });
        },
        std::move(done));
}

void OrgBillingConnector::subscription(const QString &id, QObject *context, ApiDone<SubscriptionDetail> done)
{
    run<SubscriptionDetail>(
        get(QStringLiteral("/api/billing/subscription/") + segment(id)), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, SubscriptionDetail *out, QString *e) {
            const Object o = wire::objectIn(root, {"subscription"});
            if (!json::toSubscription(o, c, &out->subscription, e))
                return false;
            // The history beside the subscription or inside it.
            const Object outer(root);
            return json::toSubscriptionEvents(outer.has({"history", "events"}) ? outer : o, &out->history, e);
        },
        std::move(done));
}

void OrgBillingConnector::patchSubscription(const QString &id, const SubscriptionPatch &patch, const QString &reason,
    const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(send("PATCH", QStringLiteral("/api/billing/subscription/") + segment(id),
                          json::fromSubscriptionPatch(patch, reason), idempotencyKey),
        context, subscriptionMapper(), std::move(done));
}

Connector::Mapper<Subscription> OrgBillingConnector::subscriptionMapper() const
{
    return [c = m_convention](const QCborValue &root, const ApiReply &, Subscription *out, QString *e) {
        return subscriptionAnswer(root, c, out, e);
    };
}

void OrgBillingConnector::plans(QObject *context, ApiDone<QList<Plan>> done)
{
    run<QList<Plan>>(
        offered(get(QStringLiteral("/api/billing/plans")), Extension::PlanList), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, QList<Plan> *out, QString *e) {
            return mapEach(wire::listIn(root, {"plans"}), out, e,
                [&c](const Object &o, Plan *p, QString *why) { return json::toPlan(o, c, p, why); });
        },
        std::move(done));
}

void OrgBillingConnector::previewPlanChange(
    const QString &planId, BillingCycle cycle, QObject *context, ApiDone<ProrationPreview> done)
{
    run<ProrationPreview>(
        offered(send("POST", QStringLiteral("/api/billing/plan-change/preview"),
                    {{QStringLiteral("planId"), planId}, {QStringLiteral("billingCycle"), wireWord(cycle)}}),
            Extension::ProrationPreview),
        context,
        [c = m_convention](const QCborValue &root, const ApiReply &, ProrationPreview *out, QString *e) {
            return json::toProrationPreview(wire::objectIn(root, {"preview"}), c, out, e);
        },
        std::move(done));
}

void OrgBillingConnector::changePlan(const QString &planId, BillingCycle cycle, const QString &reason,
    const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(send("POST", QStringLiteral("/api/billing/plan-change"),
                          {{QStringLiteral("planId"), planId}, {QStringLiteral("billingCycle"), wireWord(cycle)},
                              {QStringLiteral("reason"), reason}},
                          idempotencyKey),
        context, subscriptionMapper(), std::move(done));
}

void OrgBillingConnector::cancel(bool atPeriodEnd, const QString &reason, const QString &idempotencyKey,
    QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(
        send("POST", QStringLiteral("/api/billing/cancel"),
            {{QStringLiteral("atPeriodEnd"), atPeriodEnd}, {QStringLiteral("reason"), reason}}, idempotencyKey),
        context, subscriptionMapper(), std::move(done));
}

void OrgBillingConnector::resume(
    const QString &reason, const QString &idempotencyKey, QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(
        send("POST", QStringLiteral("/api/billing/resume"), {{QStringLiteral("reason"), reason}}, idempotencyKey),
        context, subscriptionMapper(), std::move(done));
}

void OrgBillingConnector::createCheckout(
    const QString &planId, BillingCycle cycle, const QString &couponCode, QObject *context, ApiDone<CheckoutOrder> done)
{
    QJsonObject body{{QStringLiteral("planId"), planId}, {QStringLiteral("billingCycle"), wireWord(cycle)}};
    if (!couponCode.isEmpty())
        body.insert(QStringLiteral("couponCode"), couponCode);
    run<CheckoutOrder>(
        send("POST", QStringLiteral("/api/billing/checkout"), body), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, CheckoutOrder *out, QString *e) {
            return toCheckoutOrder(root, c, out, e);
        },
        std::move(done));
}

void OrgBillingConnector::confirmCheckout(const QString &orderId, const QString &paymentId, const QString &signature,
    QObject *context, ApiDone<Subscription> done)
{
    run<Subscription>(send("POST", QStringLiteral("/api/billing/checkout/confirm"),
                          {{QStringLiteral("orderId"), orderId}, {QStringLiteral("paymentId"), paymentId},
                              {QStringLiteral("signature"), signature}}),
        context, subscriptionMapper(), std::move(done));
}

void OrgBillingConnector::invoices(
    const DateRangeQuery &q, std::optional<InvoiceStatus> status, QObject *context, ApiDone<PageOf<Invoice>> done)
{
    run<PageOf<Invoice>>(
        offered(get(QStringLiteral("/api/billing/invoices"), rangeQuery(q, status ? wireWord(*status) : QString())),
            Extension::InvoiceList),
        context,
        [c = m_convention](const QCborValue &root, const ApiReply &reply, PageOf<Invoice> *out, QString *e) {
            return mapPage(root, reply, {"invoices"}, out, e,
                [&c](const Object &o, Invoice *i, QString *why) { return json::toInvoiceSummary(o, c, i, why); });
        },
        std::move(done));
}

void OrgBillingConnector::invoice(const QString &id, QObject *context, ApiDone<Invoice> done)
{
    run<Invoice>(
        offered(get(QStringLiteral("/api/billing/invoices/") + segment(id)), Extension::InvoiceJson), context,
        [](const QCborValue &, const ApiReply &reply, Invoice *out, QString *e) {
            // The console's own invoice shape (models/invoicejson), which keeps every amount a string.
            const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
            return invoicejson::fromJson(
                o.contains(QStringLiteral("invoice")) ? o.value(QStringLiteral("invoice")).toObject() : o, out, e);
        },
        std::move(done));
}

void OrgBillingConnector::payments(const DateRangeQuery &q, std::optional<PaymentStatus> status, QObject *context,
    ApiDone<PageOf<Payment>> done, CursorSeen seen)
{
    runText<PageOf<Payment>>(
        offered(get(QStringLiteral("/api/billing/payments"), rangeQuery(q, status ? wireWord(*status) : QString())),
            Extension::PaymentList),
        context,
        [c = m_convention](const ApiReply &reply, PageOf<Payment> *out, QString *e) {
            return mapRows(reply, {"payments"}, out, e,
                [&c](const wire::Row &o, Payment *p, QString *why) { return json::toPayment(o, c, p, why); });
        },
        std::move(done), earlyCursor(seen, "payments"));
}

PageFetch<Subscription> OrgBillingConnector::subscriptionPages(const SubscriptionQuery &query)
{
    return [this, query](const QString &cursor, QObject *context, CursorSeen, ApiDone<PageOf<Subscription>> done) {
        SubscriptionQuery q = query;
        q.after = cursor;
        subscriptions(q, context, std::move(done));
    };
}

PageFetch<Invoice> OrgBillingConnector::invoicePages(const DateRangeQuery &range, std::optional<InvoiceStatus> status)
{
    return [this, range, status](const QString &cursor, QObject *context, CursorSeen, ApiDone<PageOf<Invoice>> done) {
        DateRangeQuery q = range;
        q.after = cursor;
        invoices(q, status, context, std::move(done));
    };
}

PageFetch<Payment> OrgBillingConnector::paymentPages(const DateRangeQuery &range, std::optional<PaymentStatus> status)
{
    return growingPages<Payment>(
        [this, range, status](
            const QString &cursor, int limit, QObject *context, CursorSeen seen, ApiDone<PageOf<Payment>> done) {
            DateRangeQuery q = range;
            q.after = cursor;
            q.limit = limit;
            payments(q, status, context, std::move(done), std::move(seen));
        },
        range.limit, range.laterLimit);
}

ApiCall *OrgBillingConnector::exportPayments(
    const QDate &from, const QDate &to, QIODevice *sink, QObject *context, ApiDone<bool> done)
{
    DateRangeQuery q;
    q.from = from;
    q.to = to;
    QUrlQuery query = rangeQuery(q);
    query.removeAllQueryItems(QStringLiteral("limit"));
    ApiRequest r = get(QStringLiteral("/api/billing/payments/export"), query);
    r.sink = sink;
    return run<bool>(
        r, context, [](const QCborValue &, const ApiReply &, bool *out, QString *) { return *out = true; },
        std::move(done));
}

ApiCall *OrgBillingConnector::paymentsFromExport(
    const QDate &from, const QDate &to, QObject *context, ExportPage onPage, std::function<void(const ApiError &)> done)
{
    auto *file = new QTemporaryFile(context);
    if (!file->open()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.message = QStringLiteral("no room for the export: %1").arg(file->errorString());
        delete file;
        QMetaObject::invokeMethod(
            context, [done, error] { done(error); }, Qt::QueuedConnection);
        return nullptr;
    }
    const AmountConvention c = m_convention;
    return exportPayments(from, to, file, context, [context, file, c, onPage, done](const ApiResult<bool> &r) {
        if (!r.ok()) {
            file->deleteLater();
            done(r.error);
            return;
        }
        struct Page
        {
            QList<Payment> rows;
            QStringList extraColumns;
            QString error; // set on the last result when a row could not be read
            bool last = false;
        };
        auto *watcher = new QFutureWatcher<Page>(context);
        QObject::connect(watcher, &QFutureWatcherBase::resultReadyAt, context, [watcher, onPage, done](int i) {
            const Page page = watcher->resultAt(i);
            if (!page.rows.isEmpty())
                onPage(page.rows, page.extraColumns);
            if (!page.last)
                return;
            ApiError error;
            if (!page.error.isEmpty()) {
                error.kind = ApiError::Kind::Parse;
                error.message = page.error;
            }
            done(error);
        });
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        const QString path = file->fileName();
        file->close();
        watcher->setFuture(QtConcurrent::run([path, c](QPromise<Page> &promise) {
            QFile in(path);
            PaymentsExportReader reader(c);
            Page page;
            bool ok = in.open(QIODevice::ReadOnly);
            if (!ok)
                page.error = in.errorString();
            while (ok && !in.atEnd() && !promise.isCanceled()) {
                ok = reader.feed(in.read(256 * 1024), &page.rows, &page.error);
                if (page.rows.size() >= 2000) { // a pane shows the first rows while the rest is read
                    page.extraColumns = reader.extraColumns();
                    promise.addResult(std::exchange(page, Page{}));
                }
            }
            if (ok)
                ok = reader.finish(&page.rows, &page.error);
            page.extraColumns = reader.extraColumns();
            page.last = true;
            promise.addResult(page);
        }));
        QObject::connect(watcher, &QFutureWatcherBase::finished, file, &QObject::deleteLater);
    });
}

void OrgBillingConnector::validateCoupon(
    const QString &code, const QString &planId, BillingCycle cycle, QObject *context, ApiDone<CouponCheck> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("planId"), planId);
    q.addQueryItem(QStringLiteral("billingCycle"), wireWord(cycle));
    run<CouponCheck>(
        offered(get(QStringLiteral("/api/billing/coupons/%1/validate").arg(segment(code)), q), Extension::CouponCheck),
        context,
        [c = m_convention](const QCborValue &root, const ApiReply &, CouponCheck *out, QString *e) {
            return toCouponCheck(wire::objectIn(root), c, out, e);
        },
        std::move(done));
}

void OrgBillingConnector::revenueByMonth(QObject *context, ApiDone<QList<MonthlyAmount>> done)
{
    run<QList<MonthlyAmount>>(
        offered(get(QStringLiteral("/api/billing/reports/revenue")), Extension::RevenueReport), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, QList<MonthlyAmount> *out, QString *e) {
            return mapEach(wire::listIn(root, {"months"}), out, e,
                [&c](const Object &o, MonthlyAmount *m, QString *why) { return toMonthlyAmount(o, c, m, why); });
        },
        std::move(done));
}

ApiCall *OrgBillingConnector::invoicePdf(const QString &id, QIODevice *sink, QObject *context, ApiDone<bool> done)
{
    ApiRequest r = get(QStringLiteral("/api/billing/invoices/") + segment(id) + QStringLiteral("/pdf"));
    r.sink = sink;
    return run<bool>(
        r, context, [](const QCborValue &, const ApiReply &, bool *out, QString *) { return *out = true; },
        std::move(done));
}

} // namespace bc
