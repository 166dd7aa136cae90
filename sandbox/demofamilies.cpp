// The demo world of the other families: credits plans, ledgers that grew period by period,
// orders and check-ins, tier accounts on Stripe, and charges of the demo platform extension.
#include "credits.h"
#include "demodata.h"
#include "providersims.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <vector>

namespace bc::sandbox {

namespace {

constexpr qint64 kDay = 86400;

struct CreditPlan
{
    const char *id, *name, *description;
    qint64 monthly, yearly, credits;
    const char *features, *creem;
};

const CreditPlan kCreditPlans[] = {
    {"starter", "Starter", "For individuals", 999, 9990, 2000, R"(["2,000 credits a month","Email support"])", ""},
    {"pro", "Pro", "For growing teams", 2900, 29000, 10000,
        R"(["10,000 credits a month","Unlimited AI chat","Priority support"])", "prod_pro_monthly"},
    {"team", "Team", "For whole departments", 9900, 99000, 50000,
        R"(["50,000 credits a month","SSO","Audit log export"])", "prod_team_monthly"},
};

void seedCreditPlans(Context &ctx, qint64 now)
{
    int order = 0;
    for (const CreditPlan &p : kCreditPlans) {
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
}

// A Stripe subscription to a credits plan, a grant at each period start and usage between, as
// entries to post; returns the subscription's current period.
QPair<qint64, qint64> creditHistory(QRandomGenerator &rng, const QString &orgId, const CreditPlan &plan, bool isAcme,
    const QString &subId, qint64 now, std::vector<CreditEntry> &entries)
{
    const qint64 day = kDay;
    const char *models[] = {"gpt-4", "gpt-4o-mini", "claude-3-haiku", "llama-3-70b"};
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
            const qint64 at =
                periodStart + qint64(rng.bounded(quint32(std::max<qint64>(1, std::min(periodEnd, now) - periodStart))));
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
    return {periodStart, periodEnd};
}

// Acme's check-ins, a goodwill adjustment, a paid Stripe top-up and an abandoned Creem checkout.
void acmeCreditExtras(Context &ctx, const QString &orgId, qint64 now, std::vector<CreditEntry> &entries)
{
    const qint64 day = kDay;
    for (int d = 1; d <= 5; ++d) {
        const QDate dayDate = QDateTime::fromSecsSinceEpoch(now - d * day, Qt::UTC).date();
        ctx.db.exec(
            QStringLiteral("INSERT INTO checkins (org_id, day, user_id, credits, created_at) VALUES (?, ?, '', 10, ?)"),
            {orgId, dayDate.toString(Qt::ISODate), now - d * day});
        CreditEntry e = CreditEntry::make(orgId, QStringLiteral("checkin"), 10, QStringLiteral("Daily check-in"),
            QStringLiteral("checkin:%1:%2").arg(orgId, dayDate.toString(Qt::ISODate)));
        e.at = now - d * day;
        entries.push_back(e);
    }
    CreditEntry goodwill = CreditEntry::make(
        orgId, QStringLiteral("manual_adjustment"), 500, QStringLiteral("Manual adjustment: service_outage"));
    goodwill.operatorEmail = QStringLiteral("support@lotus.example");
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

// Tier billing: an account on the pro tier through Stripe.
void seedTierAccount(Context &ctx, QRandomGenerator &rng, const QString &orgId, const QString &customer, qint64 now)
{
    const qint64 day = kDay;

    // Tier billing: a few accounts on the pro tier through Stripe.
    const QString tierSub = newId("sub_");
    const qint64 start = now - qint64(rng.bounded(1, 28)) * day;
    const qint64 end = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).addMonths(1).toSecsSinceEpoch();
    ctx.db.exec(QStringLiteral(
                    "INSERT INTO stripe_subscriptions (id, customer, price, family, status, current_period_start, "
                    "current_period_end,"
                    " metadata, created_at) VALUES (?, ?, 'price_tier_pro_monthly', 'tier', 'active', ?, ?, '{}', ?)"),
        {tierSub, customer, start, end, start});
    ctx.db.exec(QStringLiteral(
                    "INSERT INTO tier_accounts (org_id, plan_tier, status, stripe_customer_id, stripe_subscription_id,"
                    " current_period_end, cancel_at_period_end, updated_at) VALUES (?, 'pro', 'active', ?, ?, ?, 0, "
                    "?)"),
        {orgId, customer, tierSub, end, now});
}

// Charges of the demo platform extension.
void seedPlatformCharges(Context &ctx, qint64 now)
{
    const qint64 day = kDay;
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

} // namespace

void seedOtherFamilies(Context &ctx, QRandomGenerator &rng, const QString &acme, qint64 now)
{
    seedCreditPlans(ctx, now);
    const auto orgs = ctx.db.all(
        QStringLiteral("SELECT id, email FROM orgs WHERE gstin <> '' OR id = ? ORDER BY created_at, id"), {acme});
    int index = 0;
    for (const QVariantMap &org : orgs) {
        const QString orgId = org.value(QStringLiteral("id")).toString();
        const bool isAcme = orgId == acme;
        const CreditPlan &plan = kCreditPlans[isAcme ? 1 : rng.bounded(3)];
        const QString customer = stripe::ensureCustomer(ctx, orgId, org.value(QStringLiteral("email")).toString());
        const QString subId = newId("sub_");
        // Entries are collected, then posted in time order, as a live ledger would have grown.
        std::vector<CreditEntry> entries;
        const auto [periodStart, periodEnd] = creditHistory(rng, orgId, plan, isAcme, subId, now, entries);
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
        if (isAcme)
            acmeCreditExtras(ctx, orgId, now, entries);
        std::stable_sort(
            entries.begin(), entries.end(), [](const CreditEntry &a, const CreditEntry &b) { return a.at < b.at; });
        for (const CreditEntry &e : entries)
            postCredits(ctx, e); // usage beyond the balance is refused, as it would have been live
        if (!isAcme && index % 4 == 1)
            seedTierAccount(ctx, rng, orgId, customer, now);
        ++index;
    }
    // The platform company that installed the demo extension is Acme: its Owner and Admin manage
    // these charges, and no other organisation's do.
    ctx.db.setSetting(QStringLiteral("platform_company_org"), acme);
    seedPlatformCharges(ctx, now);
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

qint64 seedScalePayments(Context &ctx, qint64 count)
{
    // Payments across every organisation over the last year, for the Payments pane's scale tests
    // and bench/payments_bench. Ids are sequential ("pmts_"), so a second start finds them.
    const auto existing = ctx.db.one(QStringLiteral("SELECT COUNT(*) AS n FROM payments WHERE id LIKE 'pmts_%'"));
    const qint64 have = existing ? existing->value(QStringLiteral("n")).toLongLong() : 0;
    if (have >= count)
        return have;
    QList<QPair<QString, QString>> orgs; // id, currency
    for (const QVariantMap &o : ctx.db.all(QStringLiteral("SELECT id, currency FROM orgs ORDER BY id")))
        orgs.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("currency")).toString()});
    if (orgs.isEmpty())
        return 0;
    Transaction tx(ctx.db);
    const qint64 now = ctx.now();
    const qint64 span = 365 * 86400;
    QRandomGenerator rng(11);
    const char *methods[] = {"card", "upi", "netbanking", "wallet", "emandate"};
    const int batch = 500;
    for (qint64 done = have; done < count;) {
        const int n = int(std::min<qint64>(batch, count - done));
        QStringList values;
        QVariantList binds;
        binds.reserve(n * 10);
        for (int i = 0; i < n; ++i, ++done) {
            const auto &org = orgs.at(qsizetype(rng.bounded(quint32(orgs.size()))));
            const quint32 roll = rng.bounded(100u);
            const char *status = roll < 90 ? "captured" : roll < 97 ? "failed" : "refunded";
            values << QStringLiteral("(?,?,NULL,'razorpay',?,?,?,?,?,?,?)");
            binds << QStringLiteral("pmts_%1").arg(done, 10, 10, QLatin1Char('0')) << org.first
                  << QStringLiteral("pay_S%1").arg(done, 12, 10, QLatin1Char('0'))
                  << QStringLiteral("order_S%1").arg(done, 12, 10, QLatin1Char('0'))
                  << QString::fromLatin1(methods[rng.bounded(5)]) << QString::fromLatin1(status)
                  << qint64(rng.bounded(10000, 5000000)) << org.second << (now - span + span * done / count);
        }
        ctx.db.exec(QStringLiteral("INSERT INTO payments (id, org_id, invoice_id, provider, provider_payment_id,"
                                   " provider_order_id, method, status, amount_minor, currency, created_at) VALUES ")
                + values.join(u','),
            binds);
    }
    tx.commit();
    return count;
}

} // namespace bc::sandbox
