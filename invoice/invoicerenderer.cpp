#include "invoicerenderer.h"

#include "taxsummary.h"

#include "models/gstin.h"
#include "models/words.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace bc {

namespace {

struct Columns
{
    qreal index, description, hsn, quantity, unitPrice, discount, amount, right;
};

// Geometry of one page in device pixels, derived from the page size and resolution.
struct Page
{
    qreal width = 0;
    qreal height = 0;
    qreal margin = 0;
    qreal dpi = 300;
    qreal pt(qreal points) const { return points * dpi / 72.0; }
    qreal left() const { return margin; }
    qreal right() const { return width - margin; }
    qreal contentWidth() const { return width - 2 * margin; }
};

QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
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
        .arg(locale.toString(line.periodStart.toUTC().date(), QLocale::ShortFormat),
            locale.toString(line.periodEnd.toUTC().date(), QLocale::ShortFormat));
}

QString taxLabel(const InvoiceTax &tax)
{
    return QStringLiteral("%1 @ %2%").arg(tax.name, tax.rateText());
}

} // namespace

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
    QPdfWriter writer(device);
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
    return true;
}

int InvoiceRenderer::paint(const Invoice &inv, QPainter &p, QPagedPaintDevice &device, bool startOnNewPage) const
{
    const QLocale &locale = m_options.locale;
    Page page;
    page.dpi = device.logicalDpiX();
    page.width = device.width();
    page.height = device.height();
    page.margin = page.pt(40);

    const QFont body = font(8.5);
    const QFont small = font(7);
    const QFont bold = font(8.5, true);
    const QFont heading = font(15, true);
    const QFont title = font(17, true);
    // Fonts are sized in points against the device's dpi; QFontMetricsF needs the device.
    const QFontMetricsF bodyMetrics(body, &device);
    const QFontMetricsF smallMetrics(small, &device);

    const qreal w = page.contentWidth();
    const Columns cols{page.left(), page.left() + w * 0.05, page.left() + w * 0.43, page.left() + w * 0.53,
        page.left() + w * 0.60, page.left() + w * 0.74, page.left() + w * 0.85, page.right()};
    const qreal cellPad = page.pt(3);

    auto money = [&](const Money &m) { return m.isValid() ? m.toDisplayString(locale) : QString(); };

    // Row heights first, so pagination (and "page X of Y") is known before anything is drawn.
    struct Row
    {
        qreal height;
        QString description;
        QString period;
    };
    QList<Row> rows;
    rows.reserve(inv.lines.size());
    const qreal descWidth = cols.hsn - cols.description - 2 * cellPad;
    for (const InvoiceLine &line : inv.lines) {
        Row r;
        r.description = line.description;
        r.period = periodText(line, locale);
        const QRectF descRect = bodyMetrics.boundingRect(
            QRectF(0, 0, descWidth, page.height / 4), Qt::TextWordWrap | Qt::TextWrapAnywhere, r.description);
        qreal h = std::min(descRect.height(), page.height / 4) + 2 * cellPad;
        if (!r.period.isEmpty())
            h += smallMetrics.height();
        r.height = std::max(h, bodyMetrics.height() + 2 * cellPad);
        rows.append(r);
    }

    const qreal headerBlockHeight = page.pt(210);
    const qreal tableHeaderHeight = bodyMetrics.height() * 2 + 2 * cellPad;
    const qreal footerHeight = page.pt(30);
    // The HSN/SAC-wise tax summary of a GST tax invoice, under the totals.
    const QList<TaxSummaryRow> summary = inv.sellerGstin.isEmpty() ? QList<TaxSummaryRow>{} : taxSummary(inv);
    const qreal summaryRowHeight = bodyMetrics.height() + 2 * cellPad;
    const qreal summaryHeight =
        summary.isEmpty() ? 0 : page.pt(12) + summaryRowHeight * qreal(summary.size() + 2) + page.pt(8);
    const qreal totalsHeight = page.pt(14) * qreal(8 + inv.taxes.size()) + page.pt(60) + summaryHeight;

    // Pagination: page 1 carries the header blocks; later pages only the table header.
    QList<QPair<int, int>> pageRows; // [first, last) per page
    {
        int first = 0;
        qreal y = page.margin + headerBlockHeight + tableHeaderHeight;
        const qreal limit = page.height - page.margin - footerHeight;
        for (int i = 0; i < rows.size(); ++i) {
            if (y + rows.at(i).height > limit && i > first) {
                pageRows.append({first, i});
                first = i;
                y = page.margin + tableHeaderHeight;
            }
            y += rows.at(i).height;
        }
        pageRows.append({first, int(rows.size())});
        if (y + totalsHeight > limit)
            pageRows.append({int(rows.size()), int(rows.size())}); // totals on a page of their own
    }
    const int pageCount = int(pageRows.size());

    QString watermark = m_options.watermark;
    if (watermark.isEmpty()) {
        if (inv.status == InvoiceStatus::Paid)
            watermark = QCoreApplication::translate("Invoice", "PAID");
        else if (inv.status == InvoiceStatus::Draft)
            watermark = QCoreApplication::translate("Invoice", "DRAFT");
        else if (inv.status == InvoiceStatus::Cancelled || inv.status == InvoiceStatus::Void)
            watermark = QCoreApplication::translate("Invoice", "VOID");
    }

    // QPainter::drawText(rect, flags, …) lays out only the lines that fit and clips to rect by
    // itself when the text does not (no Qt::TextDontClip), so hostile text stays in its box
    // without a save/clip/restore of our own around every cell: most cells fit, and the PDF
    // then carries no clip path for them.
    auto drawText = [&](const QRectF &rect, int flags, const QString &text, const QFont &f,
                        const QColor &color = Qt::black) {
        if (text.isEmpty())
            return;
        p.setFont(f);
        p.setPen(color);
        p.drawText(rect, flags, text);
    };

    auto drawTableHeader = [&](qreal y) {
        const QRectF band(page.left(), y, w, tableHeaderHeight);
        p.fillRect(band, QColor(0xEE, 0xF1, 0xF5));
        const int f = Qt::AlignVCenter | Qt::TextWordWrap;
        auto cell = [&](qreal x0, qreal x1, const QString &t, int align) {
            drawText(QRectF(x0 + cellPad, y, x1 - x0 - 2 * cellPad, tableHeaderHeight), f | align, t, bold);
        };
        cell(cols.index, cols.description, QCoreApplication::translate("Invoice", "#"), Qt::AlignLeft);
        cell(cols.description, cols.hsn, QCoreApplication::translate("Invoice", "Description"), Qt::AlignLeft);
        cell(cols.hsn, cols.quantity, QCoreApplication::translate("Invoice", "HSN/SAC"), Qt::AlignLeft);
        cell(cols.quantity, cols.unitPrice, QCoreApplication::translate("Invoice", "Qty"), Qt::AlignRight);
        cell(cols.unitPrice, cols.discount, QCoreApplication::translate("Invoice", "Unit price"), Qt::AlignRight);
        cell(cols.discount, cols.amount, QCoreApplication::translate("Invoice", "Discount"), Qt::AlignRight);
        cell(cols.amount, cols.right, QCoreApplication::translate("Invoice", "Taxable value"), Qt::AlignRight);
        return y + tableHeaderHeight;
    };

    auto drawWatermark = [&]() {
        if (watermark.isEmpty())
            return;
        p.save();
        p.translate(page.width / 2, page.height / 2);
        p.rotate(-35);
        QFont f = font(80, true);
        p.setFont(f);
        p.setPen(QColor(0, 0, 0, 22));
        p.drawText(QRectF(-page.width, -page.height / 4, 2 * page.width, page.height / 2), Qt::AlignCenter, watermark);
        p.restore();
    };

    auto drawFooter = [&](int index) {
        const QRectF rect(page.left(), page.height - page.margin - footerHeight / 2, w, footerHeight / 2);
        p.setPen(QColor(0xC0, 0xC6, 0xCE));
        p.drawLine(QPointF(page.left(), rect.top()), QPointF(page.right(), rect.top()));
        drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
            inv.sellerName + QStringLiteral(" · ") + inv.number + QStringLiteral(" · ")
                + QCoreApplication::translate("Invoice", "This is a computer-generated invoice."),
            small, QColor(0x55, 0x5E, 0x6A));
        drawText(rect, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("Invoice", "Page %1 of %2").arg(index + 1).arg(pageCount), small,
            QColor(0x55, 0x5E, 0x6A));
    };

    for (int pi = 0; pi < pageCount; ++pi) {
        if (pi > 0 || startOnNewPage)
            device.newPage();
        drawWatermark();
        qreal y = page.margin;
        if (pi == 0) {
            // Seller (left) and document facts (right).
            const qreal half = w / 2;
            qreal sellerX = page.left();
            if (!m_options.logo.isNull()) {
                const QSizeF box(page.pt(48), page.pt(48));
                const QSizeF fitted = QSizeF(m_options.logo.size()).scaled(box, Qt::KeepAspectRatio);
                p.drawImage(QRectF(QPointF(page.left(), y), fitted), m_options.logo);
                sellerX += box.width() + page.pt(8);
            }
            const qreal sellerW = half - (sellerX - page.left());
            // The seller's name on one line: smaller type down to 10 pt when it is long, then elided.
            QFont nameFont = heading;
            while (nameFont.pointSizeF() > 10
                && QFontMetricsF(nameFont, &device).horizontalAdvance(inv.sellerName) > sellerW)
                nameFont.setPointSizeF(nameFont.pointSizeF() - 0.5);
            drawText(QRectF(sellerX, y, sellerW, page.pt(22)), Qt::AlignLeft | Qt::AlignTop,
                QFontMetricsF(nameFont, &device).elidedText(inv.sellerName, Qt::ElideRight, sellerW), nameFont,
                QColor(0x1F, 0x3A, 0x5F));
            drawText(QRectF(sellerX, y + page.pt(24), sellerW, page.pt(60)),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                partyBlock({}, inv.sellerAddress, inv.sellerGstin).mid(1), body);
            drawText(QRectF(page.left() + half, y, half, page.pt(24)), Qt::AlignRight | Qt::AlignTop,
                documentTitle(inv).toUpper(), title, QColor(0x1F, 0x3A, 0x5F));
            QStringList facts;
            facts << QCoreApplication::translate("Invoice", "Invoice no.: %1").arg(inv.number);
            if (inv.issuedAt.isValid())
                facts << QCoreApplication::translate("Invoice", "Date of issue: %1")
                             .arg(locale.toString(inv.issuedAt.toUTC().date(), QLocale::LongFormat));
            if (inv.dueAt.isValid())
                facts << QCoreApplication::translate("Invoice", "Due: %1")
                             .arg(locale.toString(inv.dueAt.toUTC().date(), QLocale::LongFormat));
            if (inv.status != InvoiceStatus::Other)
                facts << QCoreApplication::translate("Invoice", "Status: %1").arg(statusText(inv.status));
            drawText(QRectF(page.left() + half, y + page.pt(26), half, page.pt(60)), Qt::AlignRight | Qt::AlignTop,
                facts.join(u'\n'), body);
            y += page.pt(92);

            // Buyer (left) and supply facts (right).
            drawText(QRectF(page.left(), y, half, page.pt(12)), Qt::AlignLeft,
                QCoreApplication::translate("Invoice", "Bill to"), bold, QColor(0x55, 0x5E, 0x6A));
            drawText(QRectF(page.left(), y + page.pt(13), half - page.pt(10), page.pt(75)),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere,
                partyBlock(inv.buyerName, inv.buyerAddress, inv.buyerGstin, inv.buyerEmail), body);
            QStringList supply;
            if (!inv.placeOfSupply.isEmpty())
                supply << QCoreApplication::translate("Invoice", "Place of supply: %1 (%2)")
                              .arg(gstin::stateName(inv.placeOfSupply), inv.placeOfSupply);
            if (!inv.sellerGstin.isEmpty())
                supply << QCoreApplication::translate("Invoice", "Tax payable on reverse charge: %1")
                              .arg(inv.reverseCharge ? QCoreApplication::translate("Invoice", "Yes")
                                                     : QCoreApplication::translate("Invoice", "No"));
            supply << QCoreApplication::translate("Invoice", "Currency: %1").arg(inv.currency);
            drawText(QRectF(page.left() + half, y + page.pt(13), half, page.pt(60)),
                Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, supply.join(u'\n'), body);
            y = page.margin + headerBlockHeight;
        }

        y = drawTableHeader(y);
        const auto [first, last] = pageRows.at(pi);
        for (int i = first; i < last; ++i) {
            const InvoiceLine &line = inv.lines.at(i);
            const Row &row = rows.at(i);
            const int f = Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere;
            auto cell = [&](qreal x0, qreal x1, const QString &t, int align) {
                drawText(QRectF(x0 + cellPad, y + cellPad, x1 - x0 - 2 * cellPad, row.height - 2 * cellPad), f | align,
                    t, body);
            };
            cell(cols.index, cols.description, QString::number(i + 1), Qt::AlignLeft);
            const qreal periodHeight = row.period.isEmpty() ? 0 : smallMetrics.height();
            drawText(
                QRectF(cols.description + cellPad, y + cellPad, descWidth, row.height - 2 * cellPad - periodHeight),
                f | Qt::AlignLeft, row.description, body);
            if (!row.period.isEmpty())
                drawText(QRectF(cols.description + cellPad, y + row.height - cellPad - periodHeight, descWidth,
                             periodHeight),
                    Qt::AlignLeft, row.period, small, QColor(0x55, 0x5E, 0x6A));
            cell(cols.hsn, cols.quantity, line.hsnSac, Qt::AlignLeft);
            cell(cols.quantity, cols.unitPrice, locale.toString(line.quantity), Qt::AlignRight);
            cell(cols.unitPrice, cols.discount, money(line.unitPrice), Qt::AlignRight);
            cell(cols.discount, cols.amount, line.discount.isZero() ? QStringLiteral("–") : money(line.discount),
                Qt::AlignRight);
            cell(cols.amount, cols.right, money(line.amount), Qt::AlignRight);
            y += row.height;
            p.setPen(QColor(0xE1, 0xE5, 0xEA));
            p.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
        }

        if (pi == pageCount - 1) {
            // Totals, right-aligned under the table.
            y += page.pt(10);
            const qreal labelX = page.left() + w * 0.50;
            const qreal rowH = page.pt(14);
            auto total = [&](const QString &label, const QString &value, bool strong = false) {
                drawText(
                    QRectF(labelX, y, w * 0.32, rowH), Qt::AlignLeft | Qt::AlignVCenter, label, strong ? bold : body);
                drawText(QRectF(labelX + w * 0.32, y, w * 0.18, rowH), Qt::AlignRight | Qt::AlignVCenter, value,
                    strong ? bold : body);
                y += rowH;
            };
            total(QCoreApplication::translate("Invoice", "Subtotal"), money(inv.subtotal));
            if (inv.discountTotal.isValid() && !inv.discountTotal.isZero())
                total(inv.couponCode.isEmpty()
                        ? QCoreApplication::translate("Invoice", "Discount")
                        : QCoreApplication::translate("Invoice", "Discount (coupon %1)").arg(inv.couponCode),
                    money(*inv.discountTotal.negated()));
            for (const InvoiceTax &t : inv.taxes)
                total(taxLabel(t), money(t.amount));
            if (inv.roundOff.isValid() && !inv.roundOff.isZero())
                total(QCoreApplication::translate("Invoice", "Round off"), money(inv.roundOff));
            p.setPen(QColor(0x1F, 0x3A, 0x5F));
            p.drawLine(QPointF(labelX, y + page.pt(1)), QPointF(page.right(), y + page.pt(1)));
            y += page.pt(3);
            total(QCoreApplication::translate("Invoice", "Total"), money(inv.total), true);
            total(QCoreApplication::translate("Invoice", "Amount paid"), money(inv.amountPaid));
            if (inv.creditsApplied.isValid() && !inv.creditsApplied.isZero())
                total(QCoreApplication::translate("Invoice", "Credits applied"), money(*inv.creditsApplied.negated()));
            total(QCoreApplication::translate("Invoice", "Amount due"), money(inv.amountDue), true);

            y += page.pt(8);
            if (!summary.isEmpty()) {
                drawText(QRectF(page.left(), y, w, page.pt(12)), Qt::AlignLeft | Qt::AlignVCenter,
                    QCoreApplication::translate("Invoice", "Tax summary"), bold, QColor(0x55, 0x5E, 0x6A));
                y += page.pt(12);
                // Columns: HSN/SAC, taxable value, one per tax, total tax.
                const qreal hsnW = w * 0.16, taxableW = w * 0.18, totalW = w * 0.16;
                const qreal taxW = (w - hsnW - taxableW - totalW) / qreal(inv.taxes.size());
                auto summaryRow = [&](const QStringList &cells, bool header) {
                    if (header)
                        p.fillRect(QRectF(page.left(), y, w, summaryRowHeight), QColor(0xEE, 0xF1, 0xF5));
                    qreal x = page.left();
                    for (qsizetype c = 0; c < cells.size(); ++c) {
                        const qreal cw = c == 0 ? hsnW : c == 1 ? taxableW : c == cells.size() - 1 ? totalW : taxW;
                        drawText(QRectF(x + cellPad, y, cw - 2 * cellPad, summaryRowHeight),
                            Qt::AlignVCenter | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), cells.at(c),
                            header ? bold : body);
                        x += cw;
                    }
                    y += summaryRowHeight;
                    p.setPen(QColor(0xE1, 0xE5, 0xEA));
                    p.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
                };
                QStringList header{QCoreApplication::translate("Invoice", "HSN/SAC"),
                    QCoreApplication::translate("Invoice", "Taxable value")};
                for (const InvoiceTax &t : inv.taxes)
                    header << taxLabel(t);
                header << QCoreApplication::translate("Invoice", "Total tax");
                summaryRow(header, true);
                Money taxable = Money::fromMinor(0, inv.currency);
                for (const TaxSummaryRow &r : summary) {
                    QStringList cells{r.hsnSac.isEmpty() ? QStringLiteral("–") : r.hsnSac, money(r.taxable)};
                    for (const Money &m : r.taxes)
                        cells << money(m);
                    cells << money(r.totalTax);
                    summaryRow(cells, false);
                    taxable = taxable.plus(r.taxable).value_or(taxable);
                }
                QStringList totals{QCoreApplication::translate("Invoice", "Total"), money(taxable)};
                for (const InvoiceTax &t : inv.taxes)
                    totals << money(t.amount);
                totals << money(inv.taxTotal);
                summaryRow(totals, true);
                y += page.pt(8);
            }
            QStringList notes;
            if (!inv.paymentReferences.isEmpty())
                notes << QCoreApplication::translate("Invoice", "Payment references: %1")
                             .arg(inv.paymentReferences.join(QStringLiteral(", ")));
            if (!inv.notes.isEmpty())
                notes << inv.notes;
            if (!inv.sellerGstin.isEmpty())
                notes << QCoreApplication::translate("Invoice", "Authorised signatory, %1").arg(inv.sellerName);
            const qreal limit = page.height - page.margin - footerHeight;
            drawText(QRectF(page.left(), y, w, std::max<qreal>(0, limit - y)),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, notes.join(u'\n'), small,
                QColor(0x33, 0x3A, 0x44));
        }
        drawFooter(pi);
    }
    return pageCount;
}

} // namespace bc
