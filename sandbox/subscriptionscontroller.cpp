#include "subscriptionscontroller.h"

#include "auth.h"
#include "orgbilling.h"
#include "proration.h"
#include "providersignatures.h"
#include "razorpaysim.h"

#include "invoice/invoicerenderer.h"
#include "models/invoicejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bc::sandbox {

void SubscriptionsController::registerRoutes(Router &router)
{
    route(router, "GET", QStringLiteral("/api/billing/plans"), &SubscriptionsController::plans, RouteKind::Extension);
    route(router, "GET", QStringLiteral("/api/billing/subscription/me"), &SubscriptionsController::mine,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/api/billing/subscription"), &SubscriptionsController::list,
        RouteKind::Documented);
    route(router, "GET", QStringLiteral("/api/billing/subscription/{id}"), &SubscriptionsController::one,
        RouteKind::Documented);
    route(router, "PATCH", QStringLiteral("/api/billing/subscription/{id}"), &SubscriptionsController::patch,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/api/billing/plan-change"), &SubscriptionsController::changePlan,
        RouteKind::Documented);
    route(router, "POST", QStringLiteral("/api/billing/plan-change/preview"),
        &SubscriptionsController::previewPlanChange, RouteKind::Extension);
    route(
        router, "POST", QStringLiteral("/api/billing/cancel"), &SubscriptionsController::cancel, RouteKind::Documented);
    route(
        router, "POST", QStringLiteral("/api/billing/resume"), &SubscriptionsController::resume, RouteKind::Documented);
    route(router, "POST", QStringLiteral("/sim/razorpay/subscriptions/{id}/fail-next-renewal"),
        &SubscriptionsController::failNextRenewal, RouteKind::Simulator);
}

HttpResponse SubscriptionsController::plans(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kAnyRole))
        return *denied;
    QJsonArray data;
    for (const QVariantMap &p :
        ctx.db.all(QStringLiteral("SELECT * FROM plans WHERE active = 1 ORDER BY sort_order, id"))) {
        data.append(QJsonObject{
            {QStringLiteral("id"), p.value(QStringLiteral("id")).toString()},
            {QStringLiteral("name"), p.value(QStringLiteral("name")).toString()},
            {QStringLiteral("description"), p.value(QStringLiteral("description")).toString()},
            {QStringLiteral("currency"), p.value(QStringLiteral("currency")).toString()},
            {QStringLiteral("priceMonthly"), planPrice(p, BillingCycle::Monthly).toWireString()},
            {QStringLiteral("priceYearly"), planPrice(p, BillingCycle::Yearly).toWireString()},
        });
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("data"), data}});
}

HttpResponse SubscriptionsController::mine(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kAnyRole))
        return *denied;
    settlePeriodEnds(ctx);
    const auto row = currentSubscription(ctx, req.principal->orgId);
    if (!row)
        return HttpResponse::error(
            404, QStringLiteral("no_subscription"), QStringLiteral("Your organisation has no subscription yet."));
    return HttpResponse::json(subscriptionJson(ctx, *row));
}

HttpResponse SubscriptionsController::list(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    settlePeriodEnds(ctx);
    Page page;
    if (auto bad = readPage(req, &page, 100))
        return *bad;
    Filter f;
    const QString status = req.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (!subscriptionStatusFromString(status))
            return HttpResponse::error(400, QStringLiteral("invalid_parameter"),
                QStringLiteral("status “%1” is not one of %2.")
                    .arg(status, subscriptionStatusNames().join(QStringLiteral(", "))),
                QStringLiteral("status"));
        f.add(QStringLiteral("s.status = ?"), {status});
    }
    const QString plan = req.queryValue(QStringLiteral("planId"));
    if (!plan.isEmpty())
        f.add(QStringLiteral("s.plan_id = ?"), {plan});
    const QString q = req.queryValue(QStringLiteral("q"));
    if (!q.isEmpty())
        f.add(QStringLiteral("(LOWER(o.name) LIKE ? OR s.id = ?)"), {QString(u'%' + q.toLower() + u'%'), q});
    addPage(f, page, QStringLiteral("s"));
    QVariantList binds = f.binds;
    binds << page.limit + 1;
    const auto rows =
        ctx.db.all(QStringLiteral("SELECT s.*, o.name AS org_name, p.name AS plan_name FROM subscriptions s"
                                  " JOIN orgs o ON o.id = s.org_id JOIN plans p ON p.id = s.plan_id")
                + f.where() + QStringLiteral(" ORDER BY s.created_at DESC, s.id DESC LIMIT ?"),
            binds);
    QJsonArray data;
    for (const QVariantMap &r : rows)
        data.append(subscriptionJson(ctx, r));
    return pagedJson(data, rows, page.limit);
}

HttpResponse SubscriptionsController::one(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    settlePeriodEnds(ctx);
    const auto row = subscriptionRow(ctx, QStringLiteral("s.id = ?"), {req.params.value(QStringLiteral("id"))});
    if (!row)
        return HttpResponse::error(404, QStringLiteral("not_found"),
            QStringLiteral("There is no subscription %1.").arg(req.params.value(QStringLiteral("id"))));
    QJsonObject out = subscriptionJson(ctx, *row);
    QJsonArray history;
    for (const QVariantMap &e :
        ctx.db.all(QStringLiteral("SELECT * FROM subscription_events WHERE subscription_id = ? ORDER BY at, id"),
            {req.params.value(QStringLiteral("id"))}))
        history.append(QJsonObject{{QStringLiteral("at"), isoTime(e.value(QStringLiteral("at")).toLongLong())},
            {QStringLiteral("kind"), e.value(QStringLiteral("kind")).toString()},
            {QStringLiteral("actor"), e.value(QStringLiteral("actor")).toString()},
            {QStringLiteral("reason"), e.value(QStringLiteral("reason")).toString()},
            {QStringLiteral("detail"), e.value(QStringLiteral("detail")).toString()}});
    out.insert(QStringLiteral("history"), history);
    return HttpResponse::json(out);
}

HttpResponse SubscriptionsController::patch(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    const QString id = req.params.value(QStringLiteral("id"));
    const auto row = subscriptionRow(ctx, QStringLiteral("s.id = ?"), {id});
    if (!row)
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("There is no subscription %1.").arg(id));
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error);
    if (!fields)
        return error;
    const QString reason = fields->string(QStringLiteral("reason"), true, 500);
    const QString status = fields->string(QStringLiteral("status"), false, 40);
    const QString planId = fields->string(QStringLiteral("planId"), false, 80);
    const QString cycleText = fields->string(QStringLiteral("billingCycle"), false, 20);
    const QString periodEndText = fields->string(QStringLiteral("currentPeriodEnd"), false, 40);
    const auto cancelAtEnd = fields->boolean(QStringLiteral("cancelAtPeriodEnd"));
    if (!fields->ok())
        return fields->error();
    static const QStringList known = {QStringLiteral("reason"), QStringLiteral("status"), QStringLiteral("planId"),
        QStringLiteral("billingCycle"), QStringLiteral("currentPeriodEnd"), QStringLiteral("cancelAtPeriodEnd")};
    for (const QString &key : fields->object().keys())
        if (!known.contains(key))
            return HttpResponse::error(400, QStringLiteral("unknown_field"),
                QStringLiteral("“%1” cannot be changed here; use one of %2.")
                    .arg(key, known.mid(1).join(QStringLiteral(", "))),
                key);
    QStringList sets;
    QVariantList binds;
    QStringList changes;
    if (!status.isEmpty()) {
        if (!subscriptionStatusFromString(status))
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("status “%1” is not one of %2.")
                    .arg(status, subscriptionStatusNames().join(QStringLiteral(", "))),
                QStringLiteral("status"));
        sets << QStringLiteral("status = ?");
        binds << status;
        changes << QStringLiteral("status %1 → %2").arg(row->value(QStringLiteral("status")).toString(), status);
        if (status == QLatin1String("cancelled")) {
            sets << QStringLiteral("cancelled_at = ?");
            binds << ctx.now();
        }
    }
    BillingCycle cycle = *billingCycleFromString(row->value(QStringLiteral("billing_cycle")).toString());
    if (!cycleText.isEmpty()) {
        const auto c = billingCycleFromString(cycleText);
        if (!c)
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("billingCycle must be monthly or yearly."), QStringLiteral("billingCycle"));
        cycle = *c;
        sets << QStringLiteral("billing_cycle = ?");
        binds << cycleText;
        changes << QStringLiteral("cycle → %1").arg(cycleText);
    }
    if (!planId.isEmpty() || !cycleText.isEmpty()) {
        const QString effectivePlan = planId.isEmpty() ? row->value(QStringLiteral("plan_id")).toString() : planId;
        const auto plan = planRow(ctx, effectivePlan);
        if (!plan)
            return HttpResponse::error(400, QStringLiteral("unknown_plan"),
                QStringLiteral("There is no plan %1.").arg(planId), QStringLiteral("planId"));
        sets << QStringLiteral("plan_id = ?") << QStringLiteral("amount_minor = ?") << QStringLiteral("currency = ?");
        binds << effectivePlan << planPrice(*plan, cycle).minorUnits() << plan->value(QStringLiteral("currency"));
        if (!planId.isEmpty())
            changes << QStringLiteral("plan %1 → %2").arg(row->value(QStringLiteral("plan_id")).toString(), planId);
    }
    if (!periodEndText.isEmpty()) {
        const QDateTime end = QDateTime::fromString(periodEndText, Qt::ISODate);
        const qint64 start = row->value(QStringLiteral("current_period_start")).toLongLong();
        if (!end.isValid() || end.toSecsSinceEpoch() <= start)
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("currentPeriodEnd must be an ISO 8601 time after the period start (%1).")
                    .arg(isoTime(start)),
                QStringLiteral("currentPeriodEnd"));
        sets << QStringLiteral("current_period_end = ?");
        binds << end.toSecsSinceEpoch();
        changes << QStringLiteral("period end → %1").arg(end.toUTC().toString(Qt::ISODate));
    }
    if (cancelAtEnd) {
        sets << QStringLiteral("cancel_at_period_end = ?");
        binds << (*cancelAtEnd ? 1 : 0);
        changes << QStringLiteral("cancel at period end → %1")
                       .arg(*cancelAtEnd ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    if (sets.isEmpty())
        return HttpResponse::error(400, QStringLiteral("nothing_to_change"),
            QStringLiteral("Name at least one of status, planId, billingCycle, currentPeriodEnd, cancelAtPeriodEnd."));
    Transaction tx(ctx.db);
    sets << QStringLiteral("updated_at = ?");
    binds << ctx.now() << id;
    ctx.db.exec(
        QStringLiteral("UPDATE subscriptions SET ") + sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"),
        binds);
    recordEvent(ctx, id, SubscriptionEventKind::Patched, actorOf(req), reason, changes.join(QStringLiteral("; ")));
    tx.commit();
    return HttpResponse::json(subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {id})));
}

namespace {

// An upgrade is charged at once through the saved mandate, as Razorpay does: an order paid by
// the mandate, an invoice of the two proration lines, and the payment. Returns the invoice id.
QString chargePlanChange(Context &ctx, const QString &orgId, const QString &subId, const QVariantMap *sub,
    const QVariantMap *plan, const Proration &pr, const TaxQuote &quote, qint64 changeAt, qint64 newEnd)
{
    const QString currency = sub->value(QStringLiteral("currency")).toString();
    const qint64 now = ctx.now();
    // Charged at once through the saved mandate, as Razorpay does for an upgrade.
    const QString orderId = createRazorpayOrder(
        ctx, quote.total.minorUnits(), currency, QJsonObject{{QStringLiteral("plan_change"), subId}});
    const QString payId = newId("pay_");
    ctx.db.exec(QStringLiteral("INSERT INTO rzp_payments (id, order_id, amount, currency, status, method, created_at)"
                               " VALUES (?, ?, ?, ?, 'captured', 'emandate', ?)"),
        {payId, orderId, quote.total.minorUnits(), currency, now});
    ctx.db.exec(
        QStringLiteral("UPDATE rzp_orders SET status = 'paid', amount_paid = amount, attempts = 1 WHERE id = ?"),
        {orderId});
    auto lineFor = [&](const QString &text, const Money &amount) {
        InvoiceLine l;
        l.description = text;
        l.hsnSac = plan->value(QStringLiteral("hsn_sac")).toString();
        l.quantity = 1;
        l.unitPrice = amount;
        l.discount = Money::fromMinor(0, currency);
        l.amount = amount;
        l.periodStart = QDateTime::fromSecsSinceEpoch(changeAt, Qt::UTC);
        l.periodEnd = QDateTime::fromSecsSinceEpoch(newEnd, Qt::UTC);
        return l;
    };
    const Invoice inv = issueInvoice(ctx, orgId, subId,
        {lineFor(
             QStringLiteral("Unused time on %1").arg(sub->value(QStringLiteral("plan_name")).toString()), pr.credit),
            lineFor(
                QStringLiteral("Remaining time on %1").arg(plan->value(QStringLiteral("name")).toString()), pr.debit)},
        now, true, {payId});
    ctx.db.exec(
        QStringLiteral("INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id, provider_order_id,"
                       " method, status, amount_minor, currency, created_at) VALUES (?, ?, ?, 'razorpay', ?, ?, "
                       "'emandate', 'captured', ?, ?, ?)"),
        {newId("pmt_"), orgId, inv.id, payId, orderId, quote.total.minorUnits(), currency, now});
    return inv.id;
}

} // namespace

HttpResponse SubscriptionsController::previewPlanChange(const HttpRequest &req)
{
    return planChange(req, true);
}

HttpResponse SubscriptionsController::changePlan(const HttpRequest &req)
{
    // {"preview": true} on the documented endpoint is this sandbox's older spelling of the preview;
    // a server written from the document alone knows nothing of it (--documented-only).
    return planChange(req, false);
}

HttpResponse SubscriptionsController::planChange(const HttpRequest &req, bool previewOnly)
{
    if (auto denied = requireRole(req, kOwnerAdmin))
        return *denied;
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error);
    if (!fields)
        return error;
    const QString planId = fields->string(QStringLiteral("planId"), true, 80);
    const QString cycleText = fields->string(QStringLiteral("billingCycle"), false, 20);
    const QString reason = fields->string(QStringLiteral("reason"), false, 500);
    const bool preview =
        previewOnly || (!ctx.documentedOnly && fields->boolean(QStringLiteral("preview")).value_or(false));
    if (!fields->ok())
        return fields->error();
    settlePeriodEnds(ctx);
    const auto sub = currentSubscription(ctx, req.principal->orgId);
    if (!sub || sub->value(QStringLiteral("status")).toString() != QLatin1String("active"))
        return HttpResponse::error(409, QStringLiteral("no_active_subscription"),
            QStringLiteral("There is no active subscription to change; start a checkout instead."));
    const BillingCycle currentCycle = *billingCycleFromString(sub->value(QStringLiteral("billing_cycle")).toString());
    BillingCycle cycle = currentCycle;
    if (!cycleText.isEmpty()) {
        const auto c = billingCycleFromString(cycleText);
        if (!c)
            return HttpResponse::error(400, QStringLiteral("invalid_field"),
                QStringLiteral("billingCycle must be monthly or yearly, not “%1”.").arg(cycleText),
                QStringLiteral("billingCycle"));
        cycle = *c;
    }
    const auto plan = planRow(ctx, planId);
    if (!plan || plan->value(QStringLiteral("active")).toLongLong() == 0)
        return HttpResponse::error(400, QStringLiteral("unknown_plan"),
            QStringLiteral("There is no plan “%1”.").arg(planId), QStringLiteral("planId"));
    if (planId == sub->value(QStringLiteral("plan_id")).toString() && cycle == currentCycle)
        return HttpResponse::error(400, QStringLiteral("same_plan"),
            QStringLiteral("The subscription is already on %1, %2.")
                .arg(plan->value(QStringLiteral("name")).toString(), billingCycleToString(cycle)),
            QStringLiteral("planId"));
    const QString currency = sub->value(QStringLiteral("currency")).toString();
    if (plan->value(QStringLiteral("currency")).toString() != currency)
        return HttpResponse::error(400, QStringLiteral("currency_mismatch"),
            QStringLiteral("%1 is billed in %2; the subscription is in %3.")
                .arg(plan->value(QStringLiteral("name")).toString(), plan->value(QStringLiteral("currency")).toString(),
                    currency),
            QStringLiteral("planId"));
    const qint64 now = ctx.now();
    const qint64 start = sub->value(QStringLiteral("current_period_start")).toLongLong();
    const qint64 end = sub->value(QStringLiteral("current_period_end")).toLongLong();
    const Money oldPrice = Money::fromMinor(sub->value(QStringLiteral("amount_minor")).toLongLong(), currency);
    const Money newPrice = planPrice(*plan, cycle);
    // Same cycle: both sides prorated to the end of the period. New cycle: the unused part of
    // the old price is credited and the new period starts now at the full new price.
    Proration pr;
    qint64 newStart = start;
    qint64 newEnd = end;
    const qint64 changeAt = std::clamp(now, start, end);
    if (cycle == currentCycle) {
        pr = *prorate(oldPrice, newPrice, start, end, changeAt);
    } else {
        const Money credit = *oldPrice.scaled(end - changeAt, end - start)->negated();
        pr = {credit, newPrice, *newPrice.plus(credit)};
        newStart = now;
        newEnd = periodEndFor(now, cycle);
    }
    const auto org = ctx.db.one(QStringLiteral("SELECT * FROM orgs WHERE id = ?"), {req.principal->orgId});
    const TaxQuote quote =
        exactOrThrow(quoteTax(ctx, *org, pr.net.isNegative() ? Money::fromMinor(0, currency) : pr.net));
    QJsonObject previewJson{
        {QStringLiteral("currentPlanId"), sub->value(QStringLiteral("plan_id")).toString()},
        {QStringLiteral("currentPlanName"), sub->value(QStringLiteral("plan_name")).toString()},
        {QStringLiteral("currentBillingCycle"), billingCycleToString(currentCycle)},
        {QStringLiteral("currentPrice"), oldPrice.toWireString()},
        {QStringLiteral("proposedPlanId"), planId},
        {QStringLiteral("proposedPlanName"), plan->value(QStringLiteral("name")).toString()},
        {QStringLiteral("proposedBillingCycle"), billingCycleToString(cycle)},
        {QStringLiteral("proposedPrice"), newPrice.toWireString()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("credit"), pr.credit.toWireString()},
        {QStringLiteral("debit"), pr.debit.toWireString()},
        {QStringLiteral("net"), pr.net.toWireString()},
        {QStringLiteral("tax"), quote.tax.toWireString()},
        {QStringLiteral("roundOff"), quote.roundOff.toWireString()},
        {QStringLiteral("amountDueNow"), quote.total.toWireString()},
        {QStringLiteral("creditCarriedForward"),
            pr.net.isNegative() ? pr.net.negated()->toWireString() : Money::fromMinor(0, currency).toWireString()},
        {QStringLiteral("changeAt"), isoTime(changeAt)},
        {QStringLiteral("periodStart"), isoTime(start)},
        {QStringLiteral("periodEnd"), isoTime(end)},
        {QStringLiteral("newPeriodStart"), isoTime(newStart)},
        {QStringLiteral("newPeriodEnd"), isoTime(newEnd)},
    };
    if (preview)
        return HttpResponse::json(QJsonObject{{QStringLiteral("preview"), previewJson}});

    Transaction tx(ctx.db);
    const QString subId = sub->value(QStringLiteral("id")).toString();
    ctx.db.exec(QStringLiteral("UPDATE subscriptions SET plan_id = ?, billing_cycle = ?, amount_minor = ?,"
                               " current_period_start = ?, current_period_end = ?, updated_at = ? WHERE id = ?"),
        {planId, billingCycleToString(cycle), newPrice.minorUnits(), newStart, newEnd, now, subId});
    QString invoiceId;
    if (pr.net.isNegative()) {
        ctx.db.exec(QStringLiteral("UPDATE orgs SET account_credit_minor = account_credit_minor + ? WHERE id = ?"),
            {pr.net.negated()->minorUnits(), req.principal->orgId});
    } else if (!pr.net.isZero()) {
        invoiceId = chargePlanChange(ctx, req.principal->orgId, subId, &*sub, &*plan, pr, quote, changeAt, newEnd);
    }
    recordEvent(ctx, subId, SubscriptionEventKind::PlanChanged, actorOf(req), reason,
        QStringLiteral("%1 (%2) → %3 (%4); net %5 %6")
            .arg(sub->value(QStringLiteral("plan_name")).toString(), billingCycleToString(currentCycle),
                plan->value(QStringLiteral("name")).toString(), billingCycleToString(cycle), pr.net.toWireString(),
                currency));
    tx.commit();
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("preview"), previewJson},
        {QStringLiteral("subscription"),
            subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {subId}))},
        {QStringLiteral("invoiceId"), invoiceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(invoiceId)},
    });
}

HttpResponse SubscriptionsController::cancel(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOwnerAdmin))
        return *denied;
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error, true);
    if (!fields)
        return error;
    const bool atPeriodEnd = fields->boolean(QStringLiteral("atPeriodEnd")).value_or(true);
    const QString reason = fields->string(QStringLiteral("reason"), false, 500);
    if (!fields->ok())
        return fields->error();
    settlePeriodEnds(ctx);
    const auto sub = currentSubscription(ctx, req.principal->orgId);
    const QString status = sub ? sub->value(QStringLiteral("status")).toString() : QString();
    if (!sub || !QString::fromLatin1(kLiveStatuses).contains(u'\'' + status + u'\''))
        return HttpResponse::error(409, QStringLiteral("no_active_subscription"),
            QStringLiteral("There is no active subscription to cancel."));
    const QString subId = sub->value(QStringLiteral("id")).toString();
    const qint64 end = sub->value(QStringLiteral("current_period_end")).toLongLong();
    Transaction tx(ctx.db);
    if (atPeriodEnd) {
        if (sub->value(QStringLiteral("cancel_at_period_end")).toLongLong() != 0)
            return HttpResponse::error(409, QStringLiteral("already_cancelling"),
                QStringLiteral("The subscription is already set to end on %1.").arg(humanDate(end)));
        ctx.db.exec(QStringLiteral("UPDATE subscriptions SET cancel_at_period_end = 1, updated_at = ? WHERE id = ?"),
            {ctx.now(), subId});
        recordEvent(ctx, subId, SubscriptionEventKind::CancelScheduled, actorOf(req), reason,
            QStringLiteral("Ends on %1").arg(humanDate(end)));
    } else {
        const qint64 now = ctx.now();
        ctx.db.exec(
            QStringLiteral("UPDATE subscriptions SET status = 'cancelled', cancelled_at = ?, current_period_end = ?,"
                           " cancel_at_period_end = 0, updated_at = ? WHERE id = ?"),
            {now, std::min(now, end), now, subId});
        recordEvent(ctx, subId, SubscriptionEventKind::Cancelled, actorOf(req), reason,
            QStringLiteral("Cancelled immediately"));
    }
    tx.commit();
    return HttpResponse::json(subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {subId})));
}

HttpResponse SubscriptionsController::resume(const HttpRequest &req)
{
    if (auto denied = requireRole(req, kOwnerAdmin))
        return *denied;
    HttpResponse error;
    auto fields = JsonFields::parse(req.body, &error, true);
    if (!fields)
        return error;
    const QString reason = fields->string(QStringLiteral("reason"), false, 500);
    if (!fields->ok())
        return fields->error();
    settlePeriodEnds(ctx);
    const auto sub = currentSubscription(ctx, req.principal->orgId);
    if (!sub)
        return HttpResponse::error(
            409, QStringLiteral("no_subscription"), QStringLiteral("There is no subscription to resume."));
    const QString status = sub->value(QStringLiteral("status")).toString();
    if (status == QLatin1String("cancelled") || status == QLatin1String("expired")
        || status == QLatin1String("completed"))
        return HttpResponse::error(409, QStringLiteral("cannot_resume"),
            QStringLiteral("The subscription ended on %1 and can no longer be resumed; start a new checkout.")
                .arg(humanDate(sub->value(QStringLiteral("cancelled_at")).toLongLong())));
    if (sub->value(QStringLiteral("cancel_at_period_end")).toLongLong() == 0)
        return HttpResponse::error(409, QStringLiteral("not_cancelling"),
            QStringLiteral("The subscription is not set to cancel; there is nothing to resume."));
    const QString subId = sub->value(QStringLiteral("id")).toString();
    Transaction tx(ctx.db);
    ctx.db.exec(QStringLiteral("UPDATE subscriptions SET cancel_at_period_end = 0, updated_at = ? WHERE id = ?"),
        {ctx.now(), subId});
    recordEvent(
        ctx, subId, SubscriptionEventKind::Resumed, actorOf(req), reason, QStringLiteral("Cancellation withdrawn"));
    tx.commit();
    return HttpResponse::json(subscriptionJson(ctx, *subscriptionRow(ctx, QStringLiteral("s.id = ?"), {subId})));
}

// Test hook of the Razorpay simulator: the next renewal charge of this subscription is declined.
HttpResponse SubscriptionsController::failNextRenewal(const HttpRequest &req)
{
    if (auto denied = requireRole(req, {Role::SuperAdmin}))
        return *denied;
    const QString id = req.params.value(QStringLiteral("id"));
    if (!ctx.db.one(QStringLiteral("SELECT id FROM subscriptions WHERE id = ?"), {id}))
        return HttpResponse::error(
            404, QStringLiteral("not_found"), QStringLiteral("There is no subscription %1.").arg(id));
    ctx.db.exec(QStringLiteral("UPDATE subscriptions SET fail_next_renewal = 1 WHERE id = ?"), {id});
    return HttpResponse::json(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("failNextRenewal"), true}});
}

} // namespace bc::sandbox
