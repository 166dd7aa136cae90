#include "creditledgerpane.h"

#include "checkinsettingsdialog.h"
#include "creditbatchdialog.h"
#include "customerpicker.h"
#include "manualadjustmentdialog.h"
#include "messagebar.h"
#include "rolepolicy.h"

#include "api/familyconnectors.h"
#include "core/session.h"
#include "models/creditledgermodel.h"
#include "models/words.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bc {

PaneInfo CreditLedgerPane::describe()
{
    return {QStringLiteral("ledger"), tr("Credit ledger"), Family::Credits, {}};
}

CreditLedgerPane::CreditLedgerPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent),
      m_model(new CreditLedgerModel(this))
{
    setDirectModel(m_model);
    buildCustomerRow();
    buildFilters();
    view()->setAccessibleName(tr("Credit ledger"));
    view()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Fixed row heights: the view never measures a million rows.
    view()->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view()->verticalHeader()->setDefaultSectionSize(view()->fontMetrics().height() + 8);
    view()->setColumnWidth(CreditLedgerModel::Date, 150);
    view()->setColumnWidth(CreditLedgerModel::Type, 140);
    view()->setColumnWidth(CreditLedgerModel::Description, 280);
    view()->setColumnWidth(CreditLedgerModel::Operator, 220);
    // The transaction's id is a technical detail, in the header's column menu.
    view()->setColumnHidden(CreditLedgerModel::Id, true);

    connect(m_customers, &CustomerPicker::chosen, this, &CreditLedgerPane::openCustomer);
    connect(m_customers, &CustomerPicker::idTyped, this, &CreditLedgerPane::customerTyped);
    connect(m_customers, &CustomerPicker::answered, this, &CreditLedgerPane::customersAnswered);
    connect(m_model, &CreditLedgerModel::pageLoaded, this, [this] {
        updateStatus();
        if (std::exchange(m_firstPage, false))
            emit loaded();
    });
    connect(m_model, &CreditLedgerModel::loadingFinished, this, [this] {
        updateStatus();
        emit ledgerLoaded();
    });
    connect(m_model, &CreditLedgerModel::loadFailed, this, [this](const QString &message) {
        messageBar()->show(MessageBar::Kind::Error, message);
        if (std::exchange(m_firstPage, false))
            emit loadFailed(message);
    });
    connect(m_model, &CreditLedgerModel::sorted, this, &CreditLedgerPane::updateStatus);
    updateActions();
}

void CreditLedgerPane::buildCustomerRow()
{
    QHBoxLayout *top = addControlRow();
    m_customers = new CustomerPicker(m_session, this);
    m_customers->setObjectName(QStringLiteral("customerCombo"));
    auto *customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customers);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_balance->setFont(big);
    m_adjust = new QPushButton(tr("&Adjust credits…"), this);
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_adjust->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_adjustMany = new QPushButton(tr("Adjust &many…"), this);
    m_adjustMany->setObjectName(QStringLiteral("adjustManyButton"));
    m_checkin = new QPushButton(tr("Check-in settings…"), this);
    top->addWidget(customerLabel);
    top->addWidget(m_customers, 1);
    top->addSpacing(16);
    top->addWidget(m_balance);
    top->addStretch();
    top->addWidget(m_adjust);
    top->addWidget(m_adjustMany);
    top->addWidget(m_checkin);
    connect(m_adjust, &QPushButton::clicked, this, &CreditLedgerPane::adjustCredits);
    connect(m_adjustMany, &QPushButton::clicked, this, &CreditLedgerPane::adjustMany);
    connect(m_checkin, &QPushButton::clicked, this, &CreditLedgerPane::editCheckin);
}

void CreditLedgerPane::buildFilters()
{
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Transaction type"));
    m_type->addItem(tr("All types"), QString());
    for (CreditTransactionType type : allValues<CreditTransactionType>())
        m_type->addItem(label(type), wireWord(type));
    filterEdit()->setObjectName(QStringLiteral("ledgerFilter"));
    filterEdit()->setPlaceholderText(tr("Filter descriptions"));
    filterEdit()->setAccessibleName(tr("Filter descriptions"));
    m_loadAll = new QPushButton(tr("Load &everything"), this);
    m_loadAll->setToolTip(tr("Fetch the whole ledger so that sorting and filtering cover every row"));
    addFilter(m_type);
    addFilter(m_loadAll);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        // The packed rows keep the server's type words; the filter compares them.
        m_model->setTypeFilter(m_type->currentData().toString());
        updateStatus();
    });
    connect(m_loadAll, &QPushButton::clicked, this, [this] {
        if (m_model->isLoading() && m_loadAll->text() == tr("Stop loading")) {
            m_model->cancelLoading();
            updateStatus();
            return;
        }
        m_loadAll->setText(tr("Stop loading"));
        m_model->loadAll(10000);
    });
}

void CreditLedgerPane::applyTextFilter(const QString &text)
{
    m_model->setTextFilter(text);
    updateStatus();
}

QComboBox *CreditLedgerPane::customerCombo() const
{
    return m_customers;
}

bool CreditLedgerPane::seesOwnLedgerOnly() const
{
    return !policy::allows(m_session->role(), policy::Action::BrowseCustomers);
}

void CreditLedgerPane::updateActions()
{
    const Role role = m_session->role();
    const QString adjustWhy = policy::whyNot(m_session, policy::Action::AdjustCredits);
    m_adjust->setEnabled(adjustWhy.isEmpty() && !m_customer.id.isEmpty());
    m_adjust->setToolTip(!adjustWhy.isEmpty() ? adjustWhy
            : m_customer.id.isEmpty()         ? tr("Choose a customer first.")
                                              : tr("Add or take credits with a reason (Ctrl+Shift+A)"));
    m_adjustMany->setEnabled(adjustWhy.isEmpty());
    m_adjustMany->setToolTip(!adjustWhy.isEmpty()
            ? adjustWhy
            : tr("Credit or debit many customers at once from a CSV file or rows pasted from a spreadsheet"));
    m_checkin->setVisible(policy::allows(role, policy::Action::ConfigureCheckin));
    m_customers->setEnabled(!seesOwnLedgerOnly());
    QString customersWhy = policy::whyNot(m_session, policy::Action::BrowseCustomers);
    if (customersWhy.isEmpty() && !m_session->offers(Extension::CustomerSearch))
        customersWhy = notOfferedSentence(extensionName(Extension::CustomerSearch)) + u' '
            + tr("Type the id of the organisation whose credits you adjust, then press Enter.");
    m_customers->setToolTip(customersWhy);
}

void CreditLedgerPane::refresh()
{
    updateActions();
    if (!m_session->isReady() || !m_session->credits())
        return;
    if (!seesOwnLedgerOnly()) {
        updateStatus();
        if (m_session->offers(Extension::CustomerSearch))
            m_customers->search(m_customer.id.isEmpty() ? QString() : m_customer.name);
        else
            openEveryOrganisation();
        return;
    }
    // Everyone else sees their own organisation's ledger.
    OrgSummary own{m_session->identity().orgId, m_session->identity().orgName, {}, 0};
    m_customers->clear();
    m_customers->addItem(own.name);
    openCustomer(own);
}

void CreditLedgerPane::customersAnswered(const ApiResult<QList<OrgSummary>> &r, const QString &text)
{
    if (r.error.isNotOffered()) {
        openEveryOrganisation();
        return;
    }
    if (!r.ok()) {
        failLoad(r.error);
        return;
    }
    for (const OrgSummary &o : r.value)
        if (!m_customer.id.isEmpty() && o.id == m_customer.id)
            showBalance(o.balance);
    if (!text.isEmpty() && r.value.isEmpty())
        messageBar()->show(MessageBar::Kind::Info, tr("No customer matches “%1”.").arg(text));
    else
        messageBar()->hide();
    messageBar()->showFreshness(r.fetchedAt);
    emit customersLoaded();
    if (m_customer.id.isEmpty())
        emit loaded(); // the pane shows what it can before a customer is chosen
}

// Without a customer search (an extension), the document's admin list: every organisation's
// transactions. An organisation's id typed in the box is the one an adjustment is for.
void CreditLedgerPane::openEveryOrganisation()
{
    m_customer = {};
    m_customers->clear();
    m_customers->lineEdit()->setPlaceholderText(tr("Organisation id, to adjust its credits"));
    messageBar()->show(MessageBar::Kind::Info,
        tr("This server has no customer search: the ledger shows every organisation's transactions. Type an "
           "organisation's id to adjust its credits."));
    m_balance->setText(QString());
    startLedger(true, {});
    updateActions();
}

void CreditLedgerPane::customerTyped(const QString &id)
{
    if (seesOwnLedgerOnly())
        return;
    m_customer = {id, id, {}, 0, false};
    m_balance->setText(id.isEmpty() ? QString() : tr("%1 · balance not shown by this server").arg(id));
    updateActions();
}

void CreditLedgerPane::startLedger(bool admin, const QString &orgId)
{
    if (m_source)
        m_source->deleteLater();
    m_source = new ConnectorLedgerSource(m_session->credits(), {admin, orgId}, this);
    connect(m_source, &ConnectorLedgerSource::pageFetched, messageBar(), &MessageBar::showFreshness);
    m_loadAll->setText(tr("Load &everything"));
    m_firstPage = true;
    m_model->setSource(m_source, 500);
}

void CreditLedgerPane::openCustomer(const OrgSummary &customer)
{
    m_customer = customer;
    rememberCustomer(m_session, customer);
    if (m_customers->isEnabled())
        m_customers->showCustomer(customer);
    startLedger(!seesOwnLedgerOnly(), seesOwnLedgerOnly() ? QString() : customer.id);
    loadBalance();
    updateActions();
    updateStatus();
}

void CreditLedgerPane::showBalance(qint64 balance)
{
    m_customer.balance = balance;
    m_balance->setText(tr("%1 credits").arg(QLocale().toString(balance)));
    emit balanceUpdated(balance);
}

void CreditLedgerPane::loadBalance()
{
    if (seesOwnLedgerOnly()) {
        m_session->credits()->balance(this, [this](const ApiResult<qint64> &r) {
            if (r.ok())
                showBalance(r.value);
        });
        return;
    }
    m_session->credits()->organisations(m_customer.id, this, [this](const ApiResult<QList<OrgSummary>> &r) {
        for (const OrgSummary &o : r.value)
            if (o.id == m_customer.id)
                showBalance(o.balance);
    });
}

void CreditLedgerPane::updateStatus()
{
    if (!m_source && !seesOwnLedgerOnly()) {
        // Nothing to show until a customer is chosen: say so, and offer nothing to load.
        setStatus(tr("Choose a customer: type a name, email or id under Customer."));
        m_loadAll->setEnabled(false);
        return;
    }
    const QLocale locale;
    QString text = m_model->isComplete()
        ? tr("%1 transactions").arg(locale.toString(m_model->loadedRows()))
        : tr("%1 loaded, more as you scroll").arg(locale.toString(m_model->loadedRows()));
    if (m_model->rowCount() != m_model->loadedRows())
        text += tr(" · %1 shown").arg(locale.toString(m_model->rowCount()));
    setStatus(text);
    if (!m_model->isLoading() || m_model->isComplete())
        m_loadAll->setText(tr("Load &everything"));
    m_loadAll->setEnabled(!m_model->isComplete());
}

void CreditLedgerPane::adjustCredits()
{
    if (!m_adjust->isEnabled())
        return;
    auto *dialog = new ManualAdjustmentDialog(m_session->credits(), m_customer, this);
    connect(dialog, &ManualAdjustmentDialog::adjusted, this, [this](const CreditTransaction &t) {
        messageBar()->show(MessageBar::Kind::Success,
            t.balanceKnown ? tr("%1 %2 credits for %3; balance now %4.")
                                 .arg(t.amount > 0 ? tr("Added") : tr("Took"))
                                 .arg(QLocale().toString(qAbs(t.amount)))
                                 .arg(m_customer.name, QLocale().toString(t.balanceAfter))
                           : tr("%1 %2 credits for %3.")
                                 .arg(t.amount > 0 ? tr("Added") : tr("Took"))
                                 .arg(QLocale().toString(qAbs(t.amount)))
                                 .arg(m_customer.name));
        if (m_session->offers(Extension::CustomerSearch) || seesOwnLedgerOnly())
            openCustomer(m_customer); // the new entry is the newest: reload from the top
        else
            startLedger(true, {});
    });
    openChange(dialog, policy::Action::AdjustCredits);
}

void CreditLedgerPane::adjustMany()
{
    if (!m_adjustMany->isEnabled())
        return;
    auto *dialog = new CreditBatchDialog(m_session, this);
    connect(dialog, &CreditBatchDialog::applied, this, [this] {
        if (!m_customer.id.isEmpty() && (m_session->offers(Extension::CustomerSearch) || seesOwnLedgerOnly()))
            openCustomer(m_customer); // its balance may have changed
        else
            startLedger(true, {});
    });
    openChange(dialog, policy::Action::AdjustCredits);
}

void CreditLedgerPane::editCheckin()
{
    openChange(new CheckinSettingsDialog(m_session->credits(), this), policy::Action::ConfigureCheckin);
}

} // namespace bc
