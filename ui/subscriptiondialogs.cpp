#include "subscriptiondialogs.h"

#include "messagebar.h"

#include "models/subscriptiontablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bc {

CancelDialog::CancelDialog(const Subscription &s, QWidget *parent) : QDialog(parent), m_message(new MessageBar(this))
{
    setWindowTitle(tr("Cancel subscription — %1").arg(s.orgName));
    auto *layout = new QVBoxLayout(this);
    const QString end = QLocale().toString(s.currentPeriodEnd.toLocalTime().date(), QLocale::LongFormat);
    m_atEnd =
        new QRadioButton(tr("At the end of the period, on %1 (the customer keeps access until then)").arg(end), this);
    m_now = new QRadioButton(tr("Immediately (access ends now; no refund is made here)"), this);
    m_atEnd->setChecked(true);
    m_atEnd->setObjectName(QStringLiteral("atPeriodEnd"));
    m_now->setObjectName(QStringLiteral("immediately"));
    layout->addWidget(new QLabel(tr("%1 is on %2 (%3).").arg(s.orgName, s.planName, s.amount.toDisplayString()), this));
    layout->addWidget(m_atEnd);
    layout->addWidget(m_now);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setPlaceholderText(tr("Why is the customer cancelling?"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep subscription"));
    m_confirm = buttons->addButton(tr("Cancel subscription"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setEnabled(false);
    m_confirm->setToolTip(tr("Give a reason; it is kept with the change."));
    connect(m_reason, &QLineEdit::textChanged, this,
        [this](const QString &t) { m_confirm->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &CancelDialog::confirmed);
    layout->addWidget(buttons);
}

bool CancelDialog::atPeriodEnd() const
{
    return m_atEnd->isChecked();
}

QString CancelDialog::reason() const
{
    return m_reason->text().trimmed();
}

SubscriptionEditDialog::SubscriptionEditDialog(const Subscription &s, const QList<Plan> &plans, QWidget *parent)
    : QDialog(parent), m_subscription(s), m_message(new MessageBar(this))
{
    setWindowTitle(tr("Edit subscription — %1").arg(s.orgName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const QString &name : subscriptionStatusNames())
        m_status->addItem(SubscriptionTableModel::statusLabel(*subscriptionStatusFromString(name)), name);
    m_status->setCurrentIndex(m_status->findData(subscriptionStatusToString(s.status)));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planCombo"));
    for (const Plan &p : plans)
        m_plan->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.priceMonthly.currency()), p.id);
    m_plan->setCurrentIndex(m_plan->findData(s.planId));
    m_cycle = new QComboBox(this);
    m_cycle->addItem(tr("Monthly"), QStringLiteral("monthly"));
    m_cycle->addItem(tr("Yearly"), QStringLiteral("yearly"));
    m_cycle->setCurrentIndex(s.billingCycle == BillingCycle::Monthly ? 0 : 1);
    m_cancelAtEnd = new QCheckBox(tr("Cancel at the end of the current period"), this);
    m_cancelAtEnd->setChecked(s.cancelAtPeriodEnd);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the edit"));
    m_reason->setPlaceholderText(tr("Required: why this subscription is edited directly"));
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Plan:"), m_plan);
    form->addRow(tr("Billing &cycle:"), m_cycle);
    form->addRow(QString(), m_cancelAtEnd);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addWidget(new QLabel(
        tr("A direct edit changes the record without charging or refunding. Use it to correct data."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(tr("Save changes"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &SubscriptionEditDialog::confirmed);
    layout->addWidget(buttons);
    for (QComboBox *c : {m_status, m_plan, m_cycle})
        connect(c, &QComboBox::currentIndexChanged, this, &SubscriptionEditDialog::updateConfirm);
    connect(m_cancelAtEnd, &QCheckBox::toggled, this, &SubscriptionEditDialog::updateConfirm);
    connect(m_reason, &QLineEdit::textChanged, this, &SubscriptionEditDialog::updateConfirm);
    updateConfirm();
}

QJsonObject SubscriptionEditDialog::changes() const
{
    QJsonObject c;
    if (m_status->currentData().toString() != subscriptionStatusToString(m_subscription.status))
        c.insert(QStringLiteral("status"), m_status->currentData().toString());
    if (m_plan->currentData().toString() != m_subscription.planId)
        c.insert(QStringLiteral("planId"), m_plan->currentData().toString());
    if (m_cycle->currentData().toString() != billingCycleToString(m_subscription.billingCycle))
        c.insert(QStringLiteral("billingCycle"), m_cycle->currentData().toString());
    if (m_cancelAtEnd->isChecked() != m_subscription.cancelAtPeriodEnd)
        c.insert(QStringLiteral("cancelAtPeriodEnd"), m_cancelAtEnd->isChecked());
    return c;
}

QString SubscriptionEditDialog::reason() const
{
    return m_reason->text().trimmed();
}

void SubscriptionEditDialog::updateConfirm()
{
    const bool changed = !changes().isEmpty();
    const bool hasReason = !reason().isEmpty();
    m_confirm->setEnabled(changed && hasReason);
    m_confirm->setToolTip(!changed ? tr("Nothing has been changed yet.")
            : !hasReason           ? tr("Give a reason; it is kept with the change.")
                                   : QString());
}

} // namespace bc
