#pragma once

#include "pane.h"

#include "models/billingtypes.h"

#include <QDateTime>

class QTableWidget;

namespace bc {

class MessageBar;
class Session;

// The month at a glance: revenue by month, subscriptions by plan and status, credits granted
// against used, and the two watchlists (past due, cancelling at period end).
class DashboardPane : public Pane
{
    Q_OBJECT
public:
    explicit DashboardPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    int pastDueCount() const;
    int cancellingCount() const;

private:
    void showSubscriptions(const QList<Subscription> &subscriptions);
    void partLoaded();
    void noteFetched(const QDateTime &fetchedAt);
    QDateTime m_staleSince;

    QWidget *m_revenue;
    QWidget *m_statuses;
    QWidget *m_credits;
    QTableWidget *m_pastDue;
    QTableWidget *m_cancelling;
    int m_pending = 0;
};

} // namespace bc
