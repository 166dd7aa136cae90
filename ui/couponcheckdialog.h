#pragma once

#include "changedialog.h"

class QComboBox;
class QLineEdit;

namespace bc {

class OrgBillingConnector;

// Checks a coupon code against a plan and cycle before a checkout, and says the price after the
// discount. Changes nothing.
class CouponCheckDialog : public ChangeDialog
{
    Q_OBJECT
public:
    CouponCheckDialog(OrgBillingConnector *orgBilling, QWidget *parent = nullptr);

private:
    void check();

    OrgBillingConnector *m_orgBilling;
    QLineEdit *m_code;
    QComboBox *m_plan;
    QComboBox *m_cycle;
};

} // namespace bc
