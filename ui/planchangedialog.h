#pragma once

#include "changedialog.h"

#include "models/billingtypes.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace bc {

class OrgBillingConnector;

// Change plan with the proration shown side by side (current vs proposed) before anything is
// committed. The change carries a reason and one idempotency key per distinct request, so a
// retry after a network failure cannot charge twice.
class PlanChangeDialog : public ChangeDialog
{
    Q_OBJECT
public:
    // plansListed false: the plans are those seen on subscriptions, and another may be typed by id.
    PlanChangeDialog(OrgBillingConnector *connector, const Subscription &current, const QList<Plan> &plans,
        bool plansListed, QWidget *parent = nullptr);

    bool previewReady() const { return m_previewReady; }
    const ProrationPreview &preview() const { return m_preview; }
    const Subscription &result() const { return m_result; }

signals:
    void previewUpdated();
    void changed(const bc::Subscription &subscription);

private:
    QWidget *buildComparison();
    void requestPreview();
    void updateConfirm();
    void confirm();
    void showPreview();
    // Without a preview (an extension): what is known before the server prorates the change.
    void showWithoutPreview();
    QString chosenPlanId() const;
    BillingCycle chosenCycle() const;

    OrgBillingConnector *m_connector;
    Subscription m_current;
    QList<Plan> m_plans;
    bool m_noPreview = false; // the server has no preview: it prorates when the change is applied
    QComboBox *m_plan;
    QComboBox *m_cycle;
    QLineEdit *m_reason;
    QLabel *m_currentPlan;
    QLabel *m_currentPrice;
    QLabel *m_proposedPlan;
    QLabel *m_proposedPrice;
    QLabel *m_credit;
    QLabel *m_debit;
    QLabel *m_net;
    QLabel *m_tax;
    QLabel *m_dueNow;
    QLabel *m_periodEnd;
    ProrationPreview m_preview;
    Subscription m_result;
    bool m_previewReady = false;
    int m_generation = 0;
};

} // namespace bc
