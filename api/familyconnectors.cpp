#include "familyconnectors.h"

#include "ledgerpage.h"

#include "models/words.h"

#include <QJsonArray>

namespace bc {

namespace {

QJsonValue data(const QJsonDocument &d)
{
    return d.object().value(QStringLiteral("data"));
}

template<typename T, typename F>
bool mapList(const QJsonArray &array, QList<T> *out, QString *error, F one)
{
    for (const QJsonValue &v : array) {
        T item;
        if (!one(v.toObject(), &item, error))
            return false;
        out->append(item);
    }
    return true;
}

} // namespace

// --- Credits service ---

CreditsConnector::CreditsConnector(ApiTransport *transport, QObject *parent) : Connector(transport, parent) { }

void CreditsConnector::balance(QObject *context, ApiDone<qint64> done)
{
    run<qint64>(
        get(QStringLiteral("/credits/balance")), context,
        [](const QJsonDocument &d, const ApiReply &, qint64 *out, QString *e) {
            const QJsonValue v = data(d).toObject().value(QStringLiteral("balance"));
            if (!v.isDouble()) {
                *e = QStringLiteral("no balance in the answer");
                return false;
            }
            *out = v.toInteger();
            return true;
        },
        std::move(done));
}

void CreditsConnector::transactions(
    int limit, const QString &after, QObject *context, ApiDone<PageOf<CreditTransaction>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), after);
    run<PageOf<CreditTransaction>>(
        get(QStringLiteral("/credits/transactions"), q), context,
        [](const QJsonDocument &d, const ApiReply &reply, PageOf<CreditTransaction> *out, QString *e) {
            out->nextCursor = QString::fromLatin1(reply.nextCursor);
            return mapList(data(d).toArray(), &out->items, e, json::toCreditTransaction);
        },
        std::move(done));
}

void CreditsConnector::ledgerPage(
    const QString &orgId, const QString &after, int limit, QObject *context, ApiDone<LedgerChunk> done)
{
    QUrlQuery q;
    if (!orgId.isEmpty())
        q.addQueryItem(QStringLiteral("org_id"), orgId);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), after);
    run<LedgerChunk>(
        get(orgId.isEmpty() ? QStringLiteral("/credits/transactions") : QStringLiteral("/admin/credits/transactions"),
            q),
        context,
        [](const QJsonDocument &d, const ApiReply &reply, LedgerChunk *out, QString *e) {
            out->nextCursor = QString::fromLatin1(reply.nextCursor);
            return decodeLedgerPage(d, out, e);
        },
        std::move(done));
}

void ConnectorLedgerSource::fetch(const QString &cursor, int limit, Done done)
{
    m_connector->ledgerPage(m_orgId, cursor, limit, this, [this, done](const ApiResult<LedgerChunk> &r) {
        if (r.ok())
            emit pageFetched(r.fetchedAt);
        done(r.value, r.ok() ? QString() : r.error.humanMessage());
    });
}

void CreditsConnector::orders(int limit, const QString &offset, QObject *context, ApiDone<PageOf<CreditOrder>> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.addQueryItem(QStringLiteral("offset"), offset.isEmpty() ? QStringLiteral("0") : offset);
    const qint64 start = offset.toLongLong();
    run<PageOf<CreditOrder>>(
        get(QStringLiteral("/orders"), q), context,
        [limit, start](const QJsonDocument &d, const ApiReply &, PageOf<CreditOrder> *out, QString *e) {
            if (!mapList(data(d).toArray(), &out->items, e, json::toCreditOrder))
                return false;
            // A full page may have more behind it; a short one is the last.
            if (out->items.size() >= limit)
                out->nextCursor = QString::number(start + out->items.size());
            return true;
        },
        std::move(done));
}

void CreditsConnector::order(const QString &id, QObject *context, ApiDone<CreditOrder> done)
{
    run<CreditOrder>(
        get(QStringLiteral("/orders/") + segment(id)), context,
        [](const QJsonDocument &d, const ApiReply &, CreditOrder *out, QString *e) {
            return json::toCreditOrder(data(d).toObject(), out, e);
        },
        std::move(done));
}

void CreditsConnector::plans(QObject *context, ApiDone<QList<CreditPlan>> done)
{
    run<QList<CreditPlan>>(
        get(QStringLiteral("/subscription/plans")), context,
        [](const QJsonDocument &d, const ApiReply &, QList<CreditPlan> *out, QString *e) {
            return mapList(data(d).toArray(), out, e, json::toCreditPlan);
        },
        std::move(done));
}

void CreditsConnector::currentSubscription(QObject *context, ApiDone<std::optional<CreditSubscription>> done)
{
    run<std::optional<CreditSubscription>>(
        get(QStringLiteral("/subscription/current")), context,
        [](const QJsonDocument &d, const ApiReply &, std::optional<CreditSubscription> *out, QString *e) {
            if (data(d).isNull())
                return true;
            CreditSubscription s;
            if (!json::toCreditSubscription(data(d).toObject(), &s, e))
                return false;
            *out = s;
            return true;
        },
        std::move(done));
}

void CreditsConnector::checkin(QObject *context, ApiDone<CheckinResult> done)
{
    run<CheckinResult>(
        send("POST", QStringLiteral("/checkin"), {}), context,
        [](const QJsonDocument &d, const ApiReply &, CheckinResult *out, QString *) {
            const QJsonObject o = data(d).toObject();
            out->creditsAwarded = o.value(QStringLiteral("credits_awarded")).toInteger();
            out->balance = o.value(QStringLiteral("balance")).toInteger();
            out->day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
            return out->day.isValid();
        },
        std::move(done));
}

void CreditsConnector::createSession(const CreditSessionRequest &r, QObject *context, ApiDone<CheckoutRedirect> done)
{
    QJsonObject body{{QStringLiteral("channel"), wireWord(r.channel)}, {QStringLiteral("type"), wireWord(r.type)},
        {QStringLiteral("success_url"), r.successUrl.toString()},
        {QStringLiteral("cancel_url"), r.cancelUrl.toString()}};
    if (r.type == OrderType::Subscription) {
        body.insert(QStringLiteral("plan_id"), r.planId);
        body.insert(QStringLiteral("billing_cycle"), billingCycleToString(r.billingCycle));
    } else {
        body.insert(QStringLiteral("credits"), r.credits);
    }
    run<CheckoutRedirect>(
        send("POST", QStringLiteral("/payment/create-session"), body), context,
        [](const QJsonDocument &d, const ApiReply &, CheckoutRedirect *out, QString *) {
            const QJsonObject o = data(d).toObject();
            out->url = QUrl(o.value(QStringLiteral("url")).toString());
            out->sessionId = o.value(QStringLiteral("session_id")).toString();
            out->orderId = o.value(QStringLiteral("order_id")).toString();
            return out->url.isValid();
        },
        std::move(done));
}

void CreditsConnector::portal(const QUrl &returnUrl, QObject *context, ApiDone<QUrl> done)
{
    run<QUrl>(
        send("POST", QStringLiteral("/subscription/portal"), {{QStringLiteral("return_url"), returnUrl.toString()}}),
        context,
        [](const QJsonDocument &d, const ApiReply &, QUrl *out, QString *) {
            *out = QUrl(data(d).toObject().value(QStringLiteral("url")).toString());
            return out->isValid();
        },
        std::move(done));
}

void CreditsConnector::summaryByMonth(QObject *context, ApiDone<QList<MonthlyCredits>> done)
{
    run<QList<MonthlyCredits>>(
        get(QStringLiteral("/admin/credits/summary")), context,
        [](const QJsonDocument &d, const ApiReply &, QList<MonthlyCredits> *out, QString *) {
            for (const QJsonValue &v : data(d).toArray()) {
                const QJsonObject o = v.toObject();
                out->append({o.value(QStringLiteral("month")).toString(),
                    o.value(QStringLiteral("granted")).toInteger(), o.value(QStringLiteral("used")).toInteger()});
            }
            return true;
        },
        std::move(done));
}

void CreditsConnector::organisations(const QString &search, QObject *context, ApiDone<QList<OrgSummary>> done)
{
    QUrlQuery q;
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("q"), search);
    run<QList<OrgSummary>>(
        get(QStringLiteral("/admin/orgs"), q), context,
        [](const QJsonDocument &d, const ApiReply &, QList<OrgSummary> *out, QString *) {
            for (const QJsonValue &v : data(d).toArray()) {
                const QJsonObject o = v.toObject();
                out->append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("email")).toString(), o.value(QStringLiteral("balance")).toInteger()});
            }
            return true;
        },
        std::move(done));
}

void CreditsConnector::adminPlans(QObject *context, ApiDone<QList<CreditPlan>> done)
{
    run<QList<CreditPlan>>(
        get(QStringLiteral("/admin/billing/plans")), context,
        [](const QJsonDocument &d, const ApiReply &, QList<CreditPlan> *out, QString *e) {
            return mapList(data(d).toArray(), out, e, json::toCreditPlan);
        },
        std::move(done));
}

void CreditsConnector::createPlan(
    const CreditPlan &plan, const QString &key, QObject *context, ApiDone<CreditPlan> done)
{
    run<CreditPlan>(
        send("POST", QStringLiteral("/admin/billing/plans"), json::fromCreditPlan(plan), key), context,
        [](const QJsonDocument &d, const ApiReply &, CreditPlan *out, QString *e) {
            return json::toCreditPlan(data(d).toObject(), out, e);
        },
        std::move(done));
}

void CreditsConnector::updatePlan(
    const CreditPlan &plan, const QString &key, QObject *context, ApiDone<CreditPlan> done)
{
    run<CreditPlan>(
        send("PUT", QStringLiteral("/admin/billing/plans/") + segment(plan.id), json::fromCreditPlanChange(plan), key),
        context,
        [](const QJsonDocument &d, const ApiReply &, CreditPlan *out, QString *e) {
            return json::toCreditPlan(data(d).toObject(), out, e);
        },
        std::move(done));
}

void CreditsConnector::coupons(QObject *context, ApiDone<QList<Coupon>> done)
{
    run<QList<Coupon>>(
        get(QStringLiteral("/admin/billing/coupons")), context,
        [](const QJsonDocument &d, const ApiReply &, QList<Coupon> *out, QString *e) {
            return mapList(data(d).toArray(), out, e, json::toCoupon);
        },
        std::move(done));
}

void CreditsConnector::createCoupon(
    const CouponDraft &coupon, const QString &key, QObject *context, ApiDone<Coupon> done)
{
    run<Coupon>(
        send("POST", QStringLiteral("/admin/billing/coupons"), json::fromCouponDraft(coupon), key), context,
        [](const QJsonDocument &d, const ApiReply &, Coupon *out, QString *e) {
            return json::toCoupon(data(d).toObject(), out, e);
        },
        std::move(done));
}

void CreditsConnector::allTransactions(const QString &orgId, const QString &type, int limit, const QString &after,
    QObject *context, ApiDone<PageOf<CreditTransaction>> done)
{
    QUrlQuery q;
    if (!orgId.isEmpty())
        q.addQueryItem(QStringLiteral("org_id"), orgId);
    if (!type.isEmpty())
        q.addQueryItem(QStringLiteral("type"), type);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), after);
    run<PageOf<CreditTransaction>>(
        get(QStringLiteral("/admin/credits/transactions"), q), context,
        [](const QJsonDocument &d, const ApiReply &reply, PageOf<CreditTransaction> *out, QString *e) {
            out->nextCursor = QString::fromLatin1(reply.nextCursor);
            return mapList(data(d).toArray(), &out->items, e, json::toCreditTransaction);
        },
        std::move(done));
}

void CreditsConnector::adjust(
    const ManualAdjustment &a, const QString &key, QObject *context, ApiDone<CreditTransaction> done)
{
    run<CreditTransaction>(
        send("POST", QStringLiteral("/admin/credits/manual"), json::fromManualAdjustment(a), key), context,
        [](const QJsonDocument &d, const ApiReply &, CreditTransaction *out, QString *e) {
            return json::toCreditTransaction(
                data(d).toObject().value(QStringLiteral("transaction")).toObject(), out, e);
        },
        std::move(done));
}

static bool mapCheckinConfig(const QJsonDocument &d, const ApiReply &, CheckinConfig *out, QString *)
{
    out->enabled = data(d).toObject().value(QStringLiteral("enabled")).toBool();
    out->credits = data(d).toObject().value(QStringLiteral("credits")).toInteger();
    return true;
}

void CreditsConnector::checkinConfig(QObject *context, ApiDone<CheckinConfig> done)
{
    run<CheckinConfig>(get(QStringLiteral("/admin/checkin/config")), context, mapCheckinConfig, std::move(done));
}

void CreditsConnector::setCheckinConfig(
    const CheckinConfig &config, const QString &key, QObject *context, ApiDone<CheckinConfig> done)
{
    run<CheckinConfig>(send("PUT", QStringLiteral("/admin/checkin/config"), json::fromCheckinConfig(config), key),
        context, mapCheckinConfig, std::move(done));
}

// --- Tier billing ---

TierBillingConnector::TierBillingConnector(ApiTransport *transport, QObject *parent) : Connector(transport, parent) { }

void TierBillingConnector::status(QObject *context, ApiDone<TierStatus> done)
{
    run<TierStatus>(
        get(QStringLiteral("/v1/billing")), context,
        [](const QJsonDocument &d, const ApiReply &, TierStatus *out, QString *e) {
            return json::toTierStatus(d.object(), out, e);
        },
        std::move(done));
}

void TierBillingConnector::checkout(TierPlan tier, QObject *context, ApiDone<QUrl> done)
{
    run<QUrl>(
        send("POST", QStringLiteral("/v1/billing/checkout"), {{QStringLiteral("tier"), wireWord(tier)}}), context,
        [](const QJsonDocument &d, const ApiReply &, QUrl *out, QString *) {
            *out = QUrl(d.object().value(QStringLiteral("checkout_url")).toString());
            return out->isValid();
        },
        std::move(done));
}

void TierBillingConnector::portal(QObject *context, ApiDone<QUrl> done)
{
    run<QUrl>(
        send("POST", QStringLiteral("/v1/billing/portal"), {}), context,
        [](const QJsonDocument &d, const ApiReply &, QUrl *out, QString *) {
            *out = QUrl(d.object().value(QStringLiteral("portal_url")).toString());
            return out->isValid();
        },
        std::move(done));
}

// --- Platform charges ---

PlatformChargesConnector::PlatformChargesConnector(
    ApiTransport *transport, const QString &companyId, const QString &extensionId, QObject *parent)
    : Connector(transport, parent), m_companyId(companyId), m_extensionId(extensionId)
{ }

QString PlatformChargesConnector::base() const
{
    return QStringLiteral("/service/platform/billing/v1.0/company/%1/extension/%2")
        .arg(segment(m_companyId), segment(m_extensionId));
}

static bool mapCharge(const QJsonDocument &d, const ApiReply &, PlatformCharge *out, QString *e)
{
    return json::toPlatformCharge(d.object(), out, e);
}

static bool mapCreated(const QJsonDocument &d, const ApiReply &, PlatformChargeCreated *out, QString *e)
{
    const QJsonObject o = d.object();
    out->confirmUrl = QUrl(o.value(QStringLiteral("confirm_url")).toString());
    const QJsonObject charge = o.contains(QStringLiteral("subscription"))
        ? o.value(QStringLiteral("subscription")).toObject()
        : o.value(QStringLiteral("charge")).toObject();
    return json::toPlatformCharge(charge, &out->charge, e) && out->confirmUrl.isValid();
}

void PlatformChargesConnector::charges(QObject *context, ApiDone<QList<PlatformCharge>> done)
{
    run<QList<PlatformCharge>>(
        get(base() + QStringLiteral("/charges")), context,
        [](const QJsonDocument &d, const ApiReply &, QList<PlatformCharge> *out, QString *e) {
            return mapList(d.object().value(QStringLiteral("data")).toArray(), out, e, json::toPlatformCharge);
        },
        std::move(done));
}

void PlatformChargesConnector::charge(const QString &id, QObject *context, ApiDone<PlatformCharge> done)
{
    run<PlatformCharge>(get(base() + QStringLiteral("/charge/") + segment(id)), context, mapCharge, std::move(done));
}

void PlatformChargesConnector::subscription(const QString &id, QObject *context, ApiDone<PlatformCharge> done)
{
    run<PlatformCharge>(
        get(base() + QStringLiteral("/subscription/") + segment(id)), context, mapCharge, std::move(done));
}

void PlatformChargesConnector::cancelSubscription(
    const QString &id, const QString &key, QObject *context, ApiDone<PlatformCharge> done)
{
    run<PlatformCharge>(send("POST", base() + QStringLiteral("/subscription/%1/cancel").arg(segment(id)), {}, key),
        context, mapCharge, std::move(done));
}

void PlatformChargesConnector::createOneTimeCharge(
    const OneTimeChargeDraft &d, const QString &key, QObject *context, ApiDone<PlatformChargeCreated> done)
{
    run<PlatformChargeCreated>(
        send("POST", base() + QStringLiteral("/one_time_charge"),
            {{QStringLiteral("name"), d.name}, {QStringLiteral("charge"), json::fromPlatformLineItem(d.item)},
                {QStringLiteral("is_test"), d.isTest}, {QStringLiteral("return_url"), d.returnUrl.toString()}},
            key),
        context, mapCreated, std::move(done));
}

void PlatformChargesConnector::createSubscription(const QString &name, const QList<PlatformLineItem> &items,
    int trialDays, bool isTest, const QUrl &returnUrl, const QString &key, QObject *context,
    ApiDone<PlatformChargeCreated> done)
{
    QJsonArray lines;
    for (const PlatformLineItem &item : items)
        lines.append(json::fromPlatformLineItem(item));
    run<PlatformChargeCreated>(send("POST", base() + QStringLiteral("/subscription"),
                                   {{QStringLiteral("name"), name}, {QStringLiteral("trial_days"), trialDays},
                                       {QStringLiteral("line_items"), lines}, {QStringLiteral("is_test"), isTest},
                                       {QStringLiteral("return_url"), returnUrl.toString()}},
                                   key),
        context, mapCreated, std::move(done));
}

} // namespace bc
