#pragma once

#include "models/billingtypes.h"

#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QString>

class QIODevice;
class QPainter;
class QPagedPaintDevice;

namespace bc {

struct InvoiceRenderOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QLocale locale = QLocale(QLocale::English, QLocale::India);
    // Printed across the page; empty: derived from the status (PAID, DRAFT, VOID).
    QString watermark;
    int resolution = 300;
    // The seller's logo, drawn left of the seller block within a 48 pt square; none when null.
    QImage logo;

    // Letter where it is the paper in use (the US, Canada), A4 everywhere else.
    static QPageSize pageSizeFor(const QLocale &locale);
};

// Lays out one invoice (or many, one after another) with QPainter: onto a QPdfWriter for files
// and the sandbox's PDF endpoint, onto a QPrinter for printing. Text is drawn as plain text, never
// interpreted as markup, and every block is clipped to its box so hostile input cannot spill.
class InvoiceRenderer
{
public:
    explicit InvoiceRenderer(InvoiceRenderOptions options = {});

    // One invoice to a PDF written into device. Returns false and says why on failure.
    bool renderPdf(const Invoice &invoice, QIODevice *device, QString *error = nullptr) const;
    QByteArray renderPdf(const Invoice &invoice) const;

    // Draws the invoice's pages on an active painter; calls device->newPage() between pages, and
    // before the first one when startOnNewPage (for merged batches). Returns the page count.
    int paint(const Invoice &invoice, QPainter &painter, QPagedPaintDevice &device, bool startOnNewPage = false) const;

    static QString documentTitle(const Invoice &invoice);
    // An invoice status as people read it, in the current language ("partially_paid": "Partially paid").
    static QString statusText(InvoiceStatus status);

private:
    InvoiceRenderOptions m_options;
};

} // namespace bc
