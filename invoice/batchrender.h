#pragma once

#include "invoicerenderer.h"

#include <QList>
#include <QPainter>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QPdfWriter;
class QSaveFile;

namespace bc {

class PdfFontNameFixer;

// One PDF that invoices are added to one at a time: each is laid out, drawn and dropped, so a
// month of invoices never sits in memory. Written through QSaveFile: nothing appears at the
// path until commit(), and cancel() (or destruction without commit) leaves no partial file.
class MergedInvoicePdf
{
public:
    explicit MergedInvoicePdf(InvoiceRenderOptions options = {});
    ~MergedInvoicePdf();

    bool open(const QString &file, QString *error);
    void add(const Invoice &invoice);
    // Fails (and writes nothing) when no invoice was added.
    bool commit(QString *error);
    void cancel();
    int count() const { return m_count; }

private:
    InvoiceRenderOptions m_options;
    InvoiceRenderer m_renderer;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<PdfFontNameFixer> m_fixer; // between the writer and the file
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QString m_path;
    int m_count = 0;
};

// Renders many invoices to disk, streaming: one merged PDF written page by page into a single
// writer, or one file per invoice in a directory. Memory stays flat because each invoice is laid
// out, drawn and dropped before the next. Used by `billing-console render-invoices`.
class InvoiceBatchRenderer
{
public:
    explicit InvoiceBatchRenderer(InvoiceRenderOptions options = {});

    // Parses a JSON array of invoices in the API's invoice shape (docs/API.md, "Invoice JSON"). On the first bad
    // element returns false and names it ("invoice 3 (INV-0042): total: …").
    static bool parseInvoices(const QByteArray &json, QList<Invoice> *invoices, QString *error);

    // Called after each invoice with (done, total); return false to cancel. A cancelled merge
    // leaves no partial file behind.
    using Progress = std::function<bool(int done, int total)>;

    bool renderMerged(
        const QList<Invoice> &invoices, const QString &file, QString *error, const Progress &progress = {}) const;
    // Files are named after the invoice number, made safe for any file system. Two invoices of
    // one batch never share a file: a name already in `taken` gets "_2", "_3", …. The names are
    // given in the batch's order first, then the files are drawn by `threads` threads at once
    // (0: one per core); progress is called on the calling thread, which draws too.
    bool renderEach(const QList<Invoice> &invoices, const QString &directory, QString *error,
        const Progress &progress = {}, int threads = 0) const;

    static QString fileNameFor(const Invoice &invoice, QSet<QString> *taken = nullptr);
    // One invoice into directory (which must exist) under fileNameFor(invoice, taken).
    bool renderFile(const Invoice &invoice, const QString &directory, QSet<QString> *taken, QString *error) const;

private:
    bool writeFile(const Invoice &invoice, const QString &path, QString *error) const;
    InvoiceRenderer m_renderer;
    InvoiceRenderOptions m_options;
};

} // namespace bc
