// Layout tests for invoice/: render real invoices, then read the PDF back with the tools an
// accountant's machine has (poppler's pdftotext/pdfinfo/pdffonts, qpdf) and check what is on
// the page: the numbers, names and totals, the page count, embedded fonts, and that hostile text
// stays inside the page.
#include "sandboxprocess.h"

#include "invoice/batchrender.h"
#include "invoice/invoicerenderer.h"
#include "invoice/pdffontnames.h"
#include "invoice/printqueue.h"
#include "invoice/taxsummary.h"
#include "models/gstin.h"
#include "models/invoicejson.h"
#include "models/words.h"
#include "store/connectionprofile.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace bc;

namespace {

QString validGstin(const QString &stateCode, const QString &pan)
{
    const QString first14 = stateCode + pan + QStringLiteral("1Z");
    return first14 + gstin::checkCharacter(first14);
}

Money inr(qint64 paise)
{
    return Money::fromMinor(paise, QStringLiteral("INR"));
}

Invoice gstInvoice(bool interState)
{
    Invoice inv;
    inv.id = QStringLiteral("inv_test");
    inv.number = interState ? QStringLiteral("ACME/2026-27/0043") : QStringLiteral("ACME/2026-27/0042");
    inv.status = InvoiceStatus::Issued;
    inv.currency = QStringLiteral("INR");
    inv.issuedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    inv.dueAt = QDateTime(QDate(2026, 11, 17), QTime(10, 0), Qt::UTC);
    inv.sellerName = QStringLiteral("Jivan Software Private Limited");
    inv.sellerAddress = QStringLiteral("4th Floor, Sahajanand Complex, Ahmedabad 380009, Gujarat");
    inv.sellerGstin = QStringLiteral("24AABCJ1087G1ZT");
    inv.sellerStateCode = QStringLiteral("24");
    inv.buyerName = interState ? QStringLiteral("Bengaluru Bakes LLP") : QStringLiteral("Surat Textiles Co");
    inv.buyerAddress =
        interState ? QStringLiteral("12 MG Road, Bengaluru 560001") : QStringLiteral("Ring Road, Surat 395002");
    inv.buyerStateCode = interState ? QStringLiteral("29") : QStringLiteral("24");
    inv.buyerGstin = validGstin(inv.buyerStateCode, QStringLiteral("AAFCB1234K"));
    inv.placeOfSupply = inv.buyerStateCode;
    InvoiceLine line;
    line.description = QStringLiteral("Growth plan, monthly");
    line.hsnSac = QStringLiteral("998314");
    line.quantity = 1;
    line.unitPrice = inr(199900);
    line.discount = inr(19990);
    line.amount = inr(179910);
    line.periodStart = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    line.periodEnd = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    inv.lines = {line};
    inv.subtotal = inr(199900);
    inv.discountTotal = inr(19990);
    // 18 % of 1,799.10 = 323.84 (CGST 161.92 + SGST 161.92); total 2,122.94 rounds to 2,123.
    if (interState) {
        inv.taxes = {{QStringLiteral("IGST"), 1800, inr(32384)}};
    } else {
        inv.taxes = {{QStringLiteral("CGST"), 900, inr(16192)}, {QStringLiteral("SGST"), 900, inr(16192)}};
    }
    inv.taxTotal = inr(32384);
    inv.roundOff = inr(6);
    inv.total = inr(212300);
    inv.amountPaid = inr(0);
    inv.amountDue = inr(212300);
    inv.notes = QStringLiteral("Thank you for your business.");
    return inv;
}

Invoice foreignInvoice(const QString &currency, qint64 unitMinor)
{
    Invoice inv;
    inv.id = QStringLiteral("inv_") + currency;
    inv.number = QStringLiteral("INV-") + currency + QStringLiteral("-7");
    inv.status = InvoiceStatus::Paid;
    inv.currency = currency;
    inv.issuedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    inv.sellerName = QStringLiteral("Acme Billing Inc.");
    inv.sellerAddress = QStringLiteral("1 Market St, San Francisco CA");
    inv.buyerName = QStringLiteral("Overseas Customer");
    InvoiceLine line;
    line.description = QStringLiteral("Seats");
    line.quantity = 3;
    line.unitPrice = Money::fromMinor(unitMinor, currency);
    line.discount = Money::fromMinor(0, currency);
    line.amount = Money::fromMinor(3 * unitMinor, currency);
    inv.lines = {line};
    inv.subtotal = line.amount;
    inv.discountTotal = Money::fromMinor(0, currency);
    inv.taxTotal = Money::fromMinor(0, currency);
    inv.roundOff = Money::fromMinor(0, currency);
    inv.total = line.amount;
    inv.amountPaid = line.amount;
    inv.amountDue = Money::fromMinor(0, currency);
    inv.paymentReferences = {QStringLiteral("pay_Q1w2e3r4t5")};
    return inv;
}

Invoice manyLines(int count, const QString &description)
{
    Invoice inv = gstInvoice(false);
    inv.lines.clear();
    qint64 sum = 0;
    for (int i = 0; i < count; ++i) {
        InvoiceLine line;
        line.description = description.isEmpty() ? QStringLiteral("Usage block %1").arg(i + 1) : description;
        line.hsnSac = QStringLiteral("998314");
        line.quantity = 1;
        line.unitPrice = inr(10000);
        line.discount = inr(0);
        line.amount = inr(10000);
        sum += 10000;
        inv.lines.append(line);
    }
    inv.subtotal = inr(sum);
    inv.discountTotal = inr(0);
    const qint64 half = sum * 9 / 100;
    inv.taxes = {{QStringLiteral("CGST"), 900, inr(half)}, {QStringLiteral("SGST"), 900, inr(half)}};
    inv.taxTotal = inr(2 * half);
    inv.roundOff = inr(0);
    inv.total = inr(sum + 2 * half);
    inv.amountPaid = inr(0);
    inv.amountDue = inv.total;
    return inv;
}

struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};

Tool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForFinished(120000))
        return t;
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

// pdftotext keeps reading order; -layout would re-flow columns and make assertions brittle.
// No-break spaces (between a currency code and its amount) are compared as spaces.
QString textOf(const QString &pdf, bool raw = false)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
    if (raw)
        args.prepend(QStringLiteral("-raw")); // content-stream order: keeps a rotated watermark's letters together
    return run(QStringLiteral("pdftotext"), args).out.replace(QChar(0xA0), u' ');
}

QString plain(QString display)
{
    return display.replace(QChar(0xA0), u' ');
}

int pagesOf(const QString &pdf)
{
    const QRegularExpression re(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    return re.match(run(QStringLiteral("pdfinfo"), {pdf}).out).captured(1).toInt();
}

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const Invoice &inv, const QString &name, InvoiceRenderOptions options = {})
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QString error;
        if (!InvoiceRenderer(options).renderPdf(inv, &file, &error))
            return {};
        return path;
    }

    void checkValidAndEmbedded(const QString &pdf)
    {
        const Tool check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        // pdffonts: name type encoding emb sub uni object ID; every font embedded, with a
        // Unicode map so text can be extracted.
        const QStringList rows = run(QStringLiteral("pdffonts"), {pdf}).out.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            const QStringList cols = row.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7, qPrintable(row));
            QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes")); // emb
            QCOMPARE(cols.at(cols.size() - 4), QStringLiteral("yes")); // sub: named as a subset
            QCOMPARE(cols.at(cols.size() - 3), QStringLiteral("yes")); // uni
        }
        // Only the glyphs used are embedded: the two DejaVu files alone are 1.4 MB.
        QVERIFY2(QFileInfo(pdf).size() < 200 * 1024, qPrintable(QString::number(QFileInfo(pdf).size())));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // BC_KEEP_TEST_OUTPUT=1 keeps the PDFs for a look (pdftoppm -png …).
        if (qEnvironmentVariableIsSet("BC_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs in %s", qPrintable(m_dir.path()));
        }
        for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "qpdf"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                "poppler-utils and qpdf are in scripts/debian-packages.txt");
    }

    // What the console asks of lp and how it reads the answers (the real queue: print_cups).
    void printQueueWords()
    {
        PrintSubmission job{
            QStringLiteral("office"), QStringLiteral("/tmp/-x.pdf"), QStringLiteral("25 invoices"), 0, true};
        QCOMPARE(lpArguments(job),
            QStringList({QStringLiteral("-d"), QStringLiteral("office"), QStringLiteral("-n"), QStringLiteral("1"),
                QStringLiteral("-t"), QStringLiteral("25 invoices"), QStringLiteral("-o"),
                QStringLiteral("sides=two-sided-long-edge"), QStringLiteral("--"), QStringLiteral("/tmp/-x.pdf")}));
        const PrintOutcome sent = lpOutcome(0, "request id is office-42 (1 file(s))\n", {});
        QVERIFY(sent.ok);
        QCOMPARE(sent.jobId, QStringLiteral("office-42"));
        const PrintOutcome refused = lpOutcome(1, {}, "/usr/bin/lp: Destination \"office\" is not accepting jobs.\n");
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("Destination \"office\" is not accepting jobs."));
        QVERIFY(!lpOutcome(0, "nothing useful", {}).ok); // no job id: not reported as sent
        QCOMPARE(lpOutcome(2, {}, {}).error, QStringLiteral("lp ended with code 2 and said nothing."));

        QCOMPARE(refusalReasonArguments(QStringLiteral("office")),
            QStringList({QStringLiteral("-a"), QStringLiteral("office")}));
        QCOMPARE(refusalReason("office not accepting requests since Wed 02 Dec 2026 10:00:00 -\n"
                               "\tOut of paper, refilled\n\ton Monday\nother accepting requests since Tue\n"),
            QStringLiteral("Out of paper, refilled on Monday"));
        QCOMPARE(refusalReason("office not accepting requests since Wed -\n\tRejecting Jobs\n"), QString());
        QCOMPARE(refusalReason("office accepting requests since Wed 02 Dec 2026\n"), QString());
        QCOMPARE(refusalReason({}), QString());
        QCOMPARE(refusalText(refused, QStringLiteral("Out of paper")),
            QStringLiteral("Destination \"office\" is not accepting jobs. The queue says: Out of paper"));
        QCOMPARE(refusalText(refused, {}), refused.error);
    }

    void gstIntraState()
    {
        const Invoice inv = gstInvoice(false);
        const QString pdf = render(inv, QStringLiteral("intra.pdf"));
        QVERIFY(!pdf.isEmpty());
        checkValidAndEmbedded(pdf);
        QCOMPARE(pagesOf(pdf), 1);
        const QString text = textOf(pdf);
        for (const QString &expected : QStringList{QStringLiteral("TAX INVOICE"), QStringLiteral("ACME/2026-27/0042"),
                 QStringLiteral("GSTIN: 24AABCJ1087G1ZT"), QStringLiteral("GSTIN: ") + inv.buyerGstin,
                 QStringLiteral("Surat Textiles Co"), QStringLiteral("998314"),
                 QStringLiteral("Place of supply: Gujarat (24)"), QStringLiteral("Tax payable on reverse charge: No"),
                 QStringLiteral("CGST @ 9.00%"), QStringLiteral("SGST @ 9.00%"), QStringLiteral("161.92"),
                 QStringLiteral("1,799.10"), QStringLiteral("2,123.00"), QStringLiteral("Tax summary"),
                 QStringLiteral("Total tax"), QStringLiteral("323.84"), QStringLiteral("Page 1 of 1")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("IGST")));
    }

    void taxSummaryAddsUpExactly()
    {
        // Three codes with taxable values that do not split 18 % evenly: each column still adds
        // up to the invoice's own tax line, to the paisa.
        Invoice inv = gstInvoice(false);
        inv.lines.clear();
        const QList<QPair<QString, qint64>> lines = {{QStringLiteral("998314"), 33333},
            {QStringLiteral("998315"), 33333}, {QStringLiteral("998314"), 1}, {QStringLiteral("997331"), 33334}};
        qint64 sum = 0;
        for (const auto &[hsn, paise] : lines) {
            InvoiceLine l;
            l.description = hsn;
            l.hsnSac = hsn;
            l.unitPrice = inr(paise);
            l.discount = inr(0);
            l.amount = inr(paise);
            sum += paise;
            inv.lines.append(l);
        }
        inv.taxes = {{QStringLiteral("CGST"), 900, inr(9000)}, {QStringLiteral("SGST"), 900, inr(9000)}};
        const QList<TaxSummaryRow> rows = taxSummary(inv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).hsnSac, QStringLiteral("998314"));
        QCOMPARE(rows.at(0).taxable, inr(33334));
        for (int t = 0; t < 2; ++t) {
            qint64 column = 0;
            for (const TaxSummaryRow &r : rows)
                column += r.taxes.at(t).minorUnits();
            QCOMPARE(column, 9000);
        }
        qint64 taxable = 0;
        for (const TaxSummaryRow &r : rows) {
            taxable += r.taxable.minorUnits();
            QCOMPARE(r.totalTax.minorUnits(), r.taxes.at(0).minorUnits() + r.taxes.at(1).minorUnits());
            QVERIFY(qAbs(r.taxes.at(0).minorUnits() - 3000) <= 1);
        }
        QCOMPARE(taxable, sum);
        inv.taxes.clear();
        QVERIFY(taxSummary(inv).isEmpty());
    }

    void taxSummaryPerRate()
    {
        // One invoice, lines at 18 % and 12 % inside the seller's state. By hand:
        //   998314 @ 18 %: 10,000.00 + 2,345.67 = 12,345.67; CGST 9 % = 1,111.11, SGST 9 % = 1,111.11
        //     (12,345.67 x 0.09 = 1,111.1103 -> 1,111.11)
        //   8470 @ 18 %: 5,000.00; CGST 9 % = 450.00, SGST 9 % = 450.00
        //   8470 @ 12 %: 7,777.77; CGST 6 % = 466.67, SGST 6 % = 466.67 (466.6662 -> 466.67)
        // The invoice's tax lines: CGST 9 % 1,561.11, SGST 9 % 1,561.11, CGST 6 % 466.67, SGST 6 % 466.67.
        Invoice inv = gstInvoice(false);
        inv.lines.clear();
        const struct
        {
            const char *hsn;
            qint64 paise;
            int rate;
        } lines[] = {
            {"998314", 1000000, 1800}, {"8470", 500000, 1800}, {"8470", 777777, 1200}, {"998314", 234567, 1800}};
        for (const auto &l : lines) {
            InvoiceLine line;
            line.description = QStringLiteral("Item %1").arg(QLatin1String(l.hsn));
            line.hsnSac = QLatin1String(l.hsn);
            line.unitPrice = inr(l.paise);
            line.discount = inr(0);
            line.amount = inr(l.paise);
            line.gstRateBasisPoints = l.rate;
            inv.lines.append(line);
        }
        inv.taxes = {{QStringLiteral("CGST"), 900, inr(156111)}, {QStringLiteral("SGST"), 900, inr(156111)},
            {QStringLiteral("CGST"), 600, inr(46667)}, {QStringLiteral("SGST"), 600, inr(46667)}};
        inv.taxTotal = inr(405556);
        inv.subtotal = inr(2512344);
        inv.discountTotal = inr(0);
        inv.roundOff = inr(-0);
        inv.total = inr(2917900);
        inv.amountDue = inv.total;
        const QList<TaxSummaryRow> rows = taxSummary(inv);
        QCOMPARE(rows.size(), 3);
        struct Expected
        {
            const char *hsn;
            int rate;
            qint64 taxable, cgst9, sgst9, cgst6, sgst6;
        };
        const Expected expected[] = {{"998314", 1800, 1234567, 111111, 111111, 0, 0},
            {"8470", 1800, 500000, 45000, 45000, 0, 0}, {"8470", 1200, 777777, 0, 0, 46667, 46667}};
        for (int i = 0; i < 3; ++i) {
            const TaxSummaryRow &r = rows.at(i);
            const Expected &e = expected[i];
            QCOMPARE(r.hsnSac, QLatin1String(e.hsn));
            QCOMPARE(r.rateBasisPoints, std::optional<int>(e.rate));
            QCOMPARE(r.taxable, inr(e.taxable));
            QCOMPARE(r.taxes.size(), 4);
            QCOMPARE(r.taxes.at(0), inr(e.cgst9));
            QCOMPARE(r.taxes.at(1), inr(e.sgst9));
            QCOMPARE(r.taxes.at(2), inr(e.cgst6));
            QCOMPARE(r.taxes.at(3), inr(e.sgst6));
            QCOMPARE(r.totalTax, inr(e.cgst9 + e.sgst9 + e.cgst6 + e.sgst6));
        }
        // 8470 at 18 % carries 900.00 of tax, not a share of every rate's.
        QCOMPARE(rows.at(1).totalTax, inr(90000));

        // Printed: a Rate column, and every header whole (two lines where one would clip).
        const QString pdf = render(inv, QStringLiteral("mixed-rates.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = textOf(pdf);
        for (const char *word : {"Rate", "18.00%", "12.00%", "Taxable", "Total tax", "1,111.11", "466.67", "900.00"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
        QCOMPARE(text.count(QStringLiteral("CGST @")) + text.count(QStringLiteral("CGST\n@")), 4); // totals + summary
        QVERIFY2(text.contains(QStringLiteral("9.00%")) && text.contains(QStringLiteral("6.00%")), qPrintable(text));
    }

    // Qt names the subset in the font descriptor only; PdfFontNameFixer gives each BaseFont the
    // descriptor's tag and moves the cross-reference offsets, also when the PDF arrives a byte at
    // a time (markers split across writes).
    void fontSubsetsAreNamedAsSubsets()
    {
        QByteArray raw;
        {
            QBuffer buffer(&raw);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            InvoiceRenderer().paint(gstInvoice(false), painter, writer);
        }
        QVERIFY(raw.contains("/BaseFont /DejaVuSans"));
        const auto fixedBy = [&raw](qsizetype piece) {
            QByteArray out;
            QBuffer buffer(&out);
            buffer.open(QIODevice::WriteOnly);
            PdfFontNameFixer fixer(&buffer);
            for (qsizetype at = 0; at < raw.size(); at += piece)
                fixer.write(raw.constData() + at, std::min(piece, raw.size() - at));
            return fixer.finish() && fixer.fontsTagged() == 4 ? out : QByteArray();
        };
        const QByteArray fixed = fixedBy(raw.size());
        QVERIFY(!fixed.isEmpty());
        QCOMPARE(fixedBy(1), fixed);
        QCOMPARE(fixedBy(7), fixed);
        QCOMPARE(fixed.size(), raw.size() + 4 * 7);
        // Every BaseFont carries its descriptor's tag…
        const QRegularExpression base(QStringLiteral("/BaseFont /([A-Z]{6}\\+)?(\\S+)"));
        int named = 0;
        for (const auto &m : base.globalMatch(QString::fromLatin1(fixed))) {
            QVERIFY2(!m.captured(1).isEmpty(), qPrintable(m.captured(0)));
            QVERIFY(fixed.contains(QString(QStringLiteral("/FontName /") + m.captured(1) + m.captured(2)).toLatin1()));
            ++named;
        }
        QCOMPARE(named, 4);
        // …and every object's offset in the table points at that object, startxref at the table.
        const qsizetype table = fixed.lastIndexOf("\nxref\n") + 1;
        const QList<QByteArray> lines = fixed.sliced(table).split('\n');
        const int count = lines.at(1).split(' ').at(1).toInt();
        QVERIFY(count > 10);
        for (int object = 1; object < count; ++object) {
            const QByteArray entry = lines.at(2 + object);
            QVERIFY2(entry.endsWith("n "), entry.constData());
            const qsizetype offset = entry.left(10).toLongLong();
            QVERIFY2(fixed.sliced(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj")),
                qPrintable(QStringLiteral("object %1 at %2").arg(object).arg(offset)));
        }
        const qsizetype startxref = fixed.lastIndexOf("startxref\n") + 10;
        QCOMPARE(fixed.sliced(startxref).split('\n').first().trimmed().toLongLong(), qint64(table));
    }

    void decimalQuantityPrints()
    {
        // 8.5 hours at ₹200.00: printed as 8.5 (it printed 9), amount ₹1,700.00.
        Invoice inv = gstInvoice(false);
        inv.lines[0].quantity = *Quantity::parse(u"8.5");
        inv.lines[0].unitPrice = inr(20000);
        inv.lines[0].discount = inr(0);
        inv.lines[0].amount = *inv.lines[0].quantity.times(inv.lines[0].unitPrice);
        QCOMPARE(inv.lines[0].amount, inr(170000));
        const QString text = textOf(render(inv, QStringLiteral("decimal-quantity.pdf")));
        QVERIFY2(text.contains(QStringLiteral("\n8.5\n")) || text.contains(QStringLiteral(" 8.5 ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("₹1,700.00")));
    }

    void logoBesideTheSeller()
    {
        InvoiceRenderOptions options;
        options.logo = QImage(400, 200, QImage::Format_RGB32);
        options.logo.fill(QColor(0x1F, 0x3A, 0x5F));
        const QString pdf = render(gstInvoice(false), QStringLiteral("logo.pdf"), options);
        checkValidAndEmbedded(pdf);
        // One image, on page 1; the seller's name is still there beside it.
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                       .out.split(u'\n', Qt::SkipEmptyParts)
                                       .mid(2);
        QCOMPARE(images.size(), 1);
        QVERIFY(images.first().simplified().startsWith(QStringLiteral("1 0 image 400 200")));
        QVERIFY(textOf(pdf).contains(QStringLiteral("Jivan Software Private Limited")));
        QCOMPARE(run(QStringLiteral("pdfimages"),
                     {QStringLiteral("-list"), render(gstInvoice(false), QStringLiteral("nologo.pdf"))})
                     .out.split(u'\n', Qt::SkipEmptyParts)
                     .size(),
            2);
    }

    void gstInterState()
    {
        const Invoice inv = gstInvoice(true);
        const QString pdf = render(inv, QStringLiteral("inter.pdf"));
        QVERIFY(!pdf.isEmpty());
        checkValidAndEmbedded(pdf);
        const QString text = textOf(pdf);
        for (const QString &expected :
            {QStringLiteral("ACME/2026-27/0043"), QStringLiteral("Place of supply: Karnataka (29)"),
                QStringLiteral("IGST @ 18.00%"), QStringLiteral("323.84"), QStringLiteral("2,123.00")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
        QVERIFY(!text.contains(QStringLiteral("CGST")));
        QVERIFY(!text.contains(QStringLiteral("SGST")));
    }

    void foreignCurrencies()
    {
        // JPY has no minor unit, KWD three: the page shows exactly what Money says.
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        InvoiceRenderOptions options;
        options.locale = locale;
        const Invoice yen = foreignInvoice(QStringLiteral("JPY"), 4000);
        const QString yenText = textOf(render(yen, QStringLiteral("jpy.pdf"), options));
        QVERIFY2(yenText.contains(QStringLiteral("12,000")), qPrintable(yenText));
        QVERIFY(!yenText.contains(QStringLiteral("12,000.0")));
        QVERIFY2(
            yenText.contains(plain(yen.total.toDisplayString(locale))), qPrintable(yen.total.toDisplayString(locale)));
        QVERIFY(!yenText.contains(QStringLiteral("TAX INVOICE")));
        QVERIFY(!yenText.contains(QStringLiteral("GSTIN")));

        Invoice dinar = foreignInvoice(QStringLiteral("KWD"), 4115);
        dinar.couponCode = QStringLiteral("GULF5");
        dinar.discountTotal = Money::fromMinor(500, QStringLiteral("KWD"));
        dinar.creditsApplied = Money::fromMinor(1000, QStringLiteral("KWD"));
        const QString pdf = render(dinar, QStringLiteral("kwd.pdf"), options);
        checkValidAndEmbedded(pdf);
        const QString kwdText = textOf(pdf);
        QVERIFY2(kwdText.contains(QStringLiteral("12.345")), qPrintable(kwdText));
        QVERIFY(kwdText.contains(QStringLiteral("4.115")));
        QVERIFY(kwdText.contains(QStringLiteral("pay_Q1w2e3r4t5")));
        QVERIFY2(kwdText.contains(QStringLiteral("Discount (coupon GULF5)")), qPrintable(kwdText));
        QVERIFY(kwdText.contains(QStringLiteral("Credits applied")));
        QVERIFY(kwdText.contains(QStringLiteral("1.000")));
        // Both survive the API's JSON shape.
        Invoice back;
        QString why;
        QVERIFY2(invoicejson::fromJson(invoicejson::toJson(dinar), &back, &why), qPrintable(why));
        QCOMPARE(back.couponCode, QStringLiteral("GULF5"));
        QCOMPARE(back.creditsApplied, dinar.creditsApplied);
    }

    void threePagesRepeatHeaders()
    {
        // Enough lines for three pages: every page repeats the table header and is numbered.
        Invoice inv = manyLines(85, {});
        const QString pdf = render(inv, QStringLiteral("three.pdf"));
        checkValidAndEmbedded(pdf);
        QCOMPARE(pagesOf(pdf), 3);
        const QString text = textOf(pdf);
        const QStringList pages = text.split(u'\f');
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(pages.at(i).contains(QStringLiteral("Taxable value")), qPrintable(QString::number(i)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of 3").arg(i + 1)));
        }
        QVERIFY(text.contains(QStringLiteral("Usage block 1\n")));
        QVERIFY(text.contains(QStringLiteral("Usage block 85")));
        QVERIFY(pages.at(2).contains(QStringLiteral("Amount due")));
        QVERIFY(!pages.at(0).contains(QStringLiteral("Amount due")));
    }

    void hostileInputStaysInside()
    {
        Invoice inv = manyLines(200, {});
        inv.buyerName = QStringLiteral("<b>Bold</b> & <script>alert(1)</script> ") + QString(600, u'W');
        inv.buyerAddress = QStringLiteral("شركة الفواتير المحدودة، الرياض — חברת חשבוניות בע\"מ");
        inv.lines[7].description = QString(3000, u'M');
        inv.lines[8].description = QStringLiteral("%1 %2 %n \\u0000 <img src=x> ");
        inv.notes = QString(5000, u'N');
        const QString pdf = render(inv, QStringLiteral("hostile.pdf"));
        QVERIFY(!pdf.isEmpty());
        checkValidAndEmbedded(pdf);
        const int pages = pagesOf(pdf);
        QVERIFY2(pages >= 5 && pages <= 12, qPrintable(QString::number(pages)));
        const QString text = textOf(pdf);
        // Markup is printed as text, never interpreted; placeholders are not expanded.
        QVERIFY(text.contains(QStringLiteral("<b>Bold</b>")));
        QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(text.contains(QStringLiteral("%1 %2 %n")));
        QVERIFY(text.contains(QStringLiteral("Usage block 200")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));

        // Every word pdftotext finds lies inside the page's margins (40 pt each side).
        const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out;
        const QRegularExpression pageRe(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
        const auto pm = pageRe.match(html);
        QVERIFY(pm.hasMatch());
        const double width = pm.captured(1).toDouble();
        const double height = pm.captured(2).toDouble();
        const QRegularExpression wordRe(
            QStringLiteral("<word xMin=\"([\\d.-]+)\" yMin=\"([\\d.-]+)\" xMax=\"([\\d.-]+)\" yMax=\"([\\d.-]+)\""));
        int words = 0;
        for (auto it = wordRe.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            ++words;
            // A rotated watermark's box is computed unrotated; it is checked below by text.
            const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
            const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
            QVERIFY2(x0 >= 39.0 && x1 <= width - 39.0 && y0 >= 39.0 && y1 <= height - 39.0,
                qPrintable(QStringLiteral("word outside the margins at %1,%2-%3,%4").arg(x0).arg(y0).arg(x1).arg(y1)));
        }
        QVERIFY(words > 1000);
    }

    void bidiControlsAreIsolated()
    {
        // A right-to-left override in one field must not reorder what is printed after it.
        Invoice inv = gstInvoice(false);
        inv.buyerName = QStringLiteral("Lakeview \u202EClinics");
        inv.buyerAddress = QStringLiteral("Line one \u202E\nLine two \u2067 next");
        inv.number = QStringLiteral("INV-\u202E7");
        inv.lines[0].description = QStringLiteral("Usage \u202D\u2069 block");
        const QString pdf = render(inv, QStringLiteral("bidi.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = textOf(pdf);
        QVERIFY2(text.contains(QStringLiteral("GSTIN: %1").arg(inv.buyerGstin)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Line two")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page 1 of 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Lakeview")), qPrintable(text));
    }

    void watermarks_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paid") << "paid"
                              << ""
                              << "PAID";
        QTest::newRow("draft") << "draft"
                               << ""
                               << "DRAFT";
        QTest::newRow("void") << "cancelled"
                              << ""
                              << "VOID";
        QTest::newRow("duplicate copy") << "paid"
                                        << "DUPLICATE"
                                        << "DUPLICATE";
    }

    void watermarks()
    {
        QFETCH(QString, status);
        QFETCH(QString, forced);
        QFETCH(QString, expected);
        Invoice inv = gstInvoice(false);
        inv.status = *fromWireWord<InvoiceStatus>(status);
        InvoiceRenderOptions options;
        options.watermark = forced;
        const QString text = textOf(
            render(inv,
                QStringLiteral("wm-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_'),
                options),
            true);
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void headlessFromServer()
    {
        // --profile: the invoices of a date range fetched from a real server with a saved profile.
        bctest::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString owner = sandbox.key(QStringLiteral("owner"));
        const bctest::HttpResult list =
            sandbox.get(QStringLiteral("/api/billing/invoices?from=2000-01-01&to=2100-01-01&limit=500"), owner);
        QCOMPARE(list.status, 200);
        const QJsonArray onServer = list.json.value(QStringLiteral("data")).toArray();
        QVERIFY(onServer.size() >= 2);
        QVERIFY(list.json.value(QStringLiteral("next_cursor")).toString().isEmpty());

        const QString config = m_dir.filePath(QStringLiteral("config"));
        ConnectionProfile profile;
        profile.name = QStringLiteral("Acme production");
        profile.baseUrl = sandbox.url();
        profile.apiKey = owner;
        profile.role = Role::Owner;
        QString error;
        QVERIFY2(ProfileStore(config + QStringLiteral("/BillingConsole/billing-console")).save({profile}, &error),
            qPrintable(error));

        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("BILLING_CONSOLE_API_KEY"), owner); // no keychain in this test
        console.setProcessEnvironment(env);
        const QString merged = m_dir.filePath(QStringLiteral("from-server.pdf"));
        console.start(QStringLiteral(BC_CONSOLE_EXECUTABLE),
            {QStringLiteral("render-invoices"), QStringLiteral("--profile"), QStringLiteral("Acme production"),
                QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                QStringLiteral("2100-01-01"), QStringLiteral("--merge"), merged});
        QVERIFY(console.waitForFinished(120000));
        const QString err = QString::fromUtf8(console.readAllStandardError());
        QVERIFY2(console.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Rendered %1 invoice(s)").arg(onServer.size())), qPrintable(err));
        QVERIFY(pagesOf(merged) >= onServer.size());
        const QString text = textOf(merged);
        for (const QJsonValue &v : onServer)
            QVERIFY2(text.contains(v.toObject().value(QStringLiteral("number")).toString()),
                qPrintable(v.toObject().value(QStringLiteral("number")).toString()));

        // Without a key from the keychain or the caller, it says where a key may come from.
        env.remove(QStringLiteral("BILLING_CONSOLE_API_KEY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(BC_CONSOLE_EXECUTABLE),
            {QStringLiteral("render-invoices"), QStringLiteral("--profile"), QStringLiteral("Acme production"),
                QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--merge"), merged});
        QVERIFY(console.waitForFinished(60000));
        QCOMPARE(console.exitCode(), 1);
        QVERIFY(QString::fromUtf8(console.readAllStandardError()).contains(QStringLiteral("--key-stdin")));

        // An unknown profile names the saved ones.
        console.start(QStringLiteral(BC_CONSOLE_EXECUTABLE),
            {QStringLiteral("render-invoices"), QStringLiteral("--profile"), QStringLiteral("Staging"),
                QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--merge"), merged});
        QVERIFY(console.waitForFinished(60000));
        QCOMPARE(console.exitCode(), 1);
        QVERIFY(QString::fromUtf8(console.readAllStandardError()).contains(QStringLiteral("saved: Acme production")));
    }

    // One file per invoice on several threads: the same files, names and pages as on one thread;
    // progress on the calling thread can stop it; a file that cannot be written stops it too.
    void eachFileOnManyThreads()
    {
        QList<Invoice> invoices;
        for (int i = 0; i < 24; ++i) {
            Invoice inv = i % 3 == 2 ? manyLines(40, {}) : gstInvoice(i % 2 == 0);
            inv.number = QStringLiteral("ACME/2026-27/%1").arg(100 + i / 2); // pairs share a number
            invoices.append(inv);
        }
        const InvoiceBatchRenderer renderer;
        const QString one = m_dir.filePath(QStringLiteral("each-one"));
        const QString many = m_dir.filePath(QStringLiteral("each-many"));
        QString error;
        QVERIFY2(renderer.renderEach(invoices, one, &error, {}, 1), qPrintable(error));
        QList<int> seen;
        const auto record = [&seen](int done, int total) {
            seen.append(done);
            return done <= total;
        };
        QVERIFY2(renderer.renderEach(invoices, many, &error, record, 4), qPrintable(error));
        QCOMPARE(seen.last(), int(invoices.size()));
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        const QStringList files = QDir(one).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), invoices.size());
        QCOMPARE(QDir(many).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name), files);
        for (const QString &name : files) {
            const QString a = QDir(one).filePath(name);
            const QString b = QDir(many).filePath(name);
            QCOMPARE(pagesOf(b), pagesOf(a));
            QCOMPARE(textOf(b), textOf(a));
        }
        checkValidAndEmbedded(QDir(many).filePath(files.first()));

        // Stopped from the progress callback: it says so, and the rest is not drawn.
        const QString stopped = m_dir.filePath(QStringLiteral("each-stopped"));
        QVERIFY(!renderer.renderEach(
            invoices, stopped, &error, [](int done, int) { return done < 3; }, 2));
        QVERIFY2(error.startsWith(QLatin1String("Cancelled after")), qPrintable(error));
        QVERIFY(QDir(stopped).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() < invoices.size());

        // A file that cannot be written (a folder stands in its place) fails the batch by name.
        const QString blocked = m_dir.filePath(QStringLiteral("each-blocked"));
        QVERIFY(QDir().mkpath(QDir(blocked).filePath(files.at(5))));
        QVERIFY(!renderer.renderEach(invoices, blocked, &error, {}, 3));
        QVERIFY2(error.contains(files.at(5)), qPrintable(error));
    }

    void headlessCommand()
    {
        // The same renderer behind `billing-console render-invoices`, from the API's JSON shape.
        QJsonArray array;
        array.append(invoicejson::toJson(gstInvoice(false)));
        array.append(invoicejson::toJson(gstInvoice(true)));
        array.append(invoicejson::toJson(manyLines(85, {})));
        const QString input = m_dir.filePath(QStringLiteral("batch.json"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(array).toJson());
        f.close();

        const QString console = QStringLiteral(BC_CONSOLE_EXECUTABLE);
        const QString merged = m_dir.filePath(QStringLiteral("merged.pdf"));
        Tool t = run(console,
            {QStringLiteral("render-invoices"), QStringLiteral("--input"), input, QStringLiteral("--merge"), merged});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        QCOMPARE(pagesOf(merged), 1 + 1 + 3);
        checkValidAndEmbedded(merged);
        const QString text = textOf(merged);
        QVERIFY(text.contains(QStringLiteral("ACME/2026-27/0042")));
        QVERIFY(text.contains(QStringLiteral("ACME/2026-27/0043")));

        const QString outDir = m_dir.filePath(QStringLiteral("each"));
        t = run(console,
            {QStringLiteral("render-invoices"), QStringLiteral("--input"), input, QStringLiteral("--out"), outDir});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        const QStringList files = QDir(outDir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
        // Two invoices share a number in this batch: neither file replaces the other.
        QCOMPARE(files,
            (QStringList{QStringLiteral("ACME_2026-27_0042.pdf"), QStringLiteral("ACME_2026-27_0042_2.pdf"),
                QStringLiteral("ACME_2026-27_0043.pdf")}));
        QCOMPARE(pagesOf(QDir(outDir).filePath(files.at(1))), 3);

        // Paper follows the locale unless given: Letter (612 x 792 pt) for en_US.
        const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
        t = run(console,
            {QStringLiteral("render-invoices"), QStringLiteral("--input"), input, QStringLiteral("--locale"),
                QStringLiteral("en_US"), QStringLiteral("--merge"), letter});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        QVERIFY2(run(QStringLiteral("pdfinfo"), {letter}).out.contains(QStringLiteral("612 x 792 pts")),
            qPrintable(run(QStringLiteral("pdfinfo"), {letter}).out));
        QVERIFY(run(QStringLiteral("pdfinfo"), {merged}).out.contains(QStringLiteral("(A4)")));

        // The labels follow the locale's language (translations/), the amounts its number format.
        const QString german = m_dir.filePath(QStringLiteral("de.pdf"));
        t = run(console,
            {QStringLiteral("render-invoices"), QStringLiteral("--input"), input, QStringLiteral("--locale"),
                QStringLiteral("de_DE"), QStringLiteral("--merge"), german});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        checkValidAndEmbedded(german);
        const QString deText = textOf(german);
        for (const char *label :
            {"STEUERRECHNUNG", "Rechnungsempfänger", "Zwischensumme", "Steuerübersicht", "Seite 1 von 1"})
            QVERIFY2(deText.contains(QString::fromUtf8(label)), label);
        QVERIFY(!deText.contains(QStringLiteral("Tax Invoice"), Qt::CaseInsensitive));
        QVERIFY2(deText.contains(QRegularExpression(QStringLiteral("\\d\\.\\d{3},\\d{2}"))),
            "German grouping and decimal comma");
        const QString hindi = m_dir.filePath(QStringLiteral("hi.pdf"));
        t = run(console,
            {QStringLiteral("render-invoices"), QStringLiteral("--input"), input, QStringLiteral("--locale"),
                QStringLiteral("hi_IN"), QStringLiteral("--merge"), hindi});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        checkValidAndEmbedded(hindi);
        const QString hiText = textOf(hindi);
        QVERIFY2(hiText.contains(QStringLiteral("कर बीजक")), qPrintable(hiText.left(400)));
        QVERIFY(hiText.contains(QStringLiteral("ACME/2026-27/0042")));
        QVERIFY(!hiText.contains(QStringLiteral("Tax Invoice"), Qt::CaseInsensitive));

        // Bad input: a clear message naming the invoice and the field, exit 1, nothing written.
        QJsonObject broken = invoicejson::toJson(gstInvoice(true));
        broken.insert(QStringLiteral("total"), QStringLiteral("2,123.00"));
        array.replace(1, broken);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(array).toJson());
        f.close();
        const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
        t = run(console,
            {QStringLiteral("render-invoices"), QStringLiteral("--input"), input, QStringLiteral("--merge"), refused});
        QCOMPARE(t.exitCode, 1);
        QVERIFY2(
            t.err.contains(QStringLiteral("Invoice 2 (ACME/2026-27/0043)")) && t.err.contains(QStringLiteral("total")),
            qPrintable(t.err));
        QVERIFY(!QFile::exists(refused));

        t = run(console,
            {QStringLiteral("render-invoices"), QStringLiteral("--input"), input, QStringLiteral("--locale"),
                QStringLiteral("klingon"), QStringLiteral("--merge"), refused});
        QCOMPARE(t.exitCode, 2);
        QVERIFY2(t.err.contains(QStringLiteral("unknown locale 'klingon'")), qPrintable(t.err));

        t = run(console, {QStringLiteral("render-invoices"), QStringLiteral("--input"), input});
        QCOMPARE(t.exitCode, 2);
        QVERIFY(t.err.contains(QStringLiteral("--out")));
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoice_pdf.moc"
