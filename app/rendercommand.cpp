#include "rendercommand.h"

#include "headlesskey.h"

#include "api/orgbillingconnector.h"
#include "api/pager.h"
#include "api/transport.h"
#include "core/language.h"
#include "invoice/batchrender.h"
#include "invoice/printqueue.h"
#include "models/words.h"
#include "store/connectionprofile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bc;

namespace {

void say(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Runs one connector call to completion on a nested event loop.
template<typename T, typename Call>
ApiResult<T> await(Call call)
{
    QEventLoop loop;
    ApiResult<T> out;
    bool done = false;
    call([&](const ApiResult<T> &r) {
        out = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

// --profile: lists the invoices of the date range on the server, then fetches and renders them
// one at a time, so memory stays flat however long the month.
int renderFromServer(const ConnectionProfile &profile, const DateRangeQuery &range, std::optional<InvoiceStatus> status,
    const InvoiceRenderOptions &options, const QString &merge, const QString &outDir)
{
    ApiTransport transport;
    transport.setBaseUrl(profile.baseUrl);
    transport.setApiKey(profile.apiKey);
    OrgBillingConnector connector(&transport);
    QObject context;

    QStringList ids;
    PagerResult listed;
    QEventLoop loop;
    DateRangeQuery pages = range;
    pages.limit = 500;
    fetchAllPages<Invoice>(
        connector.invoicePages(pages, status), &context,
        [&ids](const QList<Invoice> &page) {
            for (const Invoice &inv : page)
                ids << inv.id;
        },
        [&](const PagerResult &result) {
            listed = result;
            loop.quit();
        });
    loop.exec();
    if (!listed.ok()) {
        say(QStringLiteral("render-invoices: %1").arg(listed.error.humanMessage()));
        return 1;
    }
    if (ids.isEmpty()) {
        say(QStringLiteral("render-invoices: no invoices from %1 to %2 on %3.")
                .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate), profile.name));
        return 1;
    }

    MergedInvoicePdf merged(options);
    const InvoiceBatchRenderer files(options);
    QString error;
    if (!merge.isEmpty() && !merged.open(merge, &error)) {
        say(QStringLiteral("render-invoices: %1").arg(error));
        return 1;
    }
    if (merge.isEmpty() && !QDir().mkpath(outDir)) {
        say(QStringLiteral("render-invoices: cannot create the directory %1.").arg(outDir));
        return 1;
    }
    QSet<QString> taken;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto inv = await<Invoice>([&](auto done) { connector.invoice(ids.at(i), &context, done); });
        if (!inv.ok()) {
            say(QStringLiteral("render-invoices: invoice %1: %2").arg(ids.at(i), inv.error.humanMessage()));
            return 1; // the merged file is discarded with `merged`
        }
        if (!merge.isEmpty()) {
            merged.add(inv.value);
        } else {
            if (!files.renderFile(inv.value, outDir, &taken, &error)) {
                say(QStringLiteral("render-invoices: %1").arg(error));
                return 1;
            }
        }
        if ((i + 1) % 50 == 0)
            say(QStringLiteral("%1 of %2…").arg(i + 1).arg(ids.size()));
    }
    if (!merge.isEmpty() && !merged.commit(&error)) {
        say(QStringLiteral("render-invoices: %1").arg(error));
        return 1;
    }
    say(QStringLiteral("Rendered %1 invoice(s) from %2 to %3.")
            .arg(ids.size())
            .arg(profile.name, merge.isEmpty() ? outDir : merge));
    return 0;
}

// Hands the merged PDF to the CUPS queue as one job; 0 when the queue took it, 1 (with the
// queue's words) when it refused. count < 0: not known here (the server path renders them).
int printMerged(const QString &queue, const QString &pdf, qsizetype count)
{
    const PrintOutcome sent = submitAndWait(
        {queue, pdf, QStringLiteral("Invoices %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)), 1, false});
    if (!sent.ok) {
        say(QStringLiteral("render-invoices: the printer %1 refused the job: %2").arg(queue, sent.error));
        return 1;
    }
    say(count < 0 ? QStringLiteral("Sent the invoices to %1 as job %2.").arg(queue, sent.jobId)
                  : QStringLiteral("Sent %1 invoice(s) to %2 as job %3.").arg(count).arg(queue, sent.jobId));
    return 0;
}

// The command's options, declared once for the parser and for reading them back.
struct RenderCommandLine
{
    const QCommandLineOption input{QStringLiteral("input"),
        QStringLiteral("A JSON array of invoices in the API's invoice shape ('-' reads stdin)."),
        QStringLiteral("file.json")};
    const QCommandLineOption out{
        QStringLiteral("out"), QStringLiteral("Write one PDF per invoice into this directory."), QStringLiteral("dir")};
    const QCommandLineOption merge{
        QStringLiteral("merge"), QStringLiteral("Write all invoices into one PDF."), QStringLiteral("file.pdf")};
    const QCommandLineOption print{QStringLiteral("print"),
        QStringLiteral("Print all invoices on this CUPS queue (as lpstat -p names it), in one job."),
        QStringLiteral("queue")};
    const QCommandLineOption pageSize{QStringLiteral("page-size"),
        QStringLiteral("A4 or Letter (default: Letter for US and Canadian locales, A4 elsewhere)."),
        QStringLiteral("size")};
    const QCommandLineOption locale{QStringLiteral("locale"),
        QStringLiteral("Locale for dates and amounts, e.g. en_IN (default), en_US, de_DE."), QStringLiteral("name"),
        QStringLiteral("en_IN")};
    const QCommandLineOption copy{
        QStringLiteral("copy"), QStringLiteral("Mark every page as a copy: DUPLICATE."), QStringLiteral("kind")};
    const QCommandLineOption profile{QStringLiteral("profile"),
        QStringLiteral("Fetch the invoices from this saved connection profile (name or role)."),
        QStringLiteral("name")};
    const QCommandLineOption from{
        QStringLiteral("from"), QStringLiteral("With --profile: first day, YYYY-MM-DD."), QStringLiteral("date")};
    const QCommandLineOption to{QStringLiteral("to"),
        QStringLiteral("With --profile: last day, YYYY-MM-DD (default: today)."), QStringLiteral("date")};
    const QCommandLineOption status{QStringLiteral("status"),
        QStringLiteral("With --profile: only invoices with this status (paid, issued, …)."), QStringLiteral("status")};
    const QCommandLineOption logo{QStringLiteral("logo"),
        QStringLiteral("The seller's logo (PNG or JPEG), printed beside the seller block."), QStringLiteral("file")};
    const QCommandLineOption keyStdin = keyStdinOption();
    const QCommandLineOption keyFile = keyFileOption();

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            {input, out, merge, print, pageSize, locale, copy, profile, from, to, status, logo, keyStdin, keyFile});
    }
};

// The rendering options from the command line; 0, or the exit code after saying what is wrong.
int readRenderOptions(const QCommandLineParser &parser, const RenderCommandLine &cl, InvoiceRenderOptions *options)
{
    options->locale = QLocale(parser.value(cl.locale));
    if (options->locale.language() == QLocale::C && parser.value(cl.locale) != QLatin1String("C")) {
        say(QStringLiteral("render-invoices: unknown locale '%1' (e.g. en_IN, en_US, de_DE).")
                .arg(parser.value(cl.locale)));
        return 2;
    }
    language::apply(options->locale); // the invoice's labels in the locale's language
    const QString size = parser.value(cl.pageSize).toLower();
    if (size.isEmpty())
        options->pageSize = InvoiceRenderOptions::pageSizeFor(options->locale);
    else if (size == QLatin1String("a4"))
        options->pageSize = QPageSize(QPageSize::A4);
    else if (size == QLatin1String("letter"))
        options->pageSize = QPageSize(QPageSize::Letter);
    else {
        say(QStringLiteral("render-invoices: unknown page size '%1' (use A4 or Letter).")
                .arg(parser.value(cl.pageSize)));
        return 2;
    }
    if (parser.isSet(cl.logo) && !options->logo.load(parser.value(cl.logo))) {
        say(QStringLiteral("render-invoices: cannot read the logo %1 (PNG or JPEG).").arg(parser.value(cl.logo)));
        return 1;
    }
    if (parser.isSet(cl.copy)) {
        if (parser.value(cl.copy).compare(QLatin1String("duplicate"), Qt::CaseInsensitive) != 0) {
            say(QStringLiteral("render-invoices: --copy takes DUPLICATE."));
            return 2;
        }
        options->watermark = QStringLiteral("DUPLICATE");
    }
    return 0;
}

// --profile with --from and --to: the range and status read, the profile opened, the invoices
// rendered from the server.
int renderProfile(const QCommandLineParser &parser, const RenderCommandLine &cl, const InvoiceRenderOptions &options,
    const QString &mergeTarget)
{
    DateRangeQuery range;
    range.from = QDate::fromString(parser.value(cl.from), Qt::ISODate);
    range.to = parser.isSet(cl.to) ? QDate::fromString(parser.value(cl.to), Qt::ISODate) : QDate::currentDate();
    const std::optional<InvoiceStatus> wantedStatus =
        parser.isSet(cl.status) ? fromWireWord<InvoiceStatus>(parser.value(cl.status)) : std::nullopt;
    if (parser.isSet(cl.status) && !wantedStatus) {
        say(QStringLiteral("render-invoices: --status must be one of draft, issued, paid, partially_paid, "
                           "cancelled, expired or void."));
        return 2;
    }
    if (!range.from.isValid() || !range.to.isValid() || range.from > range.to) {
        say(QStringLiteral("render-invoices: --from and --to must be dates (YYYY-MM-DD), --from not after --to."));
        return 2;
    }
    int failure = 0;
    const std::optional<ConnectionProfile> chosen =
        savedProfile("render-invoices", parser.value(cl.profile), parser, cl.keyStdin, cl.keyFile, &failure);
    if (!chosen)
        return failure;
    return renderFromServer(*chosen, range, wantedStatus, options, mergeTarget, parser.value(cl.out));
}

// --input FILE.json (or '-'): the invoices read and rendered in one go. *count: how many;
// `announce`: say where they went (not when they go on to a printer from a private folder).
int renderInput(const QString &inputPath, const InvoiceRenderOptions &options, const QString &mergeTarget,
    const QString &outDir, bool announce, qsizetype *count)
{
    QFile file;
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
    const bool ok = !mergeTarget.isEmpty() ? renderer.renderMerged(invoices, mergeTarget, &error)
                                           : renderer.renderEach(invoices, outDir, &error);
    if (!ok) {
        say(QStringLiteral("render-invoices: %1").arg(error));
        return 1;
    }
    *count = invoices.size();
    if (announce)
        say(QStringLiteral("Rendered %1 invoice(s) in %2 ms to %3.")
                .arg(invoices.size())
                .arg(timer.elapsed())
                .arg(mergeTarget.isEmpty() ? outDir : mergeTarget));
    return 0;
}

} // namespace

int runRenderInvoices(int argc, char *argv[])
{
    // Headless: fonts and QPdfWriter need a QGuiApplication, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    nameHeadlessApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Render invoices to PDF without opening the console.\n\n"
        "Examples:\n"
        "  billing-console render-invoices --input november.json --merge november.pdf\n"
        "  billing-console render-invoices --profile Production --from 2026-11-01 --to 2026-11-30 --out invoices/"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("render-invoices"), QStringLiteral("This command."));
    const RenderCommandLine cl;
    cl.addTo(parser);
    parser.process(app);

    if (parser.isSet(cl.input) == parser.isSet(cl.profile)) {
        say(QStringLiteral(
            "render-invoices: give --input FILE.json (or '-' for stdin), or --profile NAME with --from and --to."));
        return 2;
    }
    if (int(parser.isSet(cl.out)) + int(parser.isSet(cl.merge)) + int(parser.isSet(cl.print)) != 1) {
        say(QStringLiteral("render-invoices: give exactly one of --out DIR, --merge FILE.pdf or --print QUEUE."));
        return 2;
    }
    // Printing renders the one merged PDF into a private folder, then hands it to the queue.
    QTemporaryDir spool;
    QString mergeTarget = parser.value(cl.merge);
    const bool printing = parser.isSet(cl.print);
    if (printing) {
        if (lpProgram().isEmpty()) {
            say(QStringLiteral("render-invoices: ") + lpMissing());
            return 1;
        }
        if (!spool.isValid()) {
            say(QStringLiteral("render-invoices: cannot create a temporary folder: %1").arg(spool.errorString()));
            return 1;
        }
        mergeTarget = spool.filePath(QStringLiteral("invoices.pdf"));
    }

    InvoiceRenderOptions options;
    if (const int bad = readRenderOptions(parser, cl, &options))
        return bad;
    qsizetype count = -1; // not known here when the server path rendered them
    const int rendered = parser.isSet(cl.profile)
        ? renderProfile(parser, cl, options, mergeTarget)
        : renderInput(parser.value(cl.input), options, mergeTarget, parser.value(cl.out), !printing, &count);
    if (rendered != 0 || !printing)
        return rendered;
    return printMerged(parser.value(cl.print), mergeTarget, count);
}
