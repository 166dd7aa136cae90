// Invoices to PDF: invoice/ (QPainter onto QPdfWriter, in-process) against the tools a finance
// team would otherwise script, WeasyPrint and wkhtmltopdf, rendering an equivalent HTML of the
// same invoices in the same run. Prints one JSON object.
//
//   build/bench/invoice_bench --count 1000 [--work DIR] [--skip-html-tools]
//
// The HTML tools are Debian packages (apt install weasyprint wkhtmltopdf); when one is missing
// its entry says so instead of a figure.
#include "invoice/batchrender.h"
#include "invoice/invoicerenderer.h"
#include "invoice/taxsummary.h"
#include "models/words.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace bc;

namespace {

double ms(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

Money inr(qint64 paise)
{
    return Money::fromMinor(paise, QStringLiteral("INR"));
}

// A realistic month: 1 to 6 lines, intra- and inter-state GST, some discounts, some paid.
QList<Invoice> makeInvoices(int count)
{
    QList<Invoice> out;
    out.reserve(count);
    const QStringList plans = {QStringLiteral("Starter plan, monthly"), QStringLiteral("Growth plan, monthly"),
        QStringLiteral("Scale plan, yearly"), QStringLiteral("Additional seats"),
        QStringLiteral("AI credits top-up (10,000 credits)"), QStringLiteral("Priority support")};
    for (int i = 0; i < count; ++i) {
        Invoice inv;
        inv.id = QStringLiteral("inv_%1").arg(i);
        inv.number = QStringLiteral("ACME/2026-27/%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        inv.status = i % 3 == 0 ? InvoiceStatus::Paid : InvoiceStatus::Issued;
        inv.currency = QStringLiteral("INR");
        inv.issuedAt = QDateTime(QDate(2026, 11, 1 + i % 28), QTime(9, 0), Qt::UTC);
        inv.dueAt = inv.issuedAt.addDays(14);
        inv.sellerName = QStringLiteral("Jivan Software Private Limited");
        inv.sellerAddress = QStringLiteral("4th Floor, Sahajanand Complex, Ahmedabad 380009, Gujarat");
        inv.sellerGstin = QStringLiteral("24AABCJ1087G1ZT");
        inv.sellerStateCode = QStringLiteral("24");
        const bool inter = i % 2 == 1;
        inv.buyerName = QStringLiteral("Customer %1 Private Limited").arg(i + 1);
        inv.buyerAddress =
            inter ? QStringLiteral("12 MG Road, Bengaluru 560001") : QStringLiteral("Ring Road, Surat 395002");
        inv.buyerEmail = QStringLiteral("accounts%1@example.in").arg(i + 1);
        inv.buyerStateCode = inter ? QStringLiteral("29") : QStringLiteral("24");
        inv.placeOfSupply = inv.buyerStateCode;
        qint64 subtotal = 0, discount = 0;
        const int lines = 1 + i % 6;
        for (int l = 0; l < lines; ++l) {
            InvoiceLine line;
            line.description = plans.at((i + l) % plans.size());
            line.hsnSac = QStringLiteral("998314");
            line.quantity = 1 + (i + l) % 4;
            line.unitPrice = inr(99900 + 10000 * ((i + l) % 5));
            const qint64 gross = line.quantity.units * (99900 + 10000 * ((i + l) % 5));
            const qint64 off = (i + l) % 4 == 0 ? gross / 10 : 0;
            line.discount = inr(off);
            line.amount = inr(gross - off);
            line.periodStart = inv.issuedAt;
            line.periodEnd = inv.issuedAt.addMonths(1);
            subtotal += gross;
            discount += off;
            inv.lines.append(line);
        }
        const qint64 taxable = subtotal - discount;
        const qint64 tax = (taxable * 18 + 50) / 100;
        if (inter)
            inv.taxes = {{QStringLiteral("IGST"), 1800, inr(tax)}};
        else
            inv.taxes = {
                {QStringLiteral("CGST"), 900, inr(tax / 2)}, {QStringLiteral("SGST"), 900, inr(tax - tax / 2)}};
        const qint64 exact = taxable + tax;
        const qint64 rounded = (exact + 50) / 100 * 100;
        inv.subtotal = inr(subtotal);
        inv.discountTotal = inr(discount);
        inv.taxTotal = inr(tax);
        inv.roundOff = inr(rounded - exact);
        inv.total = inr(rounded);
        inv.amountPaid = inv.status == InvoiceStatus::Paid ? inv.total : inr(0);
        inv.amountDue = inv.status == InvoiceStatus::Paid ? inr(0) : inv.total;
        inv.paymentReferences =
            inv.status == InvoiceStatus::Paid ? QStringList{QStringLiteral("pay_%1").arg(i)} : QStringList{};
        inv.notes = QStringLiteral("Thank you for your business.");
        out.append(inv);
    }
    return out;
}

// The same document as HTML and CSS, the way one would template it for an HTML-to-PDF tool.
QString htmlInvoice(const Invoice &inv, const QLocale &locale)
{
    auto e = [](const QString &s) { return s.toHtmlEscaped(); };
    auto m = [&](const Money &v) { return e(v.toDisplayString(locale)); };
    QString h;
    h += QStringLiteral("<section class=inv>");
    if (inv.status == InvoiceStatus::Paid)
        h += QStringLiteral("<div class=wm>PAID</div>");
    h += QStringLiteral("<div class=head><div><h1>%1</h1><p>%2<br>GSTIN: %3</p></div>"
                        "<div class=r><h2>TAX INVOICE</h2><p>Invoice no.: %4<br>Date of issue: %5<br>Due: "
                        "%6<br>Status: %7</p></div></div>")
             .arg(e(inv.sellerName), e(inv.sellerAddress), e(inv.sellerGstin), e(inv.number),
                 locale.toString(inv.issuedAt.date(), QLocale::LongFormat),
                 locale.toString(inv.dueAt.date(), QLocale::LongFormat), e(wireWord(inv.status)));
    h += QStringLiteral(
        "<div class=head><div><b>Bill to</b><p>%1<br>%2<br>%3</p></div><div class=r><p>Place of supply: %4<br>"
        "Tax payable on reverse charge: No<br>Currency: %5</p></div></div>")
             .arg(e(inv.buyerName), e(inv.buyerAddress), e(inv.buyerEmail), e(inv.placeOfSupply), e(inv.currency));
    h += QStringLiteral("<table><thead><tr><th>#</th><th>Description</th><th>HSN/SAC</th><th class=n>Qty</th><th "
                        "class=n>Unit price</th>"
                        "<th class=n>Discount</th><th class=n>Taxable value</th></tr></thead><tbody>");
    for (qsizetype i = 0; i < inv.lines.size(); ++i) {
        const InvoiceLine &l = inv.lines.at(i);
        h += QStringLiteral("<tr><td>%1</td><td>%2<br><small>Period: %3 – %4</small></td><td>%5</td><td "
                            "class=n>%6</td><td class=n>%7</td>"
                            "<td class=n>%8</td><td class=n>%9</td></tr>")
                 .arg(i + 1)
                 .arg(e(l.description), locale.toString(l.periodStart.date(), QLocale::ShortFormat),
                     locale.toString(l.periodEnd.date(), QLocale::ShortFormat), e(l.hsnSac), l.quantity.toWireString(),
                     m(l.unitPrice), m(l.discount), m(l.amount));
    }
    h += QStringLiteral("</tbody></table><table class=tot>");
    auto row = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td></tr>").arg(label, value);
    };
    row(QStringLiteral("Subtotal"), m(inv.subtotal));
    row(QStringLiteral("Discount"), m(inv.discountTotal));
    for (const InvoiceTax &t : inv.taxes)
        row(QStringLiteral("%1 @ %2%").arg(t.name, t.rateText()), m(t.amount));
    row(QStringLiteral("Round off"), m(inv.roundOff));
    row(QStringLiteral("<b>Total</b>"), m(inv.total));
    row(QStringLiteral("Amount paid"), m(inv.amountPaid));
    row(QStringLiteral("<b>Amount due</b>"), m(inv.amountDue));
    // The HSN/SAC-wise tax summary, as invoice/ prints it on GST tax invoices.
    h += QStringLiteral("</table><h3>Tax summary</h3><table><tr><th>HSN/SAC</th><th class=n>Taxable value</th>");
    for (const InvoiceTax &t : inv.taxes)
        h += QStringLiteral("<th class=n>%1 @ %2%</th>").arg(t.name, t.rateText());
    h += QStringLiteral("<th class=n>Total tax</th></tr>");
    for (const TaxSummaryRow &r : taxSummary(inv)) {
        h += QStringLiteral("<tr><td>%1</td><td class=n>%2</td>").arg(e(r.hsnSac), m(r.taxable));
        for (const Money &x : r.taxes)
            h += QStringLiteral("<td class=n>%1</td>").arg(m(x));
        h += QStringLiteral("<td class=n>%1</td></tr>").arg(m(r.totalTax));
    }
    h += QStringLiteral("</table><p class=notes>%1</p><footer>%2 · %3</footer></section>")
             .arg(e(inv.notes), e(inv.sellerName), e(inv.number));
    return h;
}

QString htmlDocument(const QList<Invoice> &invoices, const QLocale &locale)
{
    QString h = QStringLiteral(
        "<!doctype html><html><head><meta charset=utf-8><style>"
        "@page{size:A4;margin:14mm}body{font-family:'DejaVu Sans';font-size:8.5pt;margin:0}"
        ".inv{position:relative;page-break-after:always}.head{display:flex;justify-content:space-between;margin-bottom:"
        "12pt}"
        ".r{text-align:right}h1{font-size:15pt;color:#1f3a5f;margin:0}h2{font-size:17pt;color:#1f3a5f;margin:0}"
        "table{width:100%;border-collapse:collapse}th{background:#eef1f5;text-align:left;padding:3pt}td{padding:3pt;"
        "border-bottom:1px solid #e1e5ea}"
        ".n{text-align:right}.tot{width:50%;margin-left:50%;margin-top:10pt}small{color:#555e6a}"
        ".wm{position:absolute;top:40%;left:10%;font-size:80pt;color:rgba(0,0,0,.09);transform:rotate(-35deg)}"
        "h3{font-size:8.5pt;color:#555e6a;margin:8pt 0 "
        "2pt}.notes{font-size:7pt}footer{font-size:7pt;color:#555e6a;border-top:1px solid #c0c6ce;margin-top:20pt}"
        "</style></head><body>");
    for (const Invoice &inv : invoices)
        h += htmlInvoice(inv, locale);
    h += QStringLiteral("</body></html>");
    return h;
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(60000);
    static const QRegularExpression re(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
}

// Runs one external tool: single-invoice latency (a one-invoice document) and the batch.
QJsonObject runTool(const QString &name, const QStringList &baseArgs, const QString &work, const QString &single,
    const QString &batch, int count)
{
    const QString exe = QStandardPaths::findExecutable(name);
    if (exe.isEmpty())
        return {{QStringLiteral("skipped"), QStringLiteral("%1 is not installed (apt install %1)").arg(name)}};
    auto once = [&](const QString &html, const QString &pdf) -> qint64 {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(exe, baseArgs + QStringList{html, pdf});
        if (!p.waitForFinished(3600 * 1000) || p.exitStatus() != QProcess::NormalExit || !QFileInfo::exists(pdf))
            return -1;
        return t.nsecsElapsed();
    };
    const QString singlePdf = work + QStringLiteral("/%1-single.pdf").arg(name);
    QList<qint64> singles;
    for (int i = 0; i < 3; ++i)
        singles.append(once(single, singlePdf));
    std::sort(singles.begin(), singles.end());
    const QString batchPdf = work + QStringLiteral("/%1-batch.pdf").arg(name);
    const qint64 batchNs = once(batch, batchPdf);
    if (singles.first() < 0 || batchNs < 0)
        return {{QStringLiteral("failed"), QStringLiteral("%1 did not produce a PDF").arg(name)}};
    const int pages = pdfPages(batchPdf);
    return {{QStringLiteral("single_invoice_ms"), ms(singles.at(1))}, {QStringLiteral("batch_ms"), ms(batchNs)},
        {QStringLiteral("invoices_per_second"), count / (double(batchNs) / 1e9)}, {QStringLiteral("pages"), pages},
        {QStringLiteral("ms_per_page"), pages > 0 ? ms(batchNs) / pages : 0.0},
        {QStringLiteral("bytes_per_invoice"), double(QFileInfo(batchPdf).size()) / count}};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(
        QStringLiteral("count"), QStringLiteral("Invoices in the batch."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption workOption(
        QStringLiteral("work"), QStringLiteral("Keep the PDFs in this directory."), QStringLiteral("dir"));
    const QCommandLineOption skipOption(
        QStringLiteral("skip-html-tools"), QStringLiteral("Only measure invoice/ (smoke runs)."));
    parser.addOptions({countOption, workOption, skipOption});
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());

    QTemporaryDir temp;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temp.path();
    QDir().mkpath(work);
    const QList<Invoice> invoices = makeInvoices(count);
    const InvoiceRenderOptions options;
    const InvoiceRenderer renderer(options);

    // Single invoice, in memory: warm once (font loading), then the median of 21.
    renderer.renderPdf(invoices.first());
    QList<qint64> singles;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const QByteArray pdf = renderer.renderPdf(invoices.at(i % invoices.size()));
        singles.append(t.nsecsElapsed());
        if (pdf.isEmpty())
            return 1;
    }
    std::sort(singles.begin(), singles.end());

    // The batch into one merged PDF on disk, as `render-invoices --merge` does.
    const QString merged = work + QStringLiteral("/invoice-batch.pdf");
    QString error;
    QElapsedTimer t;
    t.start();
    if (!InvoiceBatchRenderer(options).renderMerged(invoices, merged, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 mergedNs = t.nsecsElapsed();
    const int pages = pdfPages(merged);

    // One file per invoice: on one thread, then on one thread per core (as render-invoices does).
    const auto renderEach = [&](int threads, const QString &folder, qint64 *bytes) -> qint64 {
        QElapsedTimer each;
        each.start();
        if (!InvoiceBatchRenderer(options).renderEach(invoices, work + folder, &error, {}, threads)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return -1;
        }
        const qint64 ns = each.nsecsElapsed();
        *bytes = 0;
        for (const QFileInfo &fi : QDir(work + folder).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files))
            *bytes += fi.size();
        return ns;
    };
    qint64 eachBytes = 0;
    const qint64 oneThreadNs = renderEach(1, QStringLiteral("/each-1"), &eachBytes);
    const int threads = QThread::idealThreadCount();
    const qint64 eachNs = renderEach(threads, QStringLiteral("/each"), &eachBytes);
    if (oneThreadNs < 0 || eachNs < 0)
        return 1;
    const auto pagesPerSecond = [pages](qint64 ns) { return ns > 0 ? pages / (double(ns) / 1e9) : 0.0; };

    QJsonObject result{
        {QStringLiteral("invoices"), count},
        {QStringLiteral("invoice/"),
            QJsonObject{{QStringLiteral("single_invoice_ms"), ms(singles.at(singles.size() / 2))},
                {QStringLiteral("batch_ms"), ms(mergedNs)},
                {QStringLiteral("invoices_per_second"), count / (double(mergedNs) / 1e9)},
                {QStringLiteral("pages"), pages},
                {QStringLiteral("ms_per_page"), pages > 0 ? ms(mergedNs) / pages : 0.0},
                {QStringLiteral("bytes_per_invoice"), double(QFileInfo(merged).size()) / count},
                {QStringLiteral("pages_per_second"), pagesPerSecond(mergedNs)},
                {QStringLiteral("one_file_each_one_thread_ms"), ms(oneThreadNs)},
                {QStringLiteral("one_file_each_one_thread_pages_per_second"), pagesPerSecond(oneThreadNs)},
                {QStringLiteral("one_file_each_threads"), threads}, {QStringLiteral("one_file_each_ms"), ms(eachNs)},
                {QStringLiteral("one_file_each_pages_per_second"), pagesPerSecond(eachNs)},
                {QStringLiteral("one_file_each_bytes_per_invoice"), double(eachBytes) / count}}},
    };

    if (!parser.isSet(skipOption)) {
        const QLocale locale = options.locale;
        auto write = [&](const QString &path, const QString &html) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(html.toUtf8()) > 0;
        };
        const QString single = work + QStringLiteral("/single.html");
        const QString batch = work + QStringLiteral("/batch.html");
        if (!write(single, htmlDocument({invoices.first()}, locale)) || !write(batch, htmlDocument(invoices, locale)))
            return 1;
        result.insert(QStringLiteral("weasyprint"),
            runTool(QStringLiteral("weasyprint"), {QStringLiteral("-q")}, work, single, batch, count));
        result.insert(QStringLiteral("wkhtmltopdf"),
            runTool(QStringLiteral("wkhtmltopdf"),
                {QStringLiteral("-q"), QStringLiteral("--page-size"), QStringLiteral("A4")}, work, single, batch,
                count));
        const QJsonObject ours = result.value(QStringLiteral("invoice/")).toObject();
        const QJsonObject weasy = result.value(QStringLiteral("weasyprint")).toObject();
        if (weasy.contains(QStringLiteral("invoices_per_second")))
            result.insert(QStringLiteral("throughput_vs_weasyprint"),
                ours.value(QStringLiteral("invoices_per_second")).toDouble()
                    / weasy.value(QStringLiteral("invoices_per_second")).toDouble());
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
