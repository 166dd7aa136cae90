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

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {version1()};
    return list;
}

} // namespace bc::sandbox
