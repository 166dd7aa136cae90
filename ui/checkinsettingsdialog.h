#pragma once

#include "changedialog.h"

class QCheckBox;
class QSpinBox;

namespace bc {

class CreditsConnector;

// The daily check-in (Super Admin): whether customers may check in once a day, and the credits
// each check-in awards. Loads the server's settings first; saving sends them with a key.
class CheckinSettingsDialog : public ChangeDialog
{
    Q_OBJECT
public:
    CheckinSettingsDialog(CreditsConnector *credits, QWidget *parent = nullptr);

signals:
    void saved();

private:
    void confirm();

    CreditsConnector *m_credits;
    QCheckBox *m_enabled;
    QSpinBox *m_award;
};

} // namespace bc
