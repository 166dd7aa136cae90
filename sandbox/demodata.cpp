// The demo world: a seller with a GSTIN, organisations across Indian states and abroad, one user
// per role, plans, coupons, and months of subscriptions, invoices and payments.
#include "demodata.h"

#include "auth.h"
#include "credits.h"
#include "invoicing.h"
#include "providersims.h"

#include "models/gstin.h"

#include <QRandomGenerator>

#include <algorithm>

namespace bc::sandbox {

QString makeGstin(const QString &state, const QString &pan)
{
    const QString first14 = state + pan + QStringLiteral("1Z");
    return first14 + gstin::checkCharacter(first14);
}

QString insertOrg(Context &ctx, const QString &name, const QString &email, const QString &address,
    const QString &gstinText, const QString &state, const QString &currency, qint64 at)
{
    const QString id = newId("org_");
    ctx.db.exec(QStringLiteral("INSERT INTO orgs (id, name, email, address, gstin, state_code, currency, created_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, name, email, address, gstinText, state, currency, at});
    return id;
}

namespace {

QString insertUser(Context &ctx, const QString &orgId, const QString &email, const QString &name, Role role,
    const QString &contact, qint64 at)
{
    const QString id = newId("usr_");
    QString salt;
    const QString hash = hashPasswordForStorage(QStringLiteral("sandbox-demo"), &salt);
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO users (id, org_id, email, name, role, contact, password_salt, password_hash, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, orgId, email, name, roleToString(role), contact, salt, hash, at});
    return id;
}

struct HistoryItem
{
    qint64 at;
    QString orgId;
    QString subId;
    QString planName;
    QString hsn;
    BillingCycle cycle;
    Money price;
    qint64 periodEnd;
    bool failed;
};

} // namespace

void ensureCatalog(Context &ctx)
{
    Transaction tx(ctx.db);
    const struct
    {
        const char *key, *value;
    } defaults[] = {
        {"checkin_enabled", "1"},
        {"checkin_credits", "10"},
        {"credit_pack_price_minor", "1000"},
        {"credit_pack_currency", "USD"},
        {"creem_credits_product", "prod_credits_1000"},
        {"stripe_credits_price", "price_credits_1000"},
        {"tier_pro_price", "price_tier_pro_monthly"},
        {"tier_enterprise_price", "price_tier_enterprise_monthly"},
    };
    for (const auto &d : defaults)
        if (ctx.db.setting(QString::fromLatin1(d.key)).isEmpty())
            ctx.db.setSetting(QString::fromLatin1(d.key), QString::fromLatin1(d.value));
    const struct
    {
        const char *id, *name;
        qint64 amount;
        const char *interval;
    } prices[] = {
        {"price_credits_1000", "1,000 credits", 1000, ""},
        {"price_tier_pro_monthly", "Pro tier", 2900, "month"},
        {"price_tier_enterprise_monthly", "Enterprise tier", 49900, "month"},
    };
    for (const auto &p : prices)
        if (!ctx.db.one(QStringLiteral("SELECT id FROM stripe_prices WHERE id = ?"), {QString::fromLatin1(p.id)}))
            ctx.db.exec(QStringLiteral("INSERT INTO stripe_prices (id, product_name, unit_amount_minor, currency, "
                                       "recurring_interval) VALUES (?, ?, ?, 'USD', ?)"),
                {QString::fromLatin1(p.id), QString::fromLatin1(p.name), p.amount, QString::fromLatin1(p.interval)});
    tx.commit();
}

bool hasData(Context &ctx)
{
    return ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM orgs")).toLongLong() > 0;
}

// Always run on an empty database: secrets, the seller, the platform organisation and its
// Super Admin, so that a bare sandbox can be administered.
static void seedBase(Context &ctx, qint64 now)
{
    ctx.db.setSetting(QStringLiteral("razorpay_key_id"), QStringLiteral("rzp_test_") + randomHex(7));
    ctx.db.setSetting(QStringLiteral("razorpay_key_secret"), randomHex(12));
    ctx.db.setSetting(QStringLiteral("razorpay_webhook_secret"), randomHex(16));
    ctx.db.setSetting(QStringLiteral("stripe_webhook_secret"), QStringLiteral("whsec_") + randomHex(16));
    ctx.db.setSetting(QStringLiteral("creem_webhook_secret"), QStringLiteral("whsec_") + randomHex(16));
    ctx.db.setSetting(
        QStringLiteral("platform_company_id"), QString::number(QRandomGenerator::system()->bounded(10, 99999)));
    ctx.db.setSetting(QStringLiteral("platform_extension_id"), randomHex(12));
    ctx.db.setSetting(QStringLiteral("seller_name"), QStringLiteral("Lotus Cloud Services Pvt Ltd"));
    ctx.db.setSetting(QStringLiteral("seller_address"),
        QStringLiteral("4th Floor, 80 Feet Road, Koramangala\nBengaluru, Karnataka 560034, India"));
    ctx.db.setSetting(QStringLiteral("seller_gstin"), makeGstin(QStringLiteral("29"), QStringLiteral("AAGCL4821K")));
    ctx.db.setSetting(QStringLiteral("clock_offset"), QStringLiteral("0"));
    const QString platform =
        insertOrg(ctx, QStringLiteral("Lotus Cloud Services (platform)"), QStringLiteral("ops@lotus.example"),
            QStringLiteral("Bengaluru, Karnataka"), {}, QStringLiteral("29"), QStringLiteral("INR"), now);
    insertUser(ctx, platform, QStringLiteral("superadmin@lotus.example"), QStringLiteral("Meera Iyer"),
        Role::SuperAdmin, QStringLiteral("+919800000001"), now);
}

namespace {

constexpr qint64 kDay = 86400;

// The demo world being built: one random sequence (the same world every time), the sandbox's
// "now", and the billing history collected while subscriptions are made, invoiced at the end.
struct DemoWorld
{
    Context &ctx;
    QRandomGenerator rng{20261122};
    qint64 now;
    QList<HistoryItem> history;

    void plans();
    void coupons();
    QString acme();
    void organisations();
    void subscribe(const QString &orgId, const QString &planId, BillingCycle cycle, qint64 start,
        const QString &finalStatus, bool cancelAtEnd);
    void invoices();
};

void DemoWorld::plans()
{
    struct PlanSeed
    {
        const char *id, *name, *description, *currency;
        qint64 monthly, yearly;
    };
    const PlanSeed plans[] = {
        {"starter", "Starter", "For small teams getting started", "INR", 49900, 499000},
        {"pro", "Pro", "For growing teams", "INR", 99900, 999000},
        {"business", "Business", "Advanced controls and priority support", "INR", 199900, 1999000},
        {"pro-usd", "Pro (USD)", "Pro, billed in US dollars", "USD", 2900, 29000},
    };
    int order = 0;
    for (const PlanSeed &p : plans)
        ctx.db.exec(QStringLiteral(
                        "INSERT INTO plans (id, name, description, currency, price_monthly_minor, price_yearly_minor,"
                        " sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {QString::fromLatin1(p.id), QString::fromLatin1(p.name), QString::fromLatin1(p.description),
                QString::fromLatin1(p.currency), p.monthly, p.yearly, order++, now});
}

void DemoWorld::coupons()
{
    const qint64 day = kDay;
    auto coupon = [&](const char *code, const char *kind, QVariant bp, QVariant amount, QVariant currency,
                      QVariant from, QVariant until, QVariant max, int used) {
        ctx.db.exec(
            QStringLiteral(
                "INSERT INTO coupons (code, kind, percent_off_bp, amount_off_minor, currency, valid_from,"
                " valid_until, max_redemptions, redemptions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QString::fromLatin1(code), QString::fromLatin1(kind), bp, amount, currency, from, until, max, used, now});
    };
    const QVariant none(QMetaType::fromType<qlonglong>());
    const QVariant noText(QMetaType::fromType<QString>());
    coupon("WELCOME20", "percent", 2000, none, noText, now - 30 * day, now + 365 * day, none, 3);
    coupon("FLAT500", "amount", none, 50000, QStringLiteral("INR"), now - 30 * day, now + 90 * day, 100, 12);
    coupon("SAVE10", "percent", 1000, none, noText, now - 60 * day, now - 19 * day, none, 40);
    coupon("LAUNCH", "percent", 5000, none, noText, now - 90 * day, now + 30 * day, 25, 25);
}

// The demo organisation that the Owner, Admin, Support and Member keys belong to.
QString DemoWorld::acme()
{
    const qint64 day = kDay;
    const QString acme = insertOrg(ctx, QStringLiteral("Acme Retail Pvt Ltd"),
        QStringLiteral("billing@acme-retail.example"), QStringLiteral("12 MG Road\nBengaluru, Karnataka 560001"),
        makeGstin(QStringLiteral("29"), QStringLiteral("AAACA1234K")), QStringLiteral("29"), QStringLiteral("INR"),
        now - 200 * day);
    insertUser(ctx, acme, QStringLiteral("owner@acme-retail.example"), QStringLiteral("Arjun Mehta"), Role::Owner,
        QStringLiteral("+919800000002"), now);
    insertUser(ctx, acme, QStringLiteral("admin@acme-retail.example"), QStringLiteral("Priya Nair"), Role::Admin,
        QStringLiteral("+919800000003"), now);
    // Support is the platform's support agent (docs/API.md, roles): a user of the platform's own
    // organisation who helps every customer, not one of Acme's.
    const QString platform =
        ctx.db
            .scalar(QStringLiteral("SELECT org_id FROM users WHERE role = ? ORDER BY created_at LIMIT 1"),
                {roleToString(Role::SuperAdmin)})
            .toString();
    insertUser(ctx, platform, QStringLiteral("support@lotus.example"), QStringLiteral("Ravi Kumar"), Role::Support,
        QStringLiteral("+919800000004"), now);
    insertUser(ctx, acme, QStringLiteral("member@acme-retail.example"), QStringLiteral("Sara Thomas"), Role::Member,
        QStringLiteral("+919800000005"), now);
    // Pro monthly, twelve days into its current period (so proration previews say something).
    subscribe(acme, QStringLiteral("pro"), BillingCycle::Monthly,
        QDateTime::fromSecsSinceEpoch(now - 12 * day, Qt::UTC).addMonths(-4).toSecsSinceEpoch(),
        QStringLiteral("active"), false);
    return acme;
}

// 28 more organisations across Indian states and abroad, each with a subscription.
void DemoWorld::organisations()
{
    const qint64 day = kDay;
    struct OrgSeed
    {
        const char *name, *state;
        bool gst;
        const char *currency;
    };
    const OrgSeed orgs[] = {
        {"Bharat Textiles LLP", "27", true, "INR"},
        {"Chennai Logistics Co", "33", true, "INR"},
        {"Deccan Foods Pvt Ltd", "36", true, "INR"},
        {"Everest Travel Services", "07", true, "INR"},
        {"Fernhill Tea Estates", "33", false, "INR"},
        {"Ganga Pharma Ltd", "09", true, "INR"},
        {"Hooghly Print Works", "19", true, "INR"},
        {"Indus Analytics Pvt Ltd", "29", true, "INR"},
        {"Jaipur Crafts Collective", "08", false, "INR"},
        {"Kaveri Software Labs", "29", true, "INR"},
        {"Lakeview Clinics", "32", true, "INR"},
        {"Malabar Spices Export", "32", true, "INR"},
        {"Narmada Solar Pvt Ltd", "24", true, "INR"},
        {"Orchid Hotels Group", "30", true, "INR"},
        {"Pune Auto Components", "27", true, "INR"},
        {"Qutub Legal Associates", "07", false, "INR"},
        {"Rann Salt Works", "24", true, "INR"},
        {"Sahyadri Schools Trust", "27", false, "INR"},
        {"Thar Mining Corp", "08", true, "INR"},
        {"Udaipur Weddings Co", "08", false, "INR"},
        {"Vindhya Cement Ltd", "23", true, "INR"},
        {"Western Ghats Coffee", "29", true, "INR"},
        {"Yamuna Dairy Co-op", "06", false, "INR"},
        {"Zanskar Outdoor Gear", "38", false, "INR"},
        {"Northwind Traders Inc", "", false, "USD"},
        {"Contoso Robotics GmbH", "", false, "USD"},
        {"Fabrikam Studios LLC", "", false, "USD"},
        {"Tailspin Airlines Ltd", "", false, "USD"},
    };
    const char *planIds[] = {"starter", "pro", "business"};
    const char *statuses[] = {
        "active", "active", "active", "active", "active", "past_due", "cancelled", "halted", "active", "paused"};
    int i = 0;
    for (const OrgSeed &o : orgs) {
        const QString state = QString::fromLatin1(o.state);
        const QString pan =
            QStringLiteral("AA%1C%2%3").arg(QChar(u'A' + (i % 26))).arg(QChar(u'A' + ((i * 7) % 26))).arg(1000 + i * 37)
            + QChar(u'A' + ((i * 3) % 26));
        const QString slug = QString::fromLatin1(o.name).section(u' ', 0, 0).toLower();
        const QString address = state.isEmpty()
            ? QStringLiteral("1 Market Street\nSan Francisco, CA 94105, USA")
            : QStringLiteral("%1 Industrial Area\n%2, India").arg(10 + i).arg(gstin::stateName(state));
        const QString orgId = insertOrg(ctx, QString::fromLatin1(o.name), slug + QStringLiteral("@example.com"),
            address, o.gst ? makeGstin(state, pan.left(10)) : QString(), state, QString::fromLatin1(o.currency),
            now - 400 * day);
        if (i == 0) // an Owner outside Acme, whose key proves that organisations are kept apart
            insertUser(ctx, orgId, slug + QStringLiteral(".owner@example.com"), QStringLiteral("Kavya Shah"),
                Role::Owner, QStringLiteral("+919800000006"), now);
        const bool usd = QLatin1String(o.currency) == QLatin1String("USD");
        const QString planId = usd ? QStringLiteral("pro-usd") : QString::fromLatin1(planIds[rng.bounded(3)]);
        const BillingCycle cycle = rng.bounded(4) == 0 ? BillingCycle::Yearly : BillingCycle::Monthly;
        const qint64 start = now - qint64(rng.bounded(20, 330)) * day;
        const QString status = QString::fromLatin1(statuses[i % 10]);
        subscribe(orgId, planId, cycle, start, status, status == QLatin1String("active") && i % 7 == 3);
        ++i;
    }
}

void DemoWorld::subscribe(const QString &orgId, const QString &planId, BillingCycle cycle, qint64 start,
    const QString &finalStatus, bool cancelAtEnd)
{
    const QVariant none(QMetaType::fromType<qlonglong>());
    const qint64 day = kDay;
    const auto plan = ctx.db.one(QStringLiteral("SELECT * FROM plans WHERE id = ?"), {planId});
    const QString currency = plan->value(QStringLiteral("currency")).toString();
    const Money price =
        Money::fromMinor(plan->value(cycle == BillingCycle::Monthly ? QStringLiteral("price_monthly_minor")
                                                                    : QStringLiteral("price_yearly_minor"))
                             .toLongLong(),
            currency);
    const QString subId = newId("sub_");
    QDateTime periodStart = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    QDateTime periodEnd;
    for (;;) {
        periodEnd = cycle == BillingCycle::Monthly ? periodStart.addMonths(1) : periodStart.addYears(1);
        const bool last = periodEnd.toSecsSinceEpoch() > now;
        history.append({periodStart.toSecsSinceEpoch(), orgId, subId, plan->value(QStringLiteral("name")).toString(),
            plan->value(QStringLiteral("hsn_sac")).toString(), cycle, price, periodEnd.toSecsSinceEpoch(),
            last && finalStatus == QLatin1String("past_due")});
        if (last)
            break;
        periodStart = periodEnd;
    }
    qint64 cancelledAt = 0;
    QString status = finalStatus;
    if (finalStatus == QLatin1String("cancelled"))
        cancelledAt = periodStart.toSecsSinceEpoch() + 3 * day;
    ctx.db.exec(
        QStringLiteral("INSERT INTO subscriptions (id, org_id, plan_id, status, billing_cycle, amount_minor, currency,"
                       " current_period_start, current_period_end, cancel_at_period_end, cancelled_at,"
                       " provider_subscription_id, provider_customer_id, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {subId, orgId, planId, status, billingCycleToString(cycle), price.minorUnits(), currency,
            periodStart.toSecsSinceEpoch(), cancelledAt ? cancelledAt : periodEnd.toSecsSinceEpoch(),
            cancelAtEnd ? 1 : 0, cancelledAt ? QVariant(cancelledAt) : none,
            QString(QStringLiteral("sub_") + randomHex(7)), QString(QStringLiteral("cust_") + randomHex(7)), start,
            now});
    ctx.db.exec(QStringLiteral("INSERT INTO subscription_events (id, subscription_id, at, kind, actor, reason, detail)"
                               " VALUES (?, ?, ?, 'activated', 'demo', '', ?)"),
        {newId("sev_"), subId, start, QStringLiteral("Subscribed to %1, %2").arg(planId, billingCycleToString(cycle))});
    if (cancelAtEnd)
        ctx.db.exec(
            QStringLiteral("INSERT INTO subscription_events (id, subscription_id, at, kind, actor, reason, detail)"
                           " VALUES (?, ?, ?, 'cancel_scheduled', 'demo', 'Budget cuts', '')"),
            {newId("sev_"), subId, now - 2 * day});
}

// Invoices and payments in time order, so invoice numbers run consecutively per financial year.
void DemoWorld::invoices()
{
    std::sort(history.begin(), history.end(), [](const HistoryItem &a, const HistoryItem &b) { return a.at < b.at; });
    for (const HistoryItem &h : history) {
        InvoiceLine line;
        line.description = QStringLiteral("%1 plan, %2").arg(h.planName, billingCycleToString(h.cycle));
        line.hsnSac = h.hsn;
        line.quantity = 1;
        line.unitPrice = h.price;
        line.discount = Money::fromMinor(0, h.price.currency());
        line.amount = h.price;
        line.periodStart = QDateTime::fromSecsSinceEpoch(h.at, Qt::UTC);
        line.periodEnd = QDateTime::fromSecsSinceEpoch(h.periodEnd, Qt::UTC);
        const QString payId = QStringLiteral("pay_") + randomHex(7);
        const Invoice inv =
            issueInvoice(ctx, h.orgId, h.subId, {line}, h.at, !h.failed, h.failed ? QStringList() : QStringList{payId});
        ctx.db.exec(
            QStringLiteral(
                "INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id, provider_order_id,"
                " method, status, amount_minor, currency, created_at) VALUES (?, ?, ?, 'razorpay', ?, ?, ?, ?, ?, ?, "
                "?)"),
            {newId("pmt_"), h.orgId, inv.id, payId, QString(QStringLiteral("order_") + randomHex(7)),
                QString::fromLatin1(rng.bounded(3) == 0 ? "upi" : "card"),
                h.failed ? QStringLiteral("failed") : QStringLiteral("captured"), inv.total.minorUnits(), inv.currency,
                h.at + 60});
    }
}

} // namespace

bool seedDemoData(Context &ctx)
{
    if (hasData(ctx))
        return false;
    DemoWorld world{ctx, QRandomGenerator(20261122), ctx.now(), {}};
    Transaction tx(ctx.db);
    seedBase(ctx, world.now);
    world.plans();
    world.coupons();
    const QString acme = world.acme();
    world.organisations();
    ensureCatalog(ctx);
    seedOtherFamilies(ctx, world.rng, acme, world.now);
    world.invoices();
    tx.commit();
    return true;
}

bool seedBaseIfEmpty(Context &ctx)
{
    if (hasData(ctx))
        return false;
    Transaction tx(ctx.db);
    seedBase(ctx, ctx.now());
    tx.commit();
    return true;
}

} // namespace bc::sandbox
