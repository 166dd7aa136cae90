#pragma once

#include "context.h"
#include "controller.h"
#include "listing.h"

#include <QJsonObject>
#include <QTimeZone>

namespace bc::sandbox {

// One ledger entry. The ledger is append-only and the balance is kept beside it in the same
// transaction, so balance == SUM(amount) always holds.
struct CreditEntry
{
    QString orgId;
    QString type; // ai_usage, purchase, subscription_grant, checkin, manual_adjustment, refund
    qint64 amount = 0;
    QString description;
    QString reference; // unique when set: a grant tied to an event or order happens once
    qint64 at = 0; // 0: now
    QString operatorEmail;
    QString reasonCode;
    QString note;
    bool allowNegative = false;

    static CreditEntry make(const QString &orgId, const QString &type, qint64 amount, const QString &description,
        const QString &reference = {})
    {
        CreditEntry e;
        e.orgId = orgId;
        e.type = type;
        e.amount = amount;
        e.description = description;
        e.reference = reference;
        return e;
    }
};

// Appends the entry. Returns an empty optional on success, or why nothing was written:
// "duplicate" (reference already used), "negative" (balance would go below zero), "overflow".
std::optional<QString> postCredits(Context &ctx, const CreditEntry &entry, qint64 *balanceAfter = nullptr);
QJsonObject couponJson(const QVariantMap &coupon);
// A paid order becomes credits or a plan exactly once, whichever provider message comes first.
void fulfilOrder(Context &ctx, const QString &orderId, const QString &channel, const QString &providerSubscription,
    const QString &customer, qint64 periodStart, qint64 periodEnd);
// A provider subscription's status and period, as its webhook says.
void syncSubscription(Context &ctx, const QString &providerSubscription, const QString &status, qint64 periodStart,
    qint64 periodEnd, bool cancelAtPeriodEnd);

inline constexpr std::initializer_list<Role> kOrgMembers = {
    Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member};

inline constexpr std::initializer_list<Role> kPurchasers = {Role::Owner, Role::Admin};

inline constexpr std::initializer_list<Role> kCreditOperators = {Role::SuperAdmin, Role::Support};

HttpResponse ok(const QJsonValue &data, int status = 200);

// Wraps a handler so that its errors, and the role checks', carry the family's envelope.
Handler enveloped(Handler inner);

QString compact(const QJsonValue &v);

QJsonObject transactionJson(const QVariantMap &t);

QJsonObject planJson(const QVariantMap &p, bool admin, bool documentedOnly);

QJsonObject orderJson(const QVariantMap &o);

// Ledger pages are the one list that grows to millions of rows: written straight from the query
// into JSON text, without a QVariantMap or QJsonObject per row.
HttpResponse ledgerPage(Context &ctx, const QString &orgFilter, const QString &type, std::optional<qint64> from,
    std::optional<qint64> to, const Paging &p, bool withOrg);

bool validHttpUrl(const QString &text);

const QStringList &reasonCodes();

QDate localDay(Context &ctx, const QString &orgId, qint64 at);

// Money fields of the admin plan endpoints: strings in major units of the plan's currency.
std::optional<Money> readPrice(JsonFields &f, const QString &name, const QString &currency, bool required);
QJsonValue minorUnitsValue(qint64 minor);
QString creditsCurrency(Context &
        ctx); // what a price without a currency is in (setting credits_currency, USD) // a bare JSON number, as seed 002 shows prices

HttpResponse pagedList(Context &ctx, const QString &select, QStringList where, QVariantList binds, const Paging &p,
    const QString &alias, const std::function<QJsonObject(const QVariantMap &)> &toJson);

// The credits family's controllers: every answer, errors and role refusals included, in the
// family's envelope ({"success": …, "data": …}).
class CreditsController : public Controller
{
public:
    using Controller::Controller;

protected:
    Handler wrap(Handler handler) override { return enveloped(std::move(handler)); }
};

} // namespace bc::sandbox
