#pragma once

#include "changedialog.h"

#include "models/drafts.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace bc {

class OrgBillingConnector;

// A Super Admin's direct edit of any subscription. Only changed fields are sent; a reason is
// required and lands in the subscription's history.
class SubscriptionEditDialog : public ChangeDialog
{
    Q_OBJECT
public:
    SubscriptionEditDialog(OrgBillingConnector *connector, const Subscription &subscription, const QList<Plan> &plans,
        QWidget *parent = nullptr);
    SubscriptionPatch changes() const;
    QString reason() const;

signals:
    void changed(const bc::Subscription &subscription);

private:
    void updateConfirm();
    void confirm();

    OrgBillingConnector *m_connector;
    Subscription m_subscription;
    QComboBox *m_status;
    QComboBox *m_plan;
    QComboBox *m_cycle;
    QCheckBox *m_cancelAtEnd;
    QLineEdit *m_reason;
};

} // namespace bc
