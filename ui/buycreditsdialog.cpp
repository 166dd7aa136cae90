#include "buycreditsdialog.h"

#include "checkoutflow.h"

#include "models/words.h"

#include <QComboBox>
#include <QSpinBox>

namespace bc {

BuyCreditsDialog::BuyCreditsDialog(Session *session, QWidget *parent)
    : ChangeDialog(tr("Buy credits"), tr("Continue to payment"), parent), m_session(session)
{
    m_packs = new QSpinBox(this);
    m_packs->setRange(1, 1000);
    m_packs->setSuffix(tr(" × 1,000 credits"));
    m_channel = new QComboBox(this);
    for (PaymentChannel c : {PaymentChannel::Stripe, PaymentChannel::Creem})
        m_channel->addItem(label(c), int(c));
    addField(tr("&Credits:"), m_packs);
    addField(tr("Pay &with:"), m_channel);
    connect(this, &ChangeDialog::confirmed, this, &BuyCreditsDialog::pay);
}

void BuyCreditsDialog::pay()
{
    CreditSessionRequest request;
    request.channel = static_cast<PaymentChannel>(m_channel->currentData().toInt());
    request.type = OrderType::Credits;
    request.credits = qint64(m_packs->value()) * 1000;
    setBusy(true, tr("Opening the checkout…"));
    CheckoutFlow *flow = CheckoutFlow::creditsSession(m_session, request, parentWidget());
    connect(flow, &CheckoutFlow::viewOpened, this, &QDialog::accept);
    connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
        if (!ok && isVisible()) // refused before the checkout opened: keep the choices
            refuse(text);
    });
    emit started(flow);
}

} // namespace bc
