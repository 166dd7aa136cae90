// Credit ledger at scale: CreditLedgerModel fed by billing-sandbox over loopback, against Qt's
// stock path (QSqlQueryModel + QSortFilterProxyModel over the same rows in the same SQLite file),
// with std::sort and a linear scan on a packed column as the floor. Prints one JSON object.
//
//   build/bench/ledger_bench --rows 1000000 [--database FILE]
#include "stallwatch.h"

#include "api/familyconnectors.h"
#include "api/jsonmappers.h"
#include "api/ledgerpage.h"
#include "api/wirejson.h"
#include "models/itemdatarole.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <simdjson.h>
#include <unistd.h>

using namespace bc;
using bcbench::medianMs;
using bcbench::ms;

namespace {

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

template<typename Signal, typename Object>
bool waitFor(Object *object, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(object, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

// A page of `rows` ledger transactions as the credits document shows them, with a manual
// adjustment every 50 rows.
QByteArray ledgerPageJson(int rows)
{
    QByteArray out = R"({"success":true,"data":[)";
    qint64 balance = 1000000;
    for (int i = 0; i < rows; ++i) {
        const int amount = i % 50 == 0 ? 500 : -(100 + i % 300);
        balance += amount;
        if (i)
            out += ',';
        out += R"({"id":"txn_)" + QByteArray::number(i) + R"(","type":")"
            + (i % 50 == 0 ? "manual_adjustment" : "ai_usage") + R"(","amount":)" + QByteArray::number(amount)
            + R"(,"balance_after":)" + QByteArray::number(balance) + R"x(,"description":"AI chat completion (gpt-4)",)x"
            + R"("created_at":"2026-11-)" + QByteArray::number(10 + i % 18) + R"(T10:)"
            + QByteArray::number(10 + i % 50) + R"(:00Z")"
            + (i % 50 == 0 ? R"(,"operator":"support@lotus.example","reason_code":"goodwill","note":"x")" : "") + '}';
    }
    return out + "]}";
}

// The same page walked by simdjson on demand, every field read once into a plain struct: the
// floor for any decoder of this page.
qint64 simdjsonLedgerWalk(const simdjson::padded_string &json)
{
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc = parser.iterate(json);
    qint64 checksum = 0;
    for (simdjson::ondemand::object row : doc["data"].get_array()) {
        for (auto field : row) {
            const std::string_view key = field.unescaped_key();
            if (key == "amount" || key == "balance_after")
                checksum += int64_t(field.value().get_int64());
            else
                checksum += qint64(std::string_view(field.value().get_string()).size());
        }
    }
    return checksum;
}

// The console's decode of one 10,000-row ledger page (straight into the packed rows) beside
// simdjson reading the same fields.
QJsonObject pageParse(int rows)
{
    // The page as the transport hands it on: read with room for the parser past its end.
    QByteArray text = ledgerPageJson(rows);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray json = wire::readPadded(&buffer);
    const simdjson::padded_string padded(json.constData(), std::size_t(json.size()));
    qint64 decoded = 0;
    const double console = medianMs(5, [&] {
        QString error;
        LedgerChunk chunk;
        if (decodeLedgerPage(json, &chunk, &error))
            decoded = qint64(chunk.rows.size());
    });
    // The console's walk alone (each row's fields found, nothing decoded): where the time goes.
    const double walk = medianMs(5, [&] {
        QString error;
        wire::forEachRow(json, {"transactions"}, [](const wire::Row &, qsizetype, QString *) { return true; }, nullptr,
            &error);
    });
    qint64 checksum = 0;
    const double floor = medianMs(5, [&] { checksum = simdjsonLedgerWalk(padded); });
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("bytes"), json.size()},
        {QStringLiteral("decoded_rows"), decoded}, {QStringLiteral("console_ms"), console},
        {QStringLiteral("console_walk_ms"), walk}, {QStringLiteral("simdjson_ondemand_ms"), floor},
        {QStringLiteral("ratio"), floor > 0 ? console / floor : 0},
        {QStringLiteral("checksum"), checksum}};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Ledger rows."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(
        QStringLiteral("database"), QStringLiteral("SQLite file to create or reuse."), QStringLiteral("file"));
    const QCommandLineOption parseOnlyOption(QStringLiteral("page-parse-only"),
        QStringLiteral("Measure the page parse alone (no sandbox), repeated to profile it."), QStringLiteral("runs"));
    parser.addOptions({rowsOption, dbOption, parseOnlyOption});
    parser.process(app);
    if (parser.isSet(parseOnlyOption)) {
        QJsonObject last;
        for (int run = 0, runs = std::max(1, parser.value(parseOnlyOption).toInt()); run < runs; ++run)
            last = pageParse(10000);
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("page_parse"), last}}).toJson().constData());
        return 0;
    }
    const qint64 rows = parser.value(rowsOption).toLongLong();
    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(dir);
        db = dir + QStringLiteral("/ledger-%1.sqlite").arg(rows);
    }

    // The sandbox seeds the million-row customer once; later runs reuse the file.
    QProcess sandbox;
    QElapsedTimer seeding;
    seeding.start();
    sandbox.start(QStringLiteral(BC_SANDBOX_EXECUTABLE),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), db,
            QStringLiteral("--demo"), QStringLiteral("--demo-scale"), QString::number(rows)});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(900000)) {
        std::fprintf(
            stderr, "ledger_bench: billing-sandbox did not start: %s\n", sandbox.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    const double seedMs = ms(seeding);
    const QString orgId = info.value(QStringLiteral("scale_org_id")).toString();

    QJsonObject result{{QStringLiteral("rows"), rows}, {QStringLiteral("sandbox_start_ms"), seedMs}};
    result.insert(QStringLiteral("page_parse"), pageParse(10000));

    // --- Billing Console: CreditLedgerModel over the credits connector ---
    {
        ApiTransport transport;
        transport.setBaseUrl(QUrl(info.value(QStringLiteral("url")).toString()));
        transport.setApiKey(
            info.value(QStringLiteral("keys")).toObject().value(QStringLiteral("super_admin")).toString());
        CreditsConnector credits(&transport);
        ConnectorLedgerSource source(&credits, {true, orgId});
        CreditLedgerModel model;
        const qint64 before = residentBytes();
        QElapsedTimer t;
        t.start();
        model.setSource(&source, 500);
        waitFor(&model, &CreditLedgerModel::pageLoaded, 60000);
        const double firstRows = ms(t);
        model.loadAll(10000);
        waitFor(&model, &CreditLedgerModel::loadingFinished, 600000);
        const double allRows = ms(t);
        const qint64 rss = residentBytes() - before;
        if (model.loadedRows() != rows) {
            std::fprintf(stderr, "ledger_bench: loaded %lld of %lld rows\n", model.loadedRows(), rows);
            return 1;
        }
        // The floor, from the same rows in the order they arrived: std::sort of the amounts, and
        // a linear scan of the description column collecting the matching rows — what any
        // filter must produce. Taken before the model sorts, so neither starts pre-sorted.
        std::vector<qint64> amounts;
        amounts.reserve(std::size_t(rows));
        std::vector<quint32> desc;
        desc.reserve(std::size_t(rows));
        QHash<QString, quint32> descIndex;
        std::vector<char> descMatches;
        for (int r = 0; r < model.rowCount(); ++r) {
            amounts.push_back(model.index(r, CreditLedgerModel::Amount).data(SortRole).toLongLong());
            const QString d = model.index(r, CreditLedgerModel::Description).data().toString();
            auto it = descIndex.constFind(d);
            if (it == descIndex.constEnd()) {
                it = descIndex.insert(d, quint32(descMatches.size()));
                descMatches.push_back(d.contains(QStringLiteral("gpt-4o"), Qt::CaseInsensitive));
            }
            desc.push_back(it.value());
        }
        QElapsedTimer f;
        f.start();
        std::sort(amounts.begin(), amounts.end());
        const double stdSort = ms(f);
        f.restart();
        std::vector<quint32> hits;
        hits.reserve(desc.size());
        for (std::size_t i = 0; i < desc.size(); ++i)
            if (descMatches[desc[i]])
                hits.push_back(quint32(i));
        const double scan = ms(f);
        result.insert(QStringLiteral("floor"),
            QJsonObject{{QStringLiteral("std_sort_ms"), stdSort}, {QStringLiteral("linear_scan_ms"), scan},
                {QStringLiteral("scan_hits"), qint64(hits.size())}});

        t.restart();
        model.setTextFilter(QStringLiteral("gpt-4o"));
        const double filterMs = ms(t);
        const int matched = model.rowCount();
        model.setTextFilter({});
        t.restart();
        model.sort(CreditLedgerModel::Amount, Qt::DescendingOrder);
        waitFor(&model, &CreditLedgerModel::sorted, 60000);
        const double sortMs = ms(t);
        result.insert(QStringLiteral("console"),
            QJsonObject{{QStringLiteral("first_rows_ms"), firstRows}, {QStringLiteral("all_rows_ms"), allRows},
                {QStringLiteral("sort_ms"), sortMs}, {QStringLiteral("filter_ms"), filterMs},
                {QStringLiteral("filter_matches"), matched},
                {QStringLiteral("bytes_per_row_model"), double(model.memoryUsed()) / double(rows)},
                {QStringLiteral("bytes_per_row_rss"), double(rss) / double(rows)},
                {QStringLiteral("packed_row_bytes"), int(sizeof(PackedLedgerRow))}});
    }
    sandbox.terminate();
    sandbox.waitForFinished(20000);

    // --- Qt's stock path over the same rows ---
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        sql.setDatabaseName(db);
        sql.open();
        const qint64 before = residentBytes();
        QElapsedTimer t;
        t.start();
        QSqlQuery query(sql);
        query.prepare(
            QStringLiteral("SELECT id, type, amount, balance_after, description, created_at FROM credit_ledger"
                           " WHERE org_id = ? ORDER BY created_at DESC, id DESC"));
        query.addBindValue(orgId);
        query.exec();
        QSqlQueryModel model;
        model.setQuery(std::move(query));
        const double firstRows = ms(t);
        while (model.canFetchMore())
            model.fetchMore();
        const double allRows = ms(t);
        const qint64 rss = residentBytes() - before;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        t.restart();
        proxy.sort(2, Qt::DescendingOrder);
        const double sortMs = ms(t);
        t.restart();
        proxy.setFilterKeyColumn(4);
        proxy.setFilterRegularExpression(
            QRegularExpression(QStringLiteral("gpt-4o"), QRegularExpression::CaseInsensitiveOption));
        const int matched = proxy.rowCount();
        const double filterMs = ms(t);
        result.insert(QStringLiteral("qt_stock"),
            QJsonObject{{QStringLiteral("first_rows_ms"), firstRows}, {QStringLiteral("all_rows_ms"), allRows},
                {QStringLiteral("sort_ms"), sortMs}, {QStringLiteral("filter_ms"), filterMs},
                {QStringLiteral("filter_matches"), matched},
                {QStringLiteral("bytes_per_row_rss"), double(rss) / double(std::max<qint64>(1, model.rowCount()))},
                {QStringLiteral("rows"), model.rowCount()}});
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
