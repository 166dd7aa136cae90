// A batch of credit adjustments checked before anything is sent (Credit ledger › Adjust many…,
// `billing-console adjust-credits`): the CSV read, every row resolved against the customers and
// every balance run through the batch, for N rows against M customers; the medians of 3.
//   build/bench/batch_bench [--rows 10000] [--customers 100000]
// The peer: Python's csv module reading the same file with a dict lookup per row (what a support
// engineer would otherwise script), in the same run when python3 is installed.
#include "stallwatch.h"

#include "models/creditbatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace bc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Rows in the batch."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), QStringLiteral("Customers known."), QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({rowsOption, customersOption});
    parser.addHelpOption();
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int customerCount = parser.value(customersOption).toInt();

    QList<OrgSummary> customers;
    customers.reserve(customerCount);
    for (int i = 0; i < customerCount; ++i)
        customers.append({QStringLiteral("org_%1").arg(i), QStringLiteral("Customer %1 Ltd").arg(i),
            QStringLiteral("billing%1@example.com").arg(i), 1000 + i, true});
    QByteArray text = "customer,amount,reason,note\n";
    for (int i = 0; i < rows; ++i) {
        const int c = int((qint64(i) * 7919) % customerCount);
        const QByteArray n = QByteArray::number(c);
        const QByteArray who = i % 3 == 0 ? QByteArray("org_" + n)
            : i % 3 == 1                  ? QByteArray("billing" + n + "@example.com")
                                          : QByteArray("Customer " + n + " Ltd");
        text += who + (i % 2 ? ",+" : ",-") + QByteArray::number(i % 50 + 1) + ",service_outage,\"ticket "
            + QByteArray::number(i) + ", outage\"\n";
    }

    QList<creditbatch::InputRow> input;
    QString error;
    const double readMs = bcbench::medianMs(3, [&] { creditbatch::read(text, &input, &error); });
    if (input.isEmpty()) {
        std::fprintf(stderr, "batch_bench: %s\n", qPrintable(error));
        return 1;
    }
    creditbatch::Preview preview;
    const double checkMs = bcbench::medianMs(3, [&] { preview = creditbatch::preview(input, customers, false); });
    QJsonObject result{{QStringLiteral("rows"), rows}, {QStringLiteral("customers"), customerCount},
        {QStringLiteral("problem_rows"), preview.problemRows},
        {QStringLiteral("console"),
            QJsonObject{{QStringLiteral("read_ms"), readMs}, {QStringLiteral("check_ms"), checkMs},
                {QStringLiteral("total_ms"), readMs + checkMs}}}};

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QTemporaryDir dir;
    if (!python.isEmpty() && dir.isValid()) {
        QFile f(dir.filePath(QStringLiteral("batch.csv")));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        f.close();
        const QString script = QStringLiteral(
            "import csv,sys,time\n"
            "n=%1\n"
            "byid={f'org_{i}':i for i in range(n)}; bymail={f'billing{i}@example.com':i for i in range(n)}\n"
            "byname={f'customer {i} ltd':i for i in range(n)}; bal=[1000+i for i in range(n)]\n"
            "t=time.perf_counter(); run={}\n"
            "for r in csv.DictReader(open(sys.argv[1],newline='')):\n"
            "  k=r['customer']; c=byid.get(k, bymail.get(k.lower(), byname.get(k.lower())))\n"
            "  a=int(r['amount']); b=run.get(c, bal[c]) + a; run[c]=b\n"
            "print((time.perf_counter()-t)*1000)\n")
                                   .arg(customerCount);
        QProcess p;
        p.start(python, {QStringLiteral("-c"), script, f.fileName()});
        p.waitForFinished(120000);
        result.insert(QStringLiteral("python_csv_dict"),
            QJsonObject{{QStringLiteral("ms"), QString::fromLatin1(p.readAllStandardOutput()).trimmed().toDouble()},
                {QStringLiteral("note"),
                    QStringLiteral("reading and lookups only, after building its dicts; no checks")}});
    }
    std::printf("%s\n", QJsonDocument(result).toJson().constData());
    return 0;
}
