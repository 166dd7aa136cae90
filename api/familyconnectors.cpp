#include "familyconnectors.h"

#include "ledgerpage.h"

#include "models/words.h"

#include <QJsonArray>

namespace bc {

using wire::AmountConvention;
using wire::Object;

namespace {

// Credits lists page by limit and offset (GET /credits/transactions?limit=20&offset=0). A server
// that sends X-Next-Cursor pages by that cursor instead. A cursor here is either "offset:N" or
// the server's own cursor.
const QString kOffset = QStringLiteral("offset:");

void addPaging(QUrlQuery *q, int limit, const QString &cursor)
{
    q->addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (cursor.isEmpty() || cursor.startsWith(kOffset))
        q->addQueryItem(QStringLiteral("offset"), cursor.isEmpty() ? QStringLiteral("0") : cursor.mid(kOffset.size()));
    else
        q->addQueryItem(QStringLiteral("after"), cursor);
}

// The page after one of `count` rows: the server's cursor, else the next offset while pages
// come full (a short page is the last).
QString nextPage(const ApiReply &reply, const QString &cursor, int limit, qsizetype count)
{
    if (!reply.nextCursor.isEmpty())
        return QString::fromLatin1(reply.nextCursor);
    if (count < limit || count == 0)
        return {};
    const qint64 start = cursor.startsWith(kOffset) ? cursor.mid(kOffset.size()).toLongLong() : 0;
    return kOffset + QString::number(start + count);
}

// An object the server answers a create or an update with; the one sent when the answer is a
// bare {"success": true}.
template<typename T, typename F>
bool answerOr(
    const QCborValue &root, std::initializer_list<const char *> names, const T &sent, T *out, QString *error, F one)
{
    const Object o = wire::objectIn(root, names);
    if (o.isEmpty() || (o.has({"success"}) && !o.has({"id", "code", "name"}))) {
        *out = sent;
        return true;
    }
    return one(o, out, error);
}

} // namespace

// --- Credits service ---

CreditsConnector::CreditsConnector(ApiTransport *transport, QObject *parent) : Connector(transport, parent) { }

void CreditsConnector::balance(QObject *context, ApiDone<qint64> done)
{
    run<qint64>(
        get(QStringLiteral("/credits/balance")), context,
        [](const QCborValue &root, const ApiReply &, qint64 *out, QString *e) {
            const std::optional<qint64> b = wire::objectIn(root).integer({"balance", "credits"});
            if (!b) {
                *e = QStringLiteral("balance: not a whole number of credits");
                return false;
            }
            *out = *b;
            return true;
        },
        std::move(done));
}

void CreditsConnector::transactions(
    int limit, const QString &cursor, QObject *context, ApiDone<PageOf<CreditTransaction>> done)
{
    transactionPage(QStringLiteral("/credits/transactions"), {}, limit, cursor, context, std::move(done));
}

void CreditsConnector::ledgerPage(
    const LedgerScope &scope, const QString &cursor, int limit, QObject *context, ApiDone<LedgerChunk> done)
{
    QUrlQuery q;
    if (scope.admin && !scope.orgId.isEmpty())
        q.addQueryItem(QStringLiteral("org_id"), scope.orgId);
    addPaging(&q, limit, cursor);
    runText<LedgerChunk>(
        get(scope.admin ? QStringLiteral("/admin/credits/transactions") : QStringLiteral("/credits/transactions"), q),
        context,
        [cursor, limit](const ApiReply &reply, LedgerChunk *out, QString *e) {
            if (!decodeLedgerPage(reply.body, out, e))
                return false;
            out->nextCursor = nextPage(reply, cursor, limit, qsizetype(out->rows.size()));
            return true;
        },
        std::move(done));
}

void ConnectorLedgerSource::fetch(const QString &cursor, int limit, Done done)
{
    m_connector->ledgerPage(m_scope, cursor, limit, this, [this, done](const ApiResult<LedgerChunk> &r) {
        if (r.ok())
            emit pageFetched(r.fetchedAt);
        done(r.value, r.ok() ? QString() : r.error.humanMessage());
    });
}

void CreditsConnector::orders(int limit, const QString &cursor, QObject *context, ApiDone<PageOf<CreditOrder>> done)
{
    QUrlQuery q;
    addPaging(&q, limit, cursor);
    run<PageOf<CreditOrder>>(
        get(QStringLiteral("/orders"), q), context,
        [c = m_convention, limit, cursor](
            const QCborValue &root, const ApiReply &reply, PageOf<CreditOrder> *out, QString *e) {
            if (!mapEach(wire::listIn(root, {"orders"}), &out->items, e,
                    [&c](const Object &o, CreditOrder *r, QString *why) { return json::toCreditOrder(o, c, r, why); }))
                return false;
            out->nextCursor = nextPage(reply, cursor, limit, out->items.size());
            return true;
        },
        std::move(done));
}

void CreditsConnector::order(const QString &id, QObject *context, ApiDone<CreditOrder> done)
{
    run<CreditOrder>(
        get(QStringLiteral("/orders/") + segment(id)), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, CreditOrder *out, QString *e) {
            return json::toCreditOrder(wire::objectIn(root, {"order"}), c, out, e);
        },
        std::move(done));
}

Connector::Mapper<QList<CreditPlan>> CreditsConnector::planListMapper() const
{
    return [c = m_convention](const QCborValue &root, const ApiReply &, QList<CreditPlan> *out, QString *e) {
        return mapEach(wire::listIn(root, {"plans"}), out, e,
            [&c](const Object &o, CreditPlan *p, QString *why) { return json::toCreditPlan(o, c, p, why); });
    };
}

void CreditsConnector::plans(QObject *context, ApiDone<QList<CreditPlan>> done)
{
    run<QList<CreditPlan>>(get(QStringLiteral("/subscription/plans")), context, planListMapper(), std::move(done));
}

void CreditsConnector::currentSubscription(QObject *context, ApiDone<std::optional<CreditSubscription>> done)
{
    run<std::optional<CreditSubscription>>(
        offered(get(QStringLiteral("/subscription/current")), Extension::CreditsSubscription), context,
        [c = m_convention](
            const QCborValue &root, const ApiReply &, std::optional<CreditSubscription> *out, QString *e) {
            const Object o = wire::objectIn(root, {"subscription"});
            if (!o.has({"id", "plan_id"}))
                return true; // {"success": true, "data": null}: none
            CreditSubscription s;
            if (!json::toCreditSubscription(o, c, &s, e))
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
        [](const QCborValue &root, const ApiReply &, CheckinResult *out, QString *e) {
            return json::toCheckinResult(wire::objectIn(root), out, e);
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
        body.insert(QStringLiteral("billing_cycle"), wireWord(r.billingCycle));
    } else {
        body.insert(QStringLiteral("credits"), r.credits);
    }
    run<CheckoutRedirect>(
        send("POST", QStringLiteral("/payment/create-session"), body), context,
        [](const QCborValue &root, const ApiReply &, CheckoutRedirect *out, QString *e) {
            const Object o = wire::objectIn(root, {"session"});
            out->url = json::redirectIn(root);
            out->sessionId = o.text({"session_id", "sessionId", "id"});
            out->orderId = o.text({"order_id", "orderId"});
            if (!out->url.isValid())
                *e = QStringLiteral("the answer has no redirect URL");
            return out->url.isValid();
        },
        std::move(done));
}

void CreditsConnector::portal(const QUrl &returnUrl, QObject *context, ApiDone<QUrl> done)
{
    run<QUrl>(
        send("POST", QStringLiteral("/subscription/portal"), {{QStringLiteral("return_url"), returnUrl.toString()}}),
        context, redirectMapper(), std::move(done));
}

void CreditsConnector::summaryByMonth(QObject *context, ApiDone<QList<MonthlyCredits>> done)
{
    run<QList<MonthlyCredits>>(
        offered(get(QStringLiteral("/admin/credits/summary")), Extension::CreditsSummary), context,
        [](const QCborValue &root, const ApiReply &, QList<MonthlyCredits> *out, QString *e) {
            return mapEach(wire::listIn(root, {"months"}), out, e, [](const Object &o, MonthlyCredits *m, QString *) {
                *m = {o.text({"month"}).left(7), o.integer({"granted"}).value_or(0), o.integer({"used"}).value_or(0)};
                return !m->month.isEmpty();
            });
        },
        std::move(done));
}

void CreditsConnector::organisations(const QString &search, QObject *context, ApiDone<QList<OrgSummary>> done)
{
    QUrlQuery q;
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("q"), search);
    run<QList<OrgSummary>>(
        offered(get(QStringLiteral("/admin/orgs"), q), Extension::CustomerSearch), context,
        [](const QCborValue &root, const ApiReply &, QList<OrgSummary> *out, QString *e) {
            return mapEach(wire::listIn(root, {"orgs", "organisations", "organizations"}), out, e, json::toOrgSummary);
        },
        std::move(done));
}

void CreditsConnector::adminPlans(QObject *context, ApiDone<QList<CreditPlan>> done)
{
    run<QList<CreditPlan>>(get(QStringLiteral("/admin/billing/plans")), context, planListMapper(), std::move(done));
}

Connector::Mapper<CreditPlan> CreditsConnector::planAnswer(const CreditPlan &sent) const
{
    return [c = m_convention, sent](const QCborValue &root, const ApiReply &, CreditPlan *out, QString *e) {
        return answerOr(root, {"plan"}, sent, out, e,
            [&c](const Object &o, CreditPlan *p, QString *why) { return json::toCreditPlan(o, c, p, why); });
    };
}

void CreditsConnector::createPlan(
    const CreditPlan &plan, const QString &key, QObject *context, ApiDone<CreditPlan> done)
{
    run<CreditPlan>(send("POST", QStringLiteral("/admin/billing/plans"), json::fromCreditPlan(plan, m_convention), key),
        context, planAnswer(plan), std::move(done));
}

void CreditsConnector::updatePlan(
    const CreditPlan &plan, const QString &key, QObject *context, ApiDone<CreditPlan> done)
{
    run<CreditPlan>(send("PUT", QStringLiteral("/admin/billing/plans/") + segment(plan.id),
                        json::fromCreditPlanChange(plan, m_convention), key),
        context, planAnswer(plan), std::move(done));
}

void CreditsConnector::coupons(QObject *context, ApiDone<QList<Coupon>> done)
{
    run<QList<Coupon>>(
        get(QStringLiteral("/admin/billing/coupons")), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, QList<Coupon> *out, QString *e) {
            return mapEach(wire::listIn(root, {"coupons"}), out, e,
                [&c](const Object &o, Coupon *r, QString *why) { return json::toCoupon(o, c, r, why); });
        },
        std::move(done));
}

void CreditsConnector::createCoupon(
    const CouponDraft &coupon, const QString &key, QObject *context, ApiDone<Coupon> done)
{
    Coupon sent;
    sent.code = coupon.code;
    sent.kind = coupon.kind;
    sent.percentOffBasisPoints = coupon.percentOffBasisPoints;
    sent.amountOff = coupon.amountOff;
    sent.duration = coupon.duration;
    sent.durationInMonths = coupon.durationInMonths;
    sent.maxRedemptions = coupon.maxRedemptions > 0 ? coupon.maxRedemptions : -1;
    sent.validUntil =
        coupon.validUntil.isValid() ? QDateTime(coupon.validUntil, QTime(23, 59, 59), Qt::UTC) : QDateTime();
    run<Coupon>(
        send("POST", QStringLiteral("/admin/billing/coupons"), json::fromCouponDraft(coupon), key), context,
        [c = m_convention, sent](const QCborValue &root, const ApiReply &, Coupon *out, QString *e) {
            return answerOr(root, {"coupon"}, sent, out, e,
                [&c](const Object &o, Coupon *r, QString *why) { return json::toCoupon(o, c, r, why); });
        },
        std::move(done));
}

void CreditsConnector::allTransactions(const QString &orgId, const QString &type, int limit, const QString &cursor,
    QObject *context, ApiDone<PageOf<CreditTransaction>> done)
{
    QUrlQuery q;
    if (!orgId.isEmpty())
        q.addQueryItem(QStringLiteral("org_id"), orgId);
    if (!type.isEmpty())
        q.addQueryItem(QStringLiteral("type"), type);
    transactionPage(QStringLiteral("/admin/credits/transactions"), q, limit, cursor, context, std::move(done));
}

void CreditsConnector::transactionPage(const QString &path, QUrlQuery q, int limit, const QString &cursor,
    QObject *context, ApiDone<PageOf<CreditTransaction>> done)
{
    addPaging(&q, limit, cursor);
    run<PageOf<CreditTransaction>>(
        get(path, q), context,
        [limit, cursor](const QCborValue &root, const ApiReply &reply, PageOf<CreditTransaction> *out, QString *e) {
            if (!mapEach(wire::listIn(root, {"transactions"}), &out->items, e, json::toCreditTransaction))
                return false;
            out->nextCursor = nextPage(reply, cursor, limit, out->items.size());
            return true;
        },
        std::move(done));
}

void CreditsConnector::adjust(
    const ManualAdjustment &a, const QString &key, QObject *context, ApiDone<CreditTransaction> done)
{
    CreditTransaction sent;
    sent.type = CreditTransactionType::ManualAdjustment;
    sent.amount = a.amount;
    sent.orgId = a.orgId;
    sent.reason = a.reason;
    sent.note = a.note;
    sent.description = a.note;
    sent.createdAt = QDateTime::currentDateTimeUtc();
    run<CreditTransaction>(
        send("POST", QStringLiteral("/admin/credits/manual"), json::fromManualAdjustment(a), key), context,
        [sent](const QCborValue &root, const ApiReply &, CreditTransaction *out, QString *e) {
            const Object o = wire::objectIn(root, {"transaction"});
            if (!o.has({"amount", "credits"})) { // the document shows no answer: what was sent was applied
                *out = sent;
                out->balanceAfter = o.integer({"balance", "balance_after"}).value_or(0);
                out->balanceKnown = o.has({"balance", "balance_after"});
                return true;
            }
            return json::toCreditTransaction(o, out, e);
        },
        std::move(done));
}

Connector::Mapper<CheckinConfig> CreditsConnector::checkinConfigMapper(std::optional<CheckinConfig> sent)
{
    return [sent](const QCborValue &root, const ApiReply &, CheckinConfig *out, QString *e) {
        const Object o = wire::objectIn(root, {"config"});
        if (sent && !o.has({"credits", "daily_credits", "amount", "reward"})) {
            *out = *sent;
            return true;
        }
        return json::toCheckinConfig(o, out, e);
    };
}

void CreditsConnector::checkinConfig(QObject *context, ApiDone<CheckinConfig> done)
{
    run<CheckinConfig>(get(QStringLiteral("/admin/checkin/config")), context, checkinConfigMapper({}), std::move(done));
}

void CreditsConnector::setCheckinConfig(
    const CheckinConfig &config, const QString &key, QObject *context, ApiDone<CheckinConfig> done)
{
    run<CheckinConfig>(send("PUT", QStringLiteral("/admin/checkin/config"), json::fromCheckinConfig(config), key),
        context, checkinConfigMapper(config), std::move(done));
}

// --- Tier billing ---

TierBillingConnector::TierBillingConnector(ApiTransport *transport, QObject *parent) : Connector(transport, parent) { }

void TierBillingConnector::status(QObject *context, ApiDone<TierStatus> done)
{
    run<TierStatus>(
        get(QStringLiteral("/v1/billing")), context,
        [](const QCborValue &root, const ApiReply &, TierStatus *out, QString *e) {
            return json::toTierStatus(wire::objectIn(root, {"billing"}), out, e);
        },
        std::move(done));
}

void TierBillingConnector::checkout(TierPlan tier, QObject *context, ApiDone<QUrl> done)
{
    run<QUrl>(send("POST", QStringLiteral("/v1/billing/checkout"), {{QStringLiteral("tier"), wireWord(tier)}}), context,
        redirectMapper(), std::move(done));
}

void TierBillingConnector::portal(QObject *context, ApiDone<QUrl> done)
{
    run<QUrl>(send("POST", QStringLiteral("/v1/billing/portal"), {}), context, redirectMapper(), std::move(done));
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

Connector::Mapper<PlatformCharge> PlatformChargesConnector::chargeMapper() const
{
    return [c = m_convention](const QCborValue &root, const ApiReply &, PlatformCharge *out, QString *e) {
        return json::toPlatformCharge(wire::objectIn(root, {"charge", "subscription"}), c, out, e);
    };
}

Connector::Mapper<PlatformChargeCreated> PlatformChargesConnector::createdMapper() const
{
    return [c = m_convention](const QCborValue &root, const ApiReply &, PlatformChargeCreated *out, QString *e) {
        const Object o = wire::objectIn(root);
        out->confirmUrl = QUrl(o.text({"confirm_url", "confirmUrl"}));
        if (!json::toPlatformCharge(o.object({"subscription", "charge"}), c, &out->charge, e))
            return false;
        if (!out->confirmUrl.isValid() || out->confirmUrl.scheme().isEmpty()) {
            *e = QStringLiteral("the answer has no confirm_url");
            return false;
        }
        return true;
    };
}

void PlatformChargesConnector::charges(QObject *context, ApiDone<QList<PlatformCharge>> done)
{
    run<QList<PlatformCharge>>(
        offered(get(base() + QStringLiteral("/charges")), Extension::ChargeList), context,
        [c = m_convention](const QCborValue &root, const ApiReply &, QList<PlatformCharge> *out, QString *e) {
            return mapEach(
                wire::listIn(root, {"charges"}), out, e, [&c](const Object &o, PlatformCharge *r, QString *why) {
                    return json::toPlatformCharge(o, c, r, why);
                });
        },
        std::move(done));
}

void PlatformChargesConnector::charge(const QString &id, QObject *context, ApiDone<PlatformCharge> done)
{
    run<PlatformCharge>(
        get(base() + QStringLiteral("/charge/") + segment(id)), context, chargeMapper(), std::move(done));
}

void PlatformChargesConnector::subscription(const QString &id, QObject *context, ApiDone<PlatformCharge> done)
{
    run<PlatformCharge>(
        get(base() + QStringLiteral("/subscription/") + segment(id)), context, chargeMapper(), std::move(done));
}

void PlatformChargesConnector::cancelSubscription(
    const QString &id, const QString &key, QObject *context, ApiDone<PlatformCharge> done)
{
    run<PlatformCharge>(send("POST", base() + QStringLiteral("/subscription/%1/cancel").arg(segment(id)), {}, key),
        context, chargeMapper(), std::move(done));
}

void PlatformChargesConnector::createOneTimeCharge(
    const OneTimeChargeDraft &d, const QString &key, QObject *context, ApiDone<PlatformChargeCreated> done)
{
    run<PlatformChargeCreated>(
        send("POST", base() + QStringLiteral("/one_time_charge"),
            {{QStringLiteral("name"), d.name},
                {QStringLiteral("charge"), json::fromPlatformLineItem(d.item, m_convention)},
                {QStringLiteral("is_test"), d.isTest}, {QStringLiteral("return_url"), d.returnUrl.toString()}},
            key),
        context, createdMapper(), std::move(done));
}

void PlatformChargesConnector::createSubscription(const QString &name, const QList<PlatformLineItem> &items,
    int trialDays, bool isTest, const QUrl &returnUrl, const QString &key, QObject *context,
    ApiDone<PlatformChargeCreated> done)
{
    QJsonArray lines;
    for (const PlatformLineItem &item : items)
        lines.append(json::fromPlatformLineItem(item, m_convention));
    run<PlatformChargeCreated>(send("POST", base() + QStringLiteral("/subscription"),
                                   {{QStringLiteral("name"), name}, {QStringLiteral("trial_days"), trialDays},
                                       {QStringLiteral("line_items"), lines}, {QStringLiteral("is_test"), isTest},
                                       {QStringLiteral("return_url"), returnUrl.toString()}},
                                   key),
        context, createdMapper(), std::move(done));
}

} // namespace bc
