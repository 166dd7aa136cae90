#include "reconcilecommand.h"

#include "headlesskey.h"

#include "core/reconciliationrun.h"
#include "core/session.h"
#include "models/quitonsignal.h"
#include "models/reconciliation.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
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

void printResult(const ReconciliationRun &run)
{
    const Reconciliation &r = run.result();
    std::printf("%s\n", qPrintable(run.summary()));
    for (const QString &line : totalsLines(r))
        std::printf("  %s\n", qPrintable(line));
    if (run.report().problemCount > 0) {
        std::printf("%lld report row(s) could not be read:\n", qlonglong(run.report().problemCount));
        for (const ReportProblem &p : run.report().problems)
            std::printf("  %s\n", qPrintable(p.message));
    }
    constexpr size_t shown = 50;
    for (size_t i = 0; i < std::min(shown, r.exceptions.size()); ++i) {
        const ReconciliationException &e = r.exceptions[i];
        std::printf("  %-20s %-24s %s\n", qPrintable(issueWord(e.issue)),
            qPrintable(exceptionPaymentId(e, run.report(), run.payments())),
            qPrintable(exceptionReason(e, run.report(), run.payments())));
    }
    if (r.exceptions.size() > shown)
        std::printf("  … and %lld more (--out writes them all)\n", qlonglong(r.exceptions.size() - shown));
    std::fflush(stdout);
}

} // namespace

int runReconcile(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameHeadlessApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reconcile the payment provider's report with the billing server's payments of the same dates, matched "
        "by the provider's payment id.\n"
        "Razorpay: the settlement reconciliation report (entity_id, type, amount, currency, fee, tax, credit, "
        "debit, created_at, settled_at, payment_id…). Stripe: the itemised balance change from activity or payout "
        "reconciliation report (balance_transaction_id, reporting_category, currency, gross, fee, net, "
        "payment_intent_id or charge_id, created_utc, available_on_utc…). Columns in any order; others ignored.\n"
        "Prints the totals per currency (matched, fees, tax on fees, refunds, net settled) and each exception: "
        "missing at the provider, unknown to the server, amount, currency or status differs, outside the dates, "
        "settled twice. The run is kept in the operator journal with the report's SHA-256.\n"
        "Exit status: 0 everything matched, 1 exceptions found (or the run failed), 2 bad usage.\n\n"
        "Example:\n"
        "  billing-console reconcile --profile Finance --provider razorpay --report settlements.csv \\\n"
        "      --from 2026-11-01 --to 2026-11-30 --out exceptions.csv"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("reconcile"), QStringLiteral("This command."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("The saved connection profile (name or role)."), QStringLiteral("name"));
    const QCommandLineOption provider(
        QStringLiteral("provider"), QStringLiteral("Whose report it is: razorpay or stripe."), QStringLiteral("name"));
    const QCommandLineOption report(
        QStringLiteral("report"), QStringLiteral("The provider's report, CSV."), QStringLiteral("file"));
    const QCommandLineOption from(
        QStringLiteral("from"), QStringLiteral("First day reconciled (YYYY-MM-DD, UTC)."), QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("Last day reconciled (YYYY-MM-DD, UTC)."), QStringLiteral("date"));
    const QCommandLineOption out(QStringLiteral("out"),
        QStringLiteral("Write the exceptions as CSV here."), QStringLiteral("file"));
    const QCommandLineOption store(QStringLiteral("store"),
        QStringLiteral("The console's local store (default: <data dir>/console.db)."), QStringLiteral("path"));
    const QCommandLineOption keyStdin = keyStdinOption();
    const QCommandLineOption keyFile = keyFileOption();
    parser.addOptions({profile, provider, report, from, to, out, store, keyStdin, keyFile});
    parser.process(app);

    if (!parser.isSet(profile) || !parser.isSet(provider) || !parser.isSet(report) || !parser.isSet(from)
        || !parser.isSet(to)) {
        say(QStringLiteral("reconcile: give --profile NAME --provider razorpay|stripe --report FILE.csv --from DATE "
                           "--to DATE."));
        return 2;
    }
    const std::optional<ReportProvider> whose = reportProviderFromName(parser.value(provider));
    if (!whose) {
        say(QStringLiteral("reconcile: --provider is razorpay or stripe, not “%1”.").arg(parser.value(provider)));
        return 2;
    }
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || first > last) {
        say(QStringLiteral("reconcile: --from and --to are dates (YYYY-MM-DD), the first not after the last."));
        return 2;
    }
    if (!QFileInfo(parser.value(report)).isReadable()) {
        say(QStringLiteral("reconcile: cannot read %1.").arg(parser.value(report)));
        return 1;
    }

    int failure = 0;
    const std::optional<ConnectionProfile> chosen =
        savedProfile("reconcile", parser.value(profile), parser, keyStdin, keyFile, &failure);
    if (!chosen)
        return failure;
    LocalStore local(parser.isSet(store) ? parser.value(store) : LocalStore::defaultPath());
    if (!local.isOpen()) {
        say(QStringLiteral("reconcile: cannot open the local store: %1").arg(local.error()));
        return 1;
    }
    Session session;
    session.setLocalStore(&local);
    session.open(*chosen);
    if (!session.orgBilling()) {
        say(QStringLiteral("reconcile: the server of '%1' keeps no payments to reconcile (its API has none).")
                .arg(chosen->name));
        return 1;
    }
    if (!awaitSession(session, "reconcile"))
        return 1;

    ReconciliationRun run(&session, *whose, parser.value(report), first, last);
    const bool terminal = isatty(fileno(stderr));
    QObject::connect(&run, &ReconciliationRun::progress, &app, [terminal](const QString &what, int) {
        if (terminal)
            std::fprintf(stderr, "\r%-70s", qPrintable(what));
    });
    QObject::connect(&run, &ReconciliationRun::finished, &app, [] { QCoreApplication::exit(0); });
    quitOnTerminationSignals(app);
    QTimer::singleShot(0, &run, &ReconciliationRun::start);
    app.exec();
    if (run.isRunning())
        run.cancel();
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!run.error().isEmpty()) {
        say(QStringLiteral("reconcile: %1").arg(run.error()));
        run.journal(session.store());
        return 1;
    }
    printResult(run);
    QString written;
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || !run.writeExceptions(&file) || !file.commit()) {
            say(QStringLiteral("reconcile: cannot write %1: %2").arg(parser.value(out), file.errorString()));
            return 1;
        }
        written = QFileInfo(parser.value(out)).absoluteFilePath();
    }
    run.journal(session.store(), written);
    return run.result().exceptions.empty() && run.report().problemCount == 0 ? 0 : 1;
}
