#include "planchangedialog.h"

#include "messagebar.h"

#include "api/orgbillingconnector.h"
#include "models/dates.h"
#include "models/words.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace bc {

namespace {
QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

PlanChangeDialog::PlanChangeDialog(OrgBillingConnector *connector, const Subscription &current,
    const QList<Plan> &plans, bool plansListed, QWidget *parent)
    : ChangeDialog(tr("Change plan — %1").arg(current.orgName), tr("Change plan"), parent), m_connector(connector),
      m_current(current)
{
    for (const Plan &p : plans)
        if (!plansListed || p.priceMonthly.currency() == current.amount.currency())
            m_plans.append(p);
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_plan->setAccessibleName(tr("New plan"));
    for (const Plan &p : std::as_const(m_plans))
        m_plan->addItem(p.name, p.id);
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(current.planId)));
    if (!plansListed) {
        // The server lists no plans: those seen on subscriptions, or any plan's id typed here.
        m_plan->setEditable(true);
        m_plan->setInsertPolicy(QComboBox::NoInsert);
        m_plan->setToolTip(tr("This server has no plan list: choose a plan seen on a subscription, or type a "
                              "plan's id."));
        connect(m_plan, &QComboBox::editTextChanged, this, &PlanChangeDialog::requestPreview);
    }
    m_cycle = new QComboBox(this);
    m_cycle->setObjectName(QStringLiteral("cycleCombo"));
    m_cycle->setAccessibleName(tr("Billing cycle"));
    for (BillingCycle c : allValues<BillingCycle>())
        m_cycle->addItem(label(c), QVariant::fromValue(int(c)));
    m_cycle->setCurrentIndex(current.billingCycle == BillingCycle::Monthly ? 0 : 1);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setPlaceholderText(tr("Why is the plan changing? (kept in the subscription history)"));
    addField(tr("New &plan:"), m_plan);
    addField(tr("Billing &cycle:"), m_cycle);
    addField(tr("&Reason:"), m_reason);
    addBelowForm(buildComparison());

    connect(m_plan, &QComboBox::currentIndexChanged, this, &PlanChangeDialog::requestPreview);
    connect(m_cycle, &QComboBox::currentIndexChanged, this, &PlanChangeDialog::requestPreview);
    connect(m_reason, &QLineEdit::textChanged, this, &PlanChangeDialog::updateConfirm);
    connect(this, &ChangeDialog::confirmed, this, &PlanChangeDialog::confirm);
    requestPreview();
    resize(520, sizeHint().height());
}

QWidget *PlanChangeDialog::buildComparison()
{
    auto *box = new QGroupBox(tr("What changes"), this);
    auto *grid = new QGridLayout(box);
    auto header = [&](const QString &t, int col) {
        auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(t.toHtmlEscaped()), box);
        l->setAlignment(Qt::AlignRight);
        grid->addWidget(l, 0, col);
    };
    header(tr("Current"), 1);
    header(tr("Proposed"), 2);
    grid->addWidget(new QLabel(tr("Plan"), box), 1, 0);
    grid->addWidget(new QLabel(tr("Price per cycle"), box), 2, 0);
    m_currentPlan = valueLabel(box, QStringLiteral("currentPlan"));
    m_currentPrice = valueLabel(box, QStringLiteral("currentPrice"));
    m_proposedPlan = valueLabel(box, QStringLiteral("proposedPlan"));
    m_proposedPrice = valueLabel(box, QStringLiteral("proposedPrice"));
    grid->addWidget(m_currentPlan, 1, 1);
    grid->addWidget(m_proposedPlan, 1, 2);
    grid->addWidget(m_currentPrice, 2, 1);
    grid->addWidget(m_proposedPrice, 2, 2);
    auto *line = new QFrame(box);
    line->setFrameShape(QFrame::HLine);
    grid->addWidget(line, 3, 0, 1, 3);
    const QStringList rows = {tr("Credit for unused time"), tr("Charge for the rest of the period"), tr("Net change"),
        tr("Tax"), tr("Due now"), tr("New period ends")};
    m_credit = valueLabel(box, QStringLiteral("credit"));
    m_debit = valueLabel(box, QStringLiteral("debit"));
    m_net = valueLabel(box, QStringLiteral("net"));
    m_tax = valueLabel(box, QStringLiteral("tax"));
    m_dueNow = valueLabel(box, QStringLiteral("dueNow"));
    m_periodEnd = valueLabel(box, QStringLiteral("periodEnd"));
    QLabel *values[] = {m_credit, m_debit, m_net, m_tax, m_dueNow, m_periodEnd};
    for (int i = 0; i < rows.size(); ++i) {
        grid->addWidget(new QLabel(rows.at(i), box), 4 + i, 0);
        grid->addWidget(values[i], 4 + i, 1, 1, 2); // right-aligned; the span leaves room for long dates
    }
    QFont strong = m_dueNow->font();
    strong.setBold(true);
    m_dueNow->setFont(strong);
    return box;
}

QString PlanChangeDialog::chosenPlanId() const
{
    // A typed text that is not a listed plan's name is a plan id.
    const int listed = m_plan->findText(m_plan->currentText());
    return listed >= 0 ? m_plan->itemData(listed).toString() : m_plan->currentText().trimmed();
}

BillingCycle PlanChangeDialog::chosenCycle() const
{
    return static_cast<BillingCycle>(m_cycle->currentData().toInt());
}

void PlanChangeDialog::requestPreview()
{
    m_previewReady = false;
    updateConfirm();
    const QString planId = chosenPlanId();
    const BillingCycle cycle = chosenCycle();
    if (planId.isEmpty()) {
        messageBar()->show(MessageBar::Kind::Info, tr("Choose a plan, or type a plan's id."));
        return;
    }
    if (planId == m_current.planId && cycle == m_current.billingCycle) {
        messageBar()->show(
            MessageBar::Kind::Info, tr("Choose a different plan or billing cycle to see what would change."));
        for (QLabel *l : {m_proposedPlan, m_proposedPrice, m_credit, m_debit, m_net, m_tax, m_dueNow, m_periodEnd})
            l->clear();
        m_currentPlan->setText(m_current.planName);
        m_currentPrice->setText(m_current.amount.toDisplayString());
        return;
    }
    if (m_noPreview) {
        showWithoutPreview();
        return;
    }
    messageBar()->show(MessageBar::Kind::Info, tr("Calculating the proration…"));
    const int generation = ++m_generation;
    m_connector->previewPlanChange(planId, cycle, this, [this, generation](const ApiResult<ProrationPreview> &r) {
        if (generation != m_generation)
            return; // a newer selection is on its way
        if (r.error.isNotOffered()) {
            m_noPreview = true;
            showWithoutPreview();
            return;
        }
        if (!r.ok()) {
            messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
            return;
        }
        m_preview = r.value;
        m_previewReady = true;
        messageBar()->hide();
        showPreview();
        updateConfirm();
        emit previewUpdated();
    });
}

void PlanChangeDialog::showPreview()
{
    const ProrationPreview &p = m_preview;
    auto cycleText = [](BillingCycle c) { return c == BillingCycle::Monthly ? tr("monthly") : tr("yearly"); };
    m_currentPlan->setText(QStringLiteral("%1, %2").arg(p.currentPlanName, cycleText(p.currentCycle)));
    m_currentPrice->setText(p.currentPrice.toDisplayString());
    m_proposedPlan->setText(QStringLiteral("%1, %2").arg(p.proposedPlanName, cycleText(p.billingCycle)));
    m_proposedPrice->setText(p.proposedPrice.toDisplayString());
    m_credit->setText(p.credit.toDisplayString());
    m_debit->setText(p.debit.toDisplayString());
    m_net->setText(p.net.toDisplayString());
    m_tax->setText(p.tax.toDisplayString());
    m_dueNow->setText(p.creditCarriedForward.isZero()
            ? p.amountDueNow.toDisplayString()
            : tr("%1 credit carried forward").arg(p.creditCarriedForward.toDisplayString()));
    m_periodEnd->setText(longDate(p.newPeriodEnd));
}

void PlanChangeDialog::showWithoutPreview()
{
    const QString planId = chosenPlanId();
    const BillingCycle cycle = chosenCycle();
    auto it = std::find_if(m_plans.cbegin(), m_plans.cend(), [&](const Plan &p) { return p.id == planId; });
    m_currentPlan->setText(m_current.planName);
    m_currentPrice->setText(m_current.amount.toDisplayString());
    m_proposedPlan->setText(it != m_plans.cend() ? it->name : planId);
    const Money price = it != m_plans.cend() ? it->price(cycle) : Money();
    m_proposedPrice->setText(price.isValid() ? price.toDisplayString() : tr("as the server prices it"));
    for (QLabel *l : {m_credit, m_debit, m_net, m_tax, m_dueNow, m_periodEnd})
        l->setText(QStringLiteral("—"));
    m_dueNow->setText(tr("the server prorates it"));
    messageBar()->show(MessageBar::Kind::Info,
        tr("This server does not offer a preview of the proration: it prorates the change when it is applied, and "
           "the console shows its answer."));
    m_preview = {};
    m_preview.proposedPlanId = planId;
    m_preview.billingCycle = cycle;
    m_previewReady = true;
    updateConfirm();
    emit previewUpdated();
}

void PlanChangeDialog::updateConfirm()
{
    if (m_noPreview) {
        setReady(m_reason->text().trimmed().isEmpty() ? tr("Give a reason; it is kept with the change.") : QString(),
            tr("Apply the change; the server prorates it and charges what it computes."));
        return;
    }
    const bool hasReason = !m_reason->text().trimmed().isEmpty();
    setReady(!m_previewReady ? tr("Wait for the proration preview.")
            : !hasReason     ? tr("Give a reason; it is kept with the change.")
                             : QString(),
        tr("Apply the change and charge %1 now.").arg(m_preview.amountDueNow.toDisplayString()));
}

void PlanChangeDialog::confirm()
{
    if (!m_previewReady)
        return;
    // The same key while the request is the same, so a retry after a lost answer charges once.
    const QString reason = m_reason->text().trimmed();
    const QString key = keyFor(
        m_preview.proposedPlanId.toUtf8() + '|' + wireWord(m_preview.billingCycle).toUtf8() + '|' + reason.toUtf8());
    setBusy(true, tr("Changing the plan…"));
    m_connector->changePlan(
        m_preview.proposedPlanId, m_preview.billingCycle, reason, key, this, [this](const ApiResult<Subscription> &r) {
            if (!finish(r.error)) {
                updateConfirm();
                return;
            }
            m_result = r.value;
            emit changed(r.value);
            accept();
        });
}

} // namespace bc
