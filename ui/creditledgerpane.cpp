#include "creditledgerpane.h"

#include "manualadjustmentdialog.h"
#include "messagebar.h"
#include "rolepolicy.h"
#include "tablepane.h"

#include "core/session.h"
#include "models/creditledgermodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace bc {

CreditLedgerPane::CreditLedgerPane(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CreditLedgerModel(this)), m_searchDelay(new QTimer(this)),
      m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("creditLedgerPane"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_customers = new QComboBox(this);
    m_customers->setObjectName(QStringLiteral("customerCombo"));
    m_customers->setEditable(true);
    m_customers->setInsertPolicy(QComboBox::NoInsert);
    m_customers->setMinimumContentsLength(32);
    m_customers->setAccessibleName(tr("Customer"));
    m_customers->lineEdit()->setPlaceholderText(tr("Find a customer by name, email or id"));
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
    m_checkin = new QPushButton(tr("Check-in settings…"), this);
    top->addWidget(customerLabel);
    top->addWidget(m_customers, 1);
    top->addSpacing(16);
    top->addWidget(m_balance);
    top->addStretch();
    top->addWidget(m_adjust);
    top->addWidget(m_checkin);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Transaction type"));
    m_type->addItem(tr("All types"), QString());
    for (const char *type : {"ai_usage", "purchase", "subscription_grant", "checkin", "manual_adjustment", "refund"})
        m_type->addItem(CreditLedgerModel::typeLabel(QString::fromLatin1(type)), QString::fromLatin1(type));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("ledgerFilter"));
    m_filter->setPlaceholderText(tr("Filter descriptions"));
    m_filter->setAccessibleName(tr("Filter descriptions"));
    m_filter->setClearButtonEnabled(true);
    m_loadAll = new QPushButton(tr("Load &everything"), this);
    m_loadAll->setToolTip(tr("Fetch the whole ledger so that sorting and filtering cover every row"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ledgerStatus"));
    filters->addWidget(m_type);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_loadAll);
    filters->addWidget(m_status);
    layout->addLayout(filters);
    layout->addWidget(m_message);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_view->setAccessibleName(tr("Credit ledger"));
    enableColumnChooser(m_view, m_session, QStringLiteral("ledger"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CreditLedgerModel::Date, 150);
    m_view->setColumnWidth(CreditLedgerModel::Type, 140);
    m_view->setColumnWidth(CreditLedgerModel::Description, 280);
    m_view->setColumnWidth(CreditLedgerModel::Operator, 220);
    layout->addWidget(m_view, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_customers->lineEdit(), &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { searchCustomers(m_customers->lineEdit()->text()); });
    connect(m_customers, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_found.size())
            openCustomer(m_found.at(index));
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTypeFilter(m_type->currentData().toString());
        updateStatus();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_model->setTextFilter(t);
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
    connect(m_model, &CreditLedgerModel::pageLoaded, this, &CreditLedgerPane::updateStatus);
    connect(m_model, &CreditLedgerModel::loadingFinished, this, [this] {
        updateStatus();
        emit ledgerLoaded();
    });
    connect(m_model, &CreditLedgerModel::loadFailed, this,
        [this](const QString &message) { m_message->show(MessageBar::Kind::Error, message); });
    connect(m_model, &CreditLedgerModel::sorted, this, &CreditLedgerPane::updateStatus);
    connect(m_adjust, &QPushButton::clicked, this, &CreditLedgerPane::adjustCredits);
    connect(m_checkin, &QPushButton::clicked, this, &CreditLedgerPane::editCheckin);
    connect(m_session, &Session::ready, this, &CreditLedgerPane::refresh);
    updateActions();
}

void CreditLedgerPane::updateActions()
{
    const Role role = m_session->role();
    const QString adjustWhy = policy::whyNot(role, policy::Action::AdjustCredits);
    m_adjust->setEnabled(adjustWhy.isEmpty() && !m_customer.id.isEmpty());
    m_adjust->setToolTip(!adjustWhy.isEmpty() ? adjustWhy
            : m_customer.id.isEmpty()         ? tr("Choose a customer first.")
                                              : tr("Add or take credits with a reason (Ctrl+Shift+A)"));
    const QString checkinWhy = policy::whyNot(role, policy::Action::ConfigureCheckin);
    m_checkin->setVisible(checkinWhy.isEmpty());
    m_customers->setEnabled(policy::allows(role, policy::Action::BrowseCustomers));
    m_customers->setToolTip(policy::whyNot(role, policy::Action::BrowseCustomers));
}

void CreditLedgerPane::refresh()
{
    updateActions();
    if (!m_session->isReady() || !m_session->credits())
        return;
    if (policy::allows(m_session->role(), policy::Action::BrowseCustomers)) {
        searchCustomers(m_customer.id.isEmpty() ? QString() : m_customer.name);
    } else {
        // Everyone else sees their own organisation's ledger.
        OrgSummary own{m_session->identity().orgId, m_session->identity().orgName, {}, 0};
        m_customers->clear();
        m_customers->addItem(own.name);
        openCustomer(own);
    }
}

void CreditLedgerPane::searchCustomers(const QString &text)
{
    m_session->credits()->organisations(text.trimmed(), this, [this, text](const ApiResult<QList<OrgSummary>> &r) {
        if (!r.ok()) {
            m_message->show(MessageBar::Kind::Error, r.error.humanMessage());
            return;
        }
        m_found = r.value;
        const QString typed = m_customers->lineEdit()->text();
        m_customers->blockSignals(true);
        m_customers->clear();
        for (const OrgSummary &o : std::as_const(m_found))
            m_customers->addItem(QStringLiteral("%1 — %2").arg(o.name, o.email), o.id);
        m_customers->setCurrentIndex(-1);
        m_customers->lineEdit()->setText(typed);
        m_customers->blockSignals(false);
        if (!m_customer.id.isEmpty())
            for (const OrgSummary &o : std::as_const(m_found))
                if (o.id == m_customer.id) {
                    m_customer.balance = o.balance;
                    m_balance->setText(tr("%1 credits").arg(QLocale().toString(o.balance)));
                }
        if (!text.isEmpty() && m_found.isEmpty())
            m_message->show(MessageBar::Kind::Info, tr("No customer matches “%1”.").arg(text));
        else
            m_message->hide();
        m_message->showFreshness(r.fetchedAt);
        emit customersLoaded();
    });
}

void CreditLedgerPane::openCustomer(const OrgSummary &customer)
{
    m_customer = customer;
    if (m_customers->isEnabled())
        m_customers->lineEdit()->setText(customer.name);
    const bool own = !policy::allows(m_session->role(), policy::Action::BrowseCustomers);
    if (m_source)
        m_source->deleteLater();
    m_source = new ConnectorLedgerSource(m_session->credits(), own ? QString() : customer.id, this);
    connect(m_source, &ConnectorLedgerSource::pageFetched, m_message, &MessageBar::showFreshness);
    m_loadAll->setText(tr("Load &everything"));
    m_model->setSource(m_source, 500);
    loadBalance();
    updateActions();
    updateStatus();
}

void CreditLedgerPane::loadBalance()
{
    const bool own = !policy::allows(m_session->role(), policy::Action::BrowseCustomers);
    if (own) {
        m_session->credits()->balance(this, [this](const ApiResult<qint64> &r) {
            if (!r.ok())
                return;
            m_customer.balance = r.value;
            m_balance->setText(tr("%1 credits").arg(QLocale().toString(r.value)));
            emit balanceUpdated(r.value);
        });
        return;
    }
    m_session->credits()->organisations(m_customer.id, this, [this](const ApiResult<QList<OrgSummary>> &r) {
        for (const OrgSummary &o : r.value)
            if (o.id == m_customer.id) {
                m_customer.balance = o.balance;
                m_balance->setText(tr("%1 credits").arg(QLocale().toString(o.balance)));
                emit balanceUpdated(o.balance);
            }
    });
}

void CreditLedgerPane::updateStatus()
{
    const QLocale locale;
    QString text = m_model->isComplete()
        ? tr("%1 transactions").arg(locale.toString(m_model->loadedRows()))
        : tr("%1 loaded, more as you scroll").arg(locale.toString(m_model->loadedRows()));
    if (m_model->rowCount() != m_model->loadedRows())
        text += tr(" · %1 shown").arg(locale.toString(m_model->rowCount()));
    m_status->setText(text);
    if (!m_model->isLoading() || m_model->isComplete())
        m_loadAll->setText(tr("Load &everything"));
    m_loadAll->setEnabled(!m_model->isComplete());
}

void CreditLedgerPane::adjustCredits()
{
    if (!m_adjust->isEnabled())
        return;
    auto *dialog = new ManualAdjustmentDialog(m_session->credits(), m_customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ManualAdjustmentDialog::adjusted, this, [this](const CreditTransaction &t) {
        m_message->show(MessageBar::Kind::Success,
            tr("%1 %2 credits for %3; balance now %4.")
                .arg(t.amount > 0 ? tr("Added") : tr("Took"))
                .arg(QLocale().toString(qAbs(t.amount)))
                .arg(m_customer.name, QLocale().toString(t.balanceAfter)));
        openCustomer(m_customer); // the new entry is the newest: reload from the top
    });
    connect(dialog, &ManualAdjustmentDialog::queued, this,
        [this](const QString &text) { m_message->show(MessageBar::Kind::Info, text); });
    dialog->open();
}

void CreditLedgerPane::editCheckin()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Daily check-in"));
    auto *form = new QFormLayout(dialog);
    auto *enabled = new QCheckBox(tr("Customers can check in once a day"), dialog);
    auto *credits = new QSpinBox(dialog);
    credits->setRange(1, 10000);
    credits->setSuffix(tr(" credits"));
    form->addRow(enabled);
    form->addRow(tr("Award:"), credits);
    auto *message = new MessageBar(dialog);
    form->addRow(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    m_session->credits()->checkinConfig(dialog, [enabled, credits](const ApiResult<CheckinConfig> &r) {
        enabled->setChecked(r.value.enabled);
        credits->setValue(int(r.value.credits));
    });
    auto keys = std::make_shared<IdempotencyKeys>();
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, enabled, credits, message, keys] {
        const QString key =
            keys->keyFor(QByteArray::number(enabled->isChecked()) + '|' + QByteArray::number(credits->value()));
        m_session->credits()->setCheckinConfig({enabled->isChecked(), credits->value()}, key, dialog,
            [this, dialog, message](const ApiResult<CheckinConfig> &r) {
                if (r.error.isQueued()) {
                    m_message->show(MessageBar::Kind::Info, r.error.humanMessage());
                    dialog->accept();
                    return;
                }
                if (!r.ok()) {
                    message->show(MessageBar::Kind::Error, r.error.humanMessage());
                    return;
                }
                dialog->accept();
            });
    });
    dialog->open();
}

} // namespace bc
