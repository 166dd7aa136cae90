#pragma once

#include "pane.h"

#include "models/familytypes.h"

class QAction;
class QLabel;

namespace bc {

class CheckoutFlow;

// Tier billing (seed 004): the account's plan tier and its subscription status, upgrade through
// the provider's checkout, and the provider's billing portal.
class TierPane : public Pane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit TierPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void upgrade();
    void openPortal();
    const TierStatus &status() const { return m_status; }

private:
    void showStatus();
    void afterCheckout(CheckoutFlow *flow);

    TierStatus m_status;
    QLabel *m_plan;
    QLabel *m_detail;
    QAction *m_upgrade;
    QAction *m_portal;
};

} // namespace bc
