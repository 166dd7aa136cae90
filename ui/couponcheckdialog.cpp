#include "couponcheckdialog.h"

#include "messagebar.h"

#include "api/orgbillingconnector.h"
#include "models/words.h"

#include <QComboBox>
#include <QLineEdit>

namespace bc {

CouponCheckDialog::CouponCheckDialog(OrgBillingConnector *orgBilling, QWidget *parent)
    : ChangeDialog(tr("Check a coupon"), tr("Check"), parent), m_orgBilling(orgBilling)
{
    m_code = new QLineEdit(this);
    m_plan = new QComboBox(this);
    m_cycle = new QComboBox(this);
    for (BillingCycle c : allValues<BillingCycle>())
        m_cycle->addItem(label(c), int(c));
    addField(tr("&Code:"), m_code);
    addField(tr("&Plan:"), m_plan);
    addField(tr("C&ycle:"), m_cycle);
    m_orgBilling->plans(this, [this](const ApiResult<QList<Plan>> &r) {
        for (const Plan &p : r.value)
            m_plan->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.priceMonthly.currency()), p.id);
    });
    connect(this, &ChangeDialog::confirmed, this, &CouponCheckDialog::check);
}

void CouponCheckDialog::check()
{
    m_orgBilling->validateCoupon(m_code->text().trimmed(), m_plan->currentData().toString(),
        static_cast<BillingCycle>(m_cycle->currentData().toInt()), this, [this](const ApiResult<CouponCheck> &r) {
            if (!r.ok())
                messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
            else if (!r.value.valid)
                messageBar()->show(MessageBar::Kind::Error, r.value.message);
            else
                messageBar()->show(MessageBar::Kind::Success,
                    tr("%1 Price after discount: %2.")
                        .arg(r.value.message, r.value.priceAfterDiscount.toDisplayString()));
        });
}

} // namespace bc
