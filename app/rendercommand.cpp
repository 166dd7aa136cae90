#include "rendercommand.h"

#include "invoice/batchrender.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

using namespace bc;

namespace {

void say(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int runRenderInvoices(int argc, char *argv[])
{
    // Headless: fonts and QPdfWriter need a QGuiApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("billing-console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Render invoices to PDF without opening the console.\n\n"
        "Example: billing-console render-invoices --input november.json --merge november.pdf"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("render-invoices"), QStringLiteral("This command."));
    const QCommandLineOption input(QStringLiteral("input"),
                                   QStringLiteral("A JSON array of invoices in the API's invoice shape ('-' reads stdin)."),
                                   QStringLiteral("file.json"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write one PDF per invoice into this directory."), QStringLiteral("dir"));
    const QCommandLineOption merge(QStringLiteral("merge"), QStringLiteral("Write all invoices into one PDF."), QStringLiteral("file.pdf"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("A4 or Letter (default: Letter for US and Canadian locales, A4 elsewhere)."), QStringLiteral("size"));
    const QCommandLineOption locale(QStringLiteral("locale"), QStringLiteral("Locale for dates and amounts, e.g. en_IN (default), en_US, de_DE."),
                                    QStringLiteral("name"), QStringLiteral("en_IN"));
    const QCommandLineOption copy(QStringLiteral("copy"), QStringLiteral("Mark every page as a copy: DUPLICATE."), QStringLiteral("kind"));
    parser.addOptions({input, out, merge, pageSize, locale, copy});
    parser.process(app);

    if (!parser.isSet(input)) {
        say(QStringLiteral("render-invoices: --input is required (a JSON file of invoices, or '-' for stdin)."));
        return 2;
    }
    if (parser.isSet(out) == parser.isSet(merge)) {
        say(QStringLiteral("render-invoices: give exactly one of --out DIR or --merge FILE.pdf."));
        return 2;
    }

    InvoiceRenderOptions options;
    options.locale = QLocale(parser.value(locale));
    const QString size = parser.value(pageSize).toLower();
    if (size.isEmpty())
        options.pageSize = InvoiceRenderOptions::pageSizeFor(options.locale);
    else if (size == QLatin1String("a4"))
        options.pageSize = QPageSize(QPageSize::A4);
    else if (size == QLatin1String("letter"))
        options.pageSize = QPageSize(QPageSize::Letter);
    else {
        say(QStringLiteral("render-invoices: unknown page size '%1' (use A4 or Letter).").arg(parser.value(pageSize)));
        return 2;
    }
    if (parser.isSet(copy)) {
        if (parser.value(copy).compare(QLatin1String("duplicate"), Qt::CaseInsensitive) != 0) {
            say(QStringLiteral("render-invoices: --copy takes DUPLICATE."));
            return 2;
        }
        options.watermark = QStringLiteral("DUPLICATE");
    }

    QFile file;
    const QString inputPath = parser.value(input);
    const bool opened = inputPath == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                        : (file.setFileName(inputPath), file.open(QIODevice::ReadOnly));
    if (!opened) {
        say(QStringLiteral("render-invoices: cannot read %1: %2.").arg(inputPath, file.errorString()));
        return 1;
    }
    QList<Invoice> invoices;
    QString error;
    if (!InvoiceBatchRenderer::parseInvoices(file.readAll(), &invoices, &error)) {
        say(QStringLiteral("render-invoices: %1: %2").arg(inputPath, error));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const InvoiceBatchRenderer renderer(options);
    const bool ok = parser.isSet(merge) ? renderer.renderMerged(invoices, parser.value(merge), &error)
                                        : renderer.renderEach(invoices, parser.value(out), &error);
    if (!ok) {
        say(QStringLiteral("render-invoices: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("Rendered %1 invoice(s) in %2 ms to %3.")
            .arg(invoices.size())
            .arg(timer.elapsed())
            .arg(parser.isSet(merge) ? parser.value(merge) : parser.value(out)));
    return 0;
}
