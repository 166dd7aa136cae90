#pragma once

#include "tablepane.h"

#include "invoice/invoicerenderer.h"
#include "models/billingtypes.h"
#include "models/recordtablemodel.h"

#include <QTemporaryDir>

#include <memory>

class QComboBox;
class QDateEdit;
class QPrintPreviewDialog;
class QPrinter;

namespace bc {

// Invoices by date range and status: open the server's PDF, save them rendered locally (one
// file per invoice, or one merged PDF), or print them; long batches show progress and can be
// cancelled. A server without an invoice list (an extension) has its invoices listed from the
// payments export; one without invoices as data offers only its own PDFs.
class InvoicesPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit InvoicesPane(Session *session, QWidget *parent = nullptr);

    void refresh() override;
    RecordTableModel<Invoice> *model() const { return m_model; }
    // Renders the invoices with these ids into directory (one PDF each) or into merged (one PDF).
    void exportInvoices(const QStringList &ids, const QString &directory, const QString &merged = {});
    void openServerPdf(const QString &id);
    // The seller's logo for invoices rendered here, kept per profile; empty path removes it.
    bool setInvoiceLogo(const QString &path);
    // Fetches the invoice and shows it in a print preview (zoom, page through, print from there).
    void previewInvoice(const QString &id);
    // Prints on the printer's CUPS queue as one job (lp), and says what the queue answered; Print
    // to File saves the merged PDF. Takes the printer.
    void printInvoices(const QStringList &ids, QPrinter *printer);
    // Opens the desktop's mail composer (xdg-email) addressed to the invoices' buyer, with their
    // PDFs attached; says so when no mail program is there. The PDFs are kept in a folder of the
    // console's that is removed when it quits.
    void emailInvoices(const QStringList &ids);

signals:
    void exportFinished(int written, bool cancelled);
    void serverPdfSaved(const QString &path);
    void previewOpened(QPrintPreviewDialog *dialog);
    // The mail composer was started (the program, its arguments), or could not be (why).
    void emailStarted(const QString &program, const QStringList &arguments);
    void emailFailed(const QString &why);
    // The queue took the job (ok, the job's id in the text) or refused it (its words).
    void printFinished(bool ok, const QString &text);

protected:
    std::optional<OrgSummary> customerAt(int sourceRow) const override;

private:
    InvoiceRenderOptions renderOptions() const;
    QString logoKey() const;
    QString printerKey() const;
    void restorePrinter(QPrinter *printer) const;
    void rememberPrinter(const QPrinter *printer) const;
    QStringList selectedIds() const;
    QStringList shownIds() const; // every invoice shown, in the table's order
    // Why these invoices cannot be mailed (several customers, no address), or empty.
    QString emailBlocker(const QStringList &ids) const;
    void showOutstanding();
    void updateActions();
    void loadFromExport(int generation);
    void finishLoad(const ApiError &error, const QDateTime &staleSince);
    // Without invoice data: the server's own PDFs, one after another, into a directory (or the
    // one file a single invoice was saved as).
    void saveServerPdfs(const QStringList &ids, const QString &directory, const QString &single);

    RecordTableModel<Invoice> *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_status;
    QAction *m_openPdf;
    QAction *m_preview;
    QAction *m_save;
    QAction *m_saveMerged;
    QAction *m_email;
    QAction *m_print;
    int m_generation = 0;
    bool m_fromExport = false; // listed from the payments export: the server has no invoice list
    bool m_exportNamesNoInvoices = false;
    // Temporary PDFs (opened, mailed): removed with the pane, when the console quits.
    QString scratchDirectory();
    std::unique_ptr<QTemporaryDir> m_scratch;
    int m_mailRuns = 0;
    int m_printRuns = 0;
};

} // namespace bc
