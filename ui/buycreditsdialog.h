#pragma once

#include "changedialog.h"

class QComboBox;
class QSpinBox;

namespace bc {

class CheckoutFlow;
class Session;

// Buys packs of credits through the provider's checkout (Stripe or Creem). The dialog closes when
// the checkout opens; a refusal before that (no such product) stays in the dialog.
class BuyCreditsDialog : public ChangeDialog
{
    Q_OBJECT
public:
    BuyCreditsDialog(Session *session, QWidget *parent = nullptr);

signals:
    // The checkout is on its way; its finished() says how it ended, unless it was refused before
    // the checkout opened (the dialog then says why and stays, isVisible()).
    void started(bc::CheckoutFlow *flow);

private:
    void pay();

    Session *m_session;
    QSpinBox *m_packs;
    QComboBox *m_channel;
};

} // namespace bc
