#include "drafts.h"

#include "words.h"

namespace bc {

namespace {
// Fields joined with a separator no field can hold unescaped (each is percent-encoded).
QByteArray joined(std::initializer_list<QString> fields)
{
    QByteArray out;
    for (const QString &f : fields)
        out += QUrl::toPercentEncoding(f) + '|';
    return out;
}
QString flag(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

QByteArray fingerprint(const CouponDraft &d)
{
    return joined({d.code, wireWord(d.kind), QString::number(d.percentOffBasisPoints), d.amountOff.toWireString(),
        d.amountOff.currency(), wireWord(d.duration), QString::number(d.durationInMonths),
        d.validUntil.toString(Qt::ISODate), QString::number(d.maxRedemptions)});
}

QByteArray fingerprint(const SubscriptionPatch &p, const QString &reason)
{
    return joined({p.status ? wireWord(*p.status) : QString(), p.planId.value_or(QString()),
        p.billingCycle ? wireWord(*p.billingCycle) : QString(),
        p.cancelAtPeriodEnd ? flag(*p.cancelAtPeriodEnd) : QString(), reason});
}

QByteArray fingerprint(const ManualAdjustment &a)
{
    return joined({a.orgId, QString::number(a.amount), wireWord(a.reason), a.note, flag(a.allowNegative)});
}

QByteArray fingerprint(const CheckinConfig &c)
{
    return joined({flag(c.enabled), QString::number(c.credits)});
}

QByteArray fingerprint(const CreditPlan &p)
{
    return joined({p.id, p.name, p.description, p.priceMonthly.toWireString(), p.priceYearly.toWireString(),
        p.priceMonthly.currency(), QString::number(p.creditsIncluded), p.features.join(u'\n'), p.creemProductId,
        flag(p.active)});
}

QByteArray fingerprint(const OneTimeChargeDraft &d)
{
    return joined(
        {d.name, d.item.name, d.item.term, d.item.price.toWireString(), d.item.price.currency(), flag(d.isTest)});
}

} // namespace bc
