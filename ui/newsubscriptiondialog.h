#pragma once

#include "changedialog.h"

#include "models/billingtypes.h"

class QComboBox;
class QLineEdit;

namespace bc {

class CheckoutFlow;
class Session;

// Starts a subscription through the provider's checkout (Razorpay): plan, cycle, an optional
// coupon. The dialog closes when the checkout opens; a refusal before that (a bad coupon) stays in
// the dialog with the choices kept.
class NewSubscriptionDialog : public ChangeDialog
{
    Q_OBJECT
public:
    NewSubscriptionDialog(Session *session, const QList<Plan> &plans, QWidget *parent = nullptr);

signals:
    // The checkout is on its way; see BuyCreditsDialog::started.
    void started(bc::CheckoutFlow *flow);

private:
    void pay();

    Session *m_session;
    QComboBox *m_plan;
    QComboBox *m_cycle;
    QLineEdit *m_coupon;
};

} // namespace bc
