// Payments at scale: the Payments pane's path (the org billing connector's pages into
// PaymentTableModel under a QTableView, totals per currency as pages arrive) fed by
// billing-sandbox over loopback, with the worst stall of the GUI thread in each phase, against
// Qt's stock path (QSqlQueryModel + QSortFilterProxyModel over the same rows in the same SQLite
// file) and `sqlite3 -csv` writing the same rows, in the same run. Prints one JSON object.
//
//   build/bench/payments_bench --payments 1030000 [--months 6] [--database FILE]
#include "stallwatch.h"

#include "api/jsonmappers.h"
#include "api/orgbillingconnector.h"
#include "api/pager.h"
#include "models/money.h"
#include "models/paymenttablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace bc;
using bcbench::ms;
using bcbench::StallWatch;

namespace {

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

template<typename Done>
bool spin(Done done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

qint64 countLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        lines += chunk.count('\n');
    }
    return lines;
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("payments"),
        QStringLiteral("Payments over the last year in the sandbox."), QStringLiteral("n"), QStringLiteral("1030000"));
    const QCommandLineOption monthsOption(QStringLiteral("months"),
        QStringLiteral("The range loaded, ending today (the pane's default: 6)."), QStringLiteral("n"),
        QStringLiteral("6"));
    const QCommandLineOption dbOption(
        QStringLiteral("database"), QStringLiteral("SQLite file to create or reuse."), QStringLiteral("file"));
    parser.addOptions({countOption, monthsOption, dbOption});
    parser.process(app);
    const qint64 count = parser.value(countOption).toLongLong();
    const int months = parser.value(monthsOption).toInt();
    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(dir);
        db = dir + QStringLiteral("/payments-%1.sqlite").arg(count);
    }
    QTemporaryDir scratch;

    QProcess sandbox;
    QElapsedTimer seeding;
    seeding.start();
    sandbox.start(QStringLiteral(BC_SANDBOX_EXECUTABLE),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), db,
            QStringLiteral("--demo"), QStringLiteral("--demo-scale-payments"), QString::number(count)});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(900000)) {
        std::fprintf(
            stderr, "payments_bench: billing-sandbox did not start: %s\n", sandbox.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QDate to = QDate::currentDate();
    const QDate from = to.addMonths(-months);
    QJsonObject result{{QStringLiteral("payments_in_sandbox"), count}, {QStringLiteral("months"), months},
        {QStringLiteral("sandbox_start_ms"), ms(seeding)}};

    // --- One 5,000-row page: the server's answer, the console's decode, the model's append ---
    {
        ApiTransport transport;
        transport.setBaseUrl(QUrl(info.value(QStringLiteral("url")).toString()));
        transport.setApiKey(
            info.value(QStringLiteral("keys")).toObject().value(QStringLiteral("super_admin")).toString());
        ApiRequest request;
        request.path = QStringLiteral("/api/billing/payments");
        request.query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
        request.query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
        std::vector<double> serverMs;
        QByteArray body;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            bool done = false;
            ApiCall *call = transport.send(request);
            QObject::connect(call, &ApiCall::finished, &app, [&](const ApiReply &reply) {
                body = reply.body;
                done = true;
            });
            spin([&] { return done; }, 60000);
            serverMs.push_back(ms(t));
        }
        std::sort(serverMs.begin(), serverMs.end());
        QList<Payment> page;
        const wire::AmountConvention convention{QStringLiteral("INR"), wire::AmountConvention::Units::Major};
        const double decodeMs = bcbench::medianMs(5, [&] {
            page.clear();
            QString error;
            wire::forEachRow(
                body, {"payments"},
                [&](const wire::Row &row, qsizetype, QString *why) {
                    Payment p;
                    if (!json::toPayment(row, convention, &p, why))
                        return false;
                    page.append(std::move(p));
                    return true;
                },
                nullptr, &error);
        });
        const double appendMs = bcbench::medianMs(5, [&] {
            PaymentTableModel model;
            model.append(page);
        });
        result.insert(QStringLiteral("page_5000"),
            QJsonObject{{QStringLiteral("rows"), page.size()}, {QStringLiteral("bytes"), body.size()},
                {QStringLiteral("server_answer_ms"), serverMs[1]}, {QStringLiteral("decode_ms"), decodeMs},
                {QStringLiteral("model_append_ms"), appendMs}});
    }

    qint64 loaded = 0;
    // --- Billing Console: the Payments pane's path ---
    {
        ApiTransport transport;
        transport.setBaseUrl(QUrl(info.value(QStringLiteral("url")).toString()));
        transport.setApiKey(
            info.value(QStringLiteral("keys")).toObject().value(QStringLiteral("super_admin")).toString());
        OrgBillingConnector billing(&transport);
        PaymentTableModel model;
        QTableView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.resize(1200, 700);
        view.show();
        view.sortByColumn(PaymentTableModel::Date, Qt::DescendingOrder); // as the pane opens
        MoneyTotals captured;
        StallWatch watch;
        const qint64 before = residentBytes();
        DateRangeQuery range;
        range.from = from;
        range.to = to;
        range.limit = 500;
        range.laterLimit = 5000;
        double firstRows = -1;
        bool finished = false;
        QString error;
        QElapsedTimer t;
        t.start();
        watch.start();
        fetchAllPages<Payment>(
            billing.paymentPages(range, std::nullopt), &model,
            [&](const QList<Payment> &page) {
                model.append(page);
                for (const Payment &p : page)
                    if (p.status == PaymentStatus::Captured)
                        captured.add(p.amount);
                if (firstRows < 0)
                    firstRows = ms(t);
            },
            [&](const PagerResult &r) {
                finished = true;
                error = r.error.isError() ? r.error.humanMessage() : QString();
            });
        spin([&] { return finished; }, 900000);
        const double allRows = ms(t);
        spin([&] { return !model.isSorting(); }, 60000); // the last page sorted in
        const double sortedIn = ms(t);
        const QJsonObject loadStall = watch.stop();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "payments_bench: %s\n", qPrintable(error));
            return 1;
        }
        loaded = model.loadedRows();
        const qint64 rss = residentBytes() - before;

        watch.start();
        t.restart();
        model.sort(PaymentTableModel::Amount, Qt::DescendingOrder);
        spin([&] { return !model.isSorting(); }, 60000);
        const double sortMs = ms(t);
        const QJsonObject sortStall = watch.stop();

        watch.start();
        t.restart();
        model.setTextFilter(QStringLiteral("netbank"));
        spin([&] { return !model.isFiltering(); }, 60000); // in slices between events
        const int matched = model.rowCount();
        const double filterMs = ms(t);
        model.setTextFilter({});
        spin([&] { return !model.isFiltering(); }, 60000);
        const QJsonObject filterStall = watch.stop();

        // The export the pane offers: the server's CSV streamed to a file.
        const QString exported = scratch.filePath(QStringLiteral("console.csv"));
        QFile file(exported);
        file.open(QIODevice::WriteOnly);
        bool exportDone = false;
        watch.start();
        t.restart();
        billing.exportPayments(from, to, &file, &model, [&](const ApiResult<bool> &) { exportDone = true; });
        spin([&] { return exportDone; }, 900000);
        file.close();
        const double exportMs = ms(t);
        const QJsonObject exportStall = watch.stop();
        const qint64 exportRows = countLines(exported) - 1;

        result.insert(QStringLiteral("console"),
            QJsonObject{{QStringLiteral("rows"), loaded}, {QStringLiteral("first_rows_ms"), firstRows},
                {QStringLiteral("all_rows_ms"), allRows}, {QStringLiteral("all_rows_sorted_ms"), sortedIn},
                {QStringLiteral("load"), loadStall},
                {QStringLiteral("captured"), captured.toDisplayString(QLocale::c())},
                {QStringLiteral("sort_amount"), merged({{QStringLiteral("ms"), sortMs}}, sortStall)},
                {QStringLiteral("filter"),
                    merged({{QStringLiteral("ms"), filterMs}, {QStringLiteral("matches"), matched}}, filterStall)},
                {QStringLiteral("export"),
                    merged({{QStringLiteral("ms"), exportMs}, {QStringLiteral("rows"), exportRows},
                               {QStringLiteral("rows_per_s"), double(exportRows) / (exportMs / 1000.0)}},
                        exportStall)},
                {QStringLiteral("bytes_per_row_model"),
                    double(model.memoryUsed()) / double(std::max<qint64>(1, loaded))},
                {QStringLiteral("bytes_per_row_rss"), double(rss) / double(std::max<qint64>(1, loaded))}});
    }
    sandbox.terminate();
    sandbox.waitForFinished(20000);

    const qint64 fromSecs = from.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 toSecs = to.endOfDay(Qt::UTC).toSecsSinceEpoch();
    const QString select =
        QStringLiteral("SELECT p.id, p.created_at, p.org_id, o.name, p.invoice_id, i.number, p.provider,"
                       " p.provider_payment_id, p.provider_order_id, p.method, p.status, p.amount_minor, p.currency"
                       " FROM payments p JOIN orgs o ON o.id = p.org_id LEFT JOIN invoices i ON i.id = p.invoice_id"
                       " WHERE p.created_at >= %1 AND p.created_at <= %2")
            .arg(fromSecs)
            .arg(toSecs);

    // --- Qt's stock path over the same rows ---
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        sql.setDatabaseName(db);
        sql.open();
        StallWatch watch;
        QElapsedTimer t;
        t.start();
        QSqlQueryModel model;
        model.setQuery(select + QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC"), sql);
        const double firstRows = ms(t);
        while (model.canFetchMore())
            model.fetchMore();
        const double allRows = ms(t);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        t.restart();
        proxy.sort(11, Qt::DescendingOrder);
        const double sortMs = ms(t);
        t.restart();
        proxy.setFilterKeyColumn(9);
        proxy.setFilterRegularExpression(
            QRegularExpression(QStringLiteral("netbank"), QRegularExpression::CaseInsensitiveOption));
        const int matched = proxy.rowCount();
        const double filterMs = ms(t);
        result.insert(QStringLiteral("qt_stock"),
            QJsonObject{{QStringLiteral("rows"), model.rowCount()}, {QStringLiteral("first_rows_ms"), firstRows},
                {QStringLiteral("all_rows_ms"), allRows}, {QStringLiteral("sort_amount_ms"), sortMs},
                {QStringLiteral("filter_ms"), filterMs}, {QStringLiteral("filter_matches"), matched},
                {QStringLiteral("note"),
                    QStringLiteral("each figure is also a stall: all of it runs on the GUI thread")}});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));

    // --- sqlite3 -csv: the same rows written as CSV from the same file ---
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        result.insert(QStringLiteral("sqlite3_csv"), QStringLiteral("sqlite3 is not installed"));
    } else {
        const QString out = scratch.filePath(QStringLiteral("sqlite3.csv"));
        QProcess p;
        p.setStandardOutputFile(out);
        QElapsedTimer t;
        t.start();
        p.start(sqlite3, {QStringLiteral("-csv"), QStringLiteral("-header"), db, select});
        p.waitForFinished(900000);
        const double exportMs = ms(t);
        const qint64 rows = countLines(out) - 1;
        result.insert(QStringLiteral("sqlite3_csv"),
            QJsonObject{{QStringLiteral("ms"), exportMs}, {QStringLiteral("rows"), rows},
                {QStringLiteral("rows_per_s"), double(rows) / (exportMs / 1000.0)}});
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return loaded > 0 ? 0 : 1;
}
