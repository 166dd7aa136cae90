#include "schema.h"

namespace bc::sandbox {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,"
                       " address TEXT NOT NULL DEFAULT '', gstin TEXT NOT NULL DEFAULT '',"
                       " state_code TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL DEFAULT 'INR',"
                       " account_credit_minor BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL,"
                       " contact TEXT NOT NULL DEFAULT '', password_salt TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE api_keys (key_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL"
                       " REFERENCES users(id), label TEXT NOT NULL, created_at BIGINT NOT NULL,"
                       " revoked_at BIGINT)"),
        QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL"
                       " REFERENCES users(id), created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE plans (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '', currency TEXT NOT NULL,"
                       " price_monthly_minor BIGINT NOT NULL, price_yearly_minor BIGINT NOT NULL,"
                       " hsn_sac TEXT NOT NULL DEFAULT '998314', active INTEGER NOT NULL DEFAULT 1,"
                       " sort_order INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE subscriptions (id TEXT PRIMARY KEY, org_id TEXT NOT NULL"
                       " REFERENCES orgs(id), plan_id TEXT NOT NULL REFERENCES plans(id),"
                       " status TEXT NOT NULL, billing_cycle TEXT NOT NULL, amount_minor BIGINT NOT NULL,"
                       " currency TEXT NOT NULL, current_period_start BIGINT, current_period_end BIGINT,"
                       " cancel_at_period_end INTEGER NOT NULL DEFAULT 0, cancelled_at BIGINT,"
                       " provider_subscription_id TEXT NOT NULL DEFAULT '',"
                       " provider_customer_id TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX subscriptions_org ON subscriptions (org_id)"),
        QStringLiteral("CREATE TABLE subscription_events (id TEXT PRIMARY KEY, subscription_id TEXT NOT NULL"
                       " REFERENCES subscriptions(id), at BIGINT NOT NULL, kind TEXT NOT NULL,"
                       " actor TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX subscription_events_sub ON subscription_events (subscription_id, at)"),
        QStringLiteral("CREATE TABLE coupons (code TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                       " percent_off_bp INTEGER, amount_off_minor BIGINT, currency TEXT,"
                       " duration TEXT NOT NULL DEFAULT 'once', valid_from BIGINT, valid_until BIGINT,"
                       " max_redemptions INTEGER, redemptions INTEGER NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE checkouts (order_id TEXT PRIMARY KEY, org_id TEXT NOT NULL,"
                       " user_id TEXT NOT NULL, plan_id TEXT NOT NULL, billing_cycle TEXT NOT NULL,"
                       " coupon_code TEXT NOT NULL DEFAULT '', list_minor BIGINT NOT NULL,"
                       " discount_minor BIGINT NOT NULL, tax_minor BIGINT NOT NULL,"
                       " amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, status TEXT NOT NULL,"
                       " payment_id TEXT, invoice_id TEXT, created_at BIGINT NOT NULL, completed_at BIGINT)"),
        QStringLiteral("CREATE TABLE rzp_orders (id TEXT PRIMARY KEY, amount BIGINT NOT NULL,"
                       " amount_paid BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL,"
                       " receipt TEXT NOT NULL UNIQUE, status TEXT NOT NULL, attempts INTEGER NOT NULL"
                       " DEFAULT 0, notes TEXT NOT NULL DEFAULT '{}', created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE rzp_payments (id TEXT PRIMARY KEY, order_id TEXT NOT NULL"
                       " REFERENCES rzp_orders(id), amount BIGINT NOT NULL, currency TEXT NOT NULL,"
                       " status TEXT NOT NULL, method TEXT NOT NULL, error_code TEXT,"
                       " error_description TEXT, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " invoice_id TEXT, provider TEXT NOT NULL, provider_payment_id TEXT NOT NULL,"
                       " provider_order_id TEXT NOT NULL DEFAULT '', method TEXT NOT NULL,"
                       " status TEXT NOT NULL, amount_minor BIGINT NOT NULL, currency TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX payments_created ON payments (created_at, id)"),
        QStringLiteral("CREATE TABLE invoices (id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE,"
                       " org_id TEXT NOT NULL REFERENCES orgs(id), subscription_id TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL, currency TEXT NOT NULL, issued_at BIGINT NOT NULL,"
                       " due_at BIGINT, subtotal_minor BIGINT NOT NULL, discount_minor BIGINT NOT NULL,"
                       " tax_minor BIGINT NOT NULL, total_minor BIGINT NOT NULL,"
                       " amount_paid_minor BIGINT NOT NULL, body TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX invoices_issued ON invoices (issued_at, id)"),
        QStringLiteral("CREATE TABLE invoice_counters (series TEXT PRIMARY KEY, next_value BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE idempotency_keys (principal TEXT NOT NULL, idem_key TEXT NOT NULL,"
                       " method TEXT NOT NULL, path TEXT NOT NULL, body_hash TEXT NOT NULL,"
                       " status INTEGER NOT NULL, content_type TEXT NOT NULL, response TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, PRIMARY KEY (principal, idem_key))"),
        QStringLiteral("CREATE TABLE webhook_events (provider TEXT NOT NULL, event_id TEXT NOT NULL,"
                       " event_type TEXT NOT NULL, received_at BIGINT NOT NULL,"
                       " PRIMARY KEY (provider, event_id))"),
        QStringLiteral("CREATE TABLE webhook_deliveries (id TEXT PRIMARY KEY, provider TEXT NOT NULL,"
                       " path TEXT NOT NULL, event_id TEXT NOT NULL, body TEXT NOT NULL,"
                       " signature TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at BIGINT NOT NULL, delivered_at BIGINT, last_status INTEGER,"
                       " created_at BIGINT NOT NULL)"),
    };
}

// Credits service (seed 002), tier billing (seed 004), platform charges (seed 003) and the Stripe
// and Creem simulators.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE orgs ADD COLUMN timezone TEXT NOT NULL DEFAULT 'Asia/Kolkata'"),
        QStringLiteral(
            "CREATE TABLE credit_ledger (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),"
            " type TEXT NOT NULL, amount BIGINT NOT NULL, balance_after BIGINT NOT NULL,"
            " description TEXT NOT NULL, operator TEXT NOT NULL DEFAULT '', reason_code TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX credit_ledger_org ON credit_ledger (org_id, created_at, id)"),
        QStringLiteral("CREATE INDEX credit_ledger_created ON credit_ledger (created_at, id)"),
        // A grant tied to a provider event or order happens once, whatever retries arrive.
        QStringLiteral(
            "CREATE UNIQUE INDEX credit_ledger_reference ON credit_ledger (reference) WHERE reference <> ''"),
        QStringLiteral(
            "CREATE TABLE credit_balances (org_id TEXT PRIMARY KEY REFERENCES orgs(id), balance BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE credit_plans (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
            " currency TEXT NOT NULL, price_monthly_minor BIGINT NOT NULL, price_yearly_minor BIGINT NOT NULL,"
            " credits_included BIGINT NOT NULL, features TEXT NOT NULL DEFAULT '[]',"
            " stripe_price_monthly TEXT NOT NULL DEFAULT '', stripe_price_yearly TEXT NOT NULL DEFAULT '',"
            " creem_product_id TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,"
            " sort_order INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE credit_orders (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),"
                       " user_id TEXT NOT NULL, type TEXT NOT NULL, plan_id TEXT NOT NULL DEFAULT '',"
                       " billing_cycle TEXT NOT NULL DEFAULT '', credits BIGINT NOT NULL, amount_minor BIGINT NOT NULL,"
                       " currency TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL,"
                       " provider_ref TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL, paid_at BIGINT)"),
        QStringLiteral("CREATE INDEX credit_orders_org ON credit_orders (org_id, created_at, id)"),
        QStringLiteral(
            "CREATE TABLE credit_subscriptions (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id),"
            " plan_id TEXT NOT NULL, channel TEXT NOT NULL, status TEXT NOT NULL, billing_cycle TEXT NOT NULL,"
            " provider_subscription_id TEXT NOT NULL DEFAULT '', provider_customer_id TEXT NOT NULL DEFAULT '',"
            " current_period_start BIGINT NOT NULL, current_period_end BIGINT NOT NULL,"
            " cancel_at_period_end INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, updated_at BIGINT NOT "
            "NULL)"),
        QStringLiteral(
            "CREATE TABLE checkins (org_id TEXT NOT NULL REFERENCES orgs(id), day TEXT NOT NULL,"
            " user_id TEXT NOT NULL, credits BIGINT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (org_id, day))"),
        QStringLiteral("CREATE TABLE stripe_prices (id TEXT PRIMARY KEY, product_name TEXT NOT NULL, unit_amount_minor "
                       "BIGINT NOT NULL,"
                       " currency TEXT NOT NULL, recurring_interval TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE stripe_customers (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, email TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE stripe_sessions (id TEXT PRIMARY KEY, family TEXT NOT NULL, mode TEXT NOT NULL,"
                       " price TEXT NOT NULL, quantity BIGINT NOT NULL, customer TEXT NOT NULL DEFAULT '',"
                       " customer_email TEXT NOT NULL DEFAULT '', success_url TEXT NOT NULL, cancel_url TEXT NOT NULL,"
                       " client_reference_id TEXT NOT NULL DEFAULT '', metadata TEXT NOT NULL DEFAULT '{}',"
                       " status TEXT NOT NULL, payment_status TEXT NOT NULL, subscription TEXT NOT NULL DEFAULT '',"
                       " amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE stripe_subscriptions (id TEXT PRIMARY KEY, customer TEXT NOT NULL, price TEXT NOT NULL,"
            " family TEXT NOT NULL, status TEXT NOT NULL, current_period_start BIGINT NOT NULL,"
            " current_period_end BIGINT NOT NULL, cancel_at_period_end INTEGER NOT NULL DEFAULT 0,"
            " metadata TEXT NOT NULL DEFAULT '{}', fail_next_renewal INTEGER NOT NULL DEFAULT 0,"
            " created_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE stripe_portal_sessions (id TEXT PRIMARY KEY, customer TEXT NOT NULL, family TEXT NOT NULL,"
            " return_url TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE creem_checkouts (id TEXT PRIMARY KEY, product_id TEXT NOT NULL, request_id TEXT "
                       "NOT NULL DEFAULT '',"
                       " units BIGINT NOT NULL DEFAULT 1, customer_email TEXT NOT NULL DEFAULT '', success_url TEXT "
                       "NOT NULL DEFAULT '',"
                       " metadata TEXT NOT NULL DEFAULT '{}', status TEXT NOT NULL, amount_minor BIGINT NOT NULL,"
                       " currency TEXT NOT NULL, subscription TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE tier_accounts (org_id TEXT PRIMARY KEY REFERENCES orgs(id), plan_tier TEXT NOT NULL,"
            " status TEXT, stripe_customer_id TEXT NOT NULL DEFAULT '', stripe_subscription_id TEXT NOT NULL DEFAULT "
            "'',"
            " current_period_end BIGINT, cancel_at_period_end INTEGER, updated_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE platform_charges (id TEXT PRIMARY KEY, kind TEXT NOT NULL, company_id TEXT NOT NULL,"
            " extension_id TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL, trial_days BIGINT NOT NULL DEFAULT "
            "0,"
            " is_test INTEGER NOT NULL DEFAULT 0, return_url TEXT NOT NULL, body TEXT NOT NULL,"
            " activated_on BIGINT, cancelled_on BIGINT, billing_date BIGINT, created_at BIGINT NOT NULL,"
            " modified_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 0)"),
    };
}

// A renewal charge that the Razorpay simulator should decline (test hook).
QStringList version3()
{
    return {QStringLiteral("ALTER TABLE subscriptions ADD COLUMN fail_next_renewal INTEGER NOT NULL DEFAULT 0")};
}

// One customer's payments and invoices, newest first (the console's customer page).
QStringList version4()
{
    return {QStringLiteral("CREATE INDEX payments_org ON payments (org_id, created_at, id)"),
        QStringLiteral("CREATE INDEX invoices_org ON invoices (org_id, created_at, id)")};
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {version1(), version2(), version3(), version4()};
    return list;
}

} // namespace bc::sandbox
