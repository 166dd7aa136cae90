#include "tierpane.h"

#include "checkoutflow.h"
#include "messagebar.h"
#include "rolepolicy.h"

#include "api/familyconnectors.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/words.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QVBoxLayout>

namespace bc {

PaneInfo TierPane::describe()
{
    return {QStringLiteral("tier"), tr("Plan tier"), Family::Tier, {}};
}

TierPane::TierPane(Session *session, QWidget *parent)
    : Pane(session, describe(), parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *refreshAction = toolbar->addAction(tr("Refresh"), this, &TierPane::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    toolbar->addSeparator();
    m_upgrade = toolbar->addAction(tr("Upgrade to Pro…"), this, &TierPane::upgrade);
    m_portal = toolbar->addAction(tr("Billing portal"), this, &TierPane::openPortal);
    layout->addWidget(toolbar);
    layout->addWidget(messageBar());
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("tierPlan"));
    QFont big = m_plan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_plan->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("tierDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_plan);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void TierPane::refresh()
{
    if (!m_session->isReady() || !m_session->tierBilling())
        return;
    const QString why = policy::whyNot(m_session, policy::Action::Purchase);
    for (QAction *a : {m_upgrade, m_portal}) {
        a->setEnabled(why.isEmpty());
        a->setToolTip(why);
    }
    m_session->tierBilling()->status(this, [this](const ApiResult<TierStatus> &r) {
        if (!r.ok()) {
            failLoad(r.error);
            return;
        }
        m_status = r.value;
        messageBar()->clearUnlessSuccess();
        messageBar()->showFreshness(r.fetchedAt);
        showStatus();
        emit loaded();
    });
}

void TierPane::showStatus()
{
    m_plan->setText(tr("%1 plan").arg(label(m_status.plan)));
    QStringList facts;
    if (!m_status.status) {
        facts << tr("No paid subscription: the account is on the free tier.");
    } else {
        facts << tr("Subscription: %1").arg(label(*m_status.status));
        if (m_status.currentPeriodEnd.isValid())
            facts << (m_status.cancelAtPeriodEnd ? tr("Ends on %1; it will not renew.") : tr("Renews on %1."))
                         .arg(longDate(m_status.currentPeriodEnd));
    }
    m_detail->setText(facts.join(u'\n'));
    m_upgrade->setVisible(m_status.plan == TierPlan::Free);
}

void TierPane::afterCheckout(CheckoutFlow *flow)
{
    connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &text) {
        messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, text);
        refresh();
    });
}

void TierPane::upgrade()
{
    afterCheckout(CheckoutFlow::tierCheckout(m_session, TierPlan::Pro, this));
}

void TierPane::openPortal()
{
    afterCheckout(CheckoutFlow::tierPortal(m_session, this));
}

} // namespace bc
