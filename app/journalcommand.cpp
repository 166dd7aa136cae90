#include "journalcommand.h"

#include "headlesskey.h"

#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <memory>

using namespace bc;

namespace {

void say(FILE *to, const QString &message)
{
    std::fprintf(to, "%s\n", qPrintable(message));
}

const QCommandLineOption &storeOption()
{
    static const QCommandLineOption option(QStringLiteral("store"),
        QStringLiteral("The console's local store (default: %1).").arg(QStringLiteral("<data dir>/console.db")),
        QStringLiteral("path"));
    return option;
}

// The existing store named by --store (or the default one), or null after saying why.
std::unique_ptr<LocalStore> openStore(const QCommandLineParser &parser, const char *command)
{
    const QString path = parser.isSet(storeOption()) ? parser.value(storeOption()) : LocalStore::defaultPath();
    if (!QFileInfo::exists(path)) {
        say(stderr, QStringLiteral("%1: there is no local store at %2").arg(QLatin1String(command), path));
        return nullptr;
    }
    auto store = std::make_unique<LocalStore>(path);
    if (!store->isOpen()) {
        say(stderr, QStringLiteral("%1: cannot open %2: %3").arg(QLatin1String(command), path, store->error()));
        return nullptr;
    }
    return store;
}

} // namespace

int runVerifyJournal(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameHeadlessApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks the operator journal's hash chain: every entry must be unchanged since it was written, "
                       "numbered without "
                       "gaps, linked to the one before, and the last one must be the last one written.\n"
                       "Exit status: 0 intact, 1 edited or removed entries found, 2 the journal could not be read."));
    parser.addHelpOption();
    parser.addOption(storeOption());
    const QCommandLineOption input(QStringLiteral("input"),
        QStringLiteral("Verify a JSON export instead of the local store."), QStringLiteral("journal.json"));
    parser.addOption(input);
    parser.addPositionalArgument(QStringLiteral("verify-journal"), QStringLiteral("The command."));
    parser.process(app);

    JournalVerdict verdict;
    QString what;
    if (parser.isSet(input)) {
        QFile file(parser.value(input));
        if (!file.open(QIODevice::ReadOnly)) {
            say(stderr, QStringLiteral("verify-journal: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return 2;
        }
        QString error;
        const auto entries = LocalStore::importJson(file.readAll(), &error);
        if (!entries) {
            say(stderr, QStringLiteral("verify-journal: %1 is not a journal export: %2").arg(file.fileName(), error));
            return 2;
        }
        verdict = LocalStore::verify(*entries);
        what = file.fileName();
    } else {
        const std::unique_ptr<LocalStore> store = openStore(parser, "verify-journal");
        if (!store)
            return 2;
        verdict = store->verifyJournal();
        what = store->path();
    }
    if (!verdict.ok) {
        say(stdout,
            QStringLiteral("NOT INTACT: %1 (%2; %3 entries verified before it)")
                .arg(verdict.problem, what)
                .arg(verdict.entries));
        return 1;
    }
    say(stdout, QStringLiteral("intact: %1 entries (%2)").arg(verdict.entries).arg(what));
    return 0;
}

int runExportJournal(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameHeadlessApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the operator journal as CSV or JSON (chosen by --format or the file's extension). The JSON keeps the "
        "hashes, so `billing-console verify-journal --input FILE.json` can check an export on its own."));
    parser.addHelpOption();
    parser.addOption(storeOption());
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("The file to write (- for standard output)."), QStringLiteral("file"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("format"));
    parser.addOptions({out, format});
    parser.addPositionalArgument(QStringLiteral("export-journal"), QStringLiteral("The command."));
    parser.process(app);

    const QString target = parser.value(out);
    if (target.isEmpty()) {
        say(stderr, QStringLiteral("export-journal: --out is required (a file, or - for standard output)"));
        return 2;
    }
    const QString fmt = parser.isSet(format)
        ? parser.value(format).toLower()
        : (target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                        : QStringLiteral("csv"));
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json")) {
        say(stderr, QStringLiteral("export-journal: --format must be csv or json, not “%1”").arg(fmt));
        return 2;
    }
    const std::unique_ptr<LocalStore> store = openStore(parser, "export-journal");
    if (!store)
        return 2;
    const QList<JournalEntry> entries = store->journal();
    bool ok;
    if (target == QLatin1String("-")) {
        QFile stdOut;
        stdOut.open(stdout, QIODevice::WriteOnly);
        ok = fmt == QLatin1String("json") ? LocalStore::exportJson(entries, &stdOut)
                                          : LocalStore::exportCsv(entries, &stdOut);
    } else {
        QSaveFile file(target);
        ok = file.open(QIODevice::WriteOnly)
            && (fmt == QLatin1String("json") ? LocalStore::exportJson(entries, &file)
                                             : LocalStore::exportCsv(entries, &file))
            && file.commit();
        if (!ok)
            say(stderr, QStringLiteral("export-journal: cannot write %1: %2").arg(target, file.errorString()));
        else
            say(stderr, QStringLiteral("wrote %1 entries to %2").arg(entries.size()).arg(target));
    }
    return ok ? 0 : 1;
}
