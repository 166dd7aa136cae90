#include "subscriptionspane.h"

#include "canceldialog.h"
#include "checkoutflow.h"
#include "messagebar.h"
#include "newsubscriptiondialog.h"
#include "planchangedialog.h"
#include "rolepolicy.h"
#include "subscriptiondetailpanel.h"
#include "subscriptioneditdialog.h"

#include "api/pager.h"
#include "core/ownsubscriptions.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/subscriptiontablemodel.h"
#include "models/words.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace bc {

PaneInfo SubscriptionsPane::describe()
{
    return {QStringLiteral("subscriptions"), tr("Subscriptions"), Family::OrgBilling, {}};
}

SubscriptionsPane::SubscriptionsPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent),
      m_model(new SubscriptionTableModel(this)), m_proxy(new SubscriptionFilterProxy(this))
{
    setSourceModel(m_model, m_proxy);
    filterEdit()->setPlaceholderText(tr("Filter by organisation, plan or id"));
    filterEdit()->setAccessibleName(tr("Filter subscriptions"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), -1);
    for (SubscriptionStatus status : allValues<SubscriptionStatus>())
        m_status->addItem(label(status), int(status));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planFilter"));
    m_plan->setAccessibleName(tr("Plan filter"));
    m_plan->addItem(tr("All plans"), QString());
    addFilter(m_status);
    addFilter(m_plan);
    buildActions();
    view()->sortByColumn(SubscriptionTableModel::Organisation, Qt::AscendingOrder);
    view()->setSelectionMode(QAbstractItemView::SingleSelection);
    view()->horizontalHeader()->setSectionResizeMode(SubscriptionTableModel::Organisation, QHeaderView::Stretch);
    m_detail = new SubscriptionDetailPanel(this);
    setDetailPanel(m_detail);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional(static_cast<SubscriptionStatus>(status)));
    });
    connect(m_plan, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setPlanFilter(m_plan->currentData().toString()); });
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    addOpenCustomerAction();
    updateActions();
}

void SubscriptionsPane::buildActions()
{
    addRefreshAction();
    m_changePlan = addPaneAction(tr("Change plan…"), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_cancel = addPaneAction(tr("Cancel subscription…"), QKeySequence(QStringLiteral("Ctrl+Shift+X")));
    m_resume = addPaneAction(tr("Resume"), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_edit = addPaneAction(tr("Edit (Super Admin)…"), QKeySequence(QStringLiteral("Ctrl+E")));
    m_new = addPaneAction(tr("New subscription…"), QKeySequence::New);
    m_portal = addPaneAction(tr("Open billing portal"));
    connect(m_changePlan, &QAction::triggered, this, &SubscriptionsPane::changePlan);
    connect(m_cancel, &QAction::triggered, this, &SubscriptionsPane::cancelSubscription);
    connect(m_resume, &QAction::triggered, this, &SubscriptionsPane::resumeSubscription);
    connect(m_edit, &QAction::triggered, this, &SubscriptionsPane::editSubscription);
    connect(m_new, &QAction::triggered, this, &SubscriptionsPane::newSubscription);
    connect(m_portal, &QAction::triggered, this, &SubscriptionsPane::openPortal);
}

void SubscriptionsPane::applyTextFilter(const QString &text)
{
    m_proxy->setTextFilter(text);
}

const Subscription *SubscriptionsPane::selected() const
{
    return m_model->subscriptionAt(currentSourceRow());
}

void SubscriptionsPane::selectSubscription(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SubscriptionsPane::showSubscription(const Subscription &subscription)
{
    filterEdit()->clear();
    m_status->setCurrentIndex(0);
    m_plan->setCurrentIndex(0);
    if (m_model->rowOf(subscription.id) < 0)
        m_model->updateSubscription(subscription);
    selectSubscription(subscription.id);
    updateActions();
}

void SubscriptionsPane::refresh()
{
    if (!m_session->isReady())
        return;
    m_loading = true;
    m_staleSince = {};
    const int generation = ++m_generation;
    messageBar()->show(MessageBar::Kind::Info, tr("Loading subscriptions…"));
    loadPlans();
    if (!policy::allows(m_session->role(), policy::Action::ListAllSubscriptions)) {
        loadOwn(generation);
        return;
    }
    auto rows = std::make_shared<QList<Subscription>>();
    fetchAllPages<Subscription>(
        m_session->orgBilling()->subscriptionPages({}), this,
        [this, rows, generation](const QList<Subscription> &page) {
            if (generation != m_generation)
                return;
            rows->append(page);
            messageBar()->show(MessageBar::Kind::Info, tr("Loading subscriptions… %1 so far").arg(rows->size()));
        },
        [this, rows, generation](const PagerResult &result) {
            if (generation != m_generation)
                return;
            noteFetched(result.staleSince);
            if (!result.ok()) {
                m_loading = false;
                failLoad(result.error);
                return;
            }
            finishLoad(*rows);
        });
}

void SubscriptionsPane::loadPlans()
{
    m_session->orgBilling()->plans(this, [this](const ApiResult<QList<Plan>> &r) {
        if (!r.ok()) {
            if (r.error.isNotOffered())
                plansFromRows(m_model->subscriptions());
            return;
        }
        m_plans = r.value;
        showPlanFilter();
    });
}

void SubscriptionsPane::plansFromRows(const QList<Subscription> &rows)
{
    QList<Plan> seen;
    for (const Subscription &s : rows) {
        if (s.family != Family::OrgBilling || s.planId.isEmpty())
            continue;
        auto it = std::find_if(seen.begin(), seen.end(), [&](const Plan &p) { return p.id == s.planId; });
        if (it == seen.end())
            it = seen.insert(seen.end(), Plan{s.planId, s.planName.isEmpty() ? s.planId : s.planName, {}, {}, {}});
        // The price each subscription pays, per its cycle, as the server said it.
        (s.billingCycle == BillingCycle::Monthly ? it->priceMonthly : it->priceYearly) = s.amount;
    }
    m_plans = seen;
    showPlanFilter();
}

void SubscriptionsPane::showPlanFilter()
{
    {
        const QString current = m_plan->currentData().toString();
        m_plan->blockSignals(true);
        while (m_plan->count() > 1)
            m_plan->removeItem(1);
        for (const Plan &p : std::as_const(m_plans))
            m_plan->addItem(p.name, p.id);
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(current)));
        m_plan->blockSignals(false);
        updateActions();
    }
}

// The organisation's own subscriptions, in every family the connection speaks.
void SubscriptionsPane::loadOwn(int generation)
{
    loadOwnSubscriptions(m_session, this, [this, generation](const OwnSubscriptions &own) {
        if (generation != m_generation)
            return;
        if (own.error.isError()) {
            m_loading = false;
            failLoad(own.error);
            return;
        }
        noteFetched(own.fetchedAt);
        finishLoad(own.rows);
        if (own.creditsNotOffered)
            messageBar()->show(MessageBar::Kind::Info,
                notOfferedSentence(extensionName(Extension::CreditsSubscription)) + u' '
                    + tr("The credits plan is not listed here; Open billing portal shows it at the provider."));
        else if (own.rows.isEmpty())
            messageBar()->show(
                MessageBar::Kind::Info, tr("%1 has no subscription yet.").arg(m_session->identity().orgName));
    });
}

void SubscriptionsPane::noteFetched(const QDateTime &fetchedAt)
{
    // The oldest cached answer of this load is what the pane's freshness mark says.
    if (fetchedAt.isValid() && (!m_staleSince.isValid() || fetchedAt < m_staleSince))
        m_staleSince = fetchedAt;
}

void SubscriptionsPane::finishLoad(const QList<Subscription> &rows)
{
    const Subscription *before = selected();
    const QString keep = before ? before->id : QString();
    m_model->setSubscriptions(rows);
    if (!m_session->offers(Extension::PlanList))
        plansFromRows(rows);
    view()->resizeColumnsToContents();
    m_loading = false;
    messageBar()->hide();
    messageBar()->showFreshness(m_staleSince);
    if (!keep.isEmpty())
        selectSubscription(keep);
    else if (proxy()->rowCount() > 0)
        view()->selectionModel()->setCurrentIndex(
            proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    emit loaded();
}

void SubscriptionsPane::updateActions()
{
    const Role role = m_session->role();
    const Subscription *s = selected();
    auto set = [](QAction *a, bool enabled, const QString &why) {
        a->setEnabled(enabled);
        const QString shortcut = a->shortcut().toString(QKeySequence::NativeText);
        a->setToolTip(why.isEmpty()
                ? a->text().remove(u'…') + (shortcut.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shortcut))
                : why);
    };
    QString ownWhy = policy::whyNot(m_session, policy::Action::ChangeOwnSubscription);
    const bool otherFamily = s && s->family != Family::OrgBilling;
    if (ownWhy.isEmpty() && otherFamily)
        ownWhy = tr("This subscription is managed in its billing portal.");
    const QString portalWhy = policy::whyNot(m_session, policy::Action::ChangeOwnSubscription);
    set(m_portal, portalWhy.isEmpty() && otherFamily,
        !portalWhy.isEmpty() ? portalWhy
            : otherFamily    ? QString()
                             : tr("Select a credits or tier subscription."));
    m_portal->setVisible(policy::allows(role, policy::Action::HaveOwnSubscription));
    const QString noSelection = tr("Select a subscription first.");
    const bool live = s && (s->status == SubscriptionStatus::Active || s->status == SubscriptionStatus::PastDue);
    set(m_changePlan, ownWhy.isEmpty() && s && s->status == SubscriptionStatus::Active && !m_plans.isEmpty(),
        !ownWhy.isEmpty()                             ? ownWhy
            : !s                                      ? noSelection
            : s->status != SubscriptionStatus::Active ? tr("Only an active subscription can change plan.")
                                                      : QString());
    set(m_cancel, ownWhy.isEmpty() && live && !s->cancelAtPeriodEnd,
        !ownWhy.isEmpty()          ? ownWhy
            : !s                   ? noSelection
            : !live                ? tr("This subscription is not active.")
            : s->cancelAtPeriodEnd ? tr("Already set to cancel at the end of the period.")
                                   : QString());
    set(m_resume, ownWhy.isEmpty() && s && s->cancelAtPeriodEnd && live,
        !ownWhy.isEmpty()           ? ownWhy
            : !s                    ? noSelection
            : !s->cancelAtPeriodEnd ? tr("Resume withdraws a scheduled cancellation; none is scheduled.")
                                    : QString());
    // A new subscription goes through the provider's checkout, for an organisation with none live.
    bool anyLive = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->subscriptionAt(r)->family != Family::OrgBilling)
            continue;
        const SubscriptionStatus st = m_model->subscriptionAt(r)->status;
        anyLive |= st != SubscriptionStatus::Cancelled && st != SubscriptionStatus::Expired
            && st != SubscriptionStatus::Completed;
    }
    set(m_new, ownWhy.isEmpty() && !anyLive && !m_plans.isEmpty(),
        !ownWhy.isEmpty() ? ownWhy
            : anyLive     ? tr("The organisation already has a subscription; change its plan instead.")
                          : QString());
    m_new->setVisible(policy::allows(role, policy::Action::HaveOwnSubscription));
    const QString editWhy = policy::whyNot(m_session, policy::Action::PatchSubscription);
    set(m_edit, editWhy.isEmpty() && s, !editWhy.isEmpty() ? editWhy : !s ? noSelection : QString());
    m_edit->setVisible(editWhy.isEmpty());
}

void SubscriptionsPane::showDetail()
{
    // The history comes from the server for those who may read any subscription.
    m_detail->showSubscription(selected(),
        policy::allows(m_session->role(), policy::Action::ListAllSubscriptions) ? m_session->orgBilling() : nullptr);
}

void SubscriptionsPane::applied(const Subscription &s, const QString &message)
{
    m_model->updateSubscription(s);
    selectSubscription(s.id);
    showDetail();
    updateActions();
    messageBar()->show(MessageBar::Kind::Success, message);
    emit subscriptionChanged(s);
}

void SubscriptionsPane::changePlan()
{
    const Subscription *s = selected();
    if (!s || !m_changePlan->isEnabled())
        return;
    auto *dialog =
        new PlanChangeDialog(m_session->orgBilling(), *s, m_plans, m_session->offers(Extension::PlanList), this);
    connect(dialog, &PlanChangeDialog::changed, this, [this](const Subscription &changed) {
        // The server's answer: the plan and the price it now charges.
        applied(changed,
            changed.amount.isValid()
                ? (changed.billingCycle == BillingCycle::Monthly ? tr("%1 is now on %2, at %3 a month.")
                                                                 : tr("%1 is now on %2, at %3 a year."))
                      .arg(changed.orgName, changed.planName, changed.amount.toDisplayString())
                : tr("%1 is now on %2.").arg(changed.orgName, changed.planName));
    });
    openChange(dialog, policy::Action::ChangeOwnSubscription);
}

void SubscriptionsPane::cancelSubscription()
{
    const Subscription *s = selected();
    if (!s || !m_cancel->isEnabled())
        return;
    auto *dialog = new CancelDialog(m_session->orgBilling(), *s, this);
    connect(dialog, &CancelDialog::changed, this, [this](const Subscription &r) {
        applied(r,
            r.cancelAtPeriodEnd ? tr("%1 will end on %2.").arg(r.orgName, longDate(r.currentPeriodEnd))
                                : tr("%1 was cancelled.").arg(r.orgName));
    });
    openChange(dialog, policy::Action::ChangeOwnSubscription);
}

void SubscriptionsPane::resumeSubscription()
{
    const Subscription *s = selected();
    if (!s || !m_resume->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resume subscription"),
        tr("Withdraw the scheduled cancellation of %1? Billing continues on %2.")
            .arg(s->orgName, longDate(s->currentPeriodEnd)),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Resume"));
    const QString key = ApiTransport::newIdempotencyKey();
    connect(box, &QMessageBox::accepted, this, [this, key] {
        m_session->orgBilling()->resume(
            tr("Resumed from the console"), key, this, [this](const ApiResult<Subscription> &r) {
                if (!r.ok()) {
                    messageBar()->show(
                        r.error.isQueued() ? MessageBar::Kind::Info : MessageBar::Kind::Error, r.error.humanMessage());
                    return;
                }
                applied(r.value, tr("%1 will continue after this period.").arg(r.value.orgName));
            });
    });
    box->open();
}

void SubscriptionsPane::afterCheckout(CheckoutFlow *flow, bool successIsGood)
{
    connect(flow, &CheckoutFlow::finished, this, [this, successIsGood](bool ok, const QString &text) {
        // Show the outcome once the refreshed list is in (the reload would hide it otherwise).
        connect(
            this, &Pane::loaded, this,
            [this, ok, text, successIsGood] {
                messageBar()->show(ok ? (successIsGood ? MessageBar::Kind::Success : MessageBar::Kind::Info)
                                      : (successIsGood ? MessageBar::Kind::Info : MessageBar::Kind::Error),
                    text);
            },
            Qt::SingleShotConnection);
        refresh();
    });
}

void SubscriptionsPane::openPortal()
{
    const Subscription *s = selected();
    if (!s || !m_portal->isEnabled())
        return;
    afterCheckout(s->family == Family::Tier ? CheckoutFlow::tierPortal(m_session, this)
                                            : CheckoutFlow::creditsPortal(m_session, this),
        false);
}

void SubscriptionsPane::newSubscription()
{
    if (!m_new->isEnabled())
        return;
    auto *dialog = new NewSubscriptionDialog(m_session, m_plans, this);
    connect(
        dialog, &NewSubscriptionDialog::started, this, [this, dialog = QPointer<QDialog>(dialog)](CheckoutFlow *flow) {
            connect(flow, &CheckoutFlow::finished, this, [this, dialog](bool ok, const QString &text) {
                if (!ok && dialog && dialog->isVisible())
                    return; // refused before the checkout opened: the dialog says why
                connect(
                    this, &Pane::loaded, this,
                    [this, ok, text] {
                        messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, text);
                    },
                    Qt::SingleShotConnection);
                refresh();
            });
        });
    openChange(dialog, policy::Action::ChangeOwnSubscription);
}

void SubscriptionsPane::editSubscription()
{
    const Subscription *s = selected();
    if (!s || !m_edit->isEnabled())
        return;
    auto *dialog = new SubscriptionEditDialog(m_session->orgBilling(), *s, m_plans, this);
    connect(dialog, &SubscriptionEditDialog::changed, this,
        [this](const Subscription &r) { applied(r, tr("Saved changes to %1.").arg(r.orgName)); });
    openChange(dialog, policy::Action::PatchSubscription);
}

std::optional<OrgSummary> SubscriptionsPane::customerAt(int sourceRow) const
{
    const Subscription *s = m_model->subscriptionAt(sourceRow);
    if (!s || s->orgId.isEmpty())
        return std::nullopt;
    return OrgSummary{s->orgId, s->orgName, {}, 0, false};
}

} // namespace bc
