#include "creditbatchcommand.h"

#include "headlesskey.h"

#include "api/familyconnectors.h"
#include "core/creditbatchrun.h"
#include "core/session.h"
#include "core/sessionstore.h"
#include "models/creditbatch.h"
#include "models/quitonsignal.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace bc;

namespace {

void say(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

std::optional<QList<OrgSummary>> awaitCustomers(
    CreditsConnector *credits, const QList<creditbatch::InputRow> &rows, QString *error)
{
    std::optional<QList<OrgSummary>> customers;
    QEventLoop loop;
    lookUpCustomers(credits, rows, &loop, [&](const std::optional<QList<OrgSummary>> &found, const QString &why) {
        customers = found;
        *error = why;
        loop.quit();
    });
    loop.exec();
    return customers;
}

void printPreview(const creditbatch::Preview &preview)
{
    const QLocale locale;
    std::printf("Batch %s: %lld row(s), %d with problems, total change %s credits\n", qPrintable(preview.batchId),
        qlonglong(preview.rows.size()), preview.problemRows, qPrintable(locale.toString(preview.totalChange)));
    for (const creditbatch::PreviewRow &row : preview.rows) {
        QStringList problems;
        for (creditbatch::Problem p : row.problems)
            problems << creditbatch::problemText(p);
        const bool known = row.customer && row.customer->balanceKnown;
        std::printf("  line %d  %-28s %12s %+12lld %12s  %s\n", row.input.line,
            qPrintable(row.customer ? row.customer->name : row.input.customer),
            qPrintable(known ? locale.toString(row.balanceBefore) : QStringLiteral("?")), qlonglong(row.change),
            qPrintable(known ? locale.toString(row.balanceAfter) : QStringLiteral("?")),
            qPrintable(problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; "))));
    }
    std::fflush(stdout);
}

} // namespace

int runAdjustCredits(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameHeadlessApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Adjust many customers' credits from a CSV file: customer (id, email or name), amount (signed whole "
        "credits), reason code, note; a header line may name the columns in any order.\n"
        "The batch is checked and shown first; without --dry-run its rows are then sent one at a time, each with "
        "its own idempotency key, through the outbox and the operator journal. Running the same file again "
        "applies nothing twice: rows already applied answer as they did.\n"
        "Exit status: 0 every row applied (or, with --dry-run, none has a problem), 1 a row has a problem or "
        "was refused or not sent, 2 bad usage.\n\n"
        "Example:\n"
        "  billing-console adjust-credits --profile Support --input outage.csv --reason \"Outage of 1 December\""));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("adjust-credits"), QStringLiteral("This command."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("The saved connection profile (name or role)."), QStringLiteral("name"));
    const QCommandLineOption input(
        QStringLiteral("input"), QStringLiteral("The CSV file, or - for standard input."), QStringLiteral("file"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Check and show the batch; send nothing."));
    const QCommandLineOption reason(QStringLiteral("reason"),
        QStringLiteral("Why the whole batch is applied (required to apply; kept with every row)."),
        QStringLiteral("text"));
    const QCommandLineOption allowNegative(
        QStringLiteral("allow-negative"), QStringLiteral("Let balances go below zero."));
    const QCommandLineOption skipProblems(QStringLiteral("skip-problem-rows"),
        QStringLiteral("Apply the rows without problems and skip the others (default: apply nothing)."));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Write the result CSV (row, customer, outcome, new balance, transaction) here."),
        QStringLiteral("file"));
    const QCommandLineOption store(QStringLiteral("store"),
        QStringLiteral("The console's local store (default: <data dir>/console.db)."), QStringLiteral("path"));
    const QCommandLineOption keyStdin = keyStdinOption();
    const QCommandLineOption keyFile = keyFileOption();
    parser.addOptions({profile, input, dryRun, reason, allowNegative, skipProblems, out, store, keyStdin, keyFile});
    parser.process(app);

    if (!parser.isSet(profile) || !parser.isSet(input)) {
        say(QStringLiteral("adjust-credits: give --profile NAME and --input FILE.csv."));
        return 2;
    }
    if (!parser.isSet(dryRun) && parser.value(reason).trimmed().isEmpty()) {
        say(QStringLiteral("adjust-credits: give --reason \"why\" to apply the batch (or --dry-run to check it)."));
        return 2;
    }
    QFile file;
    const bool fromStdin = parser.value(input) == QLatin1String("-");
    if (fromStdin ? !file.open(stdin, QIODevice::ReadOnly)
                  : (file.setFileName(parser.value(input)), !file.open(QIODevice::ReadOnly))) {
        say(QStringLiteral("adjust-credits: cannot read %1: %2").arg(parser.value(input), file.errorString()));
        return 1;
    }
    const QByteArray text = file.readAll();
    QList<creditbatch::InputRow> rows;
    QString error;
    if (!creditbatch::read(text, &rows, &error)) {
        say(QStringLiteral("adjust-credits: %1").arg(error));
        return 1;
    }

    int failure = 0;
    const std::optional<ConnectionProfile> chosen =
        savedProfile("adjust-credits", parser.value(profile), parser, keyStdin, keyFile, &failure);
    if (!chosen)
        return failure;
    LocalStore local(parser.isSet(store) ? parser.value(store) : LocalStore::defaultPath());
    if (!local.isOpen()) {
        say(QStringLiteral("adjust-credits: cannot open the local store: %1").arg(local.error()));
        return 1;
    }
    Session session;
    session.setLocalStore(&local);
    session.open(*chosen);
    if (!session.credits()) {
        say(QStringLiteral("adjust-credits: the server of '%1' has no credits.").arg(chosen->name));
        return 1;
    }
    if (!awaitSession(session, "adjust-credits"))
        return 1;
    const std::optional<QList<OrgSummary>> customers = awaitCustomers(session.credits(), rows, &error);
    if (!customers) {
        say(QStringLiteral("adjust-credits: the customers could not be looked up: %1").arg(error));
        return 1;
    }
    const creditbatch::Preview preview = creditbatch::preview(rows, *customers, parser.isSet(allowNegative));
    printPreview(preview);
    if (parser.isSet(dryRun))
        return preview.problemRows == 0 ? 0 : 1;
    if (preview.problemRows > 0 && !parser.isSet(skipProblems)) {
        say(QStringLiteral("adjust-credits: %1 row(s) have problems; nothing was sent. Mend them, or give "
                           "--skip-problem-rows to apply the others.")
                .arg(preview.problemRows));
        return 1;
    }

    CreditBatchRun run(session.credits(), preview, parser.value(reason), parser.isSet(allowNegative));
    run.keepIn(session.store()); // a batch stopped or killed shows in the console's Pending changes
    const bool terminal = isatty(fileno(stderr));
    QObject::connect(&run, &CreditBatchRun::progress, &app, [terminal](int done, int total) {
        if (terminal) // a counter in place on a terminal; a log gets the summary only
            std::fprintf(stderr, "\r%d of %d", done, total);
    });
    bool cancelled = false;
    QObject::connect(&run, &CreditBatchRun::finished, &app, [&cancelled](bool c) {
        cancelled = c;
        QCoreApplication::exit(0);
    });
    // Ctrl+C or SIGTERM ends the loop: the row in flight is kept in the outbox with its key, and
    // running the file again completes the batch without applying any row twice.
    quitOnTerminationSignals(app);
    QTimer::singleShot(0, &run, &CreditBatchRun::start);
    app.exec();
    if (run.isRunning()) {
        cancelled = true;
        say(QStringLiteral("\nadjust-credits: stopped; run the same file again to send the rest."));
    }
    if (terminal)
        std::fprintf(stderr, "\n");

    run.journal(session.store(), parser.value(reason), cancelled);
    std::printf("%s\n", qPrintable(run.summary()));
    if (parser.isSet(out)) {
        QSaveFile result(parser.value(out));
        if (!result.open(QIODevice::WriteOnly) || result.write(run.resultCsv()) < 0 || !result.commit()) {
            say(QStringLiteral("adjust-credits: cannot write %1: %2").arg(parser.value(out), result.errorString()));
            return 1;
        }
    }
    const bool all = run.count(CreditBatchRun::Outcome::Applied) + run.count(CreditBatchRun::Outcome::AlreadyApplied)
        == int(preview.rows.size());
    return all ? 0 : 1;
}
