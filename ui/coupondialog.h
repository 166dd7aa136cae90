#pragma once

#include "changedialog.h"

#include "models/familytypes.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace bc {

class CreditsConnector;

// A new coupon: percent or amount off, how long it applies, until when, how often. The value is
// read exactly (25 or 12.5 percent, an amount in the currency's decimals) before it is sent.
class CouponDialog : public ChangeDialog
{
    Q_OBJECT
public:
    CouponDialog(CreditsConnector *credits, QWidget *parent = nullptr);

signals:
    void created(const bc::Coupon &coupon);

private:
    void confirm();

    CreditsConnector *m_credits;
    QLineEdit *m_code;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QLineEdit *m_currency;
    QComboBox *m_duration;
    QSpinBox *m_months;
    QDateEdit *m_until;
    QSpinBox *m_limit;
};

} // namespace bc
