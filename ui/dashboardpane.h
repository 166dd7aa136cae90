#pragma once

#include "models/billingtypes.h"

#include <QWidget>

class QTableWidget;

namespace bc {

class MessageBar;
class Session;

// The month at a glance: revenue by month, subscriptions by plan and status, credits granted
// against used, and the two watchlists (past due, cancelling at period end).
class DashboardPane : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPane(Session *session, QWidget *parent = nullptr);
    void refresh();
    int pastDueCount() const;
    int cancellingCount() const;

signals:
    void loaded();

private:
    void showSubscriptions(const QList<Subscription> &subscriptions);
    void partLoaded();
    void noteFetched(const QDateTime &fetchedAt);
    QDateTime m_staleSince;

    Session *m_session;
    MessageBar *m_message;
    QWidget *m_revenue;
    QWidget *m_statuses;
    QWidget *m_credits;
    QTableWidget *m_pastDue;
    QTableWidget *m_cancelling;
    int m_pending = 0;
};

} // namespace bc
