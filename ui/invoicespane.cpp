#include "invoicespane.h"

#include "datepresets.h"
#include "messagebar.h"
#include "rolepolicy.h"

#include "api/pager.h"
#include "core/session.h"
#include "core/sessionstore.h"
#include "invoice/batchrender.h"
#include "invoice/invoicerenderer.h"
#include "invoice/printqueue.h"
#include "models/dates.h"
#include "models/tone.h"
#include "models/words.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryFile>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace bc {

namespace {

QColor statusColour(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid:
        return toneColour(Tone::Positive);
    case InvoiceStatus::Issued:
    case InvoiceStatus::PartiallyPaid:
        return toneColour(Tone::Warning);
    default:
        return toneColour(Tone::Muted);
    }
}

// Fetches invoices one after another, then hands each to `each`; progress and cancel included.
// Keeps at most one invoice in memory, so a month of invoices stays flat.
class InvoiceBatch : public QObject
{
public:
    InvoiceBatch(OrgBillingConnector *connector, QStringList ids, QProgressDialog *progress,
        std::function<bool(const Invoice &)> each, std::function<void(int, bool, const QString &)> done,
        QObject *parent)
        : QObject(parent), m_connector(connector), m_ids(std::move(ids)), m_progress(progress), m_each(std::move(each)),
          m_done(std::move(done))
    {
        m_progress->setMaximum(int(m_ids.size()));
        connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancelled = true; });
        next();
    }

private:
    void next()
    {
        if (m_cancelled || m_index >= m_ids.size()) {
            m_done(m_written, m_cancelled, {});
            deleteLater();
            return;
        }
        m_progress->setValue(int(m_index));
        m_progress->setLabelText(
            QCoreApplication::translate("InvoicesPane", "Invoice %1 of %2…").arg(m_index + 1).arg(m_ids.size()));
        m_connector->invoice(m_ids.at(m_index), this, [this](const ApiResult<Invoice> &r) {
            if (!r.ok()) {
                m_done(m_written, false, r.error.humanMessage());
                deleteLater();
                return;
            }
            if (!m_each(r.value)) {
                m_done(m_written, false,
                    QCoreApplication::translate("InvoicesPane", "Could not write invoice %1.").arg(r.value.number));
                deleteLater();
                return;
            }
            ++m_written;
            ++m_index;
            next();
        });
    }

    OrgBillingConnector *m_connector;
    QStringList m_ids;
    QProgressDialog *m_progress;
    std::function<bool(const Invoice &)> m_each;
    std::function<void(int, bool, const QString &)> m_done;
    qsizetype m_index = 0;
    int m_written = 0;
    bool m_cancelled = false;
};

} // namespace

PaneInfo InvoicesPane::describe()
{
    return {QStringLiteral("invoices"), tr("Invoices"), Family::OrgBilling, policy::Action::ReadInvoices};
}

InvoicesPane::InvoicesPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent)
{
    const QLocale locale;
    using Col = RecordTableModel<Invoice>::Column;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_model = new RecordTableModel<Invoice>(
        {Col{tr("Number"), [](const Invoice &i) { return i.number; }},
            Col{tr("Issued"), [locale](const Invoice &i) { return shortDate(i.issuedAt, locale); },
                [](const Invoice &i) { return i.issuedAt.toSecsSinceEpoch(); }},
            Col{tr("Organisation"), [](const Invoice &i) { return i.buyerName; }},
            Col{tr("Status"), [](const Invoice &i) { return InvoiceRenderer::statusText(i.status); }, {},
                Qt::AlignLeft | Qt::AlignVCenter, [](const Invoice &i) { return statusColour(i.status); }},
            Col{tr("Total"), [locale](const Invoice &i) { return i.total.toDisplayString(locale); },
                [](const Invoice &i) { return i.total.minorUnits(); }, right},
            Col{tr("Due"), [locale](const Invoice &i) { return i.amountDue.toDisplayString(locale); },
                [](const Invoice &i) { return i.amountDue.minorUnits(); }, right}},
        this);
    setSourceModel(m_model);
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view()->sortByColumn(1, Qt::DescendingOrder);

    QHBoxLayout *range = addControlRow();
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(tableDateFormat());
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Invoice status"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("Paid"), int(InvoiceStatus::Paid));
    m_status->addItem(tr("Issued (unpaid)"), int(InvoiceStatus::Issued));
    range->addWidget(new DatePresetBox(m_from, m_to, this));
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("To"), this));
    range->addWidget(m_to);
    range->addWidget(m_status);
    range->addStretch();

    addRefreshAction();
    addOpenCustomerAction();
    m_openPdf = toolBar()->addAction(tr("Open PDF"), this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            openServerPdf(ids.first());
    });
    m_preview = toolBar()->addAction(tr("Preview"), this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            previewInvoice(ids.first());
    });
    m_preview->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_save = toolBar()->addAction(tr("Save each as PDF…"), this, [this] {
        const QStringList ids = selectedIds();
        if (ids.isEmpty())
            return;
        if (ids.size() == 1) {
            const QString path = QFileDialog::getSaveFileName(this, tr("Save invoice"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("PDF files (*.pdf)"));
            if (!path.isEmpty())
                exportInvoices(ids, {}, path);
            return;
        }
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Save %n invoices to", nullptr, int(ids.size())));
        if (!dir.isEmpty())
            exportInvoices(ids, dir);
    });
    m_save->setShortcut(QKeySequence::Save);
    // The month-end file: the selection, or every invoice shown for the dates, in one PDF.
    m_saveMerged = toolBar()->addAction(tr("Save as one PDF…"), this, [this] {
        const QStringList ids = selectedIds().isEmpty() ? shownIds() : selectedIds();
        if (ids.isEmpty())
            return;
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/invoices-%1-to-%2.pdf")
                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save %n invoice(s) as one PDF", nullptr, int(ids.size())), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportInvoices(ids, {}, path);
    });
    m_saveMerged->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    m_email = toolBar()->addAction(tr("Email to customer…"), this, [this] { emailInvoices(selectedIds()); });
    m_print = toolBar()->addAction(tr("Print…"), this, [this] {
        const QStringList ids = selectedIds();
        if (ids.isEmpty())
            return;
        auto *printer = new QPrinter(QPrinter::HighResolution);
        restorePrinter(printer);
        QPrintDialog dialog(printer, this);
        if (dialog.exec() == QDialog::Accepted) {
            rememberPrinter(printer);
            printInvoices(ids, printer);
        } else {
            delete printer;
        }
    });
    m_print->setShortcut(QKeySequence::Print);
    QAction *logoAction = toolBar()->addAction(tr("Invoice logo…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Logo for invoices rendered here"), {}, tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            setInvoiceLogo(path);
    });
    logoAction->setToolTip(
        tr("The seller's logo printed on invoices rendered, previewed and printed here (kept per profile)"));
    for (QAction *a : {m_openPdf, m_preview, m_save, m_saveMerged, m_print}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &InvoicesPane::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoicesPane::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesPane::refresh);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvoicesPane::updateActions);
    connect(m_session, &Session::offersChanged, this, &InvoicesPane::updateActions);
    connect(view(), &QTableView::doubleClicked, this, [this] {
        if (m_openPdf->isEnabled())
            m_openPdf->trigger(); // the invoice itself is the detail
    });
    updateActions();
}

QStringList InvoicesPane::selectedIds() const
{
    QStringList ids;
    for (int row : selectedSourceRows())
        ids << m_model->at(row)->id;
    return ids;
}

QStringList InvoicesPane::shownIds() const
{
    QStringList ids;
    for (int r = 0; r < proxy()->rowCount(); ++r)
        ids << m_model->at(proxy()->mapToSource(proxy()->index(r, 0)).row())->id;
    return ids;
}

void InvoicesPane::updateActions()
{
    const QString pdfWhy = policy::whyNot(m_session, policy::Action::ExportPayments);
    const bool any = !selectedIds().isEmpty();
    m_openPdf->setEnabled(pdfWhy.isEmpty() && any);
    m_openPdf->setToolTip(!pdfWhy.isEmpty() ? pdfWhy : tr("Open the server's PDF of the selected invoice"));
    // Rendering here needs the invoice as data, which a server may not offer (only its PDF).
    const QString dataWhy = m_session->offers(Extension::InvoiceJson)
        ? QString()
        : notOfferedSentence(extensionName(Extension::InvoiceJson)) + u' ' + tr("Open PDF shows the server's own.");
    m_preview->setEnabled(any && dataWhy.isEmpty());
    m_preview->setToolTip(
        dataWhy.isEmpty() ? tr("Show the selected invoice as it will print (Ctrl+Shift+P)") : dataWhy);
    m_save->setEnabled(any && (dataWhy.isEmpty() || pdfWhy.isEmpty()));
    m_save->setToolTip(dataWhy.isEmpty() ? tr("Render the selected invoices here and save them as PDF (Ctrl+S)")
            : pdfWhy.isEmpty()           ? tr("Save the server's PDFs of the selected invoices (Ctrl+S)")
                                         : dataWhy);
    m_print->setEnabled(any && dataWhy.isEmpty());
    m_print->setToolTip(dataWhy.isEmpty() ? tr("Print the selected invoices (Ctrl+P)") : dataWhy);
    // One merged file is rendered here: it needs the invoices as data.
    const bool anyShown = proxy()->rowCount() > 0;
    m_saveMerged->setEnabled(anyShown && dataWhy.isEmpty());
    m_saveMerged->setToolTip(!dataWhy.isEmpty()
            ? notOfferedSentence(extensionName(Extension::InvoiceJson)) + u' '
                + tr("Its PDFs come one file per invoice: use Save each as PDF.")
            : tr("The selected invoices, or every invoice shown when none is selected, in one PDF (Ctrl+Shift+S)"));
    const QString mailWhy = any ? emailBlocker(selectedIds()) : tr("Select the invoices to send.");
    m_email->setEnabled(mailWhy.isEmpty() && (dataWhy.isEmpty() || pdfWhy.isEmpty()));
    m_email->setToolTip(!mailWhy.isEmpty()            ? mailWhy
            : !dataWhy.isEmpty() && !pdfWhy.isEmpty() ? dataWhy
                                                      : tr("Open your mail program with the PDF attached and the "
                                                           "customer's address filled in"));
    showOutstanding();
}

void InvoicesPane::refresh()
{
    if (!m_session->isReady())
        return;
    m_model->setRecords({});
    messageBar()->show(MessageBar::Kind::Info, tr("Loading invoices…"));
    updateActions();
    const int generation = ++m_generation;
    m_fromExport = false;
    if (!m_session->offers(Extension::InvoiceList)) {
        loadFromExport(generation);
        return;
    }
    DateRangeQuery range;
    range.from = m_from->date();
    range.to = m_to->date();
    range.limit = 500;
    const int status = m_status->currentData().toInt();
    const std::optional<InvoiceStatus> wanted =
        status < 0 ? std::nullopt : std::optional(static_cast<InvoiceStatus>(status));
    fetchAllPages<Invoice>(
        m_session->orgBilling()->invoicePages(range, wanted), this,
        [this, generation](const QList<Invoice> &page) {
            if (generation == m_generation)
                m_model->append(page);
        },
        [this, generation](const PagerResult &result) {
            if (generation != m_generation)
                return;
            if (result.error.isNotOffered() && result.rows == 0)
                loadFromExport(generation); // a server of the document alone
            else
                finishLoad(result.error, result.staleSince);
        });
}

void InvoicesPane::finishLoad(const ApiError &error, const QDateTime &staleSince)
{
    if (error.isError()) {
        failLoad(error);
        return;
    }
    messageBar()->hide();
    if (m_fromExport)
        messageBar()->show(MessageBar::Kind::Info,
            m_model->rowCount() || !m_exportNamesNoInvoices
                ? tr("This server has no list of invoices: these are the invoices its payments export names, with "
                     "what was paid. Open PDF shows the server's own invoice.")
                : tr("This server has no list of invoices, and its payments export names none: there is nothing to "
                     "list here."));
    messageBar()->showFreshness(staleSince);
    view()->resizeColumnsToContents();
    showOutstanding();
    updateActions();
    emit loaded();
}

// The document lists no invoices; its payments export may name the invoice each payment paid.
void InvoicesPane::loadFromExport(int generation)
{
    m_fromExport = true;
    m_exportNamesNoInvoices = true;
    const QString exportWhy = policy::whyNot(m_session, policy::Action::ExportPayments);
    if (!exportWhy.isEmpty()) {
        messageBar()->show(MessageBar::Kind::Info,
            tr("This server has no list of invoices; they could be found in its payments export, which you may not "
               "download: %1")
                .arg(exportWhy));
        emit loaded();
        return;
    }
    if (m_status->currentData().toInt() == int(InvoiceStatus::Issued)) {
        messageBar()->show(MessageBar::Kind::Info,
            tr("This server has no list of invoices: its payments export names only invoices that were paid."));
        emit loaded();
        return;
    }
    auto seen = std::make_shared<QSet<QString>>();
    m_session->orgBilling()->paymentsFromExport(
        m_from->date(), m_to->date(), this,
        [this, generation, seen](const QList<Payment> &rows, const QStringList &) {
            if (generation != m_generation)
                return;
            QList<Invoice> page;
            for (const Payment &p : rows) {
                const QString id = p.invoiceId.isEmpty() ? p.invoiceNumber : p.invoiceId;
                if (id.isEmpty())
                    continue;
                m_exportNamesNoInvoices = false;
                if (p.status != PaymentStatus::Captured || seen->contains(id))
                    continue;
                seen->insert(id);
                Invoice inv;
                inv.id = id;
                inv.number = p.invoiceNumber.isEmpty() ? id : p.invoiceNumber;
                inv.orgId = p.orgId;
                inv.buyerName = p.orgName;
                inv.status = InvoiceStatus::Paid;
                inv.currency = p.amount.currency();
                inv.issuedAt = p.createdAt;
                inv.total = p.amount;
                inv.amountPaid = p.amount;
                inv.amountDue = Money::fromMinor(0, inv.currency);
                page.append(inv);
            }
            m_model->append(page);
        },
        [this, generation](const ApiError &error) {
            if (generation == m_generation)
                finishLoad(error, {});
        });
}

void InvoicesPane::showOutstanding()
{
    MoneyTotals due;
    for (const Invoice &i : m_model->records())
        due.add(i.amountDue);
    bool anyDue = due.overflowed();
    for (const Money &m : due.sums())
        anyDue |= !m.isZero();
    QString text = tr("Invoices: %1").arg(QLocale().toString(m_model->rowCount()))
        + (anyDue ? tr(" · outstanding %1").arg(due.toDisplayString()) : QString());
    // What a batch action would take: the selection's count and total.
    const QList<int> rows = selectedSourceRows();
    if (!rows.isEmpty()) {
        MoneyTotals selected;
        for (int row : rows)
            selected.add(m_model->at(row)->total);
        text += tr(" · %n selected, %1", nullptr, int(rows.size())).arg(selected.toDisplayString());
    }
    setStatus(text);
}

InvoiceRenderOptions InvoicesPane::renderOptions() const
{
    // The document keeps the seller's formatting (the same as the server's PDF); the paper is
    // the user's: Letter in the US and Canada, A4 elsewhere.
    InvoiceRenderOptions options;
    options.pageSize = InvoiceRenderOptions::pageSizeFor(QLocale());
    const QString logo = QSettings().value(logoKey()).toString();
    if (!logo.isEmpty())
        options.logo.load(logo);
    return options;
}

QString InvoicesPane::logoKey() const
{
    return QStringLiteral("invoices/%1/logo")
        .arg(QString::fromLatin1(m_session->profile().name.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

bool InvoicesPane::setInvoiceLogo(const QString &path)
{
    if (path.isEmpty()) {
        QSettings().remove(logoKey());
        messageBar()->show(MessageBar::Kind::Info, tr("Invoices rendered here no longer carry a logo."));
        return true;
    }
    if (QImage(path).isNull()) {
        messageBar()->show(MessageBar::Kind::Error,
            tr("%1 is not a PNG or JPEG image this console can read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QSettings().setValue(logoKey(), path);
    messageBar()->show(
        MessageBar::Kind::Success, tr("Invoices rendered here now carry the logo %1.").arg(QFileInfo(path).fileName()));
    return true;
}

void InvoicesPane::previewInvoice(const QString &id)
{
    messageBar()->show(MessageBar::Kind::Info, tr("Preparing the preview…"));
    m_session->orgBilling()->invoice(id, this, [this](const ApiResult<Invoice> &r) {
        if (!r.ok()) {
            messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
            return;
        }
        messageBar()->hide();
        auto *printer = new QPrinter(QPrinter::HighResolution);
        printer->setPageSize(renderOptions().pageSize);
        printer->setPageMargins({});
        printer->setDocName(InvoiceRenderer::documentTitle(r.value) + u' ' + r.value.number);
        auto *dialog = new QPrintPreviewDialog(printer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Invoice %1").arg(r.value.number));
        connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
        const Invoice invoice = r.value;
        connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [invoice, options = renderOptions()](QPrinter *target) {
                QPainter painter(target);
                InvoiceRenderer(options).paint(invoice, painter, *target);
            });
        dialog->resize(900, 1000);
        dialog->open();
        emit previewOpened(dialog);
    });
}

QString InvoicesPane::scratchDirectory()
{
    if (!m_scratch)
        m_scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/billing-console-XXXXXX"));
    return m_scratch->path();
}

QString InvoicesPane::emailBlocker(const QStringList &ids) const
{
    QSet<QString> buyers;
    for (const Invoice &i : m_model->records())
        if (ids.contains(i.id))
            buyers.insert(i.orgId.isEmpty() ? i.buyerName : i.orgId);
    if (buyers.size() > 1)
        return tr("The selected invoices are for different customers; send each customer theirs.");
    return {};
}

void InvoicesPane::emailInvoices(const QStringList &ids)
{
    const auto refuse = [this](const QString &why) {
        messageBar()->show(MessageBar::Kind::Error, why);
        emit emailFailed(why);
    };
    const QString blocker = ids.isEmpty() ? tr("Select the invoices to send.") : emailBlocker(ids);
    if (!blocker.isEmpty())
        return refuse(blocker);
    const QString program = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (program.isEmpty())
        return refuse(tr("No mail program can be started from here: xdg-email (Debian package xdg-utils) is not "
                         "installed. Save the invoice as PDF and attach it in your mail program."));
    QString address;
    QString buyer;
    QStringList numbers;
    for (const Invoice &i : m_model->records())
        if (ids.contains(i.id)) {
            address = address.isEmpty() ? i.buyerEmail : address;
            buyer = buyer.isEmpty() ? i.buyerName : buyer;
            numbers << (i.number.isEmpty() ? i.id : i.number);
        }
    // The buyer's address as the server sent it, only when it is one: never an option for xdg-email.
    static const QRegularExpression mailbox(QStringLiteral("^[^\\s@-][^\\s@]*@[^\\s@]+$"));
    if (!mailbox.match(address).hasMatch())
        address.clear();
    const QString dir = QStringLiteral("%1/mail-%2").arg(scratchDirectory()).arg(++m_mailRuns);
    if (!QDir().mkpath(dir))
        return refuse(tr("Cannot create a folder for the PDFs in %1.").arg(scratchDirectory()));
    connect(
        this, &InvoicesPane::exportFinished, this,
        [this, dir, program, address, buyer, numbers, refuse, wanted = int(ids.size())](int written, bool cancelled) {
            if (cancelled || written < wanted)
                return; // the strip already says what stopped it
            QStringList arguments{QStringLiteral("--utf8"), QStringLiteral("--subject"),
                numbers.size() == 1 ? tr("Invoice %1").arg(numbers.first())
                                    : tr("Invoices %1").arg(numbers.join(QStringLiteral(", "))),
                QStringLiteral("--body"),
                tr("Dear %1,\n\nplease find attached %n invoice(s): %2.\n", nullptr, int(numbers.size()))
                    .arg(buyer.isEmpty() ? tr("customer") : buyer, numbers.join(QStringLiteral(", ")))};
            const QFileInfoList pdfs = QDir(dir).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
            for (const QFileInfo &pdf : pdfs)
                arguments << QStringLiteral("--attach") << pdf.absoluteFilePath();
            if (!address.isEmpty())
                arguments << address;
            auto *mail = new QProcess(this);
            connect(mail, &QProcess::errorOccurred, this, [mail, refuse, program](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart) {
                    refuse(tr("The mail program could not be started (%1): %2").arg(program, mail->errorString()));
                    mail->deleteLater();
                }
            });
            connect(mail, &QProcess::finished, this,
                [this, mail, refuse, program, arguments, address, count = int(pdfs.size())](int code) {
                    mail->deleteLater();
                    // xdg-email: 0 the composer opened; 3 no mail program was found; others failed.
                    if (code == 0) {
                        messageBar()->show(MessageBar::Kind::Success,
                            address.isEmpty()
                                ? tr("Your mail program has a new message with %n invoice(s) attached; the invoice "
                                     "has no email address, so fill in the recipient.",
                                    nullptr, count)
                                : tr("Your mail program has a new message to %1 with %n invoice(s) attached.", nullptr,
                                    count)
                                      .arg(address));
                        emit emailStarted(program, arguments);
                        return;
                    }
                    const QString said = QString::fromLocal8Bit(mail->readAllStandardError()).trimmed();
                    refuse(code == 3 ? tr("No mail program is set up on this computer, so the message could not be "
                                          "opened. Save the invoice as PDF and attach it in your mail program.")
                                     : tr("The mail program did not open the message: %1")
                                           .arg(said.isEmpty() ? tr("exit code %1").arg(code) : said));
                });
            mail->start(program, arguments);
        },
        Qt::SingleShotConnection);
    exportInvoices(ids, dir);
}

void InvoicesPane::openServerPdf(const QString &id)
{
    auto *file = new QTemporaryFile(scratchDirectory() + QStringLiteral("/invoice-XXXXXX.pdf"), this);
    file->setAutoRemove(false); // it outlives the download; the scratch folder goes at exit
    if (!file->open()) {
        messageBar()->show(MessageBar::Kind::Error, tr("Cannot create a temporary file: %1").arg(file->errorString()));
        return;
    }
    m_session->orgBilling()->invoicePdf(id, file, this, [this, file](const ApiResult<bool> &r) {
        file->close();
        const QString path = file->fileName();
        file->deleteLater();
        if (!r.ok()) {
            QFile::remove(path);
            messageBar()->show(MessageBar::Kind::Error, r.error.humanMessage());
            return;
        }
        emit serverPdfSaved(path);
        if (!qEnvironmentVariableIsSet("BC_NO_EXTERNAL_VIEWER")
            && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            messageBar()->show(MessageBar::Kind::Error,
                tr("No program to show PDFs is installed here (for example Evince or Okular, or a web browser). "
                   "Use Save each as PDF to keep the invoice."));
    });
}

void InvoicesPane::saveServerPdfs(const QStringList &ids, const QString &directory, const QString &single)
{
    if (!single.isEmpty() && ids.size() > 1) {
        messageBar()->show(MessageBar::Kind::Error,
            tr("This server gives invoices only as their own PDF files, which cannot be merged into one here; "
               "save them to a folder instead."));
        emit exportFinished(0, false);
        return;
    }
    auto *progress = new QProgressDialog(tr("Downloading invoices…"), tr("Cancel"), 0, int(ids.size()), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(400);
    struct Run
    {
        QStringList ids;
        int next = 0;
        int written = 0;
        QSet<QString> taken;
        QPointer<ApiCall> call;
    };
    auto run = std::make_shared<Run>();
    run->ids = ids;
    auto finish = [this, progress, run, directory, single](const QString &error, bool cancelled) {
        progress->close();
        if (SessionStore *store = m_session->store())
            store->journal(QStringLiteral("Save invoices as PDF"),
                QStringLiteral("%1 of %2 server PDFs (%3) to %4")
                    .arg(run->written)
                    .arg(run->ids.size())
                    .arg(run->ids.join(QStringLiteral(", ")), single.isEmpty() ? directory : single),
                {},
                !error.isEmpty() ? QStringLiteral("failed")
                    : cancelled  ? QStringLiteral("stopped")
                                 : QStringLiteral("saved"));
        if (!error.isEmpty())
            messageBar()->show(MessageBar::Kind::Error, error);
        else if (cancelled)
            messageBar()->show(MessageBar::Kind::Info, tr("Stopped after %n invoice(s).", nullptr, run->written));
        else
            messageBar()->show(MessageBar::Kind::Success, tr("Saved %n invoice(s).", nullptr, run->written));
        emit exportFinished(run->written, cancelled);
    };
    auto step = std::make_shared<std::function<void()>>();
    // The step holds itself only weakly; the download in flight keeps it alive.
    *step = [this, progress, run, directory, single, finish, weak = std::weak_ptr(step)] {
        if (progress->wasCanceled()) {
            finish({}, true);
            return;
        }
        if (run->next >= run->ids.size()) {
            finish({}, false);
            return;
        }
        const QString id = run->ids.at(run->next++);
        Invoice named;
        named.id = id;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->at(r)->id == id)
                named = *m_model->at(r);
        const QString path =
            single.isEmpty() ? QDir(directory).filePath(InvoiceBatchRenderer::fileNameFor(named, &run->taken)) : single;
        auto *file = new QFile(path, this);
        if (!file->open(QIODevice::WriteOnly)) {
            finish(tr("Cannot write %1: %2").arg(path, file->errorString()), false);
            delete file;
            return;
        }
        run->call = m_session->orgBilling()->invoicePdf(
            id, file, this, [run, file, progress, finish, step = weak.lock()](const ApiResult<bool> &r) {
                file->close();
                file->deleteLater();
                if (!r.ok()) {
                    file->remove();
                    const bool stopped = r.error.kind == ApiError::Kind::Cancelled;
                    finish(stopped ? QString() : r.error.humanMessage(), stopped);
                    return;
                }
                progress->setValue(++run->written);
                (*step)();
            });
    };
    connect(progress, &QProgressDialog::canceled, this, [run] {
        if (run->call)
            run->call->cancel();
    });
    (*step)();
}

void InvoicesPane::exportInvoices(const QStringList &ids, const QString &directory, const QString &merged)
{
    if (!m_session->offers(Extension::InvoiceJson)) {
        saveServerPdfs(ids, directory, merged);
        return;
    }
    auto *progress = new QProgressDialog(tr("Rendering invoices…"), tr("Cancel"), 0, int(ids.size()), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(400);
    const InvoiceBatchRenderer files(renderOptions());
    // One merged PDF streams invoice by invoice into one writer; one file per invoice otherwise.
    auto mergedPdf = std::make_shared<MergedInvoicePdf>(renderOptions());
    if (!merged.isEmpty()) {
        QString why;
        if (!mergedPdf->open(merged, &why)) {
            messageBar()->show(MessageBar::Kind::Error, why);
            progress->close();
            return;
        }
    }
    new InvoiceBatch(
        m_session->orgBilling(), ids, progress,
        [files, directory, merged, mergedPdf, taken = std::make_shared<QSet<QString>>()](const Invoice &inv) {
            if (!merged.isEmpty()) {
                mergedPdf->add(inv);
                return true;
            }
            QString ignored; // InvoiceBatch reports which invoice could not be written
            return files.renderFile(inv, directory, taken.get(), &ignored);
        },
        [this, progress, mergedPdf, merged, ids, directory](int written, bool cancelled, QString error) {
            progress->close();
            if (written == 0 && !error.isEmpty() && !m_session->offers(Extension::InvoiceJson)) {
                // The first fetch taught the session this server has no invoice data.
                if (!merged.isEmpty())
                    mergedPdf->cancel();
                saveServerPdfs(ids, directory, merged);
                return;
            }
            if (SessionStore *store = m_session->store())
                store->journal(QStringLiteral("Save invoices as PDF"),
                    QStringLiteral("%1 of %2 invoices (%3) to %4")
                        .arg(written)
                        .arg(ids.size())
                        .arg(ids.join(QStringLiteral(", ")), merged.isEmpty() ? directory : merged),
                    {},
                    !error.isEmpty() ? QStringLiteral("failed")
                        : cancelled  ? QStringLiteral("stopped")
                                     : QStringLiteral("saved"));
            if (!merged.isEmpty()) {
                if (cancelled || !error.isEmpty())
                    mergedPdf->cancel();
                else
                    mergedPdf->commit(&error);
            }
            if (!error.isEmpty())
                messageBar()->show(MessageBar::Kind::Error, error);
            else if (cancelled)
                messageBar()->show(MessageBar::Kind::Info, tr("Stopped after %n invoice(s).", nullptr, written));
            else if (!merged.isEmpty())
                messageBar()->show(MessageBar::Kind::Success,
                    tr("Saved %n invoice(s) in one PDF: %1", nullptr, written).arg(QDir::toNativeSeparators(merged)));
            else
                messageBar()->show(MessageBar::Kind::Success,
                    tr("Saved %n invoice(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(directory)));
            emit exportFinished(written, cancelled);
        },
        this);
}

void InvoicesPane::printInvoices(const QStringList &ids, QPrinter *printer)
{
    std::unique_ptr<QPrinter> owned(printer);
    // Print to File is the merged PDF, and says it saved rather than printed.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        exportInvoices(ids, {}, printer->outputFileName());
        return;
    }
    const auto finish = [this](bool ok, const QString &text) {
        messageBar()->show(ok ? MessageBar::Kind::Success : MessageBar::Kind::Error, text);
        emit printFinished(ok, text);
    };
    if (lpProgram().isEmpty())
        return finish(false, lpMissing());
    // One PDF of every invoice, on the printer's paper, handed to its queue as one job.
    PrintSubmission job;
    job.queue = printer->printerName();
    job.copies = printer->copyCount();
    job.twoSided = printer->duplex() != QPrinter::DuplexNone;
    job.title = tr("%n invoice(s)", nullptr, int(ids.size()));
    job.file = QStringLiteral("%1/print-%2.pdf").arg(scratchDirectory()).arg(++m_printRuns);
    InvoiceRenderOptions options = renderOptions();
    options.pageSize = printer->pageLayout().pageSize();
    auto pdf = std::make_shared<MergedInvoicePdf>(options);
    QString why;
    if (!pdf->open(job.file, &why))
        return finish(false, why);
    auto *progress = new QProgressDialog(
        tr("Preparing the invoices for %1…").arg(job.queue), tr("Cancel"), 0, int(ids.size()), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(400);
    const auto journal = [this, ids, job](int written, const QString &outcome) {
        if (SessionStore *store = m_session->store())
            store->journal(QStringLiteral("Print invoices"),
                QStringLiteral("%1 of %2 invoices (%3) to %4")
                    .arg(written)
                    .arg(ids.size())
                    .arg(ids.join(QStringLiteral(", ")), job.queue),
                {}, outcome);
    };
    new InvoiceBatch(
        m_session->orgBilling(), ids, progress,
        [pdf](const Invoice &inv) {
            pdf->add(inv);
            return true;
        },
        [this, progress, pdf, job, finish, journal](int written, bool cancelled, QString error) {
            progress->close();
            if (cancelled || !error.isEmpty() || !pdf->commit(&error)) {
                pdf->cancel();
                journal(written, cancelled ? QStringLiteral("stopped") : QStringLiteral("failed"));
                return finish(
                    false, cancelled ? tr("Printing stopped before anything was sent to %1.").arg(job.queue) : error);
            }
            auto *lp = new QProcess(this);
            connect(lp, &QProcess::finished, this, [lp, job, written, finish, journal](int code) {
                lp->deleteLater();
                const PrintOutcome sent = lpOutcome(code, lp->readAllStandardOutput(), lp->readAllStandardError());
                QFile::remove(job.file); // lp has handed it to the queue
                journal(written, sent.ok ? QStringLiteral("printed") : QStringLiteral("refused"));
                if (sent.ok)
                    return finish(
                        true, tr("Sent %n invoice(s) to %1 as job %2.", nullptr, written).arg(job.queue, sent.jobId));
                // The queue's own words, and its administrator's reason when lpstat knows one.
                auto *status = new QProcess(lp->parent());
                const auto refused = [job, finish, sent](const QString &reason) {
                    finish(false, tr("The printer %1 refused the job: %2").arg(job.queue, refusalText(sent, reason)));
                };
                connect(status, &QProcess::finished, status, [status, refused] {
                    status->deleteLater();
                    refused(refusalReason(status->readAllStandardOutput()));
                });
                connect(status, &QProcess::errorOccurred, status, [status, refused](QProcess::ProcessError e) {
                    if (e == QProcess::FailedToStart) {
                        status->deleteLater();
                        refused({});
                    }
                });
                status->start(QStringLiteral("lpstat"), refusalReasonArguments(job.queue));
            });
            connect(lp, &QProcess::errorOccurred, this, [lp, finish](QProcess::ProcessError e) {
                if (e == QProcess::FailedToStart) {
                    lp->deleteLater();
                    finish(false, lpMissing());
                }
            });
            lp->start(lpProgram(), lpArguments(job));
        },
        this);
}

// The printer and paper chosen last on this profile, offered first the next time.
void InvoicesPane::restorePrinter(QPrinter *printer) const
{
    QSettings settings;
    settings.beginGroup(printerKey());
    const QString name = settings.value(QStringLiteral("printer")).toString();
    if (!name.isEmpty() && QPrinterInfo::availablePrinterNames().contains(name))
        printer->setPrinterName(name);
    // The paper by its standard id (A4, Letter…), kept as a number.
    bool known = false;
    const int paper = settings.value(QStringLiteral("paper")).toInt(&known);
    if (known && paper >= QPageSize::Letter && paper <= QPageSize::LastPageSize && paper != QPageSize::Custom)
        printer->setPageSize(QPageSize(static_cast<QPageSize::PageSizeId>(paper)));
}

void InvoicesPane::rememberPrinter(const QPrinter *printer) const
{
    if (printer->outputFormat() != QPrinter::NativeFormat)
        return;
    QSettings settings;
    settings.beginGroup(printerKey());
    settings.setValue(QStringLiteral("printer"), printer->printerName());
    settings.setValue(QStringLiteral("paper"), int(printer->pageLayout().pageSize().id()));
}

QString InvoicesPane::printerKey() const
{
    return QStringLiteral("printing/%1").arg(QString::fromLatin1(m_session->profile().name.toUtf8().toHex()));
}

std::optional<OrgSummary> InvoicesPane::customerAt(int sourceRow) const
{
    const Invoice *i = m_model->at(sourceRow);
    if (!i || i->orgId.isEmpty())
        return std::nullopt;
    return OrgSummary{i->orgId, i->buyerName.isEmpty() ? i->orgId : i->buyerName, i->buyerEmail, 0, false};
}

} // namespace bc
