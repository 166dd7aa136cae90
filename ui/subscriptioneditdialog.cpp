#include "subscriptioneditdialog.h"

#include "api/orgbillingconnector.h"
#include "models/words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace bc {

SubscriptionEditDialog::SubscriptionEditDialog(
    OrgBillingConnector *connector, const Subscription &s, const QList<Plan> &plans, QWidget *parent)
    : ChangeDialog(tr("Edit subscription — %1").arg(s.orgName), tr("Save changes"), parent), m_connector(connector),
      m_subscription(s)
{
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (SubscriptionStatus status : allValues<SubscriptionStatus>())
        m_status->addItem(label(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(s.status)));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    for (const Plan &p : plans)
        m_plan->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.priceMonthly.currency()), p.id);
    m_plan->setCurrentIndex(m_plan->findData(s.planId));
    m_cycle = new QComboBox(this);
    for (BillingCycle c : allValues<BillingCycle>())
        m_cycle->addItem(label(c), int(c));
    m_cycle->setCurrentIndex(m_cycle->findData(int(s.billingCycle)));
    m_cancelAtEnd = new QCheckBox(tr("Cancel at the end of the current period"), this);
    m_cancelAtEnd->setChecked(s.cancelAtPeriodEnd);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the edit"));
    m_reason->setPlaceholderText(tr("Required: why this subscription is edited directly"));
    auto *note =
        new QLabel(tr("A direct edit changes the record without charging or refunding. Use it to correct data."), this);
    note->setWordWrap(true);
    addAboveForm(note);
    addField(tr("&Status:"), m_status);
    addField(tr("&Plan:"), m_plan);
    addField(tr("Billing &cycle:"), m_cycle);
    addField(QString(), m_cancelAtEnd);
    addField(tr("&Reason:"), m_reason);
    for (QComboBox *c : {m_status, m_plan, m_cycle})
        connect(c, &QComboBox::currentIndexChanged, this, &SubscriptionEditDialog::updateConfirm);
    connect(m_cancelAtEnd, &QCheckBox::toggled, this, &SubscriptionEditDialog::updateConfirm);
    connect(m_reason, &QLineEdit::textChanged, this, &SubscriptionEditDialog::updateConfirm);
    connect(this, &ChangeDialog::confirmed, this, &SubscriptionEditDialog::confirm);
    updateConfirm();
}

SubscriptionPatch SubscriptionEditDialog::changes() const
{
    SubscriptionPatch p;
    if (const auto status = static_cast<SubscriptionStatus>(m_status->currentData().toInt());
        status != m_subscription.status)
        p.status = status;
    if (m_plan->currentIndex() >= 0 && m_plan->currentData().toString() != m_subscription.planId)
        p.planId = m_plan->currentData().toString();
    if (const auto cycle = static_cast<BillingCycle>(m_cycle->currentData().toInt());
        cycle != m_subscription.billingCycle)
        p.billingCycle = cycle;
    if (m_cancelAtEnd->isChecked() != m_subscription.cancelAtPeriodEnd)
        p.cancelAtPeriodEnd = m_cancelAtEnd->isChecked();
    return p;
}

QString SubscriptionEditDialog::reason() const
{
    return m_reason->text().trimmed();
}

void SubscriptionEditDialog::updateConfirm()
{
    setReady(changes().isEmpty() ? tr("Nothing has been changed yet.")
            : reason().isEmpty() ? tr("Give a reason; it is kept with the change.")
                                 : QString());
}

void SubscriptionEditDialog::confirm()
{
    const SubscriptionPatch patch = changes();
    setBusy(true);
    m_connector->patchSubscription(m_subscription.id, patch, reason(), keyFor(fingerprint(patch, reason())), this,
        [this](const ApiResult<Subscription> &r) {
            if (!finish(r.error))
                return;
            emit changed(r.value);
            accept();
        });
}

} // namespace bc
