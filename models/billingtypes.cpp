#include "billingtypes.h"

#include "words.h"

#include <QCoreApplication>
#include <QtNumeric>

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

std::optional<Quantity> Quantity::parse(QStringView text)
{
    text = text.trimmed();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.mid(1);
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()) || fraction.size() > kMaxScale)
        return std::nullopt;
    Quantity q;
    q.units = 0;
    q.scale = int(fraction.size());
    for (QStringView part : {whole, fraction})
        for (QChar c : part) {
            if (c < u'0' || c > u'9' || qMulOverflow(q.units, qint64(10), &q.units)
                || qAddOverflow(q.units, qint64(c.unicode() - u'0'), &q.units))
                return std::nullopt;
        }
    if (negative)
        q.units = -q.units;
    return q;
}

QString Quantity::toWireString() const
{
    QString digits = QString::number(units);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    if (scale == 0)
        return (negative ? QStringLiteral("-") : QString()) + digits;
    digits = digits.rightJustified(scale + 1, u'0');
    return (negative ? QStringLiteral("-") : QString()) + digits.left(digits.size() - scale) + u'.'
        + digits.right(scale);
}

QString Quantity::toDisplayString(const QLocale &locale) const
{
    const QString wire = toWireString();
    const qsizetype dot = wire.indexOf(u'.');
    const QString whole = locale.toString(wire.left(dot < 0 ? wire.size() : dot).toLongLong());
    return dot < 0 ? whole : whole + locale.decimalPoint() + wire.mid(dot + 1);
}

std::optional<Money> Quantity::times(const Money &price) const
{
    qint64 denominator = 1;
    for (int i = 0; i < scale; ++i)
        denominator *= 10;
    return price.scaled(units, denominator);
}

QString InvoiceTax::rateText() const
{
    return QStringLiteral("%1.%2").arg(rateBasisPoints / 100).arg(rateBasisPoints % 100, 2, 10, QLatin1Char('0'));
}

} // namespace bc
