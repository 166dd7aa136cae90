#include "subscriptionspane.h"

#include "checkoutflow.h"
#include "messagebar.h"
#include "planchangedialog.h"
#include "rolepolicy.h"
#include "subscriptiondialogs.h"
#include "tablepane.h"

#include "core/session.h"
#include "models/itemdatarole.h"
#include "models/subscriptiontablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace bc {

SubscriptionsPane::SubscriptionsPane(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new SubscriptionTableModel(this)),
      m_proxy(new SubscriptionFilterProxy(this)), m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("subscriptionsPane"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by organisation, plan or id"));
    m_filter->setAccessibleName(tr("Filter subscriptions"));
    m_filter->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &name : subscriptionStatusNames())
        m_status->addItem(SubscriptionTableModel::statusLabel(*subscriptionStatusFromString(name)), name);
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planFilter"));
    m_plan->setAccessibleName(tr("Plan filter"));
    m_plan->addItem(tr("All plans"), QString());
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_plan);
    layout->addLayout(filters);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_refresh = toolbar->addAction(tr("Refresh"), this, &SubscriptionsPane::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    toolbar->addSeparator();
    m_changePlan = toolbar->addAction(tr("Change plan…"), this, &SubscriptionsPane::changePlan);
    m_changePlan->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_cancel = toolbar->addAction(tr("Cancel subscription…"), this, &SubscriptionsPane::cancelSubscription);
    m_cancel->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+X")));
    m_resume = toolbar->addAction(tr("Resume"), this, &SubscriptionsPane::resumeSubscription);
    m_resume->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_edit = toolbar->addAction(tr("Edit (Super Admin)…"), this, &SubscriptionsPane::editSubscription);
    m_new = toolbar->addAction(tr("New subscription…"), this, &SubscriptionsPane::newSubscription);
    m_portal = toolbar->addAction(tr("Open billing portal"), this, &SubscriptionsPane::openPortal);
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    for (QAction *a : {m_refresh, m_changePlan, m_cancel, m_resume, m_edit, m_new})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_refresh, m_changePlan, m_cancel, m_resume, m_edit, m_new});
    layout->addWidget(toolbar);
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("subscriptionsView"));
    m_view->setAccessibleName(tr("Subscriptions"));
    enableColumnChooser(m_view, m_session, QStringLiteral("subscriptions"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SubscriptionTableModel::Organisation, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(SubscriptionTableModel::Organisation, QHeaderView::Stretch);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    m_detailTitle = new QLabel(tr("Select a subscription"), detail);
    QFont title = m_detailTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_detailTitle->setFont(title);
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    m_detailForm = new QFormLayout;
    detailLayout->addLayout(m_detailForm);
    detailLayout->addWidget(new QLabel(tr("History"), detail));
    m_history = new QListWidget(detail);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("Subscription history"));
    m_history->setWordWrap(true);
    detailLayout->addWidget(m_history, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SubscriptionFilterProxy::setTextFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setStatusFilter(m_status->currentData().toString()); });
    connect(m_plan, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setPlanFilter(m_plan->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_session, &Session::ready, this, &SubscriptionsPane::refresh);
    updateActions();
}

const Subscription *SubscriptionsPane::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_model->subscriptionAt(m_proxy->mapToSource(current).row());
}

void SubscriptionsPane::selectSubscription(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SubscriptionsPane::refresh()
{
    if (!m_session->isReady())
        return;
    m_loading = true;
    m_staleSince = {};
    const int generation = ++m_generation;
    m_message->show(MessageBar::Kind::Info, tr("Loading subscriptions…"));
    m_session->orgBilling()->plans(this, [this](const ApiResult<QList<Plan>> &r) {
        if (!r.ok())
            return;
        m_plans = r.value;
        const QString current = m_plan->currentData().toString();
        m_plan->blockSignals(true);
        while (m_plan->count() > 1)
            m_plan->removeItem(1);
        for (const Plan &p : std::as_const(m_plans))
            m_plan->addItem(p.name, p.id);
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(current)));
        m_plan->blockSignals(false);
        updateActions();
    });
    if (policy::allows(m_session->role(), policy::Action::ListAllSubscriptions)) {
        loadPage({}, {}, generation);
    } else {
        m_session->orgBilling()->mySubscription(
            this, [this, generation](const ApiResult<std::optional<Subscription>> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok()) {
                    m_loading = false;
                    m_message->show(MessageBar::Kind::Error, r.error.humanMessage());
                    return;
                }
                noteFetched(r.fetchedAt);
                const QList<Subscription> own = r.value ? QList<Subscription>{*r.value} : QList<Subscription>{};
                loadOtherFamilies(own, generation);
            });
    }
}

// The organisation's subscriptions in the other families, as rows beside the org billing one.
void SubscriptionsPane::loadOtherFamilies(QList<Subscription> rows, int generation)
{
    const QString org = m_session->identity().orgName;
    auto done = [this, generation](const QList<Subscription> &all) {
        if (generation != m_generation)
            return;
        finishLoad(all);
        if (all.isEmpty())
            m_message->show(
                MessageBar::Kind::Info, tr("%1 has no subscription yet.").arg(m_session->identity().orgName));
    };
    auto withTier = [this, org, generation, done](QList<Subscription> collected) {
        if (!m_session->tierBilling()) {
            done(collected);
            return;
        }
        m_session->tierBilling()->status(this, [org, collected, done](const ApiResult<TierStatus> &t) mutable {
            if (t.ok() && t.value.plan != QLatin1String("free")) {
                Subscription s;
                s.family = Subscription::Family::Tier;
                s.id = QStringLiteral("tier:") + t.value.plan;
                s.orgName = org;
                s.planName = t.value.plan;
                s.status = t.value.status == QLatin1String("past_due") ? SubscriptionStatus::PastDue
                    : t.value.status == QLatin1String("canceled")      ? SubscriptionStatus::Cancelled
                                                                       : SubscriptionStatus::Active;
                s.currentPeriodEnd = t.value.currentPeriodEnd;
                s.cancelAtPeriodEnd = t.value.cancelAtPeriodEnd;
                collected.append(s);
            }
            done(collected);
        });
    };
    if (!m_session->credits()) {
        withTier(rows);
        return;
    }
    m_session->credits()->currentSubscription(
        this, [org, rows, withTier](const ApiResult<std::optional<CreditSubscription>> &c) mutable {
            if (c.ok() && c.value) {
                Subscription s;
                s.family = Subscription::Family::Credits;
                s.id = c.value->id;
                s.orgName = org;
                s.planId = c.value->planId;
                s.planName = c.value->planName;
                s.status = c.value->status == QLatin1String("past_due") ? SubscriptionStatus::PastDue
                    : c.value->status == QLatin1String("canceled")      ? SubscriptionStatus::Cancelled
                                                                        : SubscriptionStatus::Active;
                s.billingCycle =
                    c.value->billingCycle == QLatin1String("yearly") ? BillingCycle::Yearly : BillingCycle::Monthly;
                s.amount = c.value->amount;
                s.currentPeriodStart = c.value->currentPeriodStart;
                s.currentPeriodEnd = c.value->currentPeriodEnd;
                s.cancelAtPeriodEnd = c.value->cancelAtPeriodEnd;
                rows.append(s);
            }
            withTier(rows);
        });
}

void SubscriptionsPane::loadPage(const QString &cursor, QList<Subscription> collected, int generation)
{
    SubscriptionQuery q;
    q.limit = 200;
    q.after = cursor;
    m_session->orgBilling()->subscriptions(
        q, this, [this, collected, generation](const ApiResult<PageOf<Subscription>> &r) mutable {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_loading = false;
                m_message->show(MessageBar::Kind::Error, r.error.humanMessage());
                return;
            }
            collected.append(r.value.items);
            noteFetched(r.fetchedAt);
            if (!r.value.nextCursor.isEmpty()) {
                m_message->show(MessageBar::Kind::Info, tr("Loading subscriptions… %1 so far").arg(collected.size()));
                loadPage(r.value.nextCursor, collected, generation);
                return;
            }
            finishLoad(collected);
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
    m_view->resizeColumnsToContents();
    m_loading = false;
    m_message->hide();
    m_message->showFreshness(m_staleSince);
    if (!keep.isEmpty())
        selectSubscription(keep);
    else if (m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
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
    QString ownWhy = policy::whyNot(role, policy::Action::ChangeOwnSubscription);
    const bool otherFamily = s && s->family != Subscription::Family::OrgBilling;
    if (ownWhy.isEmpty() && otherFamily)
        ownWhy = tr("This subscription is managed in its billing portal.");
    const QString portalWhy = policy::whyNot(role, policy::Action::ChangeOwnSubscription);
    set(m_portal, portalWhy.isEmpty() && otherFamily,
        !portalWhy.isEmpty() ? portalWhy
            : otherFamily    ? QString()
                             : tr("Select a credits or tier subscription."));
    m_portal->setVisible(role != Role::SuperAdmin);
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
        if (m_model->subscriptionAt(r)->family != Subscription::Family::OrgBilling)
            continue;
        const SubscriptionStatus st = m_model->subscriptionAt(r)->status;
        anyLive |= st != SubscriptionStatus::Cancelled && st != SubscriptionStatus::Expired
            && st != SubscriptionStatus::Completed;
    }
    set(m_new, ownWhy.isEmpty() && !anyLive && !m_plans.isEmpty(),
        !ownWhy.isEmpty() ? ownWhy
            : anyLive     ? tr("The organisation already has a subscription; change its plan instead.")
                          : QString());
    m_new->setVisible(role != Role::SuperAdmin);
    const QString editWhy = policy::whyNot(role, policy::Action::PatchSubscription);
    set(m_edit, editWhy.isEmpty() && s, !editWhy.isEmpty() ? editWhy : !s ? noSelection : QString());
    m_edit->setVisible(role == Role::SuperAdmin);
}

void SubscriptionsPane::showDetail()
{
    while (m_detailForm->rowCount() > 0)
        m_detailForm->removeRow(0);
    m_history->clear();
    const Subscription *s = selected();
    if (!s) {
        m_detailTitle->setText(tr("Select a subscription"));
        return;
    }
    const QLocale locale;
    m_detailTitle->setText(s->orgName);
    auto add = [this](const QString &label, const QString &value) {
        auto *l = new QLabel(value);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        m_detailForm->addRow(label, l);
    };
    add(tr("Plan"),
        QStringLiteral("%1 · %2").arg(
            s->planName, s->billingCycle == BillingCycle::Monthly ? tr("monthly") : tr("yearly")));
    add(tr("Amount"), s->amount.toDisplayString(locale));
    add(tr("Status"),
        SubscriptionTableModel::statusLabel(s->status)
            + (s->cancelAtPeriodEnd ? tr(" · cancels at period end") : QString()));
    add(tr("Current period"),
        QStringLiteral("%1 – %2").arg(locale.toString(s->currentPeriodStart.toLocalTime().date(), QLocale::ShortFormat),
            locale.toString(s->currentPeriodEnd.toLocalTime().date(), QLocale::ShortFormat)));
    if (s->cancelledAt.isValid())
        add(tr("Cancelled"), locale.toString(s->cancelledAt.toLocalTime(), QLocale::ShortFormat));
    add(tr("Subscription id"), s->id);
    add(tr("Provider ids"), QStringLiteral("%1 · %2").arg(s->providerSubscriptionId, s->providerCustomerId));
    if (policy::allows(m_session->role(), policy::Action::ListAllSubscriptions)) {
        const QString id = s->id;
        m_session->orgBilling()->subscription(id, this, [this, id](const ApiResult<SubscriptionDetail> &r) {
            const Subscription *now = selected();
            if (!r.ok() || !now || now->id != id)
                return;
            for (const SubscriptionEvent &e : r.value.history) {
                QString text = QStringLiteral("%1 · %2 · %3")
                                   .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.kind, e.actor);
                if (!e.detail.isEmpty())
                    text += u'\n' + e.detail;
                if (!e.reason.isEmpty())
                    text += u'\n' + tr("Reason: %1").arg(e.reason);
                m_history->addItem(text);
            }
        });
    } else {
        m_history->addItem(tr("Created %1").arg(locale.toString(s->createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_history->addItem(
            tr("Last changed %1").arg(locale.toString(s->updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void SubscriptionsPane::applied(const Subscription &s, const QString &message)
{
    m_model->updateSubscription(s);
    selectSubscription(s.id);
    showDetail();
    updateActions();
    m_message->show(MessageBar::Kind::Success, message);
    emit subscriptionChanged(s);
}

void SubscriptionsPane::changePlan()
{
    const Subscription *s = selected();
    if (!s || !m_changePlan->isEnabled())
        return;
    auto *dialog = new PlanChangeDialog(m_session->orgBilling(), *s, m_plans, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanChangeDialog::changed, this, [this](const Subscription &changed) {
        applied(changed, tr("%1 is now on %2.").arg(changed.orgName, changed.planName));
    });
    connect(dialog, &PlanChangeDialog::queued, this,
        [this](const QString &text) { m_message->show(MessageBar::Kind::Info, text); });
    dialog->open();
}

void SubscriptionsPane::cancelSubscription()
{
    const Subscription *s = selected();
    if (!s || !m_cancel->isEnabled())
        return;
    auto *dialog = new CancelDialog(*s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto keys = std::make_shared<IdempotencyKeys>();
    connect(dialog, &CancelDialog::confirmed, this, [this, dialog, keys] {
        dialog->confirmButton()->setEnabled(false);
        const QString key = keys->keyFor(QByteArray::number(dialog->atPeriodEnd()) + dialog->reason().toUtf8());
        m_session->orgBilling()->cancel(
            dialog->atPeriodEnd(), dialog->reason(), key, dialog, [this, dialog](const ApiResult<Subscription> &r) {
                if (r.error.isQueued()) {
                    m_message->show(MessageBar::Kind::Info, r.error.humanMessage());
                    dialog->accept();
                    return;
                }
                if (!r.ok()) {
                    dialog->messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
                    dialog->confirmButton()->setEnabled(true);
                    return;
                }
                applied(r.value,
                    r.value.cancelAtPeriodEnd
                        ? tr("%1 will end on %2.")
                              .arg(r.value.orgName,
                                  QLocale().toString(
                                      r.value.currentPeriodEnd.toLocalTime().date(), QLocale::LongFormat))
                        : tr("%1 was cancelled.").arg(r.value.orgName));
                dialog->accept();
            });
    });
    dialog->open();
}

void SubscriptionsPane::resumeSubscription()
{
    const Subscription *s = selected();
    if (!s || !m_resume->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resume subscription"),
        tr("Withdraw the scheduled cancellation of %1? Billing continues on %2.")
            .arg(s->orgName, QLocale().toString(s->currentPeriodEnd.toLocalTime().date(), QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Resume"));
    const QString key = ApiTransport::newIdempotencyKey();
    connect(box, &QMessageBox::accepted, this, [this, key] {
        m_session->orgBilling()->resume(
            tr("Resumed from the console"), key, this, [this](const ApiResult<Subscription> &r) {
                if (!r.ok()) {
                    m_message->show(
                        r.error.isQueued() ? MessageBar::Kind::Info : MessageBar::Kind::Error, r.error.humanMessage());
                    return;
                }
                applied(r.value, tr("%1 will continue after this period.").arg(r.value.orgName));
            });
    });
    box->open();
}

void SubscriptionsPane::openPortal()
{
    const Subscription *s = selected();
    if (!s || !m_portal->isEnabled())
        return;
    CheckoutFlow *flow = s->family == Subscription::Family::Tier ? CheckoutFlow::tierPortal(m_session, this)
                                                                 : CheckoutFlow::creditsPortal(m_session, this);
    connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
        connect(
            this, &SubscriptionsPane::loaded, this,
            [this, ok, text] { m_message->show(ok ? MessageBar::Kind::Info : MessageBar::Kind::Error, text); },
            Qt::SingleShotConnection);
        refresh();
    });
}

void SubscriptionsPane::newSubscription()
{
    if (!m_new->isEnabled())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New subscription"));
    auto *form = new QFormLayout(dialog);
    auto *plan = new QComboBox(dialog);
    for (const Plan &p : std::as_const(m_plans))
        plan->addItem(QStringLiteral("%1 — %2 a month").arg(p.name, p.priceMonthly.toDisplayString()), p.id);
    auto *cycle = new QComboBox(dialog);
    cycle->addItem(tr("Monthly"), QStringLiteral("monthly"));
    cycle->addItem(tr("Yearly"), QStringLiteral("yearly"));
    auto *coupon = new QLineEdit(dialog);
    coupon->setPlaceholderText(tr("Optional"));
    auto *message = new MessageBar(dialog);
    form->addRow(tr("&Plan:"), plan);
    form->addRow(tr("&Billing cycle:"), cycle);
    form->addRow(tr("C&oupon:"), coupon);
    form->addRow(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *pay = buttons->addButton(tr("Continue to payment"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(pay, &QPushButton::clicked, dialog, [this, dialog, plan, cycle, coupon, message, pay] {
        pay->setEnabled(false);
        message->show(MessageBar::Kind::Info, tr("Opening the checkout…"));
        CheckoutFlow *flow = CheckoutFlow::razorpaySubscription(m_session, plan->currentData().toString(),
            *billingCycleFromString(cycle->currentData().toString()), coupon->text().trimmed(), this);
        connect(flow, &CheckoutFlow::viewOpened, dialog, &QDialog::accept);
        connect(flow, &CheckoutFlow::finished, this, [this, dialog, message, pay](bool ok, const QString &text) {
            if (!ok && dialog
                && dialog->isVisible()) { // refused before the checkout opened (a bad coupon): keep the choices
                message->show(MessageBar::Kind::Error, text);
                pay->setEnabled(true);
                return;
            }
            // Show the outcome once the refreshed list is in (the reload would hide it otherwise).
            connect(
                this, &SubscriptionsPane::loaded, this,
                [this, ok, text] { m_message->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, text); },
                Qt::SingleShotConnection);
            refresh();
        });
    });
    dialog->open();
}

void SubscriptionsPane::editSubscription()
{
    const Subscription *s = selected();
    if (!s || !m_edit->isEnabled())
        return;
    auto *dialog = new SubscriptionEditDialog(*s, m_plans, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = s->id;
    auto keys = std::make_shared<IdempotencyKeys>();
    connect(dialog, &SubscriptionEditDialog::confirmed, this, [this, dialog, id, keys] {
        dialog->confirmButton()->setEnabled(false);
        const QString key = keys->keyFor(QJsonDocument(dialog->changes()).toJson() + dialog->reason().toUtf8());
        m_session->orgBilling()->patchSubscription(
            id, dialog->changes(), dialog->reason(), key, dialog, [this, dialog](const ApiResult<Subscription> &r) {
                if (r.error.isQueued()) {
                    m_message->show(MessageBar::Kind::Info, r.error.humanMessage());
                    dialog->accept();
                    return;
                }
                if (!r.ok()) {
                    dialog->messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
                    dialog->confirmButton()->setEnabled(true);
                    return;
                }
                applied(r.value, tr("Saved changes to %1.").arg(r.value.orgName));
                dialog->accept();
            });
    });
    dialog->open();
}

} // namespace bc
