#pragma once

#include "api/transport.h"
#include "models/familytypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bc {

class CreditsConnector;
class MessageBar;

// Adds or takes credits with a signed amount, a required reason code and a note. The balance the
// customer will have is shown before anything is sent; going below zero needs an explicit tick.
class ManualAdjustmentDialog : public QDialog
{
    Q_OBJECT
public:
    ManualAdjustmentDialog(CreditsConnector *credits, const OrgSummary &customer, QWidget *parent = nullptr);

    static QStringList reasonCodes();
    static QString reasonLabel(const QString &code);

signals:
    // The server could not be reached: the change waits in Pending changes (the text says so).
    void queued(const QString &message);
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
    MessageBar *m_message;
    QPushButton *m_confirm;
    IdempotencyKeys m_keys;
    bool m_busy = false;
};

} // namespace bc
