#include "reconciledialog.h"

#include "messagebar.h"

#include "core/reconciliationrun.h"
#include "core/session.h"
#include "models/dates.h"
#include "models/recordtablemodel.h"
#include "models/tone.h"
#include "models/words.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace bc {

namespace {

constexpr ReconciliationIssue kIssues[] = {ReconciliationIssue::MissingAtProvider, ReconciliationIssue::UnknownToServer,
    ReconciliationIssue::AmountDiffers, ReconciliationIssue::CurrencyDiffers, ReconciliationIssue::StatusDiffers,
    ReconciliationIssue::OutsideRange, ReconciliationIssue::SettledTwice};

struct TotalsRow
{
    QString currency;
    CurrencyTotals totals;
};

} // namespace

void ReconciliationExceptionsModel::setRun(const ReconciliationRun *run, std::optional<ReconciliationIssue> only)
{
    beginResetModel();
    m_run = run;
    m_rows.clear();
    if (run) {
        const auto &all = run->result().exceptions;
        m_rows.reserve(all.size());
        for (size_t i = 0; i < all.size(); ++i)
            if (!only || all[i].issue == *only)
                m_rows.push_back(quint32(i));
    }
    endResetModel();
}

int ReconciliationExceptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconciliationExceptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationExceptionsModel::data(const QModelIndex &index, int role) const
{
    if (!m_run || !index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const ReconciliationException &e = m_run->result().exceptions[m_rows[size_t(index.row())]];
    const ProviderReport &report = m_run->report();
    const ServerPayments &payments = m_run->payments();
    const ReportRow *r = e.reportRow >= 0 ? &report.rows[size_t(e.reportRow)] : nullptr;
    const ServerPayments::Row *p = e.serverRow >= 0 ? &payments.at(e.serverRow) : nullptr;
    if (role == Qt::TextAlignmentRole)
        return int(index.column() == OnServer || index.column() == AtProvider ? Qt::AlignRight | Qt::AlignVCenter
                                                                              : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Issue)
        return toneColour(e.issue == ReconciliationIssue::OutsideRange ? Tone::Warning : Tone::Negative);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Issue:
        return issueTitle(e.issue);
    case PaymentId:
        return exceptionPaymentId(e, report, payments);
    case Customer:
        return p ? payments.customer(*p) : tr("Not on the server");
    case OnServer:
        return p ? Money::fromMinor(p->minor, payments.currency(*p)).toDisplayString() : QString();
    case AtProvider:
        return r ? Money::fromMinor(r->gross, report.currencies.at(r->currency)).toDisplayString() : tr("Not reported");
    case Reason:
        return exceptionReason(e, report, payments);
    }
    return {};
}

QVariant ReconciliationExceptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Issue:
        return tr("Issue");
    case PaymentId:
        return tr("Provider payment");
    case Customer:
        return tr("Customer");
    case OnServer:
        return tr("On the server");
    case AtProvider:
        return tr("At the provider");
    case Reason:
        return tr("What differs");
    }
    return {};
}

ReconcileDialog::ReconcileDialog(Session *session, QDate from, QDate to, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("reconcileDialog"));
    setWindowTitle(tr("Reconcile with the provider’s report"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the settlement or balance report you downloaded from your payment provider. "
                                "Its payments are matched with the server’s payments of the same dates by the "
                                "provider’s payment id; nothing on the server changes."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerBox"));
    for (ReportProvider p : {ReportProvider::Razorpay, ReportProvider::Stripe})
        m_provider->addItem(reportName(p), int(p));
    form->addRow(tr("&Report:"), m_provider);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    m_path->setAccessibleName(tr("Report file"));
    m_path->setPlaceholderText(tr("The report’s CSV file"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto *dates = new QHBoxLayout;
    m_from = new QDateEdit(from, this);
    m_to = new QDateEdit(to, this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(tableDateFormat());
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto *datesLabel = new QLabel(tr("&Dates (UTC):"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);
    layout->addLayout(form);

    auto *runRow = new QHBoxLayout;
    m_reconcile = new QPushButton(tr("Re&concile"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcileButton"));
    m_reconcile->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reconcileProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    runRow->addWidget(m_reconcile);
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_totals = new QTableView(this);
    m_totals->setObjectName(QStringLiteral("totalsTable"));
    m_totals->verticalHeader()->hide();
    m_totals->horizontalHeader()->setStretchLastSection(true);
    m_totals->setMaximumHeight(120);
    layout->addWidget(m_totals);

    auto *onlyRow = new QHBoxLayout;
    m_only = new QComboBox(this);
    m_only->setObjectName(QStringLiteral("issueFilter"));
    m_only->setAccessibleName(tr("Show exceptions of"));
    auto *onlyLabel = new QLabel(tr("E&xceptions:"), this);
    onlyLabel->setBuddy(m_only);
    onlyRow->addWidget(onlyLabel);
    onlyRow->addWidget(m_only);
    onlyRow->addStretch(1);
    layout->addLayout(onlyRow);
    m_exceptions = new ReconciliationExceptionsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("exceptionsTable"));
    m_table->setModel(m_exceptions);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table, 1);

    // The results appear with the first run's end.
    m_results = {m_summary, m_totals, onlyLabel, m_only, m_table};
    for (QWidget *w : m_results)
        w->hide();
    layout->addStretch(0);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(tr("&Save exceptions…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveExceptions"));
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &ReconcileDialog::chooseFile);
    connect(m_reconcile, &QPushButton::clicked, this, &ReconcileDialog::start);
    connect(m_path, &QLineEdit::textChanged, this, &ReconcileDialog::updateButtons);
    connect(m_only, &QComboBox::currentIndexChanged, this, &ReconcileDialog::showExceptions);
    connect(m_save, &QPushButton::clicked, this, &ReconcileDialog::saveExceptions);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReconcileDialog::reject);
    resize(980, 640);
    updateButtons();
}

ReconcileDialog::~ReconcileDialog() = default;

void ReconcileDialog::setReport(ReportProvider provider, const QString &path)
{
    m_provider->setCurrentIndex(m_provider->findData(int(provider)));
    m_path->setText(path);
}

void ReconcileDialog::chooseFile()
{
    const QString start = m_path->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The provider’s report"), start, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ReconcileDialog::updateButtons()
{
    const bool running = m_run && m_run->isRunning();
    m_reconcile->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_save->setEnabled(!running && m_run && m_run->error().isEmpty() && !m_run->result().exceptions.empty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Stop") : tr("&Close"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_provider, m_path, m_from, m_to})
        w->setEnabled(!running);
}

void ReconcileDialog::start()
{
    if (m_run && m_run->isRunning())
        return;
    const QString path = m_path->text().trimmed();
    if (!QFileInfo(path).isReadable()) {
        m_message->show(MessageBar::Kind::Error, tr("%1 cannot be read. Choose the report’s file.").arg(path));
        return;
    }
    if (m_from->date() > m_to->date()) {
        m_message->show(MessageBar::Kind::Error,
            tr("The first day %1 is after the last day %2.").arg(shortDate(m_from->date()), shortDate(m_to->date())));
        return;
    }
    m_exceptions->setRun(nullptr, std::nullopt);
    m_totals->setModel(nullptr);
    m_summary->clear();
    delete m_run;
    m_run = new ReconciliationRun(m_session, static_cast<ReportProvider>(m_provider->currentData().toInt()), path,
        m_from->date(), m_to->date(), this);
    connect(m_run, &ReconciliationRun::progress, this, [this](const QString &what, int perMille) {
        m_message->show(MessageBar::Kind::Info, what);
        if (perMille < 0)
            m_progress->setRange(0, 0); // how many payments remain is not known
        else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(perMille);
        }
    });
    connect(m_run, &ReconciliationRun::finished, this, &ReconcileDialog::runEnded);
    m_progress->setValue(0);
    m_progress->show();
    m_run->start();
    updateButtons();
}

void ReconcileDialog::reject()
{
    if (m_run && m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QDialog::reject();
}

void ReconcileDialog::runEnded(bool ok)
{
    m_progress->hide();
    m_run->journal(m_session->store());
    if (!ok) {
        m_message->show(MessageBar::Kind::Error, m_run->error());
        updateButtons();
        emit runFinished(false);
        return;
    }
    m_message->hide();
    QString summary = m_run->summary();
    if (m_run->fromExport())
        summary += u' ' + tr("The server has no list of payments: they came from its CSV export.");
    if (m_run->report().problemCount > 0)
        summary += u' '
            + tr("%Ln rows of the report could not be read; the first: %1", nullptr, int(m_run->report().problemCount))
                  .arg(m_run->report().problems.first().message);
    m_summary->setText(summary);
    for (QWidget *w : m_results)
        w->show();
    showTotals();
    // One entry per kind found, with its count.
    QHash<ReconciliationIssue, qint64> counts;
    for (const auto &e : m_run->result().exceptions)
        ++counts[e.issue];
    const QSignalBlocker blocker(m_only);
    m_only->clear();
    m_only->addItem(tr("All (%1)").arg(QLocale().toString(qint64(m_run->result().exceptions.size()))), -1);
    for (ReconciliationIssue issue : kIssues)
        if (counts.value(issue) > 0)
            m_only->addItem(
                QStringLiteral("%1 (%2)").arg(issueTitle(issue), QLocale().toString(counts.value(issue))), int(issue));
    showExceptions();
    updateButtons();
    emit runFinished(true);
}

void ReconcileDialog::showTotals()
{
    using Col = RecordTableModel<TotalsRow>::Column;
    const QLocale locale;
    const auto money = [](qint64 CurrencyTotals::*field) {
        return [field](const TotalsRow &r) -> QVariant {
            if (r.totals.overflowed)
                return ReconcileDialog::tr("Too large to add up");
            return Money::fromMinor(r.totals.*field, r.currency).toDisplayString();
        };
    };
    constexpr Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    auto *model = new RecordTableModel<TotalsRow>(
        {
            Col{tr("Currency"), [](const TotalsRow &r) { return r.currency; }},
            Col{tr("Matched"), [locale](const TotalsRow &r) { return locale.toString(r.totals.matched); }, {}, right},
            Col{tr("Matched amount"), money(&CurrencyTotals::matchedAmount), {}, right},
            Col{tr("Fees"), money(&CurrencyTotals::fees), {}, right},
            Col{tr("Tax on fees"), money(&CurrencyTotals::tax), {}, right},
            Col{tr("Refunds"), money(&CurrencyTotals::refunds), {}, right},
            Col{tr("Net settled"), money(&CurrencyTotals::net), {}, right},
            Col{tr("Exceptions"), [locale](const TotalsRow &r) { return locale.toString(r.totals.exceptions); }, {},
                right,
                [](const TotalsRow &r) {
                    return r.totals.exceptions > 0 ? QVariant(toneColour(Tone::Negative)) : QVariant();
                }},
        },
        m_totals);
    QList<TotalsRow> rows;
    const auto &totals = m_run->result().totals;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        rows.append({it.key(), it.value()});
    model->setRecords(rows);
    QAbstractItemModel *old = m_totals->model();
    m_totals->setModel(model);
    delete old;
    m_totals->resizeColumnsToContents();
}

void ReconcileDialog::showExceptions()
{
    if (!m_run || m_run->isRunning() || !m_run->error().isEmpty())
        return;
    const int only = m_only->currentData().toInt();
    m_exceptions->setRun(m_run, only < 0 ? std::nullopt : std::optional(static_cast<ReconciliationIssue>(only)));
    for (int c : {ReconciliationExceptionsModel::Issue, ReconciliationExceptionsModel::PaymentId,
             ReconciliationExceptionsModel::Customer, ReconciliationExceptionsModel::OnServer,
             ReconciliationExceptionsModel::AtProvider})
        m_table->resizeColumnToContents(c);
}

void ReconcileDialog::saveExceptions()
{
    if (!m_run)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/reconciliation-%1-%2-to-%3.csv")
              .arg(reportProviderKey(m_run->provider()), m_run->from().toString(Qt::ISODate),
                  m_run->to().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save exceptions"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_run->writeExceptions(&file) || !file.commit()) {
        m_message->show(MessageBar::Kind::Error, tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    m_message->show(MessageBar::Kind::Success,
        tr("%Ln exceptions saved to %1.", nullptr, int(m_run->result().exceptions.size())).arg(path));
}

} // namespace bc
