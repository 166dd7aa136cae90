// billing-sandbox: a real billing server for the console's four API families.
#include "auth.h"
#include "demodata.h"
#include "sandboxserver.h"

#include "models/quitonsignal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>
#include <sys/resource.h>

using namespace bc;
using namespace bc::sandbox;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "billing-sandbox: %s\n", qPrintable(message));
    return 2;
}

// Each connection is a file descriptor: the soft limit (1,024 by default) would refuse a burst of
// clients long before the server's own connection limit does.
void raiseOpenFileLimit(rlim_t wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = std::min(wanted, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
}

// What the demo's start line adds for the tests and the console's "Try the demo": the simulated
// providers' secrets, the platform's ids, the demo password and the organisations' ids by name.
void addDemoFacts(Database &db, QJsonObject *out)
{
    QJsonObject &line = *out;
    line.insert(QStringLiteral("providers"),
        QJsonObject{{QStringLiteral("razorpay"),
                        QJsonObject{{QStringLiteral("key_id"), db.setting(QStringLiteral("razorpay_key_id"))},
                            {QStringLiteral("key_secret"), db.setting(QStringLiteral("razorpay_key_secret"))},
                            {QStringLiteral("webhook_secret"), db.setting(QStringLiteral("razorpay_webhook_secret"))}}},
            {QStringLiteral("stripe"),
                QJsonObject{{QStringLiteral("webhook_secret"), db.setting(QStringLiteral("stripe_webhook_secret"))}}},
            {QStringLiteral("creem"),
                QJsonObject{{QStringLiteral("webhook_secret"), db.setting(QStringLiteral("creem_webhook_secret"))}}}});
    line.insert(QStringLiteral("platform"),
        QJsonObject{{QStringLiteral("company_id"), db.setting(QStringLiteral("platform_company_id"))},
            {QStringLiteral("extension_id"), db.setting(QStringLiteral("platform_extension_id"))}});
    line.insert(QStringLiteral("demo_password"), QStringLiteral("sandbox-demo"));
    // The organisations' ids by name: what a seeded database's operator would know, and what
    // a document without "who am I" never says.
    QJsonObject orgs;
    for (const QVariantMap &o : db.all(QStringLiteral("SELECT id, name FROM orgs")))
        orgs.insert(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("id")).toString());
    line.insert(QStringLiteral("organisations"), orgs);
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering invoice PDFs needs fonts, hence a GUI application; it never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("billing-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("BillingConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A real billing server speaking the console's API families, with provider simulators.\n"
                       "On start it prints one JSON line with its URL and the demo API keys, then serves until "
                       "SIGTERM or SIGINT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; port 0 picks a free one."), QStringLiteral("host:port"),
        QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("SQLite file, or a postgres:// or postgresql:// URL."), QStringLiteral("path|url"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Seed demo data into an empty database."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log every request on stderr."));
    const QCommandLineOption scale(QStringLiteral("demo-scale"),
        QStringLiteral("With --demo: also an organisation whose credit ledger has this many rows (e.g. 1000000)."),
        QStringLiteral("rows"));
    const QCommandLineOption scalePayments(QStringLiteral("demo-scale-payments"),
        QStringLiteral("With --demo: also this many payments across the organisations over the last year."),
        QStringLiteral("count"));
    const QCommandLineOption documentedOnly(QStringLiteral("documented-only"),
        QStringLiteral("Serve exactly the endpoints the four API documents list, with their shapes, and 404 every "
                       "extension and simulator route (the hosted provider pages a checkout needs stay): a server "
                       "as someone would write it from the documents alone, for the console's tests."));
    const QCommandLineOption requestTimeout(QStringLiteral("request-timeout"),
        QStringLiteral("Milliseconds a client has from a request's first byte to its last (default 15000); "
                       "408 after it."),
        QStringLiteral("ms"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
        QStringLiteral("Milliseconds a kept-alive connection may sit idle before it is closed (default 60000)."),
        QStringLiteral("ms"));
    parser.addOptions(
        {listen, database, demo, verbose, scale, scalePayments, documentedOnly, requestTimeout, idleTimeout});
    parser.process(app);

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listenText.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listenText.left(colon));
    if (colon <= 0 || !portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen wants host:port, e.g. 127.0.0.1:0; got “%1”.").arg(listenText));

    QString dbSpec = parser.value(database);
    if (dbSpec.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbSpec = dir + QStringLiteral("/sandbox.sqlite");
    }

    Database db;
    QString error;
    if (!db.open(dbSpec, &error))
        return fail(QStringLiteral("cannot open the database: %1").arg(error));
    if (!db.migrate(&error))
        return fail(error);

    HttpLimits limits;
    for (const auto &[option, target] :
        {std::pair{&requestTimeout, &limits.requestTimeoutMs}, std::pair{&idleTimeout, &limits.idleTimeoutMs}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 100 || *target > 3'600'000)
            return fail(
                QStringLiteral("--%1 wants milliseconds from 100 to 3600000.").arg(option->names().constFirst()));
    }
    raiseOpenFileLimit(limits.maxConnections + 256);

    SandboxServer server(db, parser.isSet(documentedOnly));
    server.setVerbose(parser.isSet(verbose));
    server.setLimits(limits);
    Context &ctx = server.context();
    QString scaleOrg;
    try {
        if (parser.isSet(demo))
            seedDemoData(ctx);
        else
            seedBaseIfEmpty(ctx);
        ensureCatalog(ctx);
        if (parser.isSet(scale)) {
            bool ok = false;
            const qint64 rows = parser.value(scale).toLongLong(&ok);
            if (!ok || rows < 1 || rows > 50000000)
                return fail(QStringLiteral("--demo-scale wants a row count from 1 to 50000000."));
            scaleOrg = seedScale(ctx, rows);
        }
        if (parser.isSet(scalePayments)) {
            bool ok = false;
            const qint64 count = parser.value(scalePayments).toLongLong(&ok);
            if (!ok || count < 1 || count > 50000000)
                return fail(QStringLiteral("--demo-scale-payments wants a count from 1 to 50000000."));
            seedScalePayments(ctx, count);
        }
    } catch (const DatabaseError &e) {
        return fail(QStringLiteral("cannot seed the database: %1").arg(e.message));
    }

    const QUrl url = server.start(address, quint16(port));
    if (!url.isValid())
        return fail(QStringLiteral("cannot listen on %1").arg(listenText));

    QJsonObject keys;
    try {
        keys = issueStartKeys(ctx);
    } catch (const DatabaseError &e) {
        return fail(QStringLiteral("cannot issue the start-up keys: %1").arg(e.message));
    }
    QJsonObject line{{QStringLiteral("url"), url.toString()}, {QStringLiteral("keys"), keys}};
    if (parser.isSet(demo))
        addDemoFacts(db, &line);
    if (!scaleOrg.isEmpty())
        line.insert(QStringLiteral("scale_org_id"), scaleOrg);
    line.insert(QStringLiteral("documented_only"), parser.isSet(documentedOnly));
    line.insert(QStringLiteral("database"), db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    quitOnTerminationSignals(app);
    const int rc = app.exec();
    std::fprintf(stderr, "billing-sandbox: stopped cleanly\n");
    return rc;
}
