#pragma once

#include "tablepane.h"

#include "models/familytypes.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace bc {

class ConnectorLedgerSource;
class CustomerPicker;
class CreditLedgerModel;

// A customer's credit balance and ledger: find the customer (Support, Super Admin), scroll a
// ledger of any size (pages load as the view needs them), filter, sort, adjust with a reason.
// The model sorts and filters its packed rows itself; no proxy stands in between.
class CreditLedgerPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit CreditLedgerPane(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    void openCustomer(const OrgSummary &customer);
    void adjustCredits();
    void adjustMany();
    void editCheckin();

    CreditLedgerModel *model() const { return m_model; }
    const OrgSummary &customer() const { return m_customer; }
    QPushButton *adjustButton() const { return m_adjust; }
    QPushButton *loadAllButton() const { return m_loadAll; }
    QComboBox *customerCombo() const;

signals:
    void customersLoaded();
    void ledgerLoaded();
    void balanceUpdated(qint64 balance);

protected:
    void applyTextFilter(const QString &text) override;

private:
    void buildCustomerRow();
    void buildFilters();
    void customersAnswered(const ApiResult<QList<OrgSummary>> &result, const QString &text);
    void updateStatus();
    void updateActions();
    void loadBalance();
    void showBalance(qint64 balance);
    bool seesOwnLedgerOnly() const;
    void openEveryOrganisation();
    void customerTyped(const QString &id);
    void startLedger(bool admin, const QString &orgId);

    CreditLedgerModel *m_model;
    QPointer<ConnectorLedgerSource> m_source;
    OrgSummary m_customer;
    CustomerPicker *m_customers;
    QLabel *m_balance;
    QComboBox *m_type;
    QPushButton *m_adjustMany = nullptr;
    QPushButton *m_adjust;
    QPushButton *m_checkin;
    QPushButton *m_loadAll;
    bool m_firstPage = true;
};

} // namespace bc
