#pragma once

#include "changedialog.h"

#include "models/familytypes.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bc {

class CreditsConnector;

// Adds or takes credits with a signed amount, a required reason code and a note. The balance the
// customer will have is shown before anything is sent; going below zero needs an explicit tick.
class ManualAdjustmentDialog : public ChangeDialog
{
    Q_OBJECT
public:
    ManualAdjustmentDialog(CreditsConnector *credits, const OrgSummary &customer, QWidget *parent = nullptr);

signals:
    void adjusted(const bc::CreditTransaction &transaction);

private:
    void update();
    void confirm();
    std::optional<qint64> amount() const;

    CreditsConnector *m_credits;
    OrgSummary m_customer;
    QLineEdit *m_amount;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QCheckBox *m_allowNegative;
    QLabel *m_preview;
};

} // namespace bc
