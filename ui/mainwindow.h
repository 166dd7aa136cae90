#pragma once

#include "store/connectionprofile.h"

#include <QHash>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace bc {

class CouponsPane;
class CreditLedgerPane;
class DashboardPane;
class InvoicesPane;
class JournalPane;
class LocalStore;
class PendingChangesPane;
class OrdersPane;
class PaymentsPane;
class PlansPane;
class PlatformChargesPane;
class Session;
class SubscriptionsPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // With a local store, panes keep showing the last data when the server is unreachable and
    // changes go through the outbox and the operator journal (not owned).
    explicit MainWindow(LocalStore *store = nullptr, QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, int current = 0);
    void selectProfile(int index);
    void showPane(int index);

    Session *session() const { return m_session; }
    SubscriptionsPane *subscriptionsPane() const { return m_subscriptions; }
    PaymentsPane *paymentsPane() const { return m_payments; }
    CreditLedgerPane *creditLedgerPane() const { return m_ledger; }
    InvoicesPane *invoicesPane() const { return m_invoices; }
    DashboardPane *dashboardPane() const { return m_dashboard; }
    CouponsPane *couponsPane() const { return m_coupons; }
    PlansPane *plansPane() const { return m_plans; }
    OrdersPane *ordersPane() const { return m_orders; }
    PlatformChargesPane *platformChargesPane() const { return m_charges; }
    PendingChangesPane *pendingChangesPane() const { return m_pending; }
    JournalPane *journalPane() const { return m_journal; }
    int paneCount() const { return int(m_panes.size()); }
    QString paneTitle(int index) const;
    // Ctrl+K. Returns the open palette (tests drive it).
    class CommandPalette *openCommandPalette();
    // Ctrl+Shift+D: the current pane in a window of its own; closing that window brings it back.
    QMainWindow *detachCurrentPane();
    QComboBox *profileCombo() const { return m_profileCombo; }
    // File > Preferences (Ctrl+,): the language, applied from the next start. Returns the open dialog.
    class QDialog *openPreferences();
    bool isPaneVisible(int index) const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

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
    InvoicesPane *m_invoices;
    DashboardPane *m_dashboard;
    CouponsPane *m_coupons;
    PlansPane *m_plans;
    OrdersPane *m_orders;
    PlatformChargesPane *m_charges;
    PendingChangesPane *m_pending;
    JournalPane *m_journal;
    // Which family a pane belongs to, and which roles may open it at all (empty: every role).
    struct PaneEntry
    {
        QWidget *widget;
        QString title;
        QString family;
        QList<Role> roles;
    };
    QList<PaneEntry> m_panes;
    QHash<QObject *, QPair<int, QWidget *>> m_detached; // window -> (pane index, placeholder)
    void addPane(QWidget *widget, const QString &title, const QString &family, QList<Role> roles = {});
    QLabel *m_connectionLabel;
    QLabel *m_identityLabel;
    QLabel *m_onlineLabel;
};

} // namespace bc
