#include "newsubscriptiondialog.h"

#include "checkoutflow.h"

#include "models/words.h"

#include <QComboBox>
#include <QLineEdit>

namespace bc {

NewSubscriptionDialog::NewSubscriptionDialog(Session *session, const QList<Plan> &plans, QWidget *parent)
    : ChangeDialog(tr("New subscription"), tr("Continue to payment"), parent), m_session(session)
{
    m_plan = new QComboBox(this);
    for (const Plan &p : plans)
        m_plan->addItem(tr("%1 — %2 a month").arg(p.name, p.priceMonthly.toDisplayString()), p.id);
    m_cycle = new QComboBox(this);
    for (BillingCycle c : allValues<BillingCycle>())
        m_cycle->addItem(label(c), int(c));
    m_coupon = new QLineEdit(this);
    m_coupon->setPlaceholderText(tr("Optional"));
    addField(tr("&Plan:"), m_plan);
    addField(tr("&Billing cycle:"), m_cycle);
    addField(tr("C&oupon:"), m_coupon);
    connect(this, &ChangeDialog::confirmed, this, &NewSubscriptionDialog::pay);
}

void NewSubscriptionDialog::pay()
{
    setBusy(true, tr("Opening the checkout…"));
    CheckoutFlow *flow = CheckoutFlow::razorpaySubscription(m_session, m_plan->currentData().toString(),
        static_cast<BillingCycle>(m_cycle->currentData().toInt()), m_coupon->text().trimmed(), parentWidget());
    connect(flow, &CheckoutFlow::viewOpened, this, &QDialog::accept);
    connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
        if (!ok && isVisible()) // refused before the checkout opened (a bad coupon): keep the choices
            refuse(text);
    });
    emit started(flow);
}

} // namespace bc
