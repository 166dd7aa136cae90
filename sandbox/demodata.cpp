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

namespace {

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
    ctx.db.exec(QStringLiteral("INSERT INTO api_keys (key_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)"),
        {hashSecret(demoApiKey(ctx, role)), id, QStringLiteral("demo %1 key").arg(roleToString(role)), at});
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

// Credits service, tier billing and platform charges for the demo world.
static void seedOtherFamilies(Context &ctx, QRandomGenerator &rng, const QString &acme, qint64 now)
{
    const qint64 day = 86400;
    struct CreditPlan
    {
        const char *id, *name, *description;
        qint64 monthly, yearly, credits;
        const char *features, *creem;
    };
    const CreditPlan plans[] = {
        {"starter", "Starter", "For individuals", 999, 9990, 2000, R"(["2,000 credits a month","Email support"])", ""},
        {"pro", "Pro", "For growing teams", 2900, 29000, 10000,
            R"(["10,000 credits a month","Unlimited AI chat","Priority support"])", "prod_pro_monthly"},
        {"team", "Team", "For whole departments", 9900, 99000, 50000,
            R"(["50,000 credits a month","SSO","Audit log export"])", "prod_team_monthly"},
    };
    int order = 0;
    for (const CreditPlan &p : plans) {
        const QString monthlyPrice = QStringLiteral("price_%1_monthly").arg(QLatin1String(p.id));
        const QString yearlyPrice = QStringLiteral("price_%1_yearly").arg(QLatin1String(p.id));
        ctx.db.exec(QStringLiteral("INSERT INTO stripe_prices (id, product_name, unit_amount_minor, currency, "
                                   "recurring_interval) VALUES (?, ?, ?, 'USD', 'month')"),
            {monthlyPrice, QString::fromLatin1(p.name), p.monthly});
        ctx.db.exec(QStringLiteral("INSERT INTO stripe_prices (id, product_name, unit_amount_minor, currency, "
                                   "recurring_interval) VALUES (?, ?, ?, 'USD', 'year')"),
            {yearlyPrice, QString::fromLatin1(p.name), p.yearly});
        ctx.db.exec(QStringLiteral("INSERT INTO credit_plans (id, name, description, currency, price_monthly_minor, "
                                   "price_yearly_minor, credits_included,"
                                   " features, stripe_price_monthly, stripe_price_yearly, creem_product_id, "
                                   "sort_order, created_at, updated_at)"
                                   " VALUES (?, ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QString::fromLatin1(p.id), QString::fromLatin1(p.name), QString::fromLatin1(p.description), p.monthly,
                p.yearly, p.credits, QString::fromLatin1(p.features), monthlyPrice, yearlyPrice,
                QString::fromLatin1(p.creem), order++, now, now});
    }

    const char *models[] = {"gpt-4", "gpt-4o-mini", "claude-3-haiku", "llama-3-70b"};
    const auto orgs = ctx.db.all(
        QStringLiteral("SELECT id, email FROM orgs WHERE gstin <> '' OR id = ? ORDER BY created_at, id"), {acme});
    int index = 0;
    for (const QVariantMap &org : orgs) {
        const QString orgId = org.value(QStringLiteral("id")).toString();
        const bool isAcme = orgId == acme;
        const CreditPlan &plan = plans[isAcme ? 1 : rng.bounded(3)];
        // A Stripe subscription to a credits plan, a grant at each period start, usage between.
        const QString customer = stripe::ensureCustomer(ctx, orgId, org.value(QStringLiteral("email")).toString());
        const QString subId = newId("sub_");
        // Entries are collected, then posted in time order, as a live ledger would have grown.
        std::vector<CreditEntry> entries;
        qint64 periodStart = QDateTime::fromSecsSinceEpoch(now - 12 * day, Qt::UTC)
                                 .addMonths(isAcme ? -3 : -int(rng.bounded(1, 4)))
                                 .toSecsSinceEpoch();
        qint64 periodEnd = QDateTime::fromSecsSinceEpoch(periodStart, Qt::UTC).addMonths(1).toSecsSinceEpoch();
        while (true) {
            CreditEntry grant = CreditEntry::make(orgId, QStringLiteral("subscription_grant"), plan.credits,
                QStringLiteral("%1 plan credits").arg(QLatin1String(plan.name)),
                QStringLiteral("grant:%1:%2").arg(subId).arg(periodStart));
            grant.at = periodStart;
            entries.push_back(grant);
            const int uses = isAcme ? 40 : int(rng.bounded(5, 25));
            for (int u = 0; u < uses; ++u) {
                const qint64 at = periodStart
                    + qint64(rng.bounded(quint32(std::max<qint64>(1, std::min(periodEnd, now) - periodStart))));
                CreditEntry e = CreditEntry::make(orgId, QStringLiteral("ai_usage"), -qint64(rng.bounded(20, 400)),
                    QStringLiteral("AI chat completion (%1)").arg(QLatin1String(models[rng.bounded(4)])));
                e.at = at;
                entries.push_back(e);
            }
            if (periodEnd > now)
                break;
            periodStart = periodEnd;
            periodEnd = QDateTime::fromSecsSinceEpoch(periodStart, Qt::UTC).addMonths(1).toSecsSinceEpoch();
        }
        ctx.db.exec(QStringLiteral("INSERT INTO stripe_subscriptions (id, customer, price, family, status, "
                                   "current_period_start, current_period_end,"
                                   " metadata, created_at) VALUES (?, ?, ?, 'credits', 'active', ?, ?, '{}', ?)"),
            {subId, customer, QStringLiteral("price_%1_monthly").arg(QLatin1String(plan.id)), periodStart, periodEnd,
                periodStart});
        ctx.db.exec(
            QStringLiteral("INSERT INTO credit_subscriptions (id, org_id, plan_id, channel, status, billing_cycle, "
                           "provider_subscription_id,"
                           " provider_customer_id, current_period_start, current_period_end, created_at, updated_at)"
                           " VALUES (?, ?, ?, 'stripe', 'active', 'monthly', ?, ?, ?, ?, ?, ?)"),
            {newId("csub_"), orgId, QString::fromLatin1(plan.id), subId, customer, periodStart, periodEnd, periodStart,
                now});
        if (isAcme) {
            for (int d = 1; d <= 5; ++d) {
                const QDate dayDate = QDateTime::fromSecsSinceEpoch(now - d * day, Qt::UTC).date();
                ctx.db.exec(
                    QStringLiteral(
                        "INSERT INTO checkins (org_id, day, user_id, credits, created_at) VALUES (?, ?, '', 10, ?)"),
                    {orgId, dayDate.toString(Qt::ISODate), now - d * day});
                CreditEntry e =
                    CreditEntry::make(orgId, QStringLiteral("checkin"), 10, QStringLiteral("Daily check-in"),
                        QStringLiteral("checkin:%1:%2").arg(orgId, dayDate.toString(Qt::ISODate)));
                e.at = now - d * day;
                entries.push_back(e);
            }
            CreditEntry goodwill = CreditEntry::make(
                orgId, QStringLiteral("manual_adjustment"), 500, QStringLiteral("Manual adjustment: service_outage"));
            goodwill.operatorEmail = QStringLiteral("support@acme-retail.example");
            goodwill.reasonCode = QStringLiteral("service_outage");
            goodwill.note = QStringLiteral("Chat was down for 3 hours on the 14th");
            goodwill.at = now - 2 * day;
            entries.push_back(goodwill);
            // Two credit orders: a paid top-up through Stripe and an abandoned Creem checkout.
            const QString paid = newId("cord_");
            ctx.db.exec(QStringLiteral("INSERT INTO credit_orders (id, org_id, user_id, type, plan_id, billing_cycle, "
                                       "credits, amount_minor, currency,"
                                       " channel, status, provider_ref, created_at, paid_at) VALUES (?, ?, '', "
                                       "'credits', '', '', 5000, 5000, 'USD',"
                                       " 'stripe', 'paid', 'cs_test_demo', ?, ?)"),
                {paid, orgId, now - 9 * day, now - 9 * day + 40});
            CreditEntry topUp = CreditEntry::make(orgId, QStringLiteral("purchase"), 5000,
                QStringLiteral("Credit purchase (stripe)"), QStringLiteral("order:") + paid);
            topUp.at = now - 9 * day + 40;
            entries.push_back(topUp);
            ctx.db.exec(QStringLiteral("INSERT INTO credit_orders (id, org_id, user_id, type, plan_id, billing_cycle, "
                                       "credits, amount_minor, currency,"
                                       " channel, status, provider_ref, created_at) VALUES (?, ?, '', 'credits', '', "
                                       "'', 2000, 2000, 'USD',"
                                       " 'creem', 'pending', 'ch_demo', ?)"),
                {newId("cord_"), orgId, now - 3 * day});
        }
        std::stable_sort(
            entries.begin(), entries.end(), [](const CreditEntry &a, const CreditEntry &b) { return a.at < b.at; });
        for (const CreditEntry &e : entries)
            postCredits(ctx, e); // usage beyond the balance is refused, as it would have been live
        if (!isAcme && index % 4 == 1) {
            // Tier billing: a few accounts on the pro tier through Stripe.
            const QString tierSub = newId("sub_");
            const qint64 start = now - qint64(rng.bounded(1, 28)) * day;
            const qint64 end = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).addMonths(1).toSecsSinceEpoch();
            ctx.db.exec(
                QStringLiteral(
                    "INSERT INTO stripe_subscriptions (id, customer, price, family, status, current_period_start, "
                    "current_period_end,"
                    " metadata, created_at) VALUES (?, ?, 'price_tier_pro_monthly', 'tier', 'active', ?, ?, '{}', ?)"),
                {tierSub, customer, start, end, start});
            ctx.db.exec(
                QStringLiteral(
                    "INSERT INTO tier_accounts (org_id, plan_tier, status, stripe_customer_id, stripe_subscription_id,"
                    " current_period_end, cancel_at_period_end, updated_at) VALUES (?, 'pro', 'active', ?, ?, ?, 0, "
                    "?)"),
                {orgId, customer, tierSub, end, now});
        }
        ++index;
    }

    // Platform charges of the demo extension.
    const QString company = ctx.db.setting(QStringLiteral("platform_company_id"));
    const QString extension = ctx.db.setting(QStringLiteral("platform_extension_id"));
    const QString items = QStringLiteral(
        R"({"product_suit_id":"%1","line_items":[{"_id":"%2","name":"Storefront analytics","term":"Per store per month",)"
        R"("pricing_type":"recurring","price":{"amount":"499.00","currency_code":"INR"},"recurring":{"interval":"month","interval_count":1},)"
        R"("capped_amount":"0.00","is_test":true,"metadata":{}}]})")
                              .arg(randomHex(12), randomHex(12));
    ctx.db.exec(QStringLiteral("INSERT INTO platform_charges (id, kind, company_id, extension_id, name, status, "
                               "trial_days, is_test, return_url, body,"
                               " activated_on, billing_date, created_at, modified_at, version) VALUES (?, "
                               "'subscription', ?, ?, 'Storefront analytics',"
                               " 'active', 7, 1, 'https://extension.example/billing/return', ?, ?, ?, ?, ?, 1)"),
        {randomHex(12), company, extension, items, now - 40 * day, now - 33 * day, now - 40 * day, now - 40 * day});
    ctx.db.exec(
        QStringLiteral(
            "INSERT INTO platform_charges (id, kind, company_id, extension_id, name, status, is_test, return_url, body,"
            " created_at, modified_at) VALUES (?, 'one_time', ?, ?, 'Data migration', 'pending', 1, "
            "'https://extension.example/billing/return',"
            " ?, ?, ?)"),
        {randomHex(12), company, extension,
            QStringLiteral(
                R"({"charge":{"name":"Data migration","term":"One-time setup","price":{"amount":"2500.00","currency_code":"INR"},"capped_amount":"0.00","metadata":{}}})"),
            now - 2 * day, now - 2 * day});
}

bool hasData(Context &ctx)
{
    return ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM orgs")).toLongLong() > 0;
}

// Always run on an empty database: secrets, the seller, the platform organisation and its
// Super Admin, so that a bare sandbox can be administered.
static void seedBase(Context &ctx, qint64 now)
{
    ctx.db.setSetting(QStringLiteral("demo_secret"), randomHex(24));
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

bool seedDemoData(Context &ctx)
{
    if (hasData(ctx))
        return false;
    QRandomGenerator rng(20261122); // the same world every time
    const qint64 now = ctx.now();
    Transaction tx(ctx.db);
    seedBase(ctx, now);

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

    const qint64 day = 86400;
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

    // The demo organisation that the Owner, Admin, Support and Member keys belong to.
    const QString acme = insertOrg(ctx, QStringLiteral("Acme Retail Pvt Ltd"),
        QStringLiteral("billing@acme-retail.example"), QStringLiteral("12 MG Road\nBengaluru, Karnataka 560001"),
        makeGstin(QStringLiteral("29"), QStringLiteral("AAACA1234K")), QStringLiteral("29"), QStringLiteral("INR"),
        now - 200 * day);
    insertUser(ctx, acme, QStringLiteral("owner@acme-retail.example"), QStringLiteral("Arjun Mehta"), Role::Owner,
        QStringLiteral("+919800000002"), now);
    insertUser(ctx, acme, QStringLiteral("admin@acme-retail.example"), QStringLiteral("Priya Nair"), Role::Admin,
        QStringLiteral("+919800000003"), now);
    insertUser(ctx, acme, QStringLiteral("support@acme-retail.example"), QStringLiteral("Ravi Kumar"), Role::Support,
        QStringLiteral("+919800000004"), now);
    insertUser(ctx, acme, QStringLiteral("member@acme-retail.example"), QStringLiteral("Sara Thomas"), Role::Member,
        QStringLiteral("+919800000005"), now);

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
    QList<HistoryItem> history;
    auto subscribe = [&](const QString &orgId, const QString &planId, BillingCycle cycle, qint64 start,
                         const QString &finalStatus, bool cancelAtEnd) {
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
            history.append({periodStart.toSecsSinceEpoch(), orgId, subId,
                plan->value(QStringLiteral("name")).toString(), plan->value(QStringLiteral("hsn_sac")).toString(),
                cycle, price, periodEnd.toSecsSinceEpoch(), last && finalStatus == QLatin1String("past_due")});
            if (last)
                break;
            periodStart = periodEnd;
        }
        qint64 cancelledAt = 0;
        QString status = finalStatus;
        if (finalStatus == QLatin1String("cancelled"))
            cancelledAt = periodStart.toSecsSinceEpoch() + 3 * day;
        ctx.db.exec(QStringLiteral(
                        "INSERT INTO subscriptions (id, org_id, plan_id, status, billing_cycle, amount_minor, currency,"
                        " current_period_start, current_period_end, cancel_at_period_end, cancelled_at,"
                        " provider_subscription_id, provider_customer_id, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {subId, orgId, planId, status, billingCycleToString(cycle), price.minorUnits(), currency,
                periodStart.toSecsSinceEpoch(), cancelledAt ? cancelledAt : periodEnd.toSecsSinceEpoch(),
                cancelAtEnd ? 1 : 0, cancelledAt ? QVariant(cancelledAt) : none,
                QString(QStringLiteral("sub_") + randomHex(7)), QString(QStringLiteral("cust_") + randomHex(7)), start,
                now});
        ctx.db.exec(
            QStringLiteral("INSERT INTO subscription_events (id, subscription_id, at, kind, actor, reason, detail)"
                           " VALUES (?, ?, ?, 'activated', 'demo', '', ?)"),
            {newId("sev_"), subId, start,
                QStringLiteral("Subscribed to %1, %2").arg(planId, billingCycleToString(cycle))});
        if (cancelAtEnd)
            ctx.db.exec(
                QStringLiteral("INSERT INTO subscription_events (id, subscription_id, at, kind, actor, reason, detail)"
                               " VALUES (?, ?, ?, 'cancel_scheduled', 'demo', 'Budget cuts', '')"),
                {newId("sev_"), subId, now - 2 * day});
    };

    // Acme: Pro monthly, twelve days into its current period (so proration previews say something).
    subscribe(acme, QStringLiteral("pro"), BillingCycle::Monthly,
        QDateTime::fromSecsSinceEpoch(now - 12 * day, Qt::UTC).addMonths(-4).toSecsSinceEpoch(),
        QStringLiteral("active"), false);

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
        const bool usd = QLatin1String(o.currency) == QLatin1String("USD");
        const QString planId = usd ? QStringLiteral("pro-usd") : QString::fromLatin1(planIds[rng.bounded(3)]);
        const BillingCycle cycle = rng.bounded(4) == 0 ? BillingCycle::Yearly : BillingCycle::Monthly;
        const qint64 start = now - qint64(rng.bounded(20, 330)) * day;
        const QString status = QString::fromLatin1(statuses[i % 10]);
        subscribe(orgId, planId, cycle, start, status, status == QLatin1String("active") && i % 7 == 3);
        ++i;
    }

    ensureCatalog(ctx);
    seedOtherFamilies(ctx, rng, acme, now);

    // Invoices and payments in time order, so invoice numbers run consecutively per financial year.
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
    tx.commit();
    return true;
}

QString seedScale(Context &ctx, qint64 rows)
{
    // A customer with a very large ledger, for the console's scale tests and bench/. Rows are
    // written 500 to a statement in one transaction; ids are sequential so they sort by time.
    const QString name = QStringLiteral("Northstar Scale Ltd");
    if (const auto existing = ctx.db.one(QStringLiteral("SELECT id FROM orgs WHERE name = ?"), {name}))
        return existing->value(QStringLiteral("id")).toString();
    Transaction tx(ctx.db);
    const qint64 now = ctx.now();
    const QString orgId = insertOrg(ctx, name, QStringLiteral("finance@northstar.example"),
        QStringLiteral("Pune, Maharashtra"), makeGstin(QStringLiteral("27"), QStringLiteral("AABCN7788Q")),
        QStringLiteral("27"), QStringLiteral("INR"), now);
    const char *models[] = {"gpt-4", "gpt-4o-mini", "claude-3-haiku", "llama-3-70b", "mistral-large"};
    QRandomGenerator rng(7);
    const qint64 span = 730 * 86400;
    const int batch = 500;
    QString rowSql = QStringLiteral("(?,?,?,?,?,?,'','','','',?)");
    qint64 balance = 0;
    for (qint64 done = 0; done < rows;) {
        const int n = int(std::min<qint64>(batch, rows - done));
        QStringList values;
        QVariantList binds;
        binds.reserve(n * 7);
        for (int i = 0; i < n; ++i, ++done) {
            const qint64 at = now - span + span * done / std::max<qint64>(1, rows);
            QString type;
            qint64 amount = 0;
            QString description;
            if (done % 2000 == 0) {
                type = QStringLiteral("subscription_grant");
                amount = 500000;
                description = QStringLiteral("Scale plan credits");
            } else if (done % 97 == 0) {
                type = QStringLiteral("checkin");
                amount = 10;
                description = QStringLiteral("Daily check-in");
            } else {
                type = QStringLiteral("ai_usage");
                amount = -qint64(rng.bounded(1, 400));
                description = QStringLiteral("AI chat completion (%1)").arg(QLatin1String(models[rng.bounded(5)]));
            }
            if (balance + amount < 0)
                amount = -balance;
            balance += amount;
            values << rowSql;
            binds << QStringLiteral("txs_%1").arg(done, 12, 10, QLatin1Char('0')) << orgId << type << amount << balance
                  << description << at;
        }
        ctx.db.exec(QStringLiteral("INSERT INTO credit_ledger (id, org_id, type, amount, balance_after, description, "
                                   "operator, reason_code,"
                                   " note, reference, created_at) VALUES ")
                + values.join(u','),
            binds);
    }
    ctx.db.exec(QStringLiteral("INSERT INTO credit_balances (org_id, balance) VALUES (?, ?)"), {orgId, balance});
    tx.commit();
    return orgId;
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
