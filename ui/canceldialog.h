#pragma once

#include "changedialog.h"

#include "models/billingtypes.h"

class QLineEdit;
class QRadioButton;

namespace bc {

class OrgBillingConnector;

// Cancel at period end (the default) or now, with a reason.
class CancelDialog : public ChangeDialog
{
    Q_OBJECT
public:
    CancelDialog(OrgBillingConnector *connector, const Subscription &subscription, QWidget *parent = nullptr);
    bool atPeriodEnd() const;
    QString reason() const;

signals:
    void changed(const bc::Subscription &subscription);

private:
    void confirm();

    OrgBillingConnector *m_connector;
    QRadioButton *m_atEnd;
    QRadioButton *m_now;
    QLineEdit *m_reason;
};

} // namespace bc
