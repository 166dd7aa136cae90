#pragma once

#include "store/connectionprofile.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace bc {

class CreditLedgerPane;
class PaymentsPane;
class Session;
class SubscriptionsPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, int current = 0);
    void selectProfile(int index);
    void showPane(int index);

    Session *session() const { return m_session; }
    SubscriptionsPane *subscriptionsPane() const { return m_subscriptions; }
    PaymentsPane *paymentsPane() const { return m_payments; }
    CreditLedgerPane *creditLedgerPane() const { return m_ledger; }
    QComboBox *profileCombo() const { return m_profileCombo; }
    bool isPaneVisible(int index) const;

private:
    void updateStatus();
    void updatePanes();

    Session *m_session;
    QList<ConnectionProfile> m_profiles;
    QComboBox *m_profileCombo;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    SubscriptionsPane *m_subscriptions;
    PaymentsPane *m_payments;
    CreditLedgerPane *m_ledger;
    QLabel *m_connectionLabel;
    QLabel *m_identityLabel;
};

} // namespace bc
