#include "couponspane.h"

#include "couponcheckdialog.h"
#include "coupondialog.h"

#include "api/familyconnectors.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/tone.h"
#include "models/words.h"

#include <QAction>

namespace bc {

PaneInfo CouponsPane::describe()
{
    return {QStringLiteral("coupons"), tr("Coupons"), Family::Credits, policy::Action::ManageCatalog};
}

CouponsPane::CouponsPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent)
{
    using Col = RecordTableModel<Coupon>::Column;
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<Coupon>(
        {Col{tr("Code"), [](const Coupon &c) { return c.code; }},
            Col{tr("Discount"),
                [](const Coupon &c) {
                    return c.kind == CouponKind::Percent ? QStringLiteral("%1 %").arg(
                               Money::fromMinor(c.percentOffBasisPoints, QStringLiteral("USD")).toWireString())
                                                         : c.amountOff.toDisplayString();
                },
                [](const Coupon &c) {
                    return c.kind == CouponKind::Percent ? qint64(c.percentOffBasisPoints) : c.amountOff.minorUnits();
                },
                right},
            Col{tr("Duration"),
                [](const Coupon &c) {
                    return c.duration == CouponDuration::Repeating ? tr("%n month(s)", nullptr, c.durationInMonths)
                                                                   : label(c.duration);
                }},
            Col{tr("Valid from"), [](const Coupon &c) { return shortDate(c.validFrom); },
                [](const Coupon &c) { return c.validFrom.toSecsSinceEpoch(); }},
            Col{tr("Valid until"), [](const Coupon &c) { return shortDate(c.validUntil); },
                [](const Coupon &c) { return c.validUntil.toSecsSinceEpoch(); }, Qt::AlignLeft | Qt::AlignVCenter,
                [](const Coupon &c) {
                    return c.validUntil.isValid() && c.validUntil < QDateTime::currentDateTimeUtc()
                        ? QVariant(toneColour(Tone::Negative))
                        : QVariant();
                }},
            Col{tr("Used"),
                [locale](const Coupon &c) {
                    return c.maxRedemptions < 0 ? locale.toString(c.redemptions)
                                                : QStringLiteral("%1 / %2").arg(
                                                    locale.toString(c.redemptions), locale.toString(c.maxRedemptions));
                },
                [](const Coupon &c) { return c.redemptions; }, right}},
        this);
    setSourceModel(m_model);
    addRefreshAction();
    connect(addPaneAction(tr("New coupon…"), QKeySequence::New), &QAction::triggered, this, &CouponsPane::createCoupon);
    connect(addPaneAction(tr("Check a code…")), &QAction::triggered, this, &CouponsPane::checkCoupon);
}

void CouponsPane::refresh()
{
    if (!m_session->isReady() || !m_session->credits())
        return;
    m_session->credits()->coupons(this, [this](const ApiResult<QList<Coupon>> &r) {
        setStatus(tr("Coupons: %1").arg(r.value.size()));
        showRecords(r, m_model);
    });
}

void CouponsPane::createCoupon()
{
    auto *dialog = new CouponDialog(m_session->credits(), this);
    connect(dialog, &CouponDialog::created, this, [this](const Coupon &c) {
        messageBar()->show(MessageBar::Kind::Success, tr("Coupon %1 created.").arg(c.code));
        refresh();
    });
    openChange(dialog, policy::Action::ManageCatalog);
}

void CouponsPane::checkCoupon()
{
    openChange(new CouponCheckDialog(m_session->orgBilling(), this));
}

} // namespace bc
