#include "billingtypes.h"

#include "words.h"

#include <QCoreApplication>

namespace bc {

namespace {
struct RoleName
{
    Role role;
    const char *wire;
    const char *display;
};
constexpr RoleName kRoles[] = {
    {Role::SuperAdmin, "super_admin", QT_TRANSLATE_NOOP("Role", "Super Admin")},
    {Role::Owner, "owner", QT_TRANSLATE_NOOP("Role", "Owner")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "Admin")},
    {Role::Support, "support", QT_TRANSLATE_NOOP("Role", "Support")},
    {Role::Member, "member", QT_TRANSLATE_NOOP("Role", "Member")},
};
} // namespace

QString roleToString(Role role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.wire);
    return QStringLiteral("unknown");
}

Role roleFromString(QStringView text)
{
    for (const auto &r : kRoles)
        if (text == QLatin1String(r.wire))
            return r.role;
    return Role::Unknown;
}

QString roleDisplayName(Role role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return QCoreApplication::translate("Role", r.display);
    return QCoreApplication::translate("Role", "Unknown");
}

QString billingCycleToString(BillingCycle cycle)
{
    return cycle == BillingCycle::Monthly ? QStringLiteral("monthly") : QStringLiteral("yearly");
}

std::optional<BillingCycle> billingCycleFromString(QStringView text)
{
    if (text == u"monthly")
        return BillingCycle::Monthly;
    if (text == u"yearly")
        return BillingCycle::Yearly;
    return std::nullopt;
}

QString subscriptionStatusToString(SubscriptionStatus status)
{
    return wireWord(status);
}

std::optional<SubscriptionStatus> subscriptionStatusFromString(QStringView text)
{
    return fromWireWord<SubscriptionStatus>(text);
}

QStringList subscriptionStatusNames()
{
    QStringList names;
    for (SubscriptionStatus s : allValues<SubscriptionStatus>())
        names << wireWord(s);
    return names;
}

QString InvoiceTax::rateText() const
{
    return QStringLiteral("%1.%2").arg(rateBasisPoints / 100).arg(rateBasisPoints % 100, 2, 10, QLatin1Char('0'));
}

} // namespace bc
