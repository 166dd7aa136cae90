#include "coupondialog.h"

#include "api/familyconnectors.h"
#include "models/dates.h"
#include "models/drafts.h"
#include "models/words.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

namespace bc {

CouponDialog::CouponDialog(CreditsConnector *credits, QWidget *parent)
    : ChangeDialog(tr("New coupon"), tr("Create coupon"), parent), m_credits(credits)
{
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. SPRING25"));
    m_kind = new QComboBox(this);
    for (CouponKind k : allValues<CouponKind>())
        m_kind->addItem(label(k), int(k));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setPlaceholderText(tr("25 (percent) or 500.00 (amount)"));
    m_currency = new QLineEdit(QStringLiteral("INR"), this);
    m_currency->setMaxLength(3);
    m_duration = new QComboBox(this);
    for (CouponDuration d : allValues<CouponDuration>())
        m_duration->addItem(label(d), int(d));
    m_months = new QSpinBox(this);
    m_months->setRange(1, 120);
    m_until = new QDateEdit(QDate::currentDate().addMonths(3), this);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(tableDateFormat());
    m_limit = new QSpinBox(this);
    m_limit->setRange(0, 1000000);
    m_limit->setSpecialValueText(tr("No limit"));
    addField(tr("&Code:"), m_code);
    addField(tr("&Kind:"), m_kind);
    addField(tr("&Value:"), m_value);
    addField(tr("C&urrency (amount off):"), m_currency);
    addField(tr("&Duration:"), m_duration);
    addField(tr("&Months (repeating):"), m_months);
    addField(tr("Valid &until:"), m_until);
    addField(tr("Redemption &limit:"), m_limit);
    connect(this, &ChangeDialog::confirmed, this, &CouponDialog::confirm);
}

void CouponDialog::confirm()
{
    CouponDraft draft;
    draft.code = m_code->text().trimmed();
    draft.kind = static_cast<CouponKind>(m_kind->currentData().toInt());
    draft.duration = static_cast<CouponDuration>(m_duration->currentData().toInt());
    draft.durationInMonths = m_months->value();
    draft.validUntil = m_until->date();
    draft.maxRedemptions = m_limit->value();
    const QString value = m_value->text().trimmed();
    MoneyParseError e = MoneyParseError::None;
    if (draft.kind == CouponKind::Percent) {
        // A percentage with at most two decimals, read exactly into basis points.
        const Money percent = Money::parse(value, QStringLiteral("USD"), &e);
        if (!percent.isValid() || percent.minorUnits() <= 0 || percent.minorUnits() > 10000) {
            refuse(tr("Percent off must be more than 0 and at most 100, with at most two decimals, e.g. 25 or 12.5."),
                m_value);
            return;
        }
        draft.percentOffBasisPoints = int(percent.minorUnits());
    } else {
        const QString currency = m_currency->text().trimmed().toUpper();
        draft.amountOff = Money::parse(value, currency, &e);
        if (!draft.amountOff.isValid()) {
            refuse(tr("Amount off: %1").arg(Money::parseErrorMessage(e, value, currency)), m_value);
            return;
        }
    }
    setBusy(true);
    m_credits->createCoupon(draft, keyFor(fingerprint(draft)), this, [this](const ApiResult<Coupon> &r) {
        if (!finish(r.error))
            return;
        emit created(r.value);
        accept();
    });
}

} // namespace bc
