#include "invoicerenderer.h"

#include "invoicepainter.h"
#include "pdffontnames.h"

#include "models/words.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace bc {

QPageSize InvoiceRenderOptions::pageSizeFor(const QLocale &locale)
{
    const bool letter = locale.territory() == QLocale::UnitedStates || locale.territory() == QLocale::Canada
        || locale.measurementSystem() == QLocale::ImperialUSSystem;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

InvoiceRenderer::InvoiceRenderer(InvoiceRenderOptions options) : m_options(std::move(options)) { }

QString InvoiceRenderer::statusText(InvoiceStatus status)
{
    return label(status);
}

QString InvoiceRenderer::documentTitle(const Invoice &invoice)
{
    return invoice.sellerGstin.isEmpty() ? QCoreApplication::translate("Invoice", "Invoice")
                                         : QCoreApplication::translate("Invoice", "Tax Invoice");
}

QByteArray InvoiceRenderer::renderPdf(const Invoice &invoice) const
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!renderPdf(invoice, &buffer))
        return {};
    return out;
}

bool InvoiceRenderer::renderPdf(const Invoice &invoice, QIODevice *device, QString *error) const
{
    PdfFontNameFixer fixed(device); // the fonts named as subsets (see pdffontnames.h)
    QPdfWriter writer(&fixed);
    writer.setPageSize(m_options.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(m_options.resolution);
    writer.setTitle(documentTitle(invoice) + u' ' + invoice.number);
    writer.setCreator(QStringLiteral("Billing Console"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QStringLiteral("Could not start the PDF writer.");
        return false;
    }
    paint(invoice, painter, writer);
    painter.end();
    if (!fixed.finish()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

int InvoiceRenderer::paint(const Invoice &inv, QPainter &p, QPagedPaintDevice &device, bool startOnNewPage) const
{
    InvoicePainter painter(inv, m_options, p, device);
    return painter.paintAll(startOnNewPage);
}

} // namespace bc
