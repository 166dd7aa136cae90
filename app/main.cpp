// billing-console: the desktop console for people who run a company's billing.
#include "embeddedsandbox.h"
#include "journalcommand.h"
#include "rendercommand.h"

#include "core/language.h"
#include "models/creditledgermodel.h"
#include "resources/appicon.h"
#include "store/connectionprofile.h"
#include "store/localstore.h"
#include "ui/adminpanes.h"
#include "ui/creditledgerpane.h"
#include "ui/dashboardpane.h"
#include "ui/invoicespane.h"
#include "ui/localpanes.h"
#include "ui/mainwindow.h"
#include "ui/paymentspane.h"
#include "ui/subscriptionspane.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace bc;

namespace {

QList<ConnectionProfile> demoProfiles(const EmbeddedSandbox &sandbox)
{
    const QJsonObject keys = sandbox.info().value(QStringLiteral("keys")).toObject();
    const QJsonObject platform = sandbox.info().value(QStringLiteral("platform")).toObject();
    const Role order[] = {Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member};
    QList<ConnectionProfile> profiles;
    for (Role role : order) {
        const QString key = keys.value(roleToString(role)).toString();
        if (key.isEmpty())
            continue;
        ConnectionProfile p;
        p.name = role == Role::SuperAdmin
            ? QCoreApplication::translate("main", "Demo · Super Admin (all organisations)")
            : QCoreApplication::translate("main", "Demo · %1 (Acme Retail)").arg(roleDisplayName(role));
        p.baseUrl = sandbox.url();
        p.apiKey = key;
        p.role = role;
        p.embedded = true;
        p.families = {QStringLiteral("org_billing"), QStringLiteral("credits"), QStringLiteral("platform"),
            QStringLiteral("tier")};
        p.companyId = platform.value(QStringLiteral("company_id")).toString();
        p.extensionId = platform.value(QStringLiteral("extension_id")).toString();
        profiles.append(p);
    }
    return profiles;
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

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("billing-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Billing Console"));
    QApplication::setOrganizationName(QStringLiteral("BillingConsole"));
    QApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("org.billingconsole.BillingConsole"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
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
        "      Writes the operator journal as CSV or JSON (the JSON keeps the hashes)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("Open this saved or demo profile (by name or role, e.g. owner)."), QStringLiteral("name"));
    const QCommandLineOption sandboxDb(QStringLiteral("sandbox-database"),
        QStringLiteral("Database of the embedded demo sandbox."), QStringLiteral("path"));
    const QCommandLineOption pane(QStringLiteral("pane"),
        QStringLiteral("Pane to open: subscriptions, payments, ledger, invoices, dashboard, coupons, plans, orders, "
                       "charges, pending or journal."),
        QStringLiteral("name"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once the pane has loaded, then quit (for docs and checks)."),
        QStringLiteral("file.png"));
    const QCommandLineOption storePath(QStringLiteral("store"),
        QStringLiteral("The local store: read cache, outbox of pending changes and operator journal (default: <data "
                       "dir>/console.db)."),
        QStringLiteral("path"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral(
            "Language for this run: en, de or hi (default: the one chosen in Preferences, else the system's)."),
        QStringLiteral("code"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QStringLiteral(
            "Appearance for this run: light or dark (default: as chosen in Preferences, else the desktop's)."),
        QStringLiteral("name"));
    parser.addOptions({profileOption, sandboxDb, pane, screenshot, storePath, languageOption, themeOption});
    parser.process(app);

    QString languageCode = language::preferred();
    if (parser.isSet(languageOption)) {
        languageCode = parser.value(languageOption);
        bool known = false;
        for (const language::Choice &c : language::choices())
            known = known || (!c.code.isEmpty() && c.code == languageCode);
        if (!known) {
            std::fprintf(
                stderr, "billing-console: --language must be en, de or hi, not '%s'\n", qPrintable(languageCode));
            return 2;
        }
    }
    language::apply(language::localeFor(languageCode));
    const QString themeCode = parser.isSet(themeOption) ? parser.value(themeOption) : theme::preferred();
    if (!themeCode.isEmpty() && themeCode != QLatin1String("light") && themeCode != QLatin1String("dark")) {
        std::fprintf(stderr, "billing-console: --theme must be light or dark, not '%s'\n", qPrintable(themeCode));
        return 2;
    }
    theme::apply(themeCode);

    LocalStore store(parser.value(storePath));
    if (!store.isOpen())
        std::fprintf(stderr,
            "billing-console: the local store %s cannot be opened (%s); working without cache, outbox or journal\n",
            qPrintable(store.path()), qPrintable(store.error()));
    MainWindow window(store.isOpen() ? &store : nullptr);
    EmbeddedSandbox sandbox;
    const QString wanted = parser.value(profileOption);
    auto pick = [&wanted](const QList<ConnectionProfile> &profiles) {
        for (int i = 0; i < profiles.size(); ++i)
            if (!wanted.isEmpty() && (profiles.at(i).name == wanted || roleToString(profiles.at(i).role) == wanted))
                return i;
        return 0;
    };
    const QStringList paneNames = {QStringLiteral("subscriptions"), QStringLiteral("payments"),
        QStringLiteral("ledger"), QStringLiteral("invoices"), QStringLiteral("dashboard"), QStringLiteral("coupons"),
        QStringLiteral("plans"), QStringLiteral("orders"), QStringLiteral("charges"), QStringLiteral("pending"),
        QStringLiteral("journal")};
    if (paneNames.contains(parser.value(pane)))
        window.showPane(int(paneNames.indexOf(parser.value(pane))));

    const QList<ConnectionProfile> saved = ProfileStore().load();
    if (!saved.isEmpty()) {
        window.setProfiles(saved, pick(saved));
    } else {
        QObject::connect(&sandbox, &EmbeddedSandbox::started, &window, [&] {
            const auto profiles = demoProfiles(sandbox);
            window.setProfiles(profiles, pick(profiles));
        });
        QObject::connect(&sandbox, &EmbeddedSandbox::failed, &window, [&window](const QString &message) {
            QMessageBox::critical(&window, QObject::tr("Demo sandbox"), message);
        });
        const QString db = parser.isSet(sandboxDb) ? parser.value(sandboxDb)
                                                   : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/demo-sandbox.sqlite");
        sandbox.start(db);
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        auto grab = [&window, path] {
            // Let the last layout and paint settle before grabbing.
            QTimer::singleShot(400, &window, [&window, path] {
                const bool ok = window.grab().save(path);
                std::fprintf(stderr, "%s %s\n", ok ? "saved" : "could not save", qPrintable(path));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        };
        if (parser.value(pane) == QLatin1String("payments"))
            QObject::connect(window.paymentsPane(), &PaymentsPane::loaded, &window, grab, Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("ledger"))
            QObject::connect(window.creditLedgerPane()->model(), &CreditLedgerModel::pageLoaded, &window, grab,
                Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("invoices"))
            QObject::connect(window.invoicesPane(), &InvoicesPane::loaded, &window, grab, Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("dashboard"))
            QObject::connect(window.dashboardPane(), &DashboardPane::loaded, &window, grab, Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("coupons"))
            QObject::connect(window.couponsPane(), &CouponsPane::loaded, &window, grab, Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("plans"))
            QObject::connect(window.plansPane(), &PlansPane::loaded, &window, grab, Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("orders"))
            QObject::connect(window.ordersPane(), &OrdersPane::loaded, &window, grab, Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("journal"))
            QObject::connect(window.journalPane(), &JournalPane::loaded, &window, grab, Qt::SingleShotConnection);
        else if (parser.value(pane) == QLatin1String("charges"))
            QObject::connect(
                window.platformChargesPane(), &PlatformChargesPane::loaded, &window, grab, Qt::SingleShotConnection);
        else
            QObject::connect(
                window.subscriptionsPane(), &SubscriptionsPane::loaded, &window, grab, Qt::SingleShotConnection);
        QTimer::singleShot(60000, &app, [] {
            std::fprintf(stderr, "screenshot: the pane did not load within 60 s\n");
            QCoreApplication::exit(1);
        });
    }
    window.show();
    const int rc = app.exec();
    sandbox.stop();
    return rc;
}
