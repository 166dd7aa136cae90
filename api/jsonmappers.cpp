#include "jsonmappers.h"

#include "models/words.h"

#include <QJsonArray>

namespace bc::json {

namespace {

// Reads one amount into *out; false (with *error) when it cannot be exact. An absent amount is
// fine unless `required`.
template<typename O>
bool money(const O &o, std::initializer_list<const char *> names, const AmountConvention &c, Money *out, QString *error,
    bool required = true)
{
    QString why;
    const std::optional<Money> m = o.money(names, c, &why);
    if (m) {
        *out = *m;
        return true;
    }
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (required) {
        *error = QStringLiteral("%1 is missing").arg(QLatin1String(*names.begin()));
        return false;
    }
    return true;
}

std::optional<BillingCycle> cycleOf(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QString t = text.toLower();
    if (t == QLatin1String("month") || t == QLatin1String("monthly"))
        return BillingCycle::Monthly;
    if (t == QLatin1String("year") || t == QLatin1String("yearly") || t == QLatin1String("annual")
        || t == QLatin1String("annually"))
        return BillingCycle::Yearly;
    return std::nullopt;
}

// "trialing" and "incomplete" are Stripe's; "canceled" the American spelling.
SubscriptionStatus subscriptionStatusOf(const QString &text)
{
    if (text.compare(QLatin1String("trialing"), Qt::CaseInsensitive) == 0)
        return SubscriptionStatus::Active;
    if (text.compare(QLatin1String("unpaid"), Qt::CaseInsensitive) == 0)
        return SubscriptionStatus::PastDue;
    if (text.compare(QLatin1String("incomplete"), Qt::CaseInsensitive) == 0)
        return SubscriptionStatus::Pending;
    return readWireWord(text, SubscriptionStatus::Other);
}

} // namespace

bool toIdentity(const Object &o, Identity *out, QString *error)
{
    const Object user = o.object({"user"});
    const Object org = o.object({"org", "organisation", "organization"});
    out->userId = user.text({"id"});
    out->email = user.text({"email"});
    out->name = user.text({"name"});
    out->role = roleFromString(o.text({"role"}));
    out->orgId = org.text({"id"});
    out->orgName = org.text({"name"});
    out->families.clear();
    for (const QCborValue &f : o.list({"families"}))
        out->families << f.toString();
    if (out->role == Role::Unknown) {
        *error = QStringLiteral("unknown role “%1”").arg(o.text({"role"}));
        return false;
    }
    return true;
}

bool toSubscription(const Object &o, const AmountConvention &c, Subscription *out, QString *error)
{
    Subscription s;
    const Object plan = o.object({"plan"});
    const Object org = o.object({"org", "organisation", "organization", "customer"});
    s.id = o.text({"id", "subscriptionId", "_id"});
    s.orgId = o.text({"orgId", "organisationId", "organizationId", "customerId"});
    if (s.orgId.isEmpty())
        s.orgId = org.text({"id"});
    s.orgName = o.text({"orgName", "organisationName", "organizationName", "customerName"});
    if (s.orgName.isEmpty())
        s.orgName = org.text({"name"});
    s.planId = o.text({"planId"});
    if (s.planId.isEmpty())
        s.planId = plan.text({"id"});
    s.planName = o.text({"planName"});
    if (s.planName.isEmpty())
        s.planName = plan.text({"name"});
    if (s.planName.isEmpty())
        s.planName = s.planId;
    if (s.id.isEmpty()) {
        *error = QStringLiteral("a subscription without an id");
        return false;
    }
    s.status = subscriptionStatusOf(o.text({"status"}));
    s.billingCycle = cycleOf(o.text({"billingCycle", "cycle", "interval"})).value_or(BillingCycle::Monthly);
    if (!money(o, {"amount", "price"}, c, &s.amount, error, false))
        return false;
    if (!s.amount.isValid()) { // the plan's price for the cycle, when the subscription does not say
        AmountConvention own = c;
        own.currency = o.currency(c);
        if (!money(plan, {s.billingCycle == BillingCycle::Yearly ? "priceYearly" : "priceMonthly", "price"}, own,
                &s.amount, error, false))
            return false;
    }
    s.currentPeriodStart = o.time({"currentPeriodStart", "periodStart"});
    s.currentPeriodEnd = o.time({"currentPeriodEnd", "periodEnd", "renewsAt"});
    s.cancelAtPeriodEnd = o.flag({"cancelAtPeriodEnd"}).value_or(false);
    s.cancelledAt = o.time({"cancelledAt", "canceledAt"});
    s.providerSubscriptionId = o.text({"providerSubscriptionId", "razorpaySubscriptionId"});
    s.providerCustomerId = o.text({"providerCustomerId", "razorpayCustomerId"});
    s.createdAt = o.time({"createdAt"});
    s.updatedAt = o.time({"updatedAt"});
    *out = s;
    return true;
}

bool toSubscriptionEvents(const Object &o, QList<SubscriptionEvent> *out, QString *)
{
    out->clear();
    for (const QCborValue &v : o.list({"history", "events"})) {
        const Object e(v);
        out->append(
            {e.time({"at", "createdAt"}), readWireWord(e.text({"kind", "type", "event"}), SubscriptionEventKind::Other),
                e.text({"actor", "by"}), e.text({"reason"}), e.text({"detail", "description"})});
    }
    return true;
}

bool toPlan(const Object &o, const AmountConvention &c, Plan *out, QString *error)
{
    Plan p;
    p.id = o.text({"id"});
    p.name = o.text({"name"});
    p.description = o.text({"description"});
    p.active = o.flag({"active"}).value_or(true);
    if (!money(o, {"priceMonthly", "monthlyPrice", "monthly"}, c, &p.priceMonthly, error)
        || !money(o, {"priceYearly", "yearlyPrice", "yearly"}, c, &p.priceYearly, error))
        return false;
    *out = p;
    return true;
}

namespace {

template<typename O>
bool paymentFrom(const O &o, const AmountConvention &c, Payment *out, QString *error)
{
    Payment p;
    p.id = o.text({"id", "paymentId"});
    p.orgId = o.text({"orgId", "organisationId", "organizationId", "customerId"});
    p.orgName = o.text({"orgName", "organisation", "organization", "organisationName", "organizationName",
        "customerName", "customer"});
    p.invoiceId = o.text({"invoiceId"});
    p.invoiceNumber = o.text({"invoiceNumber", "invoiceNo"});
    p.providerPaymentId = o.text({"providerPaymentId", "razorpayPaymentId"});
    p.providerOrderId = o.text({"providerOrderId", "razorpayOrderId", "orderId"});
    p.method = readWireWord(o.text({"method", "paymentMethod"}), PaymentMethod::Other);
    p.status = readWireWord(o.text({"status"}), PaymentStatus::Other);
    p.createdAt = o.time({"createdAt", "date", "paidAt", "capturedAt"});
    if (!money(o, {"amount"}, c, &p.amount, error))
        return false;
    *out = p;
    return true;
}

} // namespace

bool toPayment(const Object &o, const AmountConvention &c, Payment *out, QString *error)
{
    return paymentFrom(o, c, out, error);
}

bool toPayment(const wire::Row &o, const AmountConvention &c, Payment *out, QString *error)
{
    return paymentFrom(o, c, out, error);
}

bool toInvoiceSummary(const Object &o, const AmountConvention &c, Invoice *out, QString *error)
{
    Invoice inv;
    inv.id = o.text({"id", "invoiceId"});
    inv.number = o.text({"number", "invoiceNumber", "invoiceNo"});
    if (inv.number.isEmpty())
        inv.number = inv.id;
    inv.orgId = o.text({"orgId", "organisationId", "organizationId"});
    inv.buyerName = o.text({"orgName", "organisationName", "organizationName", "customerName"});
    if (inv.buyerName.isEmpty())
        inv.buyerName = o.object({"buyer"}).text({"name"});
    inv.subscriptionId = o.text({"subscriptionId"});
    inv.status = readWireWord(o.text({"status"}), InvoiceStatus::Other);
    inv.currency = o.currency(c);
    inv.issuedAt = o.time({"issuedAt", "date", "createdAt"});
    if (!money(o, {"total", "amount"}, c, &inv.total, error)
        || !money(o, {"amountPaid", "paid"}, c, &inv.amountPaid, error, false)
        || !money(o, {"amountDue", "due"}, c, &inv.amountDue, error, false))
        return false;
    if (!inv.amountPaid.isValid())
        inv.amountPaid = inv.status == InvoiceStatus::Paid ? inv.total : Money::fromMinor(0, inv.currency);
    if (!inv.amountDue.isValid())
        inv.amountDue = inv.total.minus(inv.amountPaid).value_or(Money::fromMinor(0, inv.currency));
    *out = inv;
    return true;
}

bool toProrationPreview(const Object &o, const AmountConvention &c, ProrationPreview *out, QString *error)
{
    ProrationPreview p;
    p.currentPlanId = o.text({"currentPlanId"});
    p.currentPlanName = o.text({"currentPlanName"});
    p.proposedPlanId = o.text({"proposedPlanId"});
    p.proposedPlanName = o.text({"proposedPlanName"});
    const auto cycle = cycleOf(o.text({"proposedBillingCycle"}));
    const auto currentCycle = cycleOf(o.text({"currentBillingCycle"}));
    if (!cycle || !currentCycle) {
        *error = QStringLiteral("unknown billing cycle in preview");
        return false;
    }
    p.billingCycle = *cycle;
    p.currentCycle = *currentCycle;
    if (!money(o, {"currentPrice"}, c, &p.currentPrice, error)
        || !money(o, {"proposedPrice"}, c, &p.proposedPrice, error) || !money(o, {"credit"}, c, &p.credit, error)
        || !money(o, {"debit"}, c, &p.debit, error) || !money(o, {"net"}, c, &p.net, error)
        || !money(o, {"tax"}, c, &p.tax, error) || !money(o, {"amountDueNow"}, c, &p.amountDueNow, error)
        || !money(o, {"creditCarriedForward"}, c, &p.creditCarriedForward, error))
        return false;
    p.newPeriodEnd = o.time({"newPeriodEnd"});
    p.changeAt = o.time({"changeAt"});
    p.periodStart = o.time({"periodStart"});
    p.periodEnd = o.time({"periodEnd"});
    *out = p;
    return true;
}

QJsonObject fromSubscriptionPatch(const SubscriptionPatch &p, const QString &reason)
{
    QJsonObject body{{QStringLiteral("reason"), reason}};
    if (p.status)
        body.insert(QStringLiteral("status"), wireWord(*p.status));
    if (p.planId)
        body.insert(QStringLiteral("planId"), *p.planId);
    if (p.billingCycle)
        body.insert(QStringLiteral("billingCycle"), wireWord(*p.billingCycle));
    if (p.cancelAtPeriodEnd)
        body.insert(QStringLiteral("cancelAtPeriodEnd"), *p.cancelAtPeriodEnd);
    return body;
}

bool toCreditTransaction(const Object &o, CreditTransaction *out, QString *error)
{
    CreditTransaction t;
    t.id = o.text({"id", "_id"});
    t.type = readWireWord(o.text({"type"}), CreditTransactionType::Other);
    const std::optional<qint64> amount = o.integer({"amount", "credits"});
    if (!amount) {
        *error = QStringLiteral("a transaction whose amount is not a whole number of credits");
        return false;
    }
    t.amount = *amount;
    t.balanceAfter = o.integer({"balance_after", "balance"}).value_or(0);
    t.description = o.text({"description"});
    t.createdAt = o.time({"created_at", "date"});
    t.orgId = o.text({"org_id", "organisation_id", "organization_id", "user_id"});
    t.orgName = o.text({"org_name", "organisation_name", "organization_name", "user_name"});
    t.operatorEmail = o.text({"operator"});
    t.reason = fromWireWord<AdjustmentReason>(o.text({"reason_code", "reason"}));
    t.note = o.text({"note"});
    *out = t;
    return true;
}

bool toCreditPlan(const Object &o, const AmountConvention &c, CreditPlan *out, QString *error)
{
    CreditPlan p;
    p.id = o.text({"id"});
    p.name = o.text({"name"});
    p.description = o.text({"description"});
    if (!money(o, {"price_monthly", "monthly_price"}, c, &p.priceMonthly, error)
        || !money(o, {"price_yearly", "yearly_price"}, c, &p.priceYearly, error))
        return false;
    p.creditsIncluded = o.integer({"credits_included", "credits"}).value_or(0);
    for (const QCborValue &f : o.list({"features"}))
        p.features << f.toString();
    p.stripePriceMonthly = o.text({"stripe_price_monthly"});
    p.stripePriceYearly = o.text({"stripe_price_yearly"});
    p.creemProductId = o.text({"creem_product_id"});
    p.active = o.flag({"active", "is_active"}).value_or(true);
    *out = p;
    return true;
}

bool toCreditOrder(const Object &o, const AmountConvention &c, CreditOrder *out, QString *error)
{
    CreditOrder r;
    r.id = o.text({"id", "order_id"});
    r.type = readWireWord(o.text({"type"}), OrderType::Other);
    r.planId = o.text({"plan_id"});
    r.billingCycle = cycleOf(o.text({"billing_cycle"}));
    r.credits = o.integer({"credits"}).value_or(0);
    r.channel = readWireWord(o.text({"channel", "provider"}), PaymentChannel::Other);
    r.status = readWireWord(o.text({"status"}), OrderStatus::Other);
    r.createdAt = o.time({"created_at"});
    r.paidAt = o.time({"paid_at"});
    if (!money(o, {"amount", "price"}, c, &r.amount, error, false))
        return false;
    *out = r;
    return true;
}

bool toCreditSubscription(const Object &o, const AmountConvention &c, CreditSubscription *out, QString *error)
{
    CreditSubscription s;
    s.id = o.text({"id"});
    s.planId = o.text({"plan_id"});
    s.planName = o.text({"plan_name"});
    s.creditsIncluded = o.integer({"credits_included"}).value_or(0);
    s.channel = readWireWord(o.text({"channel"}), PaymentChannel::Other);
    s.status = subscriptionStatusOf(o.text({"status"}));
    s.billingCycle = cycleOf(o.text({"billing_cycle"})).value_or(BillingCycle::Monthly);
    if (!money(o, {"amount"}, c, &s.amount, error, false))
        return false;
    s.currentPeriodStart = o.time({"current_period_start"});
    s.currentPeriodEnd = o.time({"current_period_end"});
    s.cancelAtPeriodEnd = o.flag({"cancel_at_period_end"}).value_or(false);
    *out = s;
    return true;
}

bool toCoupon(const Object &o, const AmountConvention &c, Coupon *out, QString *error)
{
    Coupon r;
    r.code = o.text({"code", "id"});
    r.duration = readWireWord(o.text({"duration"}), CouponDuration::Once);
    r.durationInMonths = int(o.integer({"duration_in_months"}).value_or(0));
    r.validFrom = o.time({"valid_from"});
    r.validUntil = o.time({"valid_until", "expires_at", "redeem_by"});
    r.maxRedemptions = o.integer({"max_redemptions"}).value_or(-1);
    r.redemptions = o.integer({"redemptions", "times_redeemed"}).value_or(0);
    const QString kind = o.text({"kind", "type"});
    r.kind = kind.isEmpty() ? (o.has({"amount_off"}) ? CouponKind::Amount : CouponKind::Percent)
                            : readWireWord(kind, CouponKind::Percent);
    if (r.kind == CouponKind::Percent) {
        // "25.00" or 12.5 percent, read exactly into basis points (two decimals, as a 2-decimal currency).
        const QString text = o.text({"percent_off"});
        MoneyParseError e = MoneyParseError::None;
        const Money bp = Money::parse(text, QStringLiteral("USD"), &e);
        if (!bp.isValid()) {
            *error = QStringLiteral("percent_off: %1").arg(Money::parseErrorMessage(e, text, QStringLiteral("USD")));
            return false;
        }
        r.percentOffBasisPoints = int(bp.minorUnits());
    } else if (!money(o, {"amount_off"}, c, &r.amountOff, error)) {
        return false;
    }
    *out = r;
    return true;
}

bool toCheckinResult(const Object &o, CheckinResult *out, QString *)
{
    out->creditsAwarded = o.integer({"credits_awarded", "credits", "awarded", "amount"}).value_or(0);
    out->balance = o.integer({"balance", "balance_after"}).value_or(0);
    out->day = o.time({"day", "date", "checked_in_at", "created_at"}).date();
    if (!out->day.isValid())
        out->day = QDate::currentDate();
    return true;
}

bool toCheckinConfig(const Object &o, CheckinConfig *out, QString *error)
{
    const std::optional<qint64> credits = o.integer({"credits", "daily_credits", "amount", "reward"});
    if (!credits) {
        *error = QStringLiteral("a check-in configuration without its credits");
        return false;
    }
    out->enabled = o.flag({"enabled", "active"}).value_or(true);
    out->credits = *credits;
    return true;
}

bool toOrgSummary(const Object &o, OrgSummary *out, QString *)
{
    *out = {o.text({"id"}), o.text({"name"}), o.text({"email"}), o.integer({"balance"}).value_or(0)};
    return !out->id.isEmpty();
}

QJsonObject fromCreditPlan(const CreditPlan &p, const AmountConvention &c)
{
    QJsonArray features;
    for (const QString &f : p.features)
        features.append(f);
    QJsonObject o{{QStringLiteral("name"), p.name}, {QStringLiteral("description"), p.description},
        {QStringLiteral("price_monthly"), wire::numberValue(wire::moneyNumberText(p.priceMonthly, c.units))},
        {QStringLiteral("price_yearly"), wire::numberValue(wire::moneyNumberText(p.priceYearly, c.units))},
        {QStringLiteral("credits_included"), p.creditsIncluded}, {QStringLiteral("features"), features},
        {QStringLiteral("active"), p.active}};
    // Fields the document does not show only when they say something.
    if (!p.id.isEmpty())
        o.insert(QStringLiteral("id"), p.id);
    if (p.priceMonthly.currency() != c.currency)
        o.insert(QStringLiteral("currency"), p.priceMonthly.currency());
    if (!p.creemProductId.isEmpty())
        o.insert(QStringLiteral("creem_product_id"), p.creemProductId);
    if (!p.stripePriceMonthly.isEmpty())
        o.insert(QStringLiteral("stripe_price_monthly"), p.stripePriceMonthly);
    if (!p.stripePriceYearly.isEmpty())
        o.insert(QStringLiteral("stripe_price_yearly"), p.stripePriceYearly);
    return o;
}

QJsonObject fromCreditPlanChange(const CreditPlan &plan, const AmountConvention &c)
{
    QJsonObject changes = fromCreditPlan(plan, c);
    changes.remove(QStringLiteral("id"));
    changes.remove(QStringLiteral("currency"));
    return changes;
}

QJsonObject fromCouponDraft(const CouponDraft &d)
{
    QJsonObject body{{QStringLiteral("code"), d.code}, {QStringLiteral("duration"), wireWord(d.duration)}};
    if (d.validUntil.isValid())
        body.insert(QStringLiteral("valid_until"), d.validUntil.toString(Qt::ISODate));
    if (d.kind == CouponKind::Percent) {
        body.insert(QStringLiteral("percent_off"),
            Money::fromMinor(d.percentOffBasisPoints, QStringLiteral("USD")).toWireString());
    } else {
        body.insert(QStringLiteral("amount_off"), d.amountOff.toWireString());
        body.insert(QStringLiteral("currency"), d.amountOff.currency());
    }
    if (d.duration == CouponDuration::Repeating)
        body.insert(QStringLiteral("duration_in_months"), d.durationInMonths);
    if (d.maxRedemptions > 0)
        body.insert(QStringLiteral("max_redemptions"), d.maxRedemptions);
    return body;
}

QJsonObject fromManualAdjustment(const ManualAdjustment &a)
{
    return {{QStringLiteral("org_id"), a.orgId}, {QStringLiteral("amount"), a.amount},
        {QStringLiteral("reason_code"), wireWord(a.reason)}, {QStringLiteral("note"), a.note},
        {QStringLiteral("allow_negative"), a.allowNegative}};
}

QJsonObject fromCheckinConfig(const CheckinConfig &c)
{
    return {{QStringLiteral("enabled"), c.enabled}, {QStringLiteral("credits"), c.credits}};
}

bool toTierStatus(const Object &o, TierStatus *out, QString *error)
{
    const QString plan = o.text({"plan", "plan_tier", "tier"});
    if (plan.isEmpty()) {
        *error = QStringLiteral("billing status without a plan");
        return false;
    }
    out->plan = readWireWord(plan, TierPlan::Other);
    const QString status = o.text({"status"});
    out->status = status.isEmpty() ? std::nullopt : std::optional(subscriptionStatusOf(status));
    out->currentPeriodEnd = o.time({"current_period_end"});
    out->cancelAtPeriodEnd = o.flag({"cancel_at_period_end"}).value_or(false);
    return true;
}

static bool toLineItem(const Object &o, const AmountConvention &c, PlatformLineItem *out, QString *error)
{
    out->id = o.text({"_id", "id"});
    out->name = o.text({"name"});
    out->term = o.text({"term"});
    const Object price = o.object({"price"});
    AmountConvention own = c;
    own.currency = price.currency(c);
    if (!money(price, {"amount"}, own, &out->price, error))
        return false;
    const QString interval = o.object({"recurring"}).text({"interval"});
    if (!interval.isEmpty())
        out->interval = readWireWord(interval, ChargeInterval::Other);
    if (!money(o, {"capped_amount"}, own, &out->cappedAmount, error, false))
        return false;
    if (!out->cappedAmount.isValid())
        out->cappedAmount = Money::fromMinor(0, own.currency);
    return true;
}

bool toPlatformCharge(const Object &o, const AmountConvention &c, PlatformCharge *out, QString *error)
{
    PlatformCharge r;
    r.id = o.text({"_id", "id"});
    r.name = o.text({"name"});
    r.status = readWireWord(o.text({"status"}), ChargeStatus::Other);
    r.trialDays = o.integer({"trial_days"}).value_or(0);
    r.isTest = o.flag({"is_test"}).value_or(false);
    r.activatedOn = o.time({"activated_on"});
    r.cancelledOn = o.time({"cancelled_on"});
    r.billingDate = o.time({"billing_date"});
    r.createdAt = o.time({"created_at"});
    r.version = o.integer({"__v"}).value_or(0);
    if (o.has({"line_items"})) {
        r.kind = ChargeKind::Subscription;
        for (const QCborValue &v : o.list({"line_items"})) {
            PlatformLineItem item;
            if (!toLineItem(Object(v), c, &item, error))
                return false;
            r.lineItems.append(item);
        }
    } else {
        r.kind = ChargeKind::OneTime;
        PlatformLineItem item;
        if (!toLineItem(o.has({"price"}) ? o : o.object({"charge"}), c, &item, error))
            return false;
        r.lineItems.append(item);
    }
    if (r.id.isEmpty()) {
        *error = QStringLiteral("a charge without _id");
        return false;
    }
    *out = r;
    return true;
}

QJsonObject fromPlatformLineItem(const PlatformLineItem &item, const AmountConvention &c)
{
    // The document shows the price's amount and the cap as numbers.
    QJsonObject o{{QStringLiteral("name"), item.name}, {QStringLiteral("term"), item.term},
        {QStringLiteral("price"),
            QJsonObject{{QStringLiteral("amount"), wire::numberValue(wire::moneyNumberText(item.price, c.units))},
                {QStringLiteral("currency_code"), item.price.currency()}}}};
    if (item.cappedAmount.isValid())
        o.insert(QStringLiteral("capped_amount"), wire::numberValue(wire::moneyNumberText(item.cappedAmount, c.units)));
    if (item.interval)
        o.insert(QStringLiteral("recurring"),
            QJsonObject{{QStringLiteral("interval"), wireWord(*item.interval)}, {QStringLiteral("interval_count"), 1}});
    return o;
}

QUrl redirectIn(const QCborValue &root)
{
    // The answer itself first, then the objects inside it, a few levels deep ({"data": {"session": …}}).
    QList<QCborValue> level{root};
    for (int depth = 0; depth < 4 && !level.isEmpty(); ++depth) {
        QList<QCborValue> next;
        for (const QCborValue &value : std::as_const(level)) {
            const Object o(value);
            for (const char *name : {"url", "redirect_url", "checkout_url", "portal_url", "session_url", "confirm_url",
                     "payment_url", "link"}) {
                const QUrl url(o.text({name}));
                if (url.isValid() && !url.scheme().isEmpty())
                    return url;
            }
            const QCborMap map = value.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                if (it.value().isMap())
                    next.append(it.value());
        }
        level = next;
    }
    return {};
}

QVariantMap variantMap(const QCborValue &value)
{
    return value.isMap() ? value.toMap().toVariantMap() : QVariantMap();
}

} // namespace bc::json
