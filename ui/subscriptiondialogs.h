#pragma once

#include "models/billingtypes.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace bc {

class MessageBar;

// Cancel at period end (the default) or now, with a reason.
class CancelDialog : public QDialog
{
    Q_OBJECT
public:
    CancelDialog(const Subscription &subscription, QWidget *parent = nullptr);
    bool atPeriodEnd() const;
    QString reason() const;
    MessageBar *messageBar() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }

signals:
    void confirmed();

private:
    QRadioButton *m_atEnd;
    QRadioButton *m_now;
    QLineEdit *m_reason;
    MessageBar *m_message;
    QPushButton *m_confirm;
};

// A Super Admin's direct edit of any subscription. Only changed fields are sent; a reason is
// required and lands in the subscription's history.
class SubscriptionEditDialog : public QDialog
{
    Q_OBJECT
public:
    SubscriptionEditDialog(const Subscription &subscription, const QList<Plan> &plans, QWidget *parent = nullptr);
    QJsonObject changes() const;
    QString reason() const;
    MessageBar *messageBar() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }

signals:
    void confirmed();

private:
    void updateConfirm();
    Subscription m_subscription;
    QComboBox *m_status;
    QComboBox *m_plan;
    QComboBox *m_cycle;
    QCheckBox *m_cancelAtEnd;
    QLineEdit *m_reason;
    MessageBar *m_message;
    QPushButton *m_confirm;
};

} // namespace bc
