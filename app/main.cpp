// billing-console: the desktop console for people who run a company's billing.
#include "creditbatchcommand.h"
#include "reconcilecommand.h"
#include "embeddedsandbox.h"
#include "journalcommand.h"
#include "profilecommand.h"
#include "rendercommand.h"

#include "core/language.h"
#include "models/quitonsignal.h"
#include "resources/appicon.h"
#include "store/connectionprofile.h"
#include "store/localstore.h"
#include "ui/customerpane.h"
#include "ui/firstpaint.h"
#include "ui/mainwindow.h"
#include "ui/pane.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace bc;

namespace {

constexpr int kScreenshotTimeoutMs = 30000;

struct Options
{
    QCommandLineOption profile{QStringLiteral("profile"),
        QStringLiteral("Open this saved or demo profile (by name or role, e.g. owner)."), QStringLiteral("name")};
    QCommandLineOption sandboxDb{QStringLiteral("sandbox-database"),
        QStringLiteral("Database of the embedded demo sandbox."), QStringLiteral("path")};
    QCommandLineOption pane{QStringLiteral("pane"),
        QStringLiteral("Pane to open: subscriptions, customer, payments, ledger, invoices, dashboard, coupons, plans, "
                       "orders, tier, charges, pending or journal."),
        QStringLiteral("name")};
    QCommandLineOption customer{QStringLiteral("customer"),
        QStringLiteral("With --pane customer, as Support or Super Admin: the customer to open (a name or email "
                       "searched for, or an organisation id)."),
        QStringLiteral("text")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once the pane shows the server's data, then quit with 0; when the "
                       "pane cannot load within 30 s, save the PNG anyway, say why on stderr and quit with 1."),
        QStringLiteral("file.png")};
    QCommandLineOption store{QStringLiteral("store"),
        QStringLiteral("The local store: read cache, outbox of pending changes and operator journal (default: "
                       "<data dir>/console.db)."),
        QStringLiteral("path")};
    QCommandLineOption language{QStringLiteral("language"),
        QStringLiteral("Language for this run: en, de or hi (default: the one chosen in Preferences, else the "
                       "system's)."),
        QStringLiteral("code")};
    QCommandLineOption theme{QStringLiteral("theme"),
        QStringLiteral("Appearance for this run: light or dark (default: as chosen in Preferences, else the "
                       "desktop's)."),
        QStringLiteral("name")};
};

const char kDescription[] =
    "Billing Console: subscriptions, invoices, payments and credits for finance, support and admins.\n\n"
    "With no saved connection profile it starts the demo billing-sandbox on a free loopback port "
    "(data in the user's data directory) and offers one profile per demo role.\n\n"
    "Headless commands, for scripts and cron; no display needed (each has its own --help):\n"
    "  billing-console render-invoices (--input FILE.json | --profile NAME --from DATE [--to DATE] [--status S])\n"
    "                                  (--out DIR | --merge FILE.pdf) [--locale L] [--page-size A4|Letter]\n"
    "                                  [--copy DUPLICATE] [--logo FILE]\n"
    "      Invoices to PDF, one file each or merged; exit 1 on bad input, 2 on bad usage.\n"
    "  billing-console verify-journal [--store PATH | --input FILE.json]\n"
    "      Checks the operator journal's hash chain; exit 1 when an entry was edited or removed.\n"
    "  billing-console export-journal --out FILE|- [--format csv|json] [--store PATH]\n"
    "      Writes the operator journal as CSV or JSON (the JSON keeps the hashes).\n"
    "  billing-console adjust-credits --profile NAME --input FILE.csv (--dry-run | --reason TEXT) [--out FILE]\n"
    "      A batch of credit adjustments, checked, then applied once each (a re-run applies nothing twice).\n"
    "  billing-console reconcile --profile NAME --provider razorpay|stripe --report FILE.csv --from DATE --to DATE\n"
    "                            [--out exceptions.csv]\n"
    "      The provider's settlement report matched with the server's payments; exit 1 on exceptions.\n"
    "  billing-console profile add|list|remove|test …   (billing-console profile --help)\n"
    "      Connections to billing servers, their keys in the keychain: add tests and saves one\n"
    "      (--name --url --family --role, the key by --key-stdin, --key-file or BILLING_CONSOLE_API_KEY);\n"
    "      test exits 0 when a connection works, 1 with the reason when it does not.";

void setUpApplication()
{
    QApplication::setApplicationName(QStringLiteral("billing-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Billing Console"));
    QApplication::setOrganizationName(QStringLiteral("BillingConsole"));
    QApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.billingconsole.BillingConsole"));
}

// The language and appearance of this run; false (after saying why) for a code that is not one.
bool applyLanguageAndTheme(const QCommandLineParser &parser, const Options &o)
{
    QString languageCode = language::preferred();
    if (parser.isSet(o.language)) {
        languageCode = parser.value(o.language);
        bool known = false;
        for (const language::Choice &c : language::choices())
            known = known || (!c.code.isEmpty() && c.code == languageCode);
        if (!known) {
            std::fprintf(
                stderr, "billing-console: --language must be en, de or hi, not '%s'\n", qPrintable(languageCode));
            return false;
        }
    }
    language::apply(language::localeFor(languageCode));
    const QString themeCode = parser.isSet(o.theme) ? parser.value(o.theme) : theme::preferred();
    if (!themeCode.isEmpty() && themeCode != QLatin1String("light") && themeCode != QLatin1String("dark")) {
        std::fprintf(stderr, "billing-console: --theme must be light or dark, not '%s'\n", qPrintable(themeCode));
        return false;
    }
    theme::apply(themeCode);
    return true;
}

int pick(const QList<ConnectionProfile> &profiles, const QString &wanted)
{
    for (int i = 0; i < profiles.size(); ++i)
        if (!wanted.isEmpty() && (profiles.at(i).name == wanted || roleToString(profiles.at(i).role) == wanted))
            return i;
    return 0;
}

// Saves a PNG once `pane` has loaded (exit 0), or when it failed or did not load in time (exit 1,
// the reason on stderr): the contract scripts and checks rely on.
void screenshotWhenLoaded(MainWindow &window, Pane *pane, const QString &path)
{
    auto grab = [&window, path](int code, const QString &why) {
        // Let the last layout and paint settle before grabbing.
        QTimer::singleShot(400, &window, [&window, path, code, why] {
            const bool saved = window.grab().save(path);
            if (!why.isEmpty())
                std::fprintf(stderr, "screenshot: the pane did not load: %s\n", qPrintable(why));
            std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(path));
            QCoreApplication::exit(saved ? code : 1);
        });
    };
    auto once = std::make_shared<bool>(false);
    QObject::connect(pane, &Pane::loaded, &window, [grab, once] {
        if (!std::exchange(*once, true))
            grab(0, {});
    });
    QObject::connect(pane, &Pane::loadFailed, &window, [grab, once](const QString &why) {
        if (!std::exchange(*once, true))
            grab(1, why);
    });
    QTimer::singleShot(kScreenshotTimeoutMs, &window, [grab, once] {
        if (!std::exchange(*once, true))
            grab(1, QStringLiteral("no answer within 30 s"));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "render-invoices") == 0)
        return runRenderInvoices(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "verify-journal") == 0)
        return runVerifyJournal(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "export-journal") == 0)
        return runExportJournal(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "profile") == 0)
        return runProfileCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "adjust-credits") == 0)
        return runAdjustCredits(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "reconcile") == 0)
        return runReconcile(argc, argv);

    // The embedded checkout loads QtWebEngine from a plugin, after the application exists: its
    // OpenGL contexts must be shared from the start, or the first checkout crashes the console.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    quitOnTerminationSignals(app); // SIGTERM/SIGINT: quit, so the demo sandbox stops with the console
    setUpApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options o;
    parser.addOptions({o.profile, o.sandboxDb, o.pane, o.customer, o.screenshot, o.store, o.language, o.theme});
    parser.process(app);
    if (!applyLanguageAndTheme(parser, o))
        return 2;

    LocalStore store(parser.value(o.store));
    if (!store.isOpen())
        std::fprintf(stderr,
            "billing-console: the local store %s cannot be opened (%s); working without cache, outbox or journal\n",
            qPrintable(store.path()), qPrintable(store.error()));
    MainWindow window(store.isOpen() ? &store : nullptr);
    Pane *pane = parser.isSet(o.pane) ? window.pane(parser.value(o.pane))
                                    : window.pane(paneKinds().constFirst().info.id);
    if (!pane) {
        std::fprintf(stderr, "billing-console: there is no pane '%s'\n", qPrintable(parser.value(o.pane)));
        return 2;
    }
    window.showPane(pane->id());
    if (parser.isSet(o.customer))
        if (auto *customer = qobject_cast<CustomerPane *>(pane))
            customer->findAndOpen(parser.value(o.customer));

    EmbeddedSandbox sandbox;
    const QString wanted = parser.value(o.profile);
    QStringList notes;
    QList<ConnectionProfile> saved = ProfileStore().load(&notes);
    for (const QString &note : std::as_const(notes))
        std::fprintf(stderr, "billing-console: %s\n", qPrintable(note));
    const bool unattended = parser.isSet(o.screenshot);
    window.setAskForMissingKeys(!unattended);
    QObject::connect(&sandbox, &EmbeddedSandbox::started, &window, [&] {
        const auto profiles = sandbox.profiles();
        window.setProfiles(profiles, pick(profiles, wanted));
    });
    QObject::connect(&sandbox, &EmbeddedSandbox::failed, &window,
        [&window](const QString &message) { QMessageBox::critical(&window, QObject::tr("Demo sandbox"), message); });
    const QString demoDb = parser.isSet(o.sandboxDb)
        ? parser.value(o.sandboxDb)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-sandbox.sqlite");
    QObject::connect(&window, &MainWindow::demoRequested, &sandbox, [&sandbox, demoDb] { sandbox.start(demoDb); });
    if (!saved.isEmpty()) {
        const int chosen = pick(saved, wanted);
        // A key given to this run (scripts, kiosks without a keychain) is the chosen profile's.
        if (const QString key = qEnvironmentVariable("BILLING_CONSOLE_API_KEY").trimmed(); !key.isEmpty())
            saved[chosen].apiKey = key;
        window.setProfiles(saved, chosen);
    } else if (parser.isSet(o.profile) || unattended) {
        sandbox.start(demoDb); // a demo role asked for by name, or a screenshot of the demo
    } else {
        window.showWelcome(QFileInfo(EmbeddedSandbox::executablePath()).isExecutable()
                ? QString()
                : QObject::tr("The demo needs billing-sandbox, which is not installed here (Debian: install the "
                              "billing-console-demo package)."));
    }
    if (parser.isSet(o.screenshot))
        screenshotWhenLoaded(window, pane, parser.value(o.screenshot));
    if (FirstPaintProbe::wanted())
        new FirstPaintProbe(&window); // start-up measurements: bench/startup_bench
    window.show();
    const int rc = app.exec();
    sandbox.stop();
    return rc;
}
