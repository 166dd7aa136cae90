#include "paymentspane.h"

#include "datepresets.h"
#include "messagebar.h"
#include "reconciledialog.h"
#include "rolepolicy.h"

#include "api/pager.h"
#include "core/session.h"
#include "core/sessionstore.h"
#include "models/csv.h"
#include "models/dates.h"
#include "models/paymenttablemodel.h"
#include "models/words.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>

#include <climits>

namespace bc {

PaneInfo PaymentsPane::describe()
{
    return {QStringLiteral("payments"), tr("Payments"), Family::OrgBilling, {}};
}

PaymentsPane::PaymentsPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent),
      m_model(new PaymentTableModel(this))
{
    // The model sorts and filters its packed rows itself: a proxy over half a million rows stalls.
    setDirectModel(m_model);
    // A filter of many rows lands a few slices after it was typed: the count follows it.
    connect(m_model, &PackedRowsModel::filtered, this, &PaymentsPane::showTotals);
    // The provider's payment id is a technical detail: in the header's column menu, not shown.
    view()->setColumnHidden(PaymentTableModel::ProviderPayment, true);
    addOpenCustomerAction();
    buildRangeRow();
    view()->sortByColumn(PaymentTableModel::Date, Qt::DescendingOrder);
    connect(m_load, &QPushButton::clicked, this, &PaymentsPane::refresh);
    connect(m_reconcileButton, &QPushButton::clicked, this, &PaymentsPane::openReconcile);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/payments-%1-to-%2.csv")
                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export payments"), suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    updateActions();
}

void PaymentsPane::buildRangeRow()
{
    QHBoxLayout *bar = addControlRow();
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(tableDateFormat());
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Payment status"));
    m_status->addItem(tr("All statuses"), -1);
    for (PaymentStatus s : {PaymentStatus::Captured, PaymentStatus::Failed, PaymentStatus::Refunded})
        m_status->addItem(label(s), int(s));
    m_load = new QPushButton(tr("&Show"), this);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_reconcileButton = new QPushButton(tr("&Reconcile…"), this);
    m_reconcileButton->setObjectName(QStringLiteral("reconcileAction"));
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    // A named range sets both dates and shows them at once.
    auto *presets = new DatePresetBox(m_from, m_to, this);
    connect(presets, &QComboBox::activated, this, &PaymentsPane::refresh);
    bar->addWidget(presets);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_status);
    bar->addWidget(m_load);
    bar->addStretch(1);
    bar->addWidget(m_reconcileButton);
    bar->addWidget(m_exportButton);
}

void PaymentsPane::updateActions()
{
    const QString readWhy = policy::whyNot(m_session, policy::Action::ReadPayments);
    const QString exportWhy = policy::whyNot(m_session, policy::Action::ExportPayments);
    m_load->setEnabled(readWhy.isEmpty());
    m_load->setToolTip(readWhy);
    m_exportButton->setEnabled(exportWhy.isEmpty() && !isExporting());
    m_exportButton->setToolTip(exportWhy.isEmpty() ? tr("Save the payments of this date range as CSV") : exportWhy);
    const QString reconcileWhy = policy::whyNot(m_session, policy::Action::Reconcile);
    m_reconcileButton->setEnabled(reconcileWhy.isEmpty());
    m_reconcileButton->setToolTip(reconcileWhy.isEmpty()
            ? tr("Match the payment provider's settlement report with these payments")
            : reconcileWhy);
}

ReconcileDialog *PaymentsPane::openReconcile()
{
    auto *dialog = new ReconcileDialog(m_session, m_from->date(), m_to->date(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void PaymentsPane::refresh()
{
    updateActions();
    if (!m_session->isReady())
        return;
    m_model->clear();
    m_fromExport = false;
    m_captured = {};
    m_failed = 0;
    showTotals();
    if (!policy::allows(m_session->role(), policy::Action::ReadPayments)) {
        messageBar()->show(MessageBar::Kind::Info, policy::whyNot(m_session, policy::Action::ReadPayments));
        emit loaded();
        return;
    }
    if (m_from->date() > m_to->date()) {
        messageBar()->show(MessageBar::Kind::Error,
            tr("The start date %1 is after the end date %2.").arg(shortDate(m_from->date()), shortDate(m_to->date())));
        return;
    }
    messageBar()->show(MessageBar::Kind::Info, tr("Loading payments…"));
    const int generation = ++m_generation;
    if (!m_session->offers(Extension::PaymentList)) {
        loadFromExport(generation);
        return;
    }
    DateRangeQuery range;
    range.from = m_from->date();
    range.to = m_to->date();
    range.limit = 500; // the first rows at once
    range.laterLimit = 5000; // the rest in tenths of the round trips
    fetchAllPages<Payment>(
        m_session->orgBilling()->paymentPages(range, wantedStatus()), this,
        [this, generation](const QList<Payment> &page) {
            if (generation != m_generation)
                return;
            m_model->append(page); // rows appear as each page arrives
            addToTotals(page);
            showTotals();
        },
        [this, generation](const PagerResult &result) {
            if (generation != m_generation)
                return;
            if (result.error.isNotOffered() && result.rows == 0) {
                loadFromExport(generation); // a server of the document alone: its CSV export
                return;
            }
            finishLoad(result.error, result.staleSince);
        });
}

std::optional<PaymentStatus> PaymentsPane::wantedStatus() const
{
    const int status = m_status->currentData().toInt();
    return status < 0 ? std::nullopt : std::optional(static_cast<PaymentStatus>(status));
}

void PaymentsPane::finishLoad(const ApiError &error, const QDateTime &staleSince)
{
    if (error.isError()) {
        failLoad(error);
        return;
    }
    messageBar()->hide();
    if (m_fromExport)
        messageBar()->show(MessageBar::Kind::Info,
            tr("This server has no list of payments: these come from its CSV export, with every column it has."));
    messageBar()->showFreshness(staleSince);
    view()->resizeColumnsToContents();
    emit loaded();
}

// The document's only way to payments: the CSV export of the date range, read as it downloads.
void PaymentsPane::loadFromExport(int generation)
{
    m_fromExport = true;
    const QString exportWhy = policy::whyNot(m_session, policy::Action::ExportPayments);
    if (!exportWhy.isEmpty()) {
        messageBar()->show(MessageBar::Kind::Info,
            tr("This server lists payments only in its CSV export, which you may not download: %1").arg(exportWhy));
        emit loaded();
        return;
    }
    const std::optional<PaymentStatus> wanted = wantedStatus();
    m_session->orgBilling()->paymentsFromExport(
        m_from->date(), m_to->date(), this,
        [this, generation, wanted](const QList<Payment> &rows, const QStringList &extraColumns) {
            if (generation != m_generation)
                return;
            m_model->setExtraColumns(extraColumns);
            QList<Payment> shown;
            for (const Payment &p : rows)
                if (!wanted || p.status == *wanted) // the export takes no status: filtered here
                    shown.append(p);
            m_model->append(shown);
            addToTotals(shown);
            showTotals();
        },
        [this, generation](const ApiError &error) {
            if (generation == m_generation)
                finishLoad(error, {});
        });
}

void PaymentsPane::addToTotals(const QList<Payment> &page)
{
    // Exact sums per currency, kept as pages arrive (never a walk over every loaded row); failed
    // payments are counted but not added.
    for (const Payment &p : page) {
        if (p.status == PaymentStatus::Failed) {
            ++m_failed;
            continue;
        }
        if (p.status != PaymentStatus::Captured)
            continue;
        m_captured.add(p.amount);
    }
}

void PaymentsPane::showTotals()
{
    const QLocale locale;
    const QString shown = m_model->rowCount() == m_model->loadedRows()
        ? tr("Payments: %1").arg(locale.toString(m_model->loadedRows()))
        : tr("Payments: %1 of %2").arg(locale.toString(m_model->rowCount()), locale.toString(m_model->loadedRows()));
    setStatus(shown + (m_captured.isEmpty() ? QString() : tr(" · captured %1").arg(m_captured.toDisplayString()))
        + (m_failed ? tr(" · failed: %1").arg(locale.toString(m_failed)) : QString()));
}

void PaymentsPane::exportTo(const QString &path)
{
    if (isExporting())
        return;
    m_exportFile = new QSaveFile(path, this);
    if (!m_exportFile->open(QIODevice::WriteOnly)) {
        messageBar()->show(MessageBar::Kind::Error, tr("Cannot write %1: %2").arg(path, m_exportFile->errorString()));
        delete m_exportFile;
        m_exportFile = nullptr;
        return;
    }
    auto *progress = new QProgressDialog(tr("Exporting payments…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    m_export = m_session->orgBilling()->exportPayments(
        m_from->date(), m_to->date(), m_exportFile, this, [this, path, progress](const ApiResult<bool> &r) {
            progress->close();
            exportFinishedWith(r.error, path);
        });
    connect(m_export, &ApiCall::progress, progress, [this, progress](qint64 received, qint64 total) {
        if (total > 0) {
            progress->setMaximum(int(total / 1024));
            progress->setValue(int(received / 1024));
        }
        progress->setLabelText(tr("Exporting payments… %1").arg(QLocale().formattedDataSize(received)));
        emit exportProgress(received);
    });
    connect(progress, &QProgressDialog::canceled, this, &PaymentsPane::cancelExport);
    updateActions();
}

void PaymentsPane::exportFinishedWith(const ApiError &error, const QString &path)
{
    QSaveFile *file = m_exportFile;
    m_exportFile = nullptr;
    if (error.isError()) {
        file->cancelWriting();
        delete file;
        exportCommitted(error, path, false);
        return;
    }
    // The commit flushes, syncs and renames a file that can hold hundreds of megabytes: disk work,
    // done on a worker so the window does not freeze at the end of an export. The file leaves the
    // pane's ownership meanwhile; it is deleted here once committed.
    file->setParent(nullptr);
    m_committing = true;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file, error, path] {
        watcher->deleteLater();
        delete file;
        m_committing = false;
        exportCommitted(error, path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([file] {
        const bool ok = file->commit();
        if (!ok)
            file->cancelWriting();
        return ok;
    }));
}

void PaymentsPane::exportCommitted(const ApiError &error, const QString &path, bool ok)
{
    m_export.clear(); // the call has ended (it deletes itself later): a new export may start
    const qint64 size = QFileInfo(path).size();
    const bool cancelled = error.kind == ApiError::Kind::Cancelled;
    if (cancelled)
        messageBar()->show(MessageBar::Kind::Info, tr("Export cancelled; no file was written."));
    else if (error.isError())
        messageBar()->show(MessageBar::Kind::Error, error.humanMessage());
    else if (!ok)
        messageBar()->show(MessageBar::Kind::Error, tr("Could not save %1.").arg(path));
    else
        reportExport(path, size);
    // The journal records what was asked of the server: the export takes the date range only.
    if (SessionStore *store = m_session->store())
        store->journal(QStringLiteral("Export payments as CSV"),
            QStringLiteral("%1 to %2, to %3 (%4 bytes)")
                .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), path)
                .arg(ok ? size : 0),
            {},
            cancelled ? QStringLiteral("cancelled")
                : ok  ? QStringLiteral("exported")
                      : QStringLiteral("failed"));
    updateActions();
    emit exportFinished(ok, path);
}

// How many payments the file holds, counted on a worker thread (an export can be millions of
// rows), then said with the file and a way to open its folder.
void PaymentsPane::reportExport(const QString &path, qint64 size)
{
    messageBar()->show(MessageBar::Kind::Success,
        tr("Exported payments to %1 (%2).").arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(size)));
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, size] {
        watcher->deleteLater();
        const qint64 rows = watcher->result();
        if (rows < 0)
            return;
        const QString folder = QFileInfo(path).absolutePath();
        messageBar()->show(MessageBar::Kind::Success,
            tr("Exported %1 to %2 (%3).")
                .arg(tr("%n payment(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))), QDir::toNativeSeparators(path),
                    QLocale().formattedDataSize(size)),
            tr("Open folder"), [this, folder] {
                if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
                    messageBar()->show(MessageBar::Kind::Error,
                        tr("No file manager could be opened here; the file is in %1.")
                            .arg(QDir::toNativeSeparators(folder)));
            });
        emit exportCounted(rows);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> qint64 {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        csv::Reader reader([](const QStringList &) { return true; });
        while (!file.atEnd())
            reader.feed(file.read(1 << 20));
        reader.finish();
        return std::max<qint64>(0, reader.rows() - 1); // less the header
    }));
}

void PaymentsPane::cancelExport()
{
    if (m_export)
        m_export->cancel();
}

void PaymentsPane::applyTextFilter(const QString &text)
{
    m_model->setTextFilter(text); // showTotals() once its rows land
}

std::optional<OrgSummary> PaymentsPane::customerAt(int sourceRow) const
{
    const std::optional<Payment> p = m_model->paymentAt(sourceRow);
    if (!p || p->orgId.isEmpty())
        return std::nullopt;
    return OrgSummary{p->orgId, p->orgName.isEmpty() ? p->orgId : p->orgName, {}, 0, false};
}

} // namespace bc
