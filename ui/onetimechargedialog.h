#pragma once

#include "changedialog.h"

#include "models/drafts.h"

class QCheckBox;
class QLineEdit;

namespace bc {

class PlatformChargesConnector;

// A one-time platform charge: name, term, an exact price. The company approves it on the
// platform's confirm page afterwards.
class OneTimeChargeDialog : public ChangeDialog
{
    Q_OBJECT
public:
    OneTimeChargeDialog(PlatformChargesConnector *charges, const QUrl &returnUrl, QWidget *parent = nullptr);

signals:
    void created(const bc::PlatformCharge &charge, const QUrl &confirmUrl);

private:
    void confirm();

    PlatformChargesConnector *m_charges;
    QUrl m_returnUrl;
    QLineEdit *m_name;
    QLineEdit *m_term;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QCheckBox *m_test;
};

} // namespace bc
