#include "paymentspane.h"

#include "messagebar.h"
#include "rolepolicy.h"
#include "tablepane.h"

#include "core/session.h"
#include "core/sessionstore.h"
#include "models/itemdatarole.h"
#include "models/paymenttablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace bc {

PaymentsPane::PaymentsPane(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PaymentTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("paymentsPane"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Payment status"));
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Captured"), QStringLiteral("captured"));
    m_status->addItem(tr("Failed"), QStringLiteral("failed"));
    m_status->addItem(tr("Refunded"), QStringLiteral("refunded"));
    m_load = new QPushButton(tr("&Show"), this);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_status);
    bar->addWidget(m_load);
    bar->addStretch(1);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("paymentsView"));
    m_view->setAccessibleName(tr("Payments"));
    enableColumnChooser(m_view, m_session, QStringLiteral("payments"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PaymentTableModel::Date, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);

    connect(m_load, &QPushButton::clicked, this, &PaymentsPane::refresh);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/payments-%1-to-%2.csv")
                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export payments"), suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_session, &Session::ready, this, &PaymentsPane::refresh);
    updateActions();
}

void PaymentsPane::updateActions()
{
    const Role role = m_session->role();
    const QString readWhy = policy::whyNot(role, policy::Action::ReadPayments);
    const QString exportWhy = policy::whyNot(role, policy::Action::ExportPayments);
    m_load->setEnabled(readWhy.isEmpty());
    m_load->setToolTip(readWhy);
    m_exportButton->setEnabled(exportWhy.isEmpty() && !isExporting());
    m_exportButton->setToolTip(exportWhy.isEmpty() ? tr("Save the payments of this date range as CSV") : exportWhy);
}

void PaymentsPane::refresh()
{
    updateActions();
    if (!m_session->isReady())
        return;
    m_model->clear();
    updateTotals();
    if (!policy::allows(m_session->role(), policy::Action::ReadPayments)) {
        m_message->show(MessageBar::Kind::Info, policy::whyNot(m_session->role(), policy::Action::ReadPayments));
        return;
    }
    if (m_from->date() > m_to->date()) {
        m_message->show(MessageBar::Kind::Error,
            tr("The start date %1 is after the end date %2.")
                .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat),
                    QLocale().toString(m_to->date(), QLocale::ShortFormat)));
        return;
    }
    m_message->show(MessageBar::Kind::Info, tr("Loading payments…"));
    loadPage({}, ++m_generation);
}

void PaymentsPane::loadPage(const QString &cursor, int generation)
{
    DateRangeQuery q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.status = m_status->currentData().toString();
    q.limit = 500;
    q.after = cursor;
    m_session->orgBilling()->payments(q, this, [this, generation](const ApiResult<PageOf<Payment>> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_message->show(MessageBar::Kind::Error, r.error.humanMessage());
            return;
        }
        m_model->append(r.value.items); // rows appear as each page arrives
        updateTotals();
        if (!r.value.nextCursor.isEmpty()) {
            loadPage(r.value.nextCursor, generation);
            return;
        }
        m_message->hide();
        m_message->showFreshness(r.fetchedAt);
        m_view->resizeColumnsToContents();
        emit loaded();
    });
}

void PaymentsPane::updateTotals()
{
    // Exact sums per currency; failed payments are counted but not added.
    QMap<QString, Money> captured;
    int failed = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Payment *p = m_model->paymentAt(i);
        if (p->status == QLatin1String("failed")) {
            ++failed;
            continue;
        }
        if (p->status != QLatin1String("captured"))
            continue;
        const Money sum = captured.value(p->amount.currency(), Money::fromMinor(0, p->amount.currency()));
        captured.insert(p->amount.currency(), sum.plus(p->amount).value_or(sum));
    }
    QStringList sums;
    for (const Money &m : std::as_const(captured))
        sums << m.toDisplayString();
    m_totals->setText(tr("Payments: %1").arg(QLocale().toString(m_model->rowCount()))
        + (sums.isEmpty() ? QString() : tr(" · captured %1").arg(sums.join(QStringLiteral(" + "))))
        + (failed ? tr(" · failed: %1").arg(QLocale().toString(failed)) : QString()));
}

void PaymentsPane::exportTo(const QString &path)
{
    if (isExporting())
        return;
    m_exportFile = new QSaveFile(path, this);
    if (!m_exportFile->open(QIODevice::WriteOnly)) {
        m_message->show(MessageBar::Kind::Error, tr("Cannot write %1: %2").arg(path, m_exportFile->errorString()));
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
            QSaveFile *file = m_exportFile;
            m_exportFile = nullptr;
            const bool ok = r.ok() && file->commit();
            if (!ok)
                file->cancelWriting();
            const qint64 size = QFileInfo(path).size();
            file->deleteLater();
            if (r.error.kind == ApiError::Kind::Cancelled)
                m_message->show(MessageBar::Kind::Info, tr("Export cancelled; no file was written."));
            else if (!r.ok())
                m_message->show(MessageBar::Kind::Error, r.error.humanMessage());
            else if (!ok)
                m_message->show(MessageBar::Kind::Error, tr("Could not save %1.").arg(path));
            else
                m_message->show(MessageBar::Kind::Success,
                    tr("Exported payments to %1 (%2).").arg(path, QLocale().formattedDataSize(size)));
            if (SessionStore *store = m_session->store())
                store->journal(QStringLiteral("Export payments as CSV"),
                    QStringLiteral("%1 to %2, status %3, to %4 (%5 bytes)")
                        .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                            m_status->currentData().toString().isEmpty() ? QStringLiteral("any")
                                                                         : m_status->currentData().toString(),
                            path)
                        .arg(ok ? size : 0),
                    {},
                    r.error.kind == ApiError::Kind::Cancelled ? QStringLiteral("cancelled")
                        : ok && r.ok()                        ? QStringLiteral("exported")
                                                              : QStringLiteral("failed"));
            updateActions();
            emit exportFinished(ok, path);
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

void PaymentsPane::cancelExport()
{
    if (m_export)
        m_export->cancel();
}

} // namespace bc
