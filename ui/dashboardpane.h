#pragma once

#include "pane.h"

#include "api/orgbillingconnector.h"
#include "models/billingtypes.h"
#include "models/figures.h"
#include "models/money.h"

#include <QDateTime>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace bc {

class MessageBar;
class Session;

// The month at a glance: the figures first (MRR and ARR per currency, past due, new and churned
// this month, outstanding invoices), then revenue by month (one chart per currency, the open
// month drawn lighter), subscriptions by plan and status, credits granted against used, and the
// two watchlists (past due, cancelling at period end). What the role cannot see is not drawn.
class DashboardPane : public Pane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit DashboardPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    int pastDueCount() const;
    int cancellingCount() const;

private:
    void showSubscriptions(const QList<Subscription> &subscriptions);
    void showRevenue(const QList<MonthlyAmount> &amounts);
    void showFigures();
    void partLoaded();
    void noteFetched(const QDateTime &fetchedAt);
    QDateTime m_staleSince;

    QWidget *m_revenue;
    QWidget *m_statuses;
    QWidget *m_credits;
    QTableWidget *m_pastDue;
    QTableWidget *m_cancelling;
    QLabel *m_pastDueEmpty;
    QLabel *m_cancellingEmpty;
    QWidget *m_figures;
    QGridLayout *m_figuresLayout;
    SubscriptionFigures m_subscriptionFigures;
    bool m_haveSubscriptions = false;
    MoneyTotals m_outstanding;
    int m_outstandingCount = -1; // -1: not known (no invoice list, or not the role's)
    int m_pending = 0;
};

} // namespace bc
