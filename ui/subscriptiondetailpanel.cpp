#include "subscriptiondetailpanel.h"

#include "technicaldetails.h"

#include "api/orgbillingconnector.h"
#include "models/dates.h"
#include "models/words.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace bc {

SubscriptionDetailPanel::SubscriptionDetailPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Select a subscription"), this);
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_title->setFont(title);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("History"), this));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("Subscription history"));
    m_history->setWordWrap(true);
    layout->addWidget(m_history, 1);
    m_technical = new TechnicalDetails(this);
    layout->addWidget(m_technical);
}

void SubscriptionDetailPanel::addFact(const QString &label, const QString &value)
{
    auto *l = new QLabel(value);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    m_form->addRow(label, l);
}

void SubscriptionDetailPanel::showSubscription(const Subscription *s, OrgBillingConnector *connector)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_history->clear();
    m_technical->setText({});
    m_shownId = s ? s->id : QString();
    if (!s) {
        m_title->setText(tr("Select a subscription"));
        return;
    }
    const QLocale locale;
    m_title->setText(s->orgName);
    addFact(tr("Plan"),
        QStringLiteral("%1 · %2").arg(
            s->planName, s->billingCycle == BillingCycle::Monthly ? tr("monthly") : tr("yearly")));
    addFact(tr("Amount"), s->amount.toDisplayString(locale));
    addFact(tr("Status"), label(s->status) + (s->cancelAtPeriodEnd ? tr(" · cancels at period end") : QString()));
    addFact(tr("Current period"),
        QStringLiteral("%1 – %2").arg(
            shortDate(s->currentPeriodStart, locale), shortDate(s->currentPeriodEnd, locale)));
    if (s->cancelledAt.isValid())
        addFact(tr("Cancelled"), shortDateTime(s->cancelledAt));
    QStringList ids{tr("Subscription id: %1").arg(s->id)};
    if (!s->providerSubscriptionId.isEmpty())
        ids << tr("Provider subscription id: %1").arg(s->providerSubscriptionId);
    if (!s->providerCustomerId.isEmpty())
        ids << tr("Provider customer id: %1").arg(s->providerCustomerId);
    if (!s->orgId.isEmpty())
        ids << tr("Organisation id: %1").arg(s->orgId);
    m_technical->setText(ids.join(u'\n'));
    if (connector) {
        loadHistory(connector, s->id);
        return;
    }
    m_history->addItem(tr("Created %1").arg(shortDateTime(s->createdAt)));
    m_history->addItem(tr("Last changed %1").arg(shortDateTime(s->updatedAt)));
}

void SubscriptionDetailPanel::loadHistory(OrgBillingConnector *connector, const QString &id)
{
    connector->subscription(id, this, [this, id](const ApiResult<bc::SubscriptionDetail> &r) {
        if (!r.ok() || m_shownId != id)
            return;
        for (const SubscriptionEvent &e : r.value.history) {
            QString text = QStringLiteral("%1 · %2 · %3").arg(shortDateTime(e.at), label(e.kind), e.actor);
            if (!e.detail.isEmpty())
                text += u'\n' + e.detail;
            if (!e.reason.isEmpty())
                text += u'\n' + tr("Reason: %1").arg(e.reason);
            m_history->addItem(text);
        }
    });
}

} // namespace bc
