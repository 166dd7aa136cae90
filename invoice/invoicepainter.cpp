#include "invoicepainter.h"

#include "models/dates.h"
#include "models/gstin.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace bc {

namespace {

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// A field's bidirectional controls (embeddings, overrides, isolates) act only inside it: each
// line that has any is wrapped in a first-strong isolate (FSI … PDI), which ends every embedding
// and override opened within it; isolate controls inside are dropped so none can close it early.
QString isolated(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isBidiControl))
        return text;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (std::none_of(line.cbegin(), line.cend(), isBidiControl))
            continue;
        line.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
        line = QChar(0x2068) + line + QChar(0x2069);
    }
    return lines.join(u'\n');
}

Invoice isolatedForPrint(Invoice inv)
{
    for (QString *field : {&inv.number, &inv.sellerName, &inv.sellerAddress, &inv.sellerGstin, &inv.buyerName,
             &inv.buyerAddress, &inv.buyerEmail, &inv.buyerGstin, &inv.placeOfSupply, &inv.notes, &inv.couponCode})
        *field = isolated(*field);
    for (InvoiceLine &line : inv.lines) {
        line.description = isolated(line.description);
        line.hsnSac = isolated(line.hsnSac);
    }
    for (InvoiceTax &tax : inv.taxes)
        tax.name = isolated(tax.name);
    for (QString &ref : inv.paymentReferences)
        ref = isolated(ref);
    return inv;
}

QString partyBlock(const QString &name, const QString &address, const QString &gstinText, const QString &email = {})
{
    QStringList lines{name};
    if (!address.isEmpty())
        lines << address;
    if (!email.isEmpty())
        lines << email;
    if (!gstinText.isEmpty())
        lines << QCoreApplication::translate("Invoice", "GSTIN: %1").arg(gstinText);
    return lines.join(u'\n');
}

QString periodText(const InvoiceLine &line, const QLocale &locale)
{
    if (!line.periodStart.isValid() || !line.periodEnd.isValid())
        return {};
    return QCoreApplication::translate("Invoice", "Period: %1 – %2")
        .arg(shortDate(line.periodStart.toUTC().date(), locale), shortDate(line.periodEnd.toUTC().date(), locale));
}

QString taxLabel(const InvoiceTax &tax)
{
    return QStringLiteral("%1 @ %2%").arg(tax.name, tax.rateText());
}

bool shown(const Money &m)
{
    return m.isValid() && !m.isZero();
}

} // namespace

InvoicePainter::InvoicePainter(
    const Invoice &invoice, const InvoiceRenderOptions &options, QPainter &painter, QPagedPaintDevice &device)
    : m_inv(isolatedForPrint(invoice)), m_options(options), m_p(painter), m_device(device), m_dpi(device.logicalDpiX()),
      m_width(device.width()), m_height(device.height()), m_margin(pt(40)), m_contentWidth(m_width - 2 * m_margin),
      m_body(font(8.5)), m_small(font(7)), m_bold(font(8.5, true)), m_heading(font(15, true)), m_title(font(17, true)),
      // Fonts are sized in points against the device's dpi; QFontMetricsF needs the device.
      m_bodyMetrics(m_body, &device), m_smallMetrics(m_small, &device), m_boldMetrics(m_bold, &device)
{
    const qreal w = m_contentWidth;
    m_cols = {left(), left() + w * 0.05, left() + w * 0.43, left() + w * 0.53, left() + w * 0.60, left() + w * 0.74,
        left() + w * 0.85, right()};
    m_cellPad = pt(3);
    m_headerBlockHeight = pt(210);
    m_tableHeaderHeight = m_bodyMetrics.height() * 2 + 2 * m_cellPad;
    m_footerHeight = pt(30);
    m_summaryRowHeight = m_bodyMetrics.height() + 2 * m_cellPad;
    m_totalsRowHeight = pt(14);
    // The HSN/SAC-wise tax summary of a GST tax invoice, under the totals.
    if (!m_inv.sellerGstin.isEmpty())
        m_summary = taxSummary(m_inv);
    m_summaryHeaderHeight = m_summaryRowHeight;
    for (const QString &label : summaryHeader())
        if (label.contains(u'\n'))
            m_summaryHeaderHeight = 2 * m_bodyMetrics.height() + 2 * m_cellPad;
    measureRows();
    paginate();
}

QString InvoicePainter::money(const Money &m) const
{
    return m.isValid() ? m.toDisplayString(m_options.locale) : QString();
}

void InvoicePainter::measureRows()
{
    // Row heights first, so pagination (and "page X of Y") is known before anything is drawn.
    m_rows.reserve(m_inv.lines.size());
    const qreal descWidth = m_cols.hsn - m_cols.description - 2 * m_cellPad;
    for (const InvoiceLine &line : m_inv.lines) {
        Row r;
        r.description = line.description;
        r.period = periodText(line, m_options.locale);
        const QRectF descRect = m_bodyMetrics.boundingRect(
            QRectF(0, 0, descWidth, m_height / 4), Qt::TextWordWrap | Qt::TextWrapAnywhere, r.description);
        qreal h = std::min(descRect.height(), m_height / 4) + 2 * m_cellPad;
        if (!r.period.isEmpty())
            h += m_smallMetrics.height();
        r.height = std::max(h, m_bodyMetrics.height() + 2 * m_cellPad);
        m_rows.append(r);
    }
}

QStringList InvoicePainter::totalsRows() const
{
    QStringList rows{QCoreApplication::translate("Invoice", "Subtotal")};
    if (shown(m_inv.discountTotal))
        rows << QCoreApplication::translate("Invoice", "Discount");
    for (const InvoiceTax &t : m_inv.taxes)
        rows << taxLabel(t);
    if (shown(m_inv.roundOff))
        rows << QCoreApplication::translate("Invoice", "Round off");
    rows << QCoreApplication::translate("Invoice", "Total") << QCoreApplication::translate("Invoice", "Amount paid");
    if (shown(m_inv.creditsApplied))
        rows << QCoreApplication::translate("Invoice", "Credits applied");
    rows << QCoreApplication::translate("Invoice", "Amount due");
    return rows;
}

QString InvoicePainter::notesText() const
{
    QStringList notes;
    if (!m_inv.paymentReferences.isEmpty())
        notes << QCoreApplication::translate("Invoice", "Payment references: %1")
                     .arg(m_inv.paymentReferences.join(QStringLiteral(", ")));
    if (!m_inv.notes.isEmpty())
        notes << m_inv.notes;
    if (!m_inv.sellerGstin.isEmpty())
        notes << QCoreApplication::translate("Invoice", "Authorised signatory, %1").arg(m_inv.sellerName);
    return notes.join(u'\n');
}

qreal InvoicePainter::measureClosing() const
{
    // Exactly what drawTotals, drawTaxSummary and drawNotes advance by: the block is measured,
    // not guessed, so long notes move the totals to a page of their own instead of running over
    // the footer.
    qreal h = pt(10) + m_totalsRowHeight * qreal(totalsRows().size()) + pt(3) + pt(8);
    if (!m_summary.isEmpty())
        h += pt(12) + m_summaryHeaderHeight + m_summaryRowHeight * qreal(m_summary.size() + 1) + pt(8);
    const qreal usable = bottomLimit() - m_margin - m_tableHeaderHeight;
    const QRectF notes = m_smallMetrics.boundingRect(
        QRectF(0, 0, m_contentWidth, usable), Qt::TextWordWrap | Qt::TextWrapAnywhere, notesText());
    return h + std::min(notes.height(), usable - h);
}

void InvoicePainter::paginate()
{
    // Page 1 carries the header blocks; later pages only the table header.
    int first = 0;
    qreal y = m_margin + m_headerBlockHeight + m_tableHeaderHeight;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (y + m_rows.at(i).height > bottomLimit() && i > first) {
            m_pageRows.append({first, i});
            first = i;
            y = m_margin + m_tableHeaderHeight;
        }
        y += m_rows.at(i).height;
    }
    m_pageRows.append({first, int(m_rows.size())});
    if (y + measureClosing() > bottomLimit())
        m_pageRows.append({int(m_rows.size()), int(m_rows.size())}); // totals on a page of their own
}

QString InvoicePainter::watermarkText() const
{
    if (!m_options.watermark.isEmpty())
        return m_options.watermark;
    switch (m_inv.status) {
    case InvoiceStatus::Paid:
        return QCoreApplication::translate("Invoice", "PAID");
    case InvoiceStatus::Draft:
        return QCoreApplication::translate("Invoice", "DRAFT");
    case InvoiceStatus::Cancelled:
    case InvoiceStatus::Void:
        return QCoreApplication::translate("Invoice", "VOID");
    default:
        return {};
    }
}

int InvoicePainter::paintAll(bool startOnNewPage)
{
    const int pageCount = int(m_pageRows.size());
    for (int pi = 0; pi < pageCount; ++pi) {
        if (pi > 0 || startOnNewPage)
            m_device.newPage();
        drawWatermark();
        qreal y = m_margin;
        if (pi == 0)
            y = drawHeader(y);
        y = drawTableHeader(y);
        y = drawLines(m_pageRows.at(pi).first, m_pageRows.at(pi).second, y);
        if (pi == pageCount - 1) {
            y = drawTotals(y);
            y = drawTaxSummary(y);
            drawNotes(y);
        }
        drawFooter(pi);
    }
    return pageCount;
}

// QPainter::drawText(rect, flags, …) lays out only the lines that fit and clips to rect by itself
// when the text does not (no Qt::TextDontClip), so hostile text stays in its box without a
// save/clip/restore of our own around every cell: most cells fit, and the PDF then carries no
// clip path for them.
void InvoicePainter::drawText(const QRectF &rect, int flags, const QString &text, const QFont &f, const QColor &color)
{
    if (text.isEmpty())
        return;
    m_p.setFont(f);
    m_p.setPen(color);
    m_p.drawText(rect, flags, text);
}

void InvoicePainter::drawWatermark()
{
    const QString text = watermarkText();
    if (text.isEmpty())
        return;
    m_p.save();
    m_p.translate(m_width / 2, m_height / 2);
    m_p.rotate(-35);
    m_p.setFont(font(80, true));
    m_p.setPen(invoicecolours::watermark);
    m_p.drawText(QRectF(-m_width, -m_height / 4, 2 * m_width, m_height / 2), Qt::AlignCenter, text);
    m_p.restore();
}

qreal InvoicePainter::drawHeader(qreal y)
{
    drawBuyerAndSupply(drawSellerAndFacts(y));
    return m_margin + m_headerBlockHeight;
}

// Seller (left, with the logo) and the document's facts (right).
qreal InvoicePainter::drawSellerAndFacts(qreal y)
{
    const qreal half = m_contentWidth / 2;
    qreal sellerX = left();
    if (!m_options.logo.isNull()) {
        const QSizeF box(pt(48), pt(48));
        const QSizeF fitted = QSizeF(m_options.logo.size()).scaled(box, Qt::KeepAspectRatio);
        m_p.drawImage(QRectF(QPointF(left(), y), fitted), m_options.logo);
        sellerX += box.width() + pt(8);
    }
    const qreal sellerW = half - (sellerX - left());
    // The seller's name on one line: smaller type down to 10 pt when it is long, then elided.
    QFont nameFont = m_heading;
    while (
        nameFont.pointSizeF() > 10 && QFontMetricsF(nameFont, &m_device).horizontalAdvance(m_inv.sellerName) > sellerW)
        nameFont.setPointSizeF(nameFont.pointSizeF() - 0.5);
    drawText(QRectF(sellerX, y, sellerW, pt(22)), Qt::AlignLeft | Qt::AlignTop,
        QFontMetricsF(nameFont, &m_device).elidedText(m_inv.sellerName, Qt::ElideRight, sellerW), nameFont,
        invoicecolours::brand);
    drawText(QRectF(sellerX, y + pt(24), sellerW, pt(60)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        partyBlock({}, m_inv.sellerAddress, m_inv.sellerGstin).mid(1), m_body);
    drawText(QRectF(left() + half, y, half, pt(24)), Qt::AlignRight | Qt::AlignTop,
        InvoiceRenderer::documentTitle(m_inv).toUpper(), m_title, invoicecolours::brand);
    const QLocale &locale = m_options.locale;
    QStringList facts;
    facts << QCoreApplication::translate("Invoice", "Invoice no.: %1").arg(m_inv.number);
    if (m_inv.issuedAt.isValid())
        facts << QCoreApplication::translate("Invoice", "Date of issue: %1")
                     .arg(longDate(m_inv.issuedAt.toUTC().date(), locale));
    if (m_inv.dueAt.isValid())
        facts << QCoreApplication::translate("Invoice", "Due: %1").arg(longDate(m_inv.dueAt.toUTC().date(), locale));
    if (m_inv.status != InvoiceStatus::Other)
        facts << QCoreApplication::translate("Invoice", "Status: %1").arg(InvoiceRenderer::statusText(m_inv.status));
    drawText(QRectF(left() + half, y + pt(26), half, pt(60)), Qt::AlignRight | Qt::AlignTop, facts.join(u'\n'), m_body);
    return y + pt(92);
}

// Buyer (left) and the supply's facts (right).
qreal InvoicePainter::drawBuyerAndSupply(qreal y)
{
    const qreal half = m_contentWidth / 2;
    drawText(QRectF(left(), y, half, pt(12)), Qt::AlignLeft, QCoreApplication::translate("Invoice", "Bill to"), m_bold,
        invoicecolours::muted);
    drawText(QRectF(left(), y + pt(13), half - pt(10), pt(75)),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere,
        partyBlock(m_inv.buyerName, m_inv.buyerAddress, m_inv.buyerGstin, m_inv.buyerEmail), m_body);
    QStringList supply;
    if (!m_inv.placeOfSupply.isEmpty())
        supply << QCoreApplication::translate("Invoice", "Place of supply: %1 (%2)")
                      .arg(gstin::stateName(m_inv.placeOfSupply), m_inv.placeOfSupply);
    if (!m_inv.sellerGstin.isEmpty())
        supply << QCoreApplication::translate("Invoice", "Tax payable on reverse charge: %1")
                      .arg(m_inv.reverseCharge ? QCoreApplication::translate("Invoice", "Yes")
                                               : QCoreApplication::translate("Invoice", "No"));
    supply << QCoreApplication::translate("Invoice", "Currency: %1").arg(m_inv.currency);
    drawText(QRectF(left() + half, y + pt(13), half, pt(60)), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap,
        supply.join(u'\n'), m_body);
    return y + pt(88);
}

qreal InvoicePainter::drawTableHeader(qreal y)
{
    m_p.fillRect(QRectF(left(), y, m_contentWidth, m_tableHeaderHeight), invoicecolours::band);
    const int f = Qt::AlignVCenter | Qt::TextWordWrap;
    auto cell = [&](qreal x0, qreal x1, const QString &t, int align) {
        drawText(QRectF(x0 + m_cellPad, y, x1 - x0 - 2 * m_cellPad, m_tableHeaderHeight), f | align, t, m_bold);
    };
    cell(m_cols.index, m_cols.description, QCoreApplication::translate("Invoice", "#"), Qt::AlignLeft);
    cell(m_cols.description, m_cols.hsn, QCoreApplication::translate("Invoice", "Description"), Qt::AlignLeft);
    cell(m_cols.hsn, m_cols.quantity, QCoreApplication::translate("Invoice", "HSN/SAC"), Qt::AlignLeft);
    cell(m_cols.quantity, m_cols.unitPrice, QCoreApplication::translate("Invoice", "Qty"), Qt::AlignRight);
    cell(m_cols.unitPrice, m_cols.discount, QCoreApplication::translate("Invoice", "Unit price"), Qt::AlignRight);
    cell(m_cols.discount, m_cols.amount, QCoreApplication::translate("Invoice", "Discount"), Qt::AlignRight);
    cell(m_cols.amount, m_cols.right, QCoreApplication::translate("Invoice", "Taxable value"), Qt::AlignRight);
    return y + m_tableHeaderHeight;
}

qreal InvoicePainter::drawLines(int first, int last, qreal y)
{
    const qreal descWidth = m_cols.hsn - m_cols.description - 2 * m_cellPad;
    const int f = Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere;
    for (int i = first; i < last; ++i) {
        const InvoiceLine &line = m_inv.lines.at(i);
        const Row &row = m_rows.at(i);
        auto cell = [&](qreal x0, qreal x1, const QString &t, int align) {
            drawText(QRectF(x0 + m_cellPad, y + m_cellPad, x1 - x0 - 2 * m_cellPad, row.height - 2 * m_cellPad),
                f | align, t, m_body);
        };
        cell(m_cols.index, m_cols.description, QString::number(i + 1), Qt::AlignLeft);
        const qreal periodHeight = row.period.isEmpty() ? 0 : m_smallMetrics.height();
        drawText(
            QRectF(m_cols.description + m_cellPad, y + m_cellPad, descWidth, row.height - 2 * m_cellPad - periodHeight),
            f | Qt::AlignLeft, row.description, m_body);
        if (!row.period.isEmpty())
            drawText(QRectF(m_cols.description + m_cellPad, y + row.height - m_cellPad - periodHeight, descWidth,
                         periodHeight),
                Qt::AlignLeft, row.period, m_small, invoicecolours::muted);
        cell(m_cols.hsn, m_cols.quantity, line.hsnSac, Qt::AlignLeft);
        cell(m_cols.quantity, m_cols.unitPrice, line.quantity.toDisplayString(m_options.locale), Qt::AlignRight);
        cell(m_cols.unitPrice, m_cols.discount, money(line.unitPrice), Qt::AlignRight);
        cell(m_cols.discount, m_cols.amount, line.discount.isZero() ? QStringLiteral("–") : money(line.discount),
            Qt::AlignRight);
        cell(m_cols.amount, m_cols.right, money(line.amount), Qt::AlignRight);
        y += row.height;
        m_p.setPen(invoicecolours::rule);
        m_p.drawLine(QPointF(left(), y), QPointF(right(), y));
    }
    return y;
}

// Totals, right-aligned under the table; the rows are those totalsRows() measures.
qreal InvoicePainter::drawTotals(qreal y)
{
    y += pt(10);
    const qreal w = m_contentWidth;
    const qreal labelX = left() + w * 0.50;
    auto total = [&](const QString &label, const QString &value, bool strong = false) {
        drawText(QRectF(labelX, y, w * 0.32, m_totalsRowHeight), Qt::AlignLeft | Qt::AlignVCenter, label,
            strong ? m_bold : m_body);
        drawText(QRectF(labelX + w * 0.32, y, w * 0.18, m_totalsRowHeight), Qt::AlignRight | Qt::AlignVCenter, value,
            strong ? m_bold : m_body);
        y += m_totalsRowHeight;
    };
    total(QCoreApplication::translate("Invoice", "Subtotal"), money(m_inv.subtotal));
    if (shown(m_inv.discountTotal))
        total(m_inv.couponCode.isEmpty()
                ? QCoreApplication::translate("Invoice", "Discount")
                : QCoreApplication::translate("Invoice", "Discount (coupon %1)").arg(m_inv.couponCode),
            money(*m_inv.discountTotal.negated()));
    for (const InvoiceTax &t : m_inv.taxes)
        total(taxLabel(t), money(t.amount));
    if (shown(m_inv.roundOff))
        total(QCoreApplication::translate("Invoice", "Round off"), money(m_inv.roundOff));
    m_p.setPen(invoicecolours::brand);
    m_p.drawLine(QPointF(labelX, y + pt(1)), QPointF(right(), y + pt(1)));
    y += pt(3);
    total(QCoreApplication::translate("Invoice", "Total"), money(m_inv.total), true);
    total(QCoreApplication::translate("Invoice", "Amount paid"), money(m_inv.amountPaid));
    if (shown(m_inv.creditsApplied))
        total(QCoreApplication::translate("Invoice", "Credits applied"), money(*m_inv.creditsApplied.negated()));
    total(QCoreApplication::translate("Invoice", "Amount due"), money(m_inv.amountDue), true);
    return y + pt(8);
}

bool InvoicePainter::summaryHasRates() const
{
    return std::any_of(
        m_summary.cbegin(), m_summary.cend(), [](const TaxSummaryRow &r) { return r.rateBasisPoints.has_value(); });
}

QList<qreal> InvoicePainter::summaryColumns() const
{
    const qreal w = m_contentWidth;
    const bool rates = summaryHasRates();
    QList<qreal> cols{w * (rates ? 0.13 : 0.16)};
    if (rates)
        cols << w * 0.08;
    cols << w * (rates ? 0.15 : 0.18);
    const qreal lastColumn = w * 0.15; // "Total tax"
    const qreal rest = w - std::accumulate(cols.cbegin(), cols.cend(), qreal(0)) - lastColumn;
    const qsizetype taxes = std::max<qsizetype>(1, m_inv.taxes.size());
    for (qsizetype i = 0; i < taxes; ++i)
        cols << rest / qreal(taxes);
    cols << lastColumn;
    return cols;
}

QStringList InvoicePainter::summaryHeader() const
{
    QStringList header{QCoreApplication::translate("Invoice", "HSN/SAC")};
    if (summaryHasRates())
        header << QCoreApplication::translate("Invoice", "Rate");
    header << QCoreApplication::translate("Invoice", "Taxable value");
    for (const InvoiceTax &t : m_inv.taxes)
        header << taxLabel(t);
    header << QCoreApplication::translate("Invoice", "Total tax");
    // A label wider than its column goes onto two lines at its last space ("CGST @" / "9.00%"),
    // instead of being clipped; the header row is then two lines high.
    const QList<qreal> cols = summaryColumns();
    for (qsizetype c = 0; c < header.size() && c < cols.size(); ++c) {
        const qsizetype space = header.at(c).lastIndexOf(u' ');
        if (m_boldMetrics.horizontalAdvance(header.at(c)) > cols.at(c) - 2 * m_cellPad && space > 0)
            header[c][space] = u'\n';
    }
    return header;
}

qreal InvoicePainter::drawTaxSummary(qreal y)
{
    if (m_summary.isEmpty())
        return y;
    drawText(QRectF(left(), y, m_contentWidth, pt(12)), Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("Invoice", "Tax summary"), m_bold, invoicecolours::muted);
    y += pt(12);
    drawSummaryRow(summaryHeader(), true, y);
    y += m_summaryHeaderHeight;
    const bool rates = summaryHasRates();
    Money taxable = Money::fromMinor(0, m_inv.currency);
    for (const TaxSummaryRow &r : m_summary) {
        QStringList cells{r.hsnSac.isEmpty() ? QStringLiteral("–") : r.hsnSac};
        if (rates)
            cells << (r.rateBasisPoints ? InvoiceTax{QString(), *r.rateBasisPoints, {}}.rateText() + u'%'
                                        : QStringLiteral("–"));
        cells << money(r.taxable);
        for (const Money &m : r.taxes)
            cells << money(m);
        cells << money(r.totalTax);
        drawSummaryRow(cells, false, y);
        y += m_summaryRowHeight;
        taxable = taxable.plus(r.taxable).value_or(taxable);
    }
    QStringList totals{QCoreApplication::translate("Invoice", "Total")};
    if (rates)
        totals << QString();
    totals << money(taxable);
    for (const InvoiceTax &t : m_inv.taxes)
        totals << money(t.amount);
    totals << money(m_inv.taxTotal);
    drawSummaryRow(totals, true, y);
    return y + m_summaryRowHeight + pt(8);
}

// One row of the tax summary, in summaryColumns(); a header row may be two lines high.
void InvoicePainter::drawSummaryRow(const QStringList &cells, bool header, qreal y)
{
    const QList<qreal> cols = summaryColumns();
    const qreal h = header && cells.join(QString()).contains(u'\n') ? m_summaryHeaderHeight : m_summaryRowHeight;
    if (header)
        m_p.fillRect(QRectF(left(), y, m_contentWidth, h), invoicecolours::band);
    qreal x = left();
    for (qsizetype c = 0; c < cells.size() && c < cols.size(); ++c) {
        drawText(QRectF(x + m_cellPad, y, cols.at(c) - 2 * m_cellPad, h),
            Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), cells.at(c), header ? m_bold : m_body);
        x += cols.at(c);
    }
    m_p.setPen(invoicecolours::rule);
    m_p.drawLine(QPointF(left(), y + h), QPointF(right(), y + h));
}

void InvoicePainter::drawNotes(qreal y)
{
    drawText(QRectF(left(), y, m_contentWidth, std::max<qreal>(0, bottomLimit() - y)),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, notesText(), m_small,
        invoicecolours::notes);
}

void InvoicePainter::drawFooter(int pageIndex)
{
    const QRectF rect(left(), m_height - m_margin - m_footerHeight / 2, m_contentWidth, m_footerHeight / 2);
    m_p.setPen(invoicecolours::footerRule);
    m_p.drawLine(QPointF(left(), rect.top()), QPointF(right(), rect.top()));
    drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
        m_inv.sellerName + QStringLiteral(" · ") + m_inv.number + QStringLiteral(" · ")
            + QCoreApplication::translate("Invoice", "This is a computer-generated invoice."),
        m_small, invoicecolours::muted);
    drawText(rect, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Invoice", "Page %1 of %2").arg(pageIndex + 1).arg(m_pageRows.size()), m_small,
        invoicecolours::muted);
}

} // namespace bc
