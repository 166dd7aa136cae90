#pragma once

#include "changedialog.h"

#include "models/familytypes.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bc {

class CreditsConnector;

// Creates a credit plan, or edits one (Super Admin). Prices are checked here exactly as the server
// will check them, so a mistyped price is said at once and nothing is sent.
class CreditPlanDialog : public ChangeDialog
{
    Q_OBJECT
public:
    // existing: null for a new plan.
    CreditPlanDialog(CreditsConnector *credits, const CreditPlan *existing, QWidget *parent = nullptr);

signals:
    void saved(const bc::CreditPlan &plan);

private:
    void confirm();
    std::optional<CreditPlan> planAsTyped();

    CreditsConnector *m_credits;
    CreditPlan m_plan;
    bool m_existing;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_currency;
    QLineEdit *m_monthly;
    QLineEdit *m_yearly;
    QSpinBox *m_creditsIncluded;
    QPlainTextEdit *m_features;
    QLineEdit *m_creem;
    QCheckBox *m_active;
};

} // namespace bc
