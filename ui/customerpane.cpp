#include "customerpane.h"

#include "customerpicker.h"
#include "manualadjustmentdialog.h"
#include "messagebar.h"
#include "rolepolicy.h"

#include "api/familyconnectors.h"
#include "api/pager.h"
#include "core/journalwords.h"
#include "core/ownsubscriptions.h"
#include "core/session.h"
#include "core/sessionstore.h"
#include "models/dates.h"
#include "models/itemdatarole.h"
#include "models/money.h"
#include "models/words.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <memory>

namespace bc {

namespace {

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
// The latest rows of each part: the page is a summary; the panes hold the full lists.
constexpr int kLatest = 50;
constexpr int kLatestLedger = 20;
// How far back the page reads the local journal for entries about the customer.
constexpr int kJournalWindow = 5000;

QTableView *newTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->sortByColumn(-1, Qt::AscendingOrder);
    return view;
}

// "1 credit", "1.200 Credits": the plural in the reader's language, the count in their digits.
QString creditsText(qint64 balance)
{
    if (balance >= INT_MIN && balance <= INT_MAX)
        return CustomerPane::tr("%Ln credit(s)", nullptr, int(balance));
    return CustomerPane::tr("%1 credits").arg(QLocale().toString(balance));
}

QString yesNo(bool value)
{
    return value ? CustomerPane::tr("Yes") : QString();
}

} // namespace

PaneInfo CustomerPane::describe()
{
    return {QStringLiteral("customer"), tr("Customer"), {}, {}};
}

CustomerPane::CustomerPane(Session *session, QWidget *parent)
    : Pane(session, describe(), parent)
{
    const QLocale locale;
    using SubCol = RecordTableModel<Subscription>::Column;
    m_subscriptions = new RecordTableModel<Subscription>(
        {SubCol{tr("Billed through"), [](const Subscription &s) { return label(s.family); }},
            SubCol{tr("Plan"), [](const Subscription &s) { return s.planName; }},
            SubCol{tr("Status"), [](const Subscription &s) { return label(s.status); }},
            SubCol{tr("Cycle"), [](const Subscription &s) { return label(s.billingCycle); }},
            SubCol{tr("Amount"), [locale](const Subscription &s) { return s.amount.toDisplayString(locale); },
                [](const Subscription &s) { return s.amount.minorUnits(); }, kRight},
            SubCol{tr("Period ends"), [](const Subscription &s) { return shortDate(s.currentPeriodEnd); },
                [](const Subscription &s) { return s.currentPeriodEnd; }},
            SubCol{tr("Cancels at period end"), [](const Subscription &s) { return yesNo(s.cancelAtPeriodEnd); }}},
        this);
    using InvCol = RecordTableModel<Invoice>::Column;
    m_invoices = new RecordTableModel<Invoice>(
        {InvCol{tr("Invoice"), [](const Invoice &i) { return i.number.isEmpty() ? tr("(no number)") : i.number; }},
            InvCol{tr("Issued"), [](const Invoice &i) { return shortDate(i.issuedAt); },
                [](const Invoice &i) { return i.issuedAt; }},
            InvCol{tr("Status"), [](const Invoice &i) { return label(i.status); }},
            InvCol{tr("Total"), [locale](const Invoice &i) { return i.total.toDisplayString(locale); },
                [](const Invoice &i) { return i.total.minorUnits(); }, kRight},
            InvCol{tr("Due"), [locale](const Invoice &i) { return i.amountDue.toDisplayString(locale); },
                [](const Invoice &i) { return i.amountDue.minorUnits(); }, kRight},
            InvCol{tr("Due by"), [](const Invoice &i) { return shortDate(i.dueAt); },
                [](const Invoice &i) { return i.dueAt; }}},
        this);
    using PayCol = RecordTableModel<Payment>::Column;
    m_payments = new RecordTableModel<Payment>(
        {PayCol{tr("Date"), [](const Payment &p) { return shortDateTime(p.createdAt); },
             [](const Payment &p) { return p.createdAt; }},
            PayCol{tr("Amount"), [locale](const Payment &p) { return p.amount.toDisplayString(locale); },
                [](const Payment &p) { return p.amount.minorUnits(); }, kRight},
            PayCol{tr("Status"), [](const Payment &p) { return label(p.status); }},
            PayCol{tr("Method"), [](const Payment &p) { return label(p.method); }},
            PayCol{tr("Invoice"), [](const Payment &p) { return p.invoiceNumber; }}},
        this);
    using LedCol = RecordTableModel<CreditTransaction>::Column;
    m_ledger = new RecordTableModel<CreditTransaction>(
        {LedCol{tr("Date"), [](const CreditTransaction &t) { return shortDateTime(t.createdAt); },
             [](const CreditTransaction &t) { return t.createdAt; }},
            LedCol{tr("Type"), [](const CreditTransaction &t) { return label(t.type); }},
            LedCol{tr("Credits"),
                [locale](const CreditTransaction &t) -> QString {
                    return (t.amount > 0 ? QStringLiteral("+") : QString()) + locale.toString(t.amount);
                },
                [](const CreditTransaction &t) { return t.amount; }, kRight},
            LedCol{tr("Balance after"),
                [locale](const CreditTransaction &t) {
                    return t.balanceKnown ? locale.toString(t.balanceAfter) : QString();
                },
                [](const CreditTransaction &t) { return t.balanceAfter; }, kRight},
            LedCol{tr("Description"),
                [](const CreditTransaction &t) -> QString {
                    if (t.reason)
                        return t.note.isEmpty() ? label(*t.reason) : tr("%1: %2").arg(label(*t.reason), t.note);
                    return t.description;
                }},
            LedCol{tr("By"), [](const CreditTransaction &t) { return t.operatorEmail; }}},
        this);
    using OrdCol = RecordTableModel<CreditOrder>::Column;
    m_orders = new RecordTableModel<CreditOrder>(
        {OrdCol{tr("Created"), [](const CreditOrder &o) { return shortDateTime(o.createdAt); },
             [](const CreditOrder &o) { return o.createdAt; }},
            OrdCol{tr("Type"), [](const CreditOrder &o) { return label(o.type); }},
            OrdCol{tr("Credits"),
                [locale](const CreditOrder &o) { return o.credits ? locale.toString(o.credits) : QString(); },
                [](const CreditOrder &o) { return o.credits; }, kRight},
            OrdCol{tr("Amount"), [locale](const CreditOrder &o) { return o.amount.toDisplayString(locale); },
                [](const CreditOrder &o) { return o.amount.minorUnits(); }, kRight},
            OrdCol{tr("Paid through"), [](const CreditOrder &o) { return label(o.channel); }},
            OrdCol{tr("Status"), [](const CreditOrder &o) { return label(o.status); }}},
        this);
    using ChCol = RecordTableModel<PlatformCharge>::Column;
    m_charges = new RecordTableModel<PlatformCharge>(
        {ChCol{tr("Name"), [](const PlatformCharge &c) { return c.name; }},
            ChCol{tr("Kind"), [](const PlatformCharge &c) { return label(c.kind); }},
            ChCol{tr("Price"),
                [locale](const PlatformCharge &c) {
                    QStringList prices;
                    for (const PlatformLineItem &i : c.lineItems)
                        prices << i.price.toDisplayString(locale);
                    return prices.join(QStringLiteral(" + "));
                },
                {}, kRight},
            ChCol{tr("Status"), [](const PlatformCharge &c) { return label(c.status); }},
            ChCol{tr("Activated"), [](const PlatformCharge &c) { return shortDate(c.activatedOn); }}},
        this);
    using JCol = RecordTableModel<JournalEntry>::Column;
    m_journal = new RecordTableModel<JournalEntry>(
        {JCol{tr("When"), [](const JournalEntry &e) { return shortDateTime(e.at); },
             [](const JournalEntry &e) { return e.seq; }},
            JCol{tr("Who"), [](const JournalEntry &e) { return e.operatorName; }},
            JCol{tr("What"), [](const JournalEntry &e) { return describeJournalEntry(e).what; }},
            JCol{tr("Changes"),
                [](const JournalEntry &e) { return describeJournalEntry(e).changes.join(QStringLiteral("; ")); }},
            JCol{tr("Reason"), [](const JournalEntry &e) { return e.reason; }},
            JCol{tr("Outcome"), [](const JournalEntry &e) { return journalOutcomeText(e.outcome); }}},
        this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    buildParts();
    updateActions();
}

QWidget *CustomerPane::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("customerHeader"));
    auto *column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    m_findRow = new QWidget(header);
    auto *find = new QHBoxLayout(m_findRow);
    find->setContentsMargins(0, 0, 0, 0);
    m_picker = new CustomerPicker(m_session, m_findRow);
    m_picker->setObjectName(QStringLiteral("customerPicker"));
    auto *findLabel = new QLabel(tr("C&ustomer:"), m_findRow);
    findLabel->setBuddy(m_picker);
    find->addWidget(findLabel);
    find->addWidget(m_picker, 1);
    column->addWidget(m_findRow);

    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact = new QLabel(header);
    m_contact->setObjectName(QStringLiteral("customerContact"));
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("customerSummary"));
    m_summary->setWordWrap(true);
    column->addWidget(m_name);
    column->addWidget(m_contact);
    column->addWidget(m_summary);

    auto *actions = new QHBoxLayout;
    m_adjust = new QPushButton(tr("&Adjust credits…"), header);
    m_adjust->setObjectName(QStringLiteral("customerAdjust"));
    actions->addWidget(m_adjust);
    connect(m_adjust, &QPushButton::clicked, this, &CustomerPane::adjustCredits);
    const std::pair<SubscriptionTask, QString> tasks[] = {
        {SubscriptionTask::ChangePlan, tr("Change &plan…")},
        {SubscriptionTask::Cancel, tr("&Cancel subscription…")},
        {SubscriptionTask::Resume, tr("&Resume subscription…")},
        {SubscriptionTask::Edit, tr("&Edit subscription…")},
        {SubscriptionTask::Portal, tr("Open billing &portal…")},
    };
    for (const auto &[task, text] : tasks) {
        auto *button = new QPushButton(text, header);
        m_taskButtons.insert(int(task), button);
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, task = task] {
            const Subscription *target = orgBillingSubscription();
            if (task == SubscriptionTask::Portal) {
                target = nullptr;
                for (const Subscription &s : m_subscriptions->records())
                    if (s.family != Family::OrgBilling && !target)
                        target = &s;
            }
            if (target)
                emit subscriptionTask(*target, task);
        });
    }
    actions->addStretch();
    column->addLayout(actions);
    connect(m_picker, &CustomerPicker::chosen, this, &CustomerPane::openCustomer);
    connect(m_picker, &CustomerPicker::idTyped, this, [this](const QString &id) {
        if (!id.isEmpty() && !seesOwnOnly())
            openCustomer({id, id, {}, 0, false});
    });
    connect(
        m_picker, &CustomerPicker::answered, this, [this](const ApiResult<QList<OrgSummary>> &r, const QString &text) {
            if (r.error.isNotOffered()) {
                m_picker->lineEdit()->setPlaceholderText(tr("Organisation id"));
                setNote(Part::Subscriptions,
                    notOfferedSentence(extensionName(Extension::CustomerSearch)) + u' '
                        + tr("Type the organisation's id and press Enter."));
            } else if (!r.ok()) {
                messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
            } else if (!text.isEmpty() && r.value.isEmpty()) {
                messageBar()->show(MessageBar::Kind::Info, tr("No customer matches “%1”.").arg(text));
            } else {
                messageBar()->clearUnlessSuccess();
            }
            if (m_customer.id.isEmpty())
                emit loaded(); // the page shows what it can before a customer is chosen
        });
    return header;
}

void CustomerPane::buildParts()
{
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(messageBar());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customerParts"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    const std::tuple<Part, QString, QAbstractItemModel *> parts[] = {
        {Part::Subscriptions, tr("Subscriptions"), m_subscriptions},
        {Part::Invoices, tr("Invoices"), m_invoices},
        {Part::Payments, tr("Payments"), m_payments},
        {Part::Credits, tr("Credits"), m_ledger},
        {Part::Orders, tr("Orders"), m_orders},
        {Part::Charges, tr("Platform charges"), m_charges},
        {Part::Journal, tr("Journal"), m_journal},
    };
    for (const auto &[which, title, model] : parts) {
        PartView &p = part(which);
        p.title = title;
        p.page = new QWidget(m_tabs);
        auto *box = new QVBoxLayout(p.page);
        p.note = new QLabel(p.page);
        p.note->setWordWrap(true);
        p.note->setObjectName(QStringLiteral("partNote"));
        p.note->hide();
        p.view = newTable(model, p.page);
        p.view->setAccessibleName(title);
        p.note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        box->addWidget(p.note);
        box->addWidget(p.view, 1);
        box->addStretch(); // a part without a table says why at the top, not mid-page
        m_tabs->addTab(p.page, title);
    }
}

bool CustomerPane::seesOwnOnly() const
{
    return !policy::allows(m_session->role(), policy::Action::BrowseCustomers);
}

bool CustomerPane::isOwn() const
{
    return seesOwnOnly() || (!m_customer.id.isEmpty() && m_customer.id == m_session->identity().orgId);
}

QTableView *CustomerPane::table(Part p) const
{
    return part(p).view;
}

QString CustomerPane::note(Part p) const
{
    return part(p).note->text();
}

int CustomerPane::rows(Part p) const
{
    return part(p).view->model()->rowCount();
}

QString CustomerPane::headline() const
{
    return m_name->text();
}

QString CustomerPane::contact() const
{
    return m_contact->text();
}

QString CustomerPane::summary() const
{
    return m_summary->text();
}

QPushButton *CustomerPane::actionButton(SubscriptionTask task) const
{
    return m_taskButtons.value(int(task));
}

void CustomerPane::setNote(Part p, const QString &text)
{
    PartView &v = part(p);
    v.note->setText(text);
    v.note->setVisible(!text.isEmpty());
}

void CustomerPane::finished(Part p, int rows, const QString &whenEmpty)
{
    PartView &v = part(p);
    if (rows == 0 && v.note->text().isEmpty())
        setNote(p, whenEmpty);
    v.view->setVisible(rows > 0);
    v.view->resizeColumnsToContents();
    for (int c = 0; c < v.view->model()->columnCount(); ++c)
        v.view->setColumnWidth(c, std::min(v.view->columnWidth(c) + 16, 320));
    const int index = m_tabs->indexOf(v.page);
    m_tabs->setTabText(index, rows > 0 ? tr("%1 (%2)").arg(v.title, QLocale().toString(rows)) : v.title);
    if (p == Part::Invoices || p == Part::Subscriptions || p == Part::Credits)
        showSummary();
    if (m_pending > 0 && --m_pending == 0) {
        updateActions();
        emit customerShown();
        emit loaded();
    }
}

void CustomerPane::startPart()
{
    ++m_pending;
}

void CustomerPane::clearParts()
{
    m_subscriptions->setRecords({});
    m_invoices->setRecords({});
    m_payments->setRecords({});
    m_ledger->setRecords({});
    m_orders->setRecords({});
    m_charges->setRecords({});
    m_journal->setRecords({});
    for (PartView &v : m_parts) {
        v.note->clear();
        v.note->hide();
        v.view->hide();
        m_tabs->setTabText(m_tabs->indexOf(v.page), v.title);
    }
    m_balanceShown = false;
}

void CustomerPane::refresh()
{
    m_findRow->setVisible(!seesOwnOnly());
    updateActions();
    if (!m_session->isReady())
        return;
    if (seesOwnOnly()) {
        const json::Identity &me = m_session->identity();
        openCustomer({me.orgId, me.orgName.isEmpty() ? m_session->profile().name : me.orgName, {}, 0, false});
        return;
    }
    if (m_customer.id.isEmpty() && !m_wanted.isEmpty()) {
        findAndOpen(std::exchange(m_wanted, QString()));
        return;
    }
    if (m_customer.id.isEmpty()) {
        clearParts();
        m_name->setText(tr("Choose a customer"));
        m_contact->setText(tr("Type a name, email or organisation id under Customer to see everything about them: "
                              "subscriptions, invoices, payments, credits and the changes made for them."));
        m_summary->clear();
        if (m_session->credits() && m_session->offers(Extension::CustomerSearch))
            m_picker->search(QString());
        else
            emit loaded();
        return;
    }
    openCustomer(m_customer);
}

void CustomerPane::findAndOpen(const QString &text)
{
    if (!m_session->isReady()) {
        m_wanted = text;
        return;
    }
    if (seesOwnOnly() || text.trimmed().isEmpty()) {
        refresh();
        return;
    }
    const QString wanted = text.trimmed();
    if (!m_session->credits() || !m_session->offers(Extension::CustomerSearch)) {
        openCustomer({wanted, wanted, {}, 0, false});
        return;
    }
    m_session->credits()->organisations(wanted, this, [this, wanted](const ApiResult<QList<OrgSummary>> &r) {
        if (r.error.isNotOffered()) {
            openCustomer({wanted, wanted, {}, 0, false});
            return;
        }
        const auto exact = std::find_if(r.value.begin(), r.value.end(), [&wanted](const OrgSummary &o) {
            return o.id == wanted || o.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (exact != r.value.end())
            openCustomer(*exact);
        else if (!r.value.isEmpty())
            openCustomer(r.value.first());
        else {
            refresh();
            messageBar()->show(
                MessageBar::Kind::Info, r.ok() ? tr("No customer matches “%1”.").arg(wanted) : r.error.humanMessage());
        }
    });
}

void CustomerPane::openCustomer(const OrgSummary &customer)
{
    m_customer = customer;
    rememberCustomer(m_session, customer);
    if (!seesOwnOnly())
        m_picker->showCustomer(customer);
    const int generation = ++m_generation;
    m_pending = 0;
    clearParts();
    messageBar()->clearUnlessSuccess();
    m_name->setText(customer.name.isEmpty() ? tr("Your organisation") : customer.name);
    m_contact->setText(customer.email);
    m_summary->clear();
    if (customer.balanceKnown && !seesOwnOnly())
        m_balanceShown = true;
    showSummary();
    if (!m_session->isReady())
        return;
    // Every part counts itself in before any answers, so the page is shown once, when all have.
    m_pending = 1;
    loadSubscriptions(generation);
    loadInvoices(generation);
    loadPayments(generation);
    loadCredits(generation);
    loadOrders(generation);
    loadCharges(generation);
    loadJournal();
    finished(Part::Journal, m_journal->rowCount(), tr("No change has been made for this customer from this computer."));
    updateActions();
}

void CustomerPane::loadSubscriptions(int generation)
{
    const QString empty = tr("No subscription in any billing family.");
    if (seesOwnOnly()) {
        startPart();
        loadOwnSubscriptions(m_session, this, [this, generation, empty](const OwnSubscriptions &own) {
            if (generation != m_generation)
                return;
            m_subscriptions->setRecords(own.rows);
            QStringList notes;
            if (own.error.isError() && !own.error.isNotOffered())
                notes << own.error.humanMessage();
            if (own.creditsNotOffered)
                notes << notOfferedSentence(extensionName(Extension::CreditsSubscription));
            setNote(Part::Subscriptions, notes.join(u' '));
            finished(Part::Subscriptions, int(own.rows.size()), empty);
        });
        return;
    }
    QString why = policy::whyNot(m_session, policy::Action::ListAllSubscriptions);
    if (!policy::allows(m_session->role(), policy::Action::ListAllSubscriptions))
        why = tr("Only a Super Admin can read another organisation's subscriptions; you are signed in as %1.")
                  .arg(roleDisplayName(m_session->role()));
    if (!why.isEmpty() || !m_session->hasFamily(Family::OrgBilling)) {
        setNote(Part::Subscriptions,
            !why.isEmpty() ? why
                           : tr("This connection's billing family lists no subscriptions of other organisations."));
        return;
    }
    // Narrowed by the organisation's name where the server takes a search (q); a server of the
    // document alone lists every subscription, so the walk goes on to the end and keeps this
    // organisation's.
    SubscriptionQuery query;
    query.text = m_customer.name.isEmpty() || m_customer.name == m_customer.id ? QString() : m_customer.name;
    query.limit = 200;
    auto mine = std::make_shared<QList<Subscription>>();
    startPart();
    fetchAllPages<Subscription>(
        m_session->orgBilling()->subscriptionPages(query), this,
        [this, generation, mine](const QList<Subscription> &page) {
            if (generation != m_generation)
                return;
            for (const Subscription &s : page)
                if (s.orgId == m_customer.id || (s.orgId.isEmpty() && s.orgName == m_customer.name))
                    mine->append(s);
        },
        [this, generation, mine, empty](const PagerResult &result) {
            if (generation != m_generation)
                return;
            m_subscriptions->setRecords(*mine);
            if (!mine->isEmpty() && m_customer.name == m_customer.id && !mine->first().orgName.isEmpty()) {
                m_customer.name = mine->first().orgName; // known by id only until now
                m_name->setText(m_customer.name);
                rememberCustomer(m_session, m_customer);
            }
            // Another organisation's credits and tier subscriptions are read by that organisation.
            QString text = result.ok() ? QString() : result.error.humanMessage();
            if (result.ok() && (m_session->hasFamily(Family::Credits) || m_session->hasFamily(Family::Tier)))
                text = tr("Credits and tier subscriptions are read by the organisation itself and are not shown "
                          "here.");
            setNote(Part::Subscriptions, text);
            finished(Part::Subscriptions, int(mine->size()), empty);
        });
}

void CustomerPane::loadInvoices(int generation)
{
    const QString why = policy::whyNot(m_session, policy::Action::ReadInvoices);
    if (!why.isEmpty() || !m_session->hasFamily(Family::OrgBilling) || !m_session->offers(Extension::InvoiceList)) {
        setNote(Part::Invoices,
            !why.isEmpty() ? why
                : !m_session->hasFamily(Family::OrgBilling)
                ? tr("This connection's billing family has no invoices.")
                : notOfferedSentence(extensionName(Extension::InvoiceList)));
        return;
    }
    DateRangeQuery query;
    query.orgId = seesOwnOnly() ? QString() : m_customer.id;
    query.limit = kLatest;
    startPart();
    m_session->orgBilling()->invoices(
        query, std::nullopt, this, [this, generation](const ApiResult<PageOf<Invoice>> &r) {
            if (generation != m_generation)
                return;
            QList<Invoice> mine;
            for (const Invoice &i : r.value.items)
                if (isOwn() || i.orgId.isEmpty() || i.orgId == m_customer.id)
                    mine << i;
            std::sort(
                mine.begin(), mine.end(), [](const Invoice &a, const Invoice &b) { return a.issuedAt > b.issuedAt; });
            m_invoices->setRecords(mine);
            setNote(Part::Invoices,
                r.error.isNotOffered() ? notOfferedSentence(extensionName(Extension::InvoiceList))
                    : r.ok()           ? QString()
                                       : r.error.humanMessage());
            if (!mine.isEmpty())
                showContact(mine.first());
            finished(Part::Invoices, int(mine.size()), tr("No invoice yet."));
        });
}

void CustomerPane::showContact(const Invoice &latest)
{
    const auto show = [this](const Invoice &i) {
        QStringList lines;
        const QString email = i.buyerEmail.isEmpty() ? m_customer.email : i.buyerEmail;
        if (!email.isEmpty())
            lines << email;
        if (!i.buyerGstin.isEmpty())
            lines << tr("GSTIN %1").arg(i.buyerGstin);
        if (!i.buyerAddress.isEmpty())
            lines << QString(i.buyerAddress).replace(u'\n', QStringLiteral(", "));
        if (!lines.isEmpty())
            m_contact->setText(lines.join(QStringLiteral(" · ")));
        if (m_customer.name == m_customer.id && !i.buyerName.isEmpty()) {
            m_customer.name = i.buyerName;
            m_name->setText(i.buyerName);
            rememberCustomer(m_session, m_customer);
        }
    };
    show(latest);
    if (!latest.buyerGstin.isEmpty() || !m_session->offers(Extension::InvoiceJson))
        return;
    // A list of summaries: the newest invoice in full carries the buyer's GSTIN and address.
    m_session->orgBilling()->invoice(
        latest.id, this, [show, generation = m_generation, this](const ApiResult<Invoice> &r) {
            if (generation == m_generation && r.ok())
                show(r.value);
        });
}

void CustomerPane::loadPayments(int generation)
{
    const QString why = policy::whyNot(m_session, policy::Action::ReadPayments);
    if (!why.isEmpty() || !m_session->hasFamily(Family::OrgBilling) || !m_session->offers(Extension::PaymentList)) {
        setNote(Part::Payments,
            !why.isEmpty() ? why
                : !m_session->hasFamily(Family::OrgBilling)
                ? tr("This connection's billing family has no payment list.")
                : notOfferedSentence(extensionName(Extension::PaymentList)) + u' '
                    + tr("The Payments pane reads them from the payments export."));
        return;
    }
    DateRangeQuery query;
    query.orgId = seesOwnOnly() ? QString() : m_customer.id;
    query.limit = kLatest;
    startPart();
    m_session->orgBilling()->payments(
        query, std::nullopt, this, [this, generation](const ApiResult<PageOf<Payment>> &r) {
            if (generation != m_generation)
                return;
            QList<Payment> mine;
            for (const Payment &p : r.value.items)
                if (isOwn() || p.orgId.isEmpty() || p.orgId == m_customer.id)
                    mine << p;
            m_payments->setRecords(mine);
            setNote(Part::Payments,
                r.error.isNotOffered() ? notOfferedSentence(extensionName(Extension::PaymentList))
                    : r.ok()           ? QString()
                                       : r.error.humanMessage());
            finished(Part::Payments, int(mine.size()), tr("No payment yet."));
        });
}

void CustomerPane::loadCredits(int generation)
{
    if (!m_session->credits()) {
        setNote(Part::Credits, tr("This connection has no credits family."));
        return;
    }
    const auto show = [this, generation](const ApiResult<PageOf<CreditTransaction>> &r) {
        if (generation != m_generation)
            return;
        m_ledger->setRecords(r.value.items);
        setNote(Part::Credits, r.ok() ? QString() : r.error.humanMessage());
        if (!m_balanceShown && !r.value.items.isEmpty() && r.value.items.first().balanceKnown) {
            m_customer.balance = r.value.items.first().balanceAfter;
            m_balanceShown = true;
        }
        finished(Part::Credits, int(r.value.items.size()), tr("No credit transaction yet."));
    };
    startPart();
    if (isOwn() && seesOwnOnly()) {
        m_session->credits()->balance(this, [this, generation](const ApiResult<qint64> &r) {
            if (generation != m_generation || !r.ok())
                return;
            m_customer.balance = r.value;
            m_balanceShown = true;
            showSummary();
        });
        m_session->credits()->transactions(kLatestLedger, QString(), this, show);
        return;
    }
    if (!m_customer.balanceKnown && m_session->offers(Extension::CustomerSearch))
        m_session->credits()->organisations(
            m_customer.id, this, [this, generation](const ApiResult<QList<OrgSummary>> &r) {
                if (generation != m_generation)
                    return;
                for (const OrgSummary &o : r.value)
                    if (o.id == m_customer.id) {
                        m_customer.balance = o.balance;
                        m_customer.balanceKnown = m_balanceShown = true;
                        if (m_customer.email.isEmpty() && !o.email.isEmpty() && m_contact->text().isEmpty())
                            m_contact->setText(o.email);
                        showSummary();
                    }
            });
    m_session->credits()->allTransactions(m_customer.id, QString(), kLatestLedger, QString(), this, show);
}

void CustomerPane::loadOrders(int generation)
{
    if (!m_session->credits()) {
        setNote(Part::Orders, tr("This connection has no credits family, so no credit orders."));
        return;
    }
    if (!isOwn()) {
        setNote(Part::Orders,
            tr("Orders are read by the organisation itself; the credits document lists no other "
               "organisation's orders."));
        return;
    }
    startPart();
    m_session->credits()->orders(kLatest, QString(), this, [this, generation](const ApiResult<PageOf<CreditOrder>> &r) {
        if (generation != m_generation)
            return;
        m_orders->setRecords(r.value.items);
        setNote(Part::Orders, r.ok() ? QString() : r.error.humanMessage());
        finished(Part::Orders, int(r.value.items.size()), tr("No order yet."));
    });
}

void CustomerPane::loadCharges(int generation)
{
    if (!m_session->platformCharges()) {
        setNote(Part::Charges, tr("This connection has no platform charges."));
        return;
    }
    if (!isOwn()) {
        setNote(Part::Charges, tr("Platform charges belong to the company's own connection."));
        return;
    }
    const QString why = policy::whyNot(m_session, policy::Action::ManagePlatformCharges);
    if (!why.isEmpty()) {
        setNote(Part::Charges, why);
        return;
    }
    if (!m_session->offers(Extension::ChargeList)) {
        setNote(Part::Charges,
            notOfferedSentence(extensionName(Extension::ChargeList)) + u' '
                + tr("The Platform charges pane shows the ones this console created."));
        return;
    }
    startPart();
    m_session->platformCharges()->charges(this, [this, generation](const ApiResult<QList<PlatformCharge>> &r) {
        if (generation != m_generation)
            return;
        m_charges->setRecords(r.value);
        setNote(Part::Charges,
            r.error.isNotOffered() ? notOfferedSentence(extensionName(Extension::ChargeList)) + u' '
                    + tr("The Platform charges pane shows the ones this console created.")
                : r.ok() ? QString()
                         : r.error.humanMessage());
        finished(Part::Charges, int(r.value.size()), tr("No platform charge yet."));
    });
}

void CustomerPane::loadJournal()
{
    // Each session has its own store: follow the current one, so new entries show as they land.
    SessionStore *store = m_session->store();
    if (store != m_journalStore) {
        m_journalStore = store;
        if (store)
            connect(store, &SessionStore::journalChanged, this, &CustomerPane::loadJournal, Qt::UniqueConnection);
    }
    LocalStore *local = store ? store->local() : nullptr;
    if (!local || (m_customer.id.isEmpty() && !isOwn())) {
        m_journal->setRecords({});
        return;
    }
    // The newest entries of this profile that name the customer (the organisation's own
    // changes name none: they are about the caller's organisation).
    const qint64 length = local->journalLength();
    const QString profile = m_session->profile().name;
    QList<JournalEntry> about;
    for (const JournalEntry &e : local->journal(std::max<qint64>(1, length - kJournalWindow + 1), kJournalWindow)) {
        if (e.profile != profile)
            continue;
        const QString org = describeJournalEntry(e).customerId;
        if ((!m_customer.id.isEmpty() && org == m_customer.id) || (org.isEmpty() && isOwn()))
            about.prepend(e);
    }
    m_journal->setRecords(about);
    const PartView &v = part(Part::Journal);
    m_tabs->setTabText(m_tabs->indexOf(v.page),
        about.isEmpty() ? v.title : tr("%1 (%2)").arg(v.title, QLocale().toString(about.size())));
    v.view->setVisible(!about.isEmpty());
}

void CustomerPane::showSummary()
{
    QStringList parts;
    if (const Subscription *s = orgBillingSubscription())
        parts << tr("%1 · %2 until %3").arg(s->planName, label(s->status), shortDate(s->currentPeriodEnd));
    else
        for (const Subscription &other : m_subscriptions->records())
            parts << tr("%1 · %2").arg(other.planName, label(other.status));
    MoneyTotals due;
    int open = 0;
    for (const Invoice &i : m_invoices->records()) {
        due.add(i.amountDue);
        open += i.amountDue.isValid() && !i.amountDue.isZero() ? 1 : 0;
    }
    if (open > 0)
        parts << tr("%1 due on %n invoice(s)", nullptr, open).arg(due.toDisplayString());
    else if (!m_invoices->records().isEmpty())
        parts << tr("Nothing due");
    if (m_balanceShown)
        parts << creditsText(m_customer.balance);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

const Subscription *CustomerPane::orgBillingSubscription() const
{
    const Subscription *found = nullptr;
    for (const Subscription &s : m_subscriptions->records())
        if (s.family == Family::OrgBilling
            && (!found || (found->status != SubscriptionStatus::Active && s.status == SubscriptionStatus::Active)))
            found = &s;
    return found;
}

void CustomerPane::updateActions()
{
    const bool chosen = !m_customer.id.isEmpty() || seesOwnOnly();
    const QString adjustWhy = policy::whyNot(m_session, policy::Action::AdjustCredits);
    m_adjust->setVisible(m_session->hasFamily(Family::Credits));
    m_adjust->setEnabled(adjustWhy.isEmpty() && chosen && !m_customer.id.isEmpty());
    m_adjust->setToolTip(!adjustWhy.isEmpty() ? adjustWhy
            : m_customer.id.isEmpty()         ? tr("Choose a customer first.")
                                              : tr("Add or take credits with a reason"));

    const Subscription *s = orgBillingSubscription();
    const QString ownWhy = policy::whyNot(m_session, policy::Action::ChangeOwnSubscription);
    const bool live = s && (s->status == SubscriptionStatus::Active || s->status == SubscriptionStatus::PastDue);
    const QString none = tr("This customer has no subscription billed by invoice.");
    const auto set = [this](SubscriptionTask task, bool visible, const QString &why, const QString &tip) {
        QPushButton *b = m_taskButtons.value(int(task));
        b->setVisible(visible);
        b->setEnabled(why.isEmpty());
        b->setToolTip(why.isEmpty() ? tip : why);
    };
    const bool own = policy::allows(m_session->role(), policy::Action::HaveOwnSubscription) && isOwn();
    set(SubscriptionTask::ChangePlan, own && m_session->hasFamily(Family::OrgBilling),
        !ownWhy.isEmpty()                             ? ownWhy
            : !s                                      ? none
            : s->status != SubscriptionStatus::Active ? tr("Only an active subscription can change plan.")
                                                      : QString(),
        tr("Compare the plans and the proration before changing"));
    set(SubscriptionTask::Cancel, own && m_session->hasFamily(Family::OrgBilling),
        !ownWhy.isEmpty()          ? ownWhy
            : !s                   ? none
            : !live                ? tr("This subscription is not active.")
            : s->cancelAtPeriodEnd ? tr("Already set to cancel at the end of the period.")
                                   : QString(),
        tr("Cancel now or at the end of the period, with a reason"));
    set(SubscriptionTask::Resume, own && m_session->hasFamily(Family::OrgBilling) && s && s->cancelAtPeriodEnd,
        !ownWhy.isEmpty() ? ownWhy
            : !live       ? tr("This subscription is not active.")
                          : QString(),
        tr("Withdraw the scheduled cancellation"));
    const QString editWhy = policy::whyNot(m_session, policy::Action::PatchSubscription);
    set(SubscriptionTask::Edit, editWhy.isEmpty() && m_session->hasFamily(Family::OrgBilling), !s ? none : QString(),
        tr("Change the status, plan or period, with a reason"));
    bool portalTarget = false;
    for (const Subscription &sub : m_subscriptions->records())
        portalTarget |= sub.family != Family::OrgBilling;
    const QString purchaseWhy = policy::whyNot(m_session, policy::Action::Purchase);
    set(SubscriptionTask::Portal, own && (m_session->hasFamily(Family::Credits) || m_session->hasFamily(Family::Tier)),
        !purchaseWhy.isEmpty() ? purchaseWhy
            : !portalTarget    ? tr("No credits or tier subscription to manage.")
                               : QString(),
        tr("Payment methods, receipts and cancellation in the provider's portal"));
}

void CustomerPane::adjustCredits()
{
    if (!m_adjust->isEnabled() || !m_session->credits())
        return;
    auto *dialog = new ManualAdjustmentDialog(m_session->credits(), m_customer, this);
    connect(dialog, &ManualAdjustmentDialog::adjusted, this, [this](const CreditTransaction &t) {
        messageBar()->show(MessageBar::Kind::Success,
            t.balanceKnown ? tr("%1 credits for %2; balance now %3.")
                                 .arg((t.amount > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(t.amount),
                                     m_customer.name, QLocale().toString(t.balanceAfter))
                           : tr("%1 credits for %2.")
                                 .arg((t.amount > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(t.amount),
                                     m_customer.name));
        if (t.balanceKnown) {
            m_customer.balance = t.balanceAfter;
            m_customer.balanceKnown = true;
        }
        openCustomer(m_customer); // the new entry is the newest: read the parts again
    });
    openChange(dialog, policy::Action::AdjustCredits);
}

} // namespace bc
