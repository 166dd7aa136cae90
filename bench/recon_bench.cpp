// Reconciliation at the month's end of a large merchant (Payments › Reconcile…, `billing-console
// reconcile`): N rows of Razorpay's settlement report against N payments of the billing server,
// read and matched in a process of its own so its peak memory is its own.
//   build/bench/recon_bench [--rows 1000000] [--dir DIR]
// The peer, in the same run: sqlite3 importing the same two CSV files, indexing the payment ids
// and finding the same mismatches with an indexed join (what a finance engineer would otherwise
// do), timed with its peak memory by /usr/bin/time when both are installed.
#include "stallwatch.h"

#include "models/csv.h"
#include "models/reconciliation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#include <cstdio>

using namespace bc;

namespace {

const qint64 kStart = 1788220800; // 2026-09-01 UTC
const QDate kFrom(2026, 9, 1);
const QDate kTo(2026, 11, 30);

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The two files: the server's payments (as its export gives them) and Razorpay's report, with
// one row in 1,000 differing (amount, missing, unknown) so the match has exceptions to find.
void generate(const QString &dir, qint64 rows)
{
    QFile payments(dir + QStringLiteral("/payments.csv"));
    QFile report(dir + QStringLiteral("/report.csv"));
    if (!payments.open(QIODevice::WriteOnly) || !report.open(QIODevice::WriteOnly))
        qFatal("recon_bench: cannot write to %s", qPrintable(dir));
    QByteArray p = "provider_payment_id,id,amount_minor,currency,status,created_at\n";
    QByteArray r = "entity_id,type,debit,credit,amount,currency,fee,tax,created_at,settled_at,settlement_id,"
                   "payment_id,order_id\n";
    const qint64 span = (86400LL * 90) - 3 * 86400;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray id = "pay_" + QByteArray::number(i + 10000000000LL, 36);
        const qint64 amount = 10000 + (i * 7919) % 5000000;
        const qint64 created = kStart + span * i / rows;
        const bool captured = i % 20 != 0;
        p += id + ",pmt_" + QByteArray::number(i) + ',' + QByteArray::number(amount) + ",INR,"
            + (captured ? "captured" : "failed") + ',' + QByteArray::number(created) + '\n';
        if (!captured || i % 1000 == 7)
            continue; // failed ones settle nothing; one in 1,000 captured is missing at the provider
        const qint64 reported = i % 1000 == 3 ? amount + 100 : amount;
        const qint64 fee = reported * 2 / 100, tax = fee * 18 / 100;
        const QByteArray rid = i % 1000 == 5 ? "pay_unknown" + QByteArray::number(i) : id;
        r += rid + ",payment,0," + QByteArray::number(reported - fee - tax) + ',' + QByteArray::number(reported)
            + ",INR," + QByteArray::number(fee + tax) + ',' + QByteArray::number(tax) + ','
            + QByteArray::number(created) + ',' + QByteArray::number(created + 2 * 86400) + ",setl_"
            + QByteArray::number(created / 86400) + ",,order_" + QByteArray::number(i) + '\n';
        if (p.size() > (1 << 22)) {
            payments.write(p);
            p.clear();
        }
        if (r.size() > (1 << 22)) {
            report.write(r);
            r.clear();
        }
    }
    payments.write(p);
    report.write(r);
}

// The server's payments, as they would arrive: compact rows from the export's CSV.
ServerPayments readPayments(const QString &path)
{
    ServerPayments payments;
    payments.reserve(1 << 20);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return payments;
    const QString inr = QStringLiteral("INR");
    const QString customer = QStringLiteral("Customer");
    bool header = true;
    csv::Reader reader([&](const csv::RowView &row) {
        if (std::exchange(header, false) || row.size() < 6)
            return true;
        payments.append(row.at(0), row.at(1), Money::fromMinor(row.at(2).toLongLong(), inr),
            row.at(4) == "captured" ? PaymentStatus::Captured : PaymentStatus::Failed, row.at(5).toLongLong(),
            customer);
        return true;
    });
    while (!file.atEnd())
        reader.feed(file.read(1 << 20));
    reader.finish();
    return payments;
}

// The child: read both files and match, as the console does: the report on a worker while the
// payments arrive, then the match.
int match(const QString &dir)
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer reportTimer;
    reportTimer.start();
    double reportMs = 0;
    QFuture<ProviderReport> reading = QtConcurrent::run([&dir, &reportTimer, &reportMs] {
        QFile file(dir + QStringLiteral("/report.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return ProviderReport();
        ProviderReport r = readReport(&file, ReportProvider::Razorpay);
        reportMs = bcbench::ms(reportTimer);
        return r;
    });
    QElapsedTimer t;
    t.start();
    const ServerPayments payments = readPayments(dir + QStringLiteral("/payments.csv"));
    const double paymentsMs = bcbench::ms(t);
    const ProviderReport report = reading.result();
    t.restart();
    const Reconciliation result = reconcile(report, payments, kFrom, kTo);
    const double matchMs = bcbench::ms(t);
    QJsonObject o{{QStringLiteral("payments_read_ms"), paymentsMs}, {QStringLiteral("report_read_ms"), reportMs},
        {QStringLiteral("match_ms"), matchMs}, {QStringLiteral("total_ms"), bcbench::ms(total)},
        {QStringLiteral("report_rows"), qint64(report.rows.size())}, {QStringLiteral("payments"), payments.size()},
        {QStringLiteral("matched"), result.matched}, {QStringLiteral("exceptions"), qint64(result.exceptions.size())},
        {QStringLiteral("problems"), report.problemCount}, {QStringLiteral("peak_rss_mb"), double(peakRssKb()) / 1024.0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// A command run under /usr/bin/time when it is there: its wall time and peak memory.
QJsonObject timed(const QString &program, const QStringList &args, QByteArray *out, const QByteArray &input = {})
{
    const QString time = QStandardPaths::findExecutable(QStringLiteral("time"), {QStringLiteral("/usr/bin")});
    QProcess proc;
    QElapsedTimer t;
    t.start();
    if (time.isEmpty())
        proc.start(program, args);
    else
        proc.start(time, QStringList{QStringLiteral("-f"), QStringLiteral("BENCH_PEAK_KB=%M")} + QStringList{program} + args);
    proc.waitForStarted();
    if (!input.isEmpty())
        proc.write(input);
    proc.closeWriteChannel();
    proc.waitForFinished(-1);
    const double wall = bcbench::ms(t);
    *out = proc.readAllStandardOutput();
    QJsonObject o{{QStringLiteral("wall_ms"), wall}, {QStringLiteral("exit"), proc.exitCode()}};
    const QByteArray err = proc.readAllStandardError();
    const qsizetype at = err.lastIndexOf("BENCH_PEAK_KB=");
    if (at >= 0)
        o.insert(QStringLiteral("peak_rss_mb"), double(err.mid(at + 14).trimmed().toLongLong()) / 1024.0);
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Payments and report rows."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where the two CSV files go (default: a temporary folder)."),
        QStringLiteral("path"));
    const QCommandLineOption matchOption(QStringLiteral("match"), QStringLiteral("The child: match the files in --dir."));
    parser.addOptions({rowsOption, dirOption, matchOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(matchOption))
        return match(parser.value(dirOption));

    const qint64 rows = parser.value(rowsOption).toLongLong();
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    QDir().mkpath(dir);
    QElapsedTimer t;
    t.start();
    generate(dir, rows);
    const double generateMs = bcbench::ms(t);

    QByteArray out;
    QJsonObject console = timed(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--match"), QStringLiteral("--dir"), dir}, &out);
    const QJsonObject figures = QJsonDocument::fromJson(out.trimmed()).object();
    for (auto it = figures.begin(); it != figures.end(); ++it)
        if (it.key() != QLatin1String("peak_rss_mb") || !console.contains(it.key()))
            console.insert(it.key(), it.value());

    QJsonObject result{{QStringLiteral("rows"), rows}, {QStringLiteral("generate_ms"), generateMs},
        {QStringLiteral("console"), console}};
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        result.insert(QStringLiteral("sqlite3"), QStringLiteral("not installed"));
    } else {
        // The same questions: payments whose amount or currency differs or that the server does
        // not know, and captured payments missing from the report.
        const QByteArray script = ".mode csv\n"
                                  ".import '" + dir.toUtf8() + "/payments.csv' payments\n"
                                  ".import '" + dir.toUtf8() + "/report.csv' report\n"
                                  "CREATE INDEX p_id ON payments(provider_payment_id);\n"
                                  "CREATE INDEX r_id ON report(entity_id);\n"
                                  ".mode list\n"
                                  "SELECT count(*) FROM report r LEFT JOIN payments p ON p.provider_payment_id = "
                                  "r.entity_id WHERE r.type = 'payment' AND (p.provider_payment_id IS NULL OR "
                                  "CAST(p.amount_minor AS INTEGER) != CAST(r.amount AS INTEGER) OR p.currency != "
                                  "r.currency);\n"
                                  "SELECT count(*) FROM payments p WHERE p.status = 'captured' AND NOT EXISTS "
                                  "(SELECT 1 FROM report r WHERE r.entity_id = p.provider_payment_id);\n";
        QByteArray answer;
        QJsonObject peer = timed(sqlite, {QStringLiteral(":memory:")}, &answer, script);
        const QList<QByteArray> counts = answer.trimmed().split('\n');
        qint64 found = 0;
        for (const QByteArray &c : counts)
            found += c.trimmed().toLongLong();
        peer.insert(QStringLiteral("exceptions"), found);
        result.insert(QStringLiteral("sqlite3_indexed_join"), peer);
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
