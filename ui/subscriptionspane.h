#pragma once

#include "tablepane.h"

#include "models/billingtypes.h"

#include <QDateTime>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;

namespace bc {

class CheckoutFlow;
class SubscriptionDetailPanel;
class SubscriptionFilterProxy;
class SubscriptionTableModel;

// Subscriptions: a sortable, filterable table; a detail panel with history; and the actions the
// signed-in role may take (others disabled with a tooltip saying why).
class SubscriptionsPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit SubscriptionsPane(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    SubscriptionTableModel *model() const { return m_model; }
    SubscriptionFilterProxy *subscriptionProxy() const { return m_proxy; }
    QAction *changePlanAction() const { return m_changePlan; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *resumeAction() const { return m_resume; }
    QAction *editAction() const { return m_edit; }
    QAction *portalAction() const { return m_portal; }
    QAction *newSubscriptionAction() const { return m_new; }
    const QList<Plan> &plans() const { return m_plans; }
    bool isLoading() const { return m_loading; }

    void newSubscription();
    void openPortal();
    void changePlan();
    void cancelSubscription();
    void resumeSubscription();
    void editSubscription();
    void selectSubscription(const QString &id);
    // Shows this subscription selected, whatever the filters or the rows loaded (the customer
    // page asks for one the list may not have reached).
    void showSubscription(const Subscription &subscription);

signals:
    void subscriptionChanged(const bc::Subscription &subscription);

protected:
    std::optional<OrgSummary> customerAt(int sourceRow) const override;
    void applyTextFilter(const QString &text) override;

private:
    void buildActions();
    const Subscription *selected() const;
    void loadPlans();
    // Without a plan list (an extension): the plans seen on the subscriptions listed.
    void plansFromRows(const QList<Subscription> &rows);
    void showPlanFilter();
    void loadOwn(int generation);
    void finishLoad(const QList<Subscription> &rows);
    void updateActions();
    void showDetail();
    void applied(const Subscription &s, const QString &message);
    void afterCheckout(CheckoutFlow *flow, bool successIsGood);
    void noteFetched(const QDateTime &fetchedAt);

    SubscriptionTableModel *m_model;
    SubscriptionFilterProxy *m_proxy;
    QComboBox *m_status;
    QComboBox *m_plan;
    SubscriptionDetailPanel *m_detail;
    QAction *m_changePlan;
    QAction *m_cancel;
    QAction *m_resume;
    QAction *m_edit;
    QAction *m_new;
    QAction *m_portal;
    QList<Plan> m_plans;
    bool m_loading = false;
    int m_generation = 0;
    QDateTime m_staleSince; // valid while the rows shown came (partly) from the read cache
};

} // namespace bc
