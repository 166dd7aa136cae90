#pragma once

#include "pane.h"

#include "models/billingtypes.h"
#include "models/familytypes.h"
#include "models/recordtablemodel.h"
#include "store/localstore.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bc {

class CustomerPicker;
class SessionStore;

// One customer, everything about them: the organisation's name, contact and GSTIN; its
// subscriptions in every family it has; its invoices with the amounts due; its payments; its
// credit balance and latest ledger rows; its orders and platform charges; the operator journal's
// entries about it; and the actions the role may take on it, each one click away. Support and
// Super Admins choose the customer (the same search box as the ledger); every other role sees its
// own organisation. A part the server does not offer, or the role may not read, says so in words
// where its table would be.
class CustomerPane : public Pane
{
    Q_OBJECT
public:
    enum class Part { Subscriptions, Invoices, Payments, Credits, Orders, Charges, Journal };
    Q_ENUM(Part)
    // What the subscriptions pane does for the customer page (it owns those dialogs).
    enum class SubscriptionTask { ChangePlan, Cancel, Resume, Edit, Portal };
    Q_ENUM(SubscriptionTask)

    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit CustomerPane(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    // Shows this customer (Support, Super Admin); for other roles the page is their own organisation.
    void openCustomer(const OrgSummary &customer);
    const OrgSummary &customer() const { return m_customer; }
    // Opens the customer the text names (searched by name or email, else taken as the
    // organisation's id) once the session is ready: for Support and Super Admins.
    void findAndOpen(const QString &text);

    // For tests and the window: each part's table, the sentence shown instead of or above it, and
    // the header's lines.
    QTableView *table(Part part) const;
    QString note(Part part) const;
    int rows(Part part) const;
    QString headline() const; // the organisation's name
    QString contact() const; // email, GSTIN, address: what is known
    QString summary() const; // subscription, amount due, balance
    QPushButton *actionButton(SubscriptionTask task) const;
    QPushButton *adjustButton() const { return m_adjust; }
    CustomerPicker *picker() const { return m_picker; }
    bool isLoading() const { return m_pending > 0; }

signals:
    // The customer page asks the subscriptions pane to do `task` for this subscription.
    void subscriptionTask(const bc::Subscription &subscription, bc::CustomerPane::SubscriptionTask task);
    // Every part has answered (or said why not) for the customer shown.
    void customerShown();

protected:
    void updateActions() override;

private:
    struct PartView
    {
        QWidget *page = nullptr;
        QLabel *note = nullptr;
        QTableView *view = nullptr;
        QString title;
    };
    QWidget *buildHeader();
    void buildParts();
    PartView &part(Part p) { return m_parts[int(p)]; }
    const PartView &part(Part p) const { return m_parts[int(p)]; }
    // The sentence above (or instead of) a part's table; an empty table without a sentence says
    // `whenEmpty`.
    void setNote(Part p, const QString &text);
    void finished(Part p, int rows, const QString &whenEmpty);
    void startPart();
    bool seesOwnOnly() const;
    bool isOwn() const; // the customer is the caller's own organisation
    void clearParts();

    void loadSubscriptions(int generation);
    void loadInvoices(int generation);
    void loadPayments(int generation);
    void loadCredits(int generation);
    void loadOrders(int generation);
    void loadCharges(int generation);
    void loadJournal();
    void showContact(const Invoice &latest);
    void showSummary();
    void adjustCredits();
    const Subscription *orgBillingSubscription() const;

    QWidget *m_findRow = nullptr;
    CustomerPicker *m_picker = nullptr;
    QLabel *m_name;
    QLabel *m_contact;
    QLabel *m_summary;
    QPushButton *m_adjust;
    QHash<int, QPushButton *> m_taskButtons;
    QTabWidget *m_tabs;
    PartView m_parts[7];

    RecordTableModel<Subscription> *m_subscriptions;
    RecordTableModel<Invoice> *m_invoices;
    RecordTableModel<Payment> *m_payments;
    RecordTableModel<CreditTransaction> *m_ledger;
    RecordTableModel<CreditOrder> *m_orders;
    RecordTableModel<PlatformCharge> *m_charges;
    RecordTableModel<JournalEntry> *m_journal;

    OrgSummary m_customer;
    QString m_wanted; // findAndOpen's text, until the session is ready
    QPointer<SessionStore> m_journalStore; // the store whose journal the page follows
    bool m_balanceShown = false;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace bc
