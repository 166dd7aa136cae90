#pragma once

#include "invoicerenderer.h"
#include "taxsummary.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPair>

class QPainter;
class QPagedPaintDevice;

namespace bc {

// The colours of an invoice page, named once.
namespace invoicecolours {
inline const QColor ink(Qt::black);
inline const QColor brand(0x1F, 0x3A, 0x5F); // seller name, title, the rule above the total
inline const QColor muted(0x55, 0x5E, 0x6A); // labels, periods, the footer
inline const QColor notes(0x33, 0x3A, 0x44); // payment references and notes
inline const QColor band(0xEE, 0xF1, 0xF5); // table and summary header bands
inline const QColor rule(0xE1, 0xE5, 0xEA); // row separators
inline const QColor footerRule(0xC0, 0xC6, 0xCE); // the line above the footer
inline const QColor watermark(0, 0, 0, 22);
} // namespace invoicecolours

// Lays out and draws one invoice: measures every block first (rows, totals, tax summary, notes),
// so pagination and "page X of Y" are known before anything is drawn, then draws page by page —
// header, lines table, totals, tax summary, notes, footer. Internal to InvoiceRenderer.
class InvoicePainter
{
public:
    InvoicePainter(
        const Invoice &invoice, const InvoiceRenderOptions &options, QPainter &painter, QPagedPaintDevice &device);
    int paintAll(bool startOnNewPage);

private:
    struct Columns
    {
        qreal index, description, hsn, quantity, unitPrice, discount, amount, right;
    };
    struct Row
    {
        qreal height;
        QString description;
        QString period;
    };

    void measureRows();
    qreal measureClosing() const; // totals, tax summary and notes, as drawn
    void paginate();
    QString watermarkText() const;

    void drawText(
        const QRectF &rect, int flags, const QString &text, const QFont &f, const QColor &color = invoicecolours::ink);
    void drawWatermark();
    qreal drawHeader(qreal y);
    qreal drawSellerAndFacts(qreal y);
    qreal drawBuyerAndSupply(qreal y);
    qreal drawTableHeader(qreal y);
    qreal drawLines(int first, int last, qreal y);
    qreal drawTotals(qreal y);
    qreal drawTaxSummary(qreal y);
    void drawSummaryRow(const QStringList &cells, bool header, qreal y);
    // The tax summary's columns: HSN/SAC, [rate,] taxable value, one per tax, total tax.
    QList<qreal> summaryColumns() const;
    QStringList summaryHeader() const; // wrapped onto two lines where a label would not fit
    bool summaryHasRates() const;
    void drawNotes(qreal y);
    void drawFooter(int pageIndex);

    QStringList totalsRows() const; // the labels of the totals block, in order (for measuring)
    QString notesText() const;
    QString money(const Money &m) const;
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    qreal left() const { return m_margin; }
    qreal right() const { return m_width - m_margin; }
    qreal bottomLimit() const { return m_height - m_margin - m_footerHeight; }

    const Invoice m_inv; // its text fields with bidirectional controls isolated
    const InvoiceRenderOptions &m_options;
    QPainter &m_p;
    QPagedPaintDevice &m_device;
    qreal m_dpi, m_width, m_height, m_margin, m_contentWidth;
    QFont m_body, m_small, m_bold, m_heading, m_title;
    QFontMetricsF m_bodyMetrics, m_smallMetrics, m_boldMetrics;
    Columns m_cols;
    qreal m_cellPad, m_headerBlockHeight, m_tableHeaderHeight, m_footerHeight, m_summaryRowHeight, m_totalsRowHeight;
    qreal m_summaryHeaderHeight = 0;
    QList<Row> m_rows;
    QList<TaxSummaryRow> m_summary;
    QList<QPair<int, int>> m_pageRows; // [first, last) rows per page
};

} // namespace bc
