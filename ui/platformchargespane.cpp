#include "platformchargespane.h"

#include "checkoutflow.h"
#include "dates.h"
#include "onetimechargedialog.h"

#include "api/familyconnectors.h"
#include "core/session.h"
#include "models/words.h"

#include <QAction>
#include <QMessageBox>

namespace bc {

PlatformChargesPane::PlatformChargesPane(Session *session, QWidget *parent)
    : TablePane(session,
        {QStringLiteral("charges"), tr("Platform charges"), Family::Platform, policy::Action::ManagePlatformCharges},
        parent)
{
    using Col = RecordTableModel<PlatformCharge>::Column;
    const QLocale locale;
    m_model = new RecordTableModel<PlatformCharge>(
        {Col{tr("Name"), [](const PlatformCharge &c) { return c.name; }},
            Col{tr("Kind"), [](const PlatformCharge &c) { return label(c.kind); }},
            Col{tr("Price"),
                [locale](const PlatformCharge &c) {
                    QStringList prices;
                    for (const PlatformLineItem &i : c.lineItems)
                        prices << (i.interval ? tr("%1 %2").arg(i.price.toDisplayString(locale), label(*i.interval))
                                              : i.price.toDisplayString(locale));
                    return prices.join(QStringLiteral(" + "));
                },
                [](const PlatformCharge &c) {
                    return c.lineItems.isEmpty() ? 0 : c.lineItems.first().price.minorUnits();
                },
                Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Status"), [](const PlatformCharge &c) { return label(c.status); }},
            Col{tr("Trial"),
                [](const PlatformCharge &c) {
                    return c.trialDays ? tr("%n day(s)", nullptr, int(c.trialDays)) : QString();
                }},
            Col{tr("Activated"), [](const PlatformCharge &c) { return shortDate(c.activatedOn); }},
            Col{tr("Billing from"), [](const PlatformCharge &c) { return shortDate(c.billingDate); }},
            Col{tr("Cancelled"), [](const PlatformCharge &c) { return shortDate(c.cancelledOn); }},
            Col{tr("Id"), [](const PlatformCharge &c) { return c.id; }}},
        this);
    setSourceModel(m_model);
    addRefreshAction();
    connect(addPaneAction(tr("New one-time charge…")), &QAction::triggered, this,
        &PlatformChargesPane::createOneTimeCharge);
    m_cancel = addPaneAction(tr("Cancel subscription charge…"));
    connect(m_cancel, &QAction::triggered, this, &PlatformChargesPane::cancelSelected);
    connect(
        view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlatformChargesPane::updateActions);
    updateActions();
}

void PlatformChargesPane::updateActions()
{
    const PlatformCharge *c = m_model->at(currentSourceRow());
    const bool cancellable = c && c->kind == ChargeKind::Subscription && c->status != ChargeStatus::Cancelled;
    m_cancel->setEnabled(cancellable);
    m_cancel->setToolTip(
        cancellable ? tr("Stop billing this subscription charge") : tr("Select an active subscription charge."));
}

void PlatformChargesPane::refresh()
{
    if (!m_session->isReady())
        return;
    if (!m_session->platformCharges()) {
        messageBar()->show(
            MessageBar::Kind::Info, tr("This profile has no platform company and extension configured."));
        emit loaded();
        return;
    }
    m_session->platformCharges()->charges(
        this, [this](const ApiResult<QList<PlatformCharge>> &r) { showRecords(r, m_model); });
}

void PlatformChargesPane::createOneTimeCharge()
{
    if (!m_session->platformCharges())
        return;
    auto *dialog = new OneTimeChargeDialog(m_session->platformCharges(),
        CheckoutFlow::returnBase().resolved(QUrl(QStringLiteral("platform-return"))), this);
    connect(dialog, &OneTimeChargeDialog::created, this, [this](const PlatformCharge &, const QUrl &confirmUrl) {
        messageBar()->show(
            MessageBar::Kind::Success, tr("Charge created; the company approves it at %1").arg(confirmUrl.toString()));
        emit confirmUrlReady(confirmUrl);
        refresh();
        if (!qEnvironmentVariableIsSet("BC_NO_EMBEDDED_CHECKOUT"))
            openConfirm(confirmUrl);
    });
    openChange(dialog);
}

void PlatformChargesPane::openConfirm(const QUrl &confirmUrl)
{
    // The company approves in the platform's confirm page, inside the embedded checkout.
    CheckoutFlow *flow = CheckoutFlow::platformConfirm(m_session, confirmUrl, this);
    connect(flow, &CheckoutFlow::finished, this, [this](bool ok, const QString &message) {
        messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Info, message);
        refresh();
    });
}

void PlatformChargesPane::cancelSelected()
{
    const PlatformCharge *c = m_model->at(currentSourceRow());
    if (!c || !m_cancel->isEnabled())
        return;
    const QString id = c->id;
    if (QMessageBox::question(
            this, tr("Cancel subscription charge"), tr("Stop billing “%1”? This cannot be undone.").arg(c->name))
        != QMessageBox::Yes)
        return;
    m_session->platformCharges()->cancelSubscription(
        id, ApiTransport::newIdempotencyKey(), this, [this](const ApiResult<PlatformCharge> &r) {
            if (!r.ok()) {
                messageBar()->show(
                    r.error.isQueued() ? MessageBar::Kind::Info : MessageBar::Kind::Error, r.error.humanMessage());
                return;
            }
            messageBar()->show(MessageBar::Kind::Success, tr("“%1” is cancelled.").arg(r.value.name));
            refresh();
        });
}

} // namespace bc
