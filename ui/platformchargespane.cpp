#include "platformchargespane.h"

#include "checkoutflow.h"
#include "onetimechargedialog.h"

#include "api/familyconnectors.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/words.h"
#include "store/localstore.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>

#include <memory>

namespace bc {

PaneInfo PlatformChargesPane::describe()
{
    return {QStringLiteral("charges"), tr("Platform charges"), Family::Platform, policy::Action::ManagePlatformCharges};
}

PlatformChargesPane::PlatformChargesPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent)
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
    connect(addPaneAction(tr("Open by id…")), &QAction::triggered, this, &PlatformChargesPane::askForId);
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
    if (!m_session->offers(Extension::ChargeList)) {
        showKnownCharges();
        return;
    }
    m_session->platformCharges()->charges(this, [this](const ApiResult<QList<PlatformCharge>> &r) {
        if (r.error.isNotOffered())
            showKnownCharges();
        else
            showRecords(r, m_model);
    });
}

QString PlatformChargesPane::knownKind(ChargeKind kind) const
{
    const ConnectionProfile &p = m_session->profile();
    return (kind == ChargeKind::Subscription ? QStringLiteral("platform-subscription:")
                                             : QStringLiteral("platform-charge:"))
        + p.companyId + u'/' + p.extensionId;
}

void PlatformChargesPane::remember(const PlatformCharge &charge)
{
    if (LocalStore *store = m_session->localStore())
        store->rememberRecord(m_session->profile().name, knownKind(charge.kind), {charge.id, charge.name, {}});
}

void PlatformChargesPane::showKnownCharges()
{
    struct Wanted
    {
        QString id;
        ChargeKind kind;
    };
    QList<Wanted> wanted;
    if (LocalStore *store = m_session->localStore())
        for (ChargeKind kind : {ChargeKind::OneTime, ChargeKind::Subscription})
            for (const KnownRecord &r : store->knownRecords(m_session->profile().name, knownKind(kind)))
                wanted.append({r.id, kind});
    const QString why = tr("This server has no list of charges: these are the charges created or opened by id "
                           "in this console. Open by id shows any other.");
    if (wanted.isEmpty()) {
        m_model->setRecords({});
        messageBar()->show(
            MessageBar::Kind::Info, why + u' ' + tr("None yet: create a one-time charge, or open one by its id."));
        emit loaded();
        return;
    }
    // Every charge fetched at once; the list shows when the last answers, in the order remembered.
    struct Fetch
    {
        QList<std::optional<PlatformCharge>> found;
        int pending = 0;
        QStringList problems;
    };
    auto fetch = std::make_shared<Fetch>();
    fetch->found.resize(wanted.size());
    fetch->pending = int(wanted.size());
    for (int i = 0; i < wanted.size(); ++i) {
        auto done = [this, fetch, i, why](const ApiResult<PlatformCharge> &r) {
            if (r.ok())
                fetch->found[i] = r.value;
            else
                fetch->problems << r.error.humanMessage();
            if (--fetch->pending > 0)
                return;
            QList<PlatformCharge> rows;
            for (const std::optional<PlatformCharge> &c : fetch->found)
                if (c)
                    rows.append(*c);
            m_model->setRecords(rows);
            fitColumns();
            messageBar()->show(MessageBar::Kind::Info,
                fetch->problems.isEmpty() ? why
                                          : why + u' '
                        + tr("%n charge(s) could not be read: %1", nullptr, int(fetch->problems.size()))
                              .arg(fetch->problems.first()));
            emit loaded();
        };
        if (wanted.at(i).kind == ChargeKind::Subscription)
            m_session->platformCharges()->subscription(wanted.at(i).id, this, done);
        else
            m_session->platformCharges()->charge(wanted.at(i).id, this, done);
    }
}

void PlatformChargesPane::askForId()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Open a charge by id"),
        tr("The id of a one-time charge or a subscription charge:"), QLineEdit::Normal, {}, &ok)
                           .trimmed();
    if (ok && !id.isEmpty())
        openById(id);
}

void PlatformChargesPane::openById(const QString &id)
{
    if (!m_session->platformCharges())
        return;
    // The document has one read for a charge and one for a subscription charge: a charge first.
    auto found = [this](const PlatformCharge &c) {
        remember(c);
        refresh();
        messageBar()->show(MessageBar::Kind::Success, tr("“%1” is in the list.").arg(c.name));
    };
    m_session->platformCharges()->charge(id, this, [this, id, found](const ApiResult<PlatformCharge> &r) {
        if (r.ok()) {
            found(r.value);
            return;
        }
        if (r.error.httpStatus != 404) {
            messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
            return;
        }
        m_session->platformCharges()->subscription(id, this, [this, id, found](const ApiResult<PlatformCharge> &s) {
            if (s.ok())
                found(s.value);
            else
                messageBar()->show(MessageBar::Kind::Error,
                    s.error.httpStatus == 404 ? tr("There is no charge or subscription charge with the id %1.").arg(id)
                                              : s.error.humanMessage());
        });
    });
}

void PlatformChargesPane::createOneTimeCharge()
{
    if (!m_session->platformCharges())
        return;
    auto *dialog = new OneTimeChargeDialog(m_session->platformCharges(),
        CheckoutFlow::returnBase().resolved(QUrl(QStringLiteral("platform-return"))), this);
    connect(dialog, &OneTimeChargeDialog::created, this, [this](const PlatformCharge &charge, const QUrl &confirmUrl) {
        remember(charge);
        messageBar()->show(
            MessageBar::Kind::Success, tr("Charge created; the company approves it at %1").arg(confirmUrl.toString()));
        emit confirmUrlReady(confirmUrl);
        refresh();
        if (!qEnvironmentVariableIsSet("BC_NO_EMBEDDED_CHECKOUT"))
            openConfirm(confirmUrl);
    });
    openChange(dialog, policy::Action::ManagePlatformCharges);
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
