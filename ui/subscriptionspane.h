#pragma once

#include "models/billingtypes.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace bc {

class MessageBar;
class Session;
class SubscriptionFilterProxy;
class SubscriptionTableModel;

// Subscriptions: a sortable, filterable table; a detail panel with history; and the actions the
// signed-in role may take (others disabled with a tooltip saying why).
class SubscriptionsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionsPane(Session *session, QWidget *parent = nullptr);

    void refresh();
    SubscriptionTableModel *model() const { return m_model; }
    SubscriptionFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }
    QAction *changePlanAction() const { return m_changePlan; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *resumeAction() const { return m_resume; }
    QAction *editAction() const { return m_edit; }
    QAction *newSubscriptionAction() const { return m_new; }
    void newSubscription();
    void openPortal();
    const QList<Plan> &plans() const { return m_plans; }
    bool isLoading() const { return m_loading; }

    void changePlan();
    void cancelSubscription();
    void resumeSubscription();
    void editSubscription();
    void selectSubscription(const QString &id);

signals:
    void loaded();
    void subscriptionChanged(const bc::Subscription &subscription);

private:
    const Subscription *selected() const;
    void loadPage(const QString &cursor, QList<Subscription> collected, int generation);
    void loadOtherFamilies(QList<Subscription> rows, int generation);
    void finishLoad(const QList<Subscription> &rows);
    void updateActions();
    void showDetail();
    void applied(const Subscription &s, const QString &message);

    Session *m_session;
    SubscriptionTableModel *m_model;
    SubscriptionFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_plan;
    MessageBar *m_message;
    QLabel *m_detailTitle;
    QFormLayout *m_detailForm;
    QListWidget *m_history;
    QAction *m_changePlan;
    QAction *m_cancel;
    QAction *m_resume;
    QAction *m_edit;
    QAction *m_new;
    QAction *m_portal;
    QAction *m_refresh;
    QList<Plan> m_plans;
    bool m_loading = false;
    int m_generation = 0;
    QDateTime m_staleSince; // valid while the rows shown came (partly) from the read cache
    void noteFetched(const QDateTime &fetchedAt);
};

} // namespace bc
