#pragma once

#include "models/familytypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bc {

class ConnectorLedgerSource;
class CreditLedgerModel;
class MessageBar;
class Session;

// A customer's credit balance and ledger: find the customer (Support, Super Admin), scroll a
// ledger of any size (pages load as the view needs them), filter, sort, adjust with a reason.
class CreditLedgerPane : public QWidget
{
    Q_OBJECT
public:
    explicit CreditLedgerPane(Session *session, QWidget *parent = nullptr);

    void refresh();
    void openCustomer(const OrgSummary &customer);
    void adjustCredits();
    void editCheckin();

    CreditLedgerModel *model() const { return m_model; }
    const OrgSummary &customer() const { return m_customer; }
    QPushButton *adjustButton() const { return m_adjust; }
    QComboBox *customerCombo() const { return m_customers; }
    MessageBar *messageBar() const { return m_message; }

signals:
    void customersLoaded();
    void ledgerLoaded();
    void balanceUpdated(qint64 balance);

private:
    void searchCustomers(const QString &text);
    void updateStatus();
    void updateActions();
    void loadBalance();

    Session *m_session;
    CreditLedgerModel *m_model;
    QPointer<ConnectorLedgerSource> m_source;
    OrgSummary m_customer;
    QList<OrgSummary> m_found;
    QComboBox *m_customers;
    QTimer *m_searchDelay;
    QLabel *m_balance;
    QLabel *m_status;
    QComboBox *m_type;
    QLineEdit *m_filter;
    QPushButton *m_adjust;
    QPushButton *m_checkin;
    QPushButton *m_loadAll;
    QTableView *m_view;
    MessageBar *m_message;
};

} // namespace bc
