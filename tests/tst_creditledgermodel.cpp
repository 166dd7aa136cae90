// CreditLedgerModel with a scripted page source (fetchMore, packed pools, filter, sort on a
// worker, persistent indexes) and with the real credits connector against billing-sandbox.
#include "sandboxprocess.h"

#include "api/familyconnectors.h"
#include "api/ledgerpage.h"
#include "api/wirejson.h"
#include "models/creditledgermodel.h"
#include "models/itemdatarole.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

#include <numeric>

using namespace bc;
using namespace bctest;

namespace {

// Serves a synthetic ledger of `total` rows, newest first, in pages, answering on the next turn
// of the event loop like a network source would.
class ScriptedSource : public LedgerSource
{
public:
    explicit ScriptedSource(int total) : m_total(total) { }
    int requests = 0;
    bool uniqueDescriptions = false; // every row its own description; the last row a type of its own
    void fetch(const QString &cursor, int limit, Done done) override
    {
        ++requests;
        const int start = cursor.isEmpty() ? 0 : cursor.toInt();
        QJsonArray data;
        for (int i = start; i < std::min(m_total, start + limit); ++i) {
            const int age = i;
            QJsonObject row{{QStringLiteral("id"), QStringLiteral("txn_%1").arg(m_total - i, 8, 10, QLatin1Char('0'))},
                {QStringLiteral("type"),
                    uniqueDescriptions && i == m_total - 1 ? QStringLiteral("refund")
                        : i % 10 == 0                      ? QStringLiteral("subscription_grant")
                                                           : QStringLiteral("ai_usage")},
                {QStringLiteral("amount"), i % 10 == 0 ? 1000 : -(i % 97)},
                {QStringLiteral("balance_after"), 100000 - i},
                {QStringLiteral("description"),
                    uniqueDescriptions ? QStringLiteral("Usage %1").arg(i)
                        : i % 10 == 0  ? QStringLiteral("Plan credits")
                                       : QStringLiteral("AI chat (model %1)").arg(i % 3)},
                {QStringLiteral("created_at"),
                    QDateTime::fromSecsSinceEpoch(1'800'000'000 - age * 60, Qt::UTC).toString(Qt::ISODate)}};
            if (i == 5)
                row.insert(QStringLiteral("operator"), QStringLiteral("ravi@example.com")),
                    row.insert(QStringLiteral("reason_code"), QStringLiteral("goodwill")),
                    row.insert(QStringLiteral("note"), QStringLiteral("Outage on the 14th"));
            data.append(row);
        }
        LedgerChunk chunk;
        QString error;
        const bool ok = decodeLedgerPage(
            QJsonDocument(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}}).toJson(),
            &chunk, &error);
        chunk.nextCursor = start + limit < m_total ? QString::number(start + limit) : QString();
        QTimer::singleShot(0, &m_context, [done, chunk, ok, error] { done(chunk, ok ? QString() : error); });
    }

private:
    int m_total;
    QObject m_context; // pending answers die with the source
};

} // namespace

class TestCreditLedgerModel : public QObject
{
    Q_OBJECT
private slots:
    void pagesArriveThroughFetchMore();
    void loadAllFilterAndSort();
    void decodeRejectsBadPages();
    void typesSurviveManyDistinctDescriptions();
    void radixPermutationIsAStableSort();
    void realLedgerFromTheSandbox();
};

void TestCreditLedgerModel::pagesArriveThroughFetchMore()
{
    CreditLedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScriptedSource source(1234);
    QSignalSpy pages(&model, &CreditLedgerModel::pageLoaded);
    model.setSource(&source, 100);
    QVERIFY(pages.wait());
    QCOMPARE(model.rowCount(), 100);
    // A view (here the model tester) asks for more as rows arrive; one page is in flight at a time.
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(pages.wait());
    QCOMPARE(model.rowCount() % 100, 0);
    QVERIFY(model.rowCount() >= 200);
    // Newest first, typed values behind the display strings.
    QCOMPARE(model.index(0, CreditLedgerModel::Id).data().toString(), QStringLiteral("txn_00001234"));
    QCOMPARE(model.index(1, CreditLedgerModel::Amount).data(SortRole).toLongLong(), qint64(-1));
    QCOMPARE(
        model.index(5, CreditLedgerModel::Operator).data().toString(), QStringLiteral("ravi@example.com · Goodwill"));
    QCOMPARE(model.transactionAt(5).note, QStringLiteral("Outage on the 14th"));
    QCOMPARE(model.index(0, CreditLedgerModel::Type).data(StatusRole).toString(), QStringLiteral("subscription_grant"));

    // The filter finds a person's adjustment by its note, its reason in words and its operator,
    // on the rows loaded and on pages that arrive while it is set.
    const QString adjusted = model.index(5, CreditLedgerModel::Id).data().toString();
    for (const QString &text : {QStringLiteral("outage ON the"), QStringLiteral("goodwill"), QStringLiteral("ravi@")}) {
        model.setTextFilter(text);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CreditLedgerModel::Id).data().toString(), adjusted);
    }
    model.setTextFilter(QStringLiteral("no row says this"));
    QCOMPARE(model.rowCount(), 0);
    model.setTextFilter({});
    QVERIFY(model.rowCount() >= 200);
}

void TestCreditLedgerModel::loadAllFilterAndSort()
{
    CreditLedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScriptedSource source(25000);
    model.setSource(&source, 500);
    QSignalSpy finished(&model, &CreditLedgerModel::loadingFinished);
    model.loadAll(5000);
    QVERIFY(finished.wait(20000));
    QCOMPARE(model.rowCount(), 25000);
    QVERIFY(model.isComplete());
    QVERIFY(model.memoryUsed() < std::size_t(25000) * 120); // packed: well under 120 bytes a row here

    model.setTypeFilter(QStringLiteral("subscription_grant"));
    QCOMPARE(model.rowCount(), 2500);
    QCOMPARE(model.sumOfVisibleAmounts(), qint64(2500) * 1000);
    model.setTypeFilter({});
    model.setTextFilter(QStringLiteral("MODEL 2"));
    for (int r = 0; r < model.rowCount(); r += 997)
        QVERIFY(model.index(r, CreditLedgerModel::Description).data().toString().endsWith(QStringLiteral("model 2)")));
    const int filtered = model.rowCount();
    QVERIFY(filtered > 7000 && filtered < 8000);

    // Sort by amount on the worker; the current row follows its transaction.
    const QPersistentModelIndex current = model.index(10, CreditLedgerModel::Id);
    const QString currentId = current.data().toString();
    QSignalSpy sorted(&model, &CreditLedgerModel::sorted);
    model.sort(CreditLedgerModel::Amount, Qt::AscendingOrder);
    QVERIFY(sorted.wait(10000));
    QCOMPARE(model.rowCount(), filtered);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 v = model.index(r, CreditLedgerModel::Amount).data(SortRole).toLongLong();
        QVERIFY(v >= previous);
        previous = v;
    }
    QVERIFY(current.isValid());
    QCOMPARE(current.data().toString(), currentId);
    model.sort(CreditLedgerModel::Description, Qt::DescendingOrder);
    QVERIFY(sorted.wait(10000));
    model.setTextFilter({});
    QCOMPARE(model.rowCount(), 25000);
    QCOMPARE(model.index(0, CreditLedgerModel::Description).data().toString(), QStringLiteral("Plan credits"));
}

void TestCreditLedgerModel::radixPermutationIsAStableSort()
{
    QRandomGenerator rng(11);
    for (const qint64 spread : {qint64(5), qint64(1000), std::numeric_limits<qint64>::max()}) {
        std::vector<qint64> keys(20000);
        for (qint64 &k : keys)
            k = spread == std::numeric_limits<qint64>::max() ? qint64(rng.generate64())
                                                             : qint64(rng.bounded(quint32(2 * spread))) - spread;
        keys[7] = std::numeric_limits<qint64>::min();
        keys[8] = std::numeric_limits<qint64>::max();
        for (const bool descending : {false, true}) {
            std::vector<quint32> expected(keys.size());
            std::iota(expected.begin(), expected.end(), 0u);
            std::stable_sort(expected.begin(), expected.end(),
                [&](quint32 a, quint32 b) { return descending ? keys[a] > keys[b] : keys[a] < keys[b]; });
            QCOMPARE(CreditLedgerModel::sortedPermutation(keys, descending), expected);
        }
    }
}

void TestCreditLedgerModel::decodeRejectsBadPages()
{
    LedgerChunk chunk;
    QString error;
    QVERIFY(!decodeLedgerPage(R"({"success":true})", &chunk, &error));
    // Credits are whole: a fraction or a word is refused, naming the row.
    for (const char *amount : {"5.5", "\"five\"", "1e3"}) {
        QVERIFY(!decodeLedgerPage(
            QByteArray(R"({"data":[{"id":"x","amount":)") + amount + R"(,"created_at":"2026-01-01T00:00:00Z"}]})",
            &chunk, &error));
        QVERIFY2(
            error.contains(QStringLiteral("whole amount")) && error.contains(QStringLiteral("1")), qPrintable(error));
    }
    // Seed 002's literal page: no balance_after, which the ledger then leaves blank rather than 0.
    LedgerChunk seed;
    QVERIFY2(decodeLedgerPage(R"j({"success":true,"data":[{"id":"txn-id","type":"ai_usage","amount":-50,
        "description":"AI chat completion (gpt-4)","created_at":"2026-04-15T10:00:00Z"}]})j",
                 &seed, &error),
        qPrintable(error));
    QCOMPARE(seed.rows.size(), std::size_t(1));
    QCOMPARE(seed.rows.front().amount, qint64(-50));
    QCOMPARE(seed.rows.front().hasBalance, quint8(0));
}

void TestCreditLedgerModel::typesSurviveManyDistinctDescriptions()
{
    // Types and descriptions share one string pool: a type first seen after 65,536 distinct
    // strings must keep its own index (a 16-bit index wrapped onto some description).
    CreditLedgerModel model;
    ScriptedSource source(70000);
    source.uniqueDescriptions = true;
    model.setSource(&source, 500);
    QSignalSpy finished(&model, &CreditLedgerModel::loadingFinished);
    model.loadAll(10000);
    QVERIFY(finished.wait(30000));
    QCOMPARE(model.rowCount(), 70000);
    QCOMPARE(model.index(69999, CreditLedgerModel::Type).data(StatusRole).toString(), QStringLiteral("refund"));
    model.setTypeFilter(QStringLiteral("refund"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.transactionAt(0).description, QStringLiteral("Usage 69999"));
    model.setTypeFilter(QStringLiteral("no_such_type"));
    QCOMPARE(model.rowCount(), 0);
}

void TestCreditLedgerModel::realLedgerFromTheSandbox()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    ApiTransport transport;
    transport.setBaseUrl(sandbox.url());
    transport.setApiKey(sandbox.key(QStringLiteral("owner")));
    CreditsConnector credits(&transport);
    ConnectorLedgerSource source(&credits, {});
    CreditLedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(&source, 25);
    QSignalSpy finished(&model, &CreditLedgerModel::loadingFinished);
    model.loadAll(40);
    QVERIFY(finished.wait(20000));
    const qint64 balance = sandbox.get(QStringLiteral("/credits/balance"), sandbox.key(QStringLiteral("owner")))
                               .json.value(QStringLiteral("data"))
                               .toObject()
                               .value(QStringLiteral("balance"))
                               .toInteger();
    QVERIFY(model.rowCount() > 100);
    QCOMPARE(model.sumOfVisibleAmounts(), balance);
    QCOMPARE(model.index(0, CreditLedgerModel::BalanceAfter).data(SortRole).toLongLong(), balance);
}

QTEST_GUILESS_MAIN(TestCreditLedgerModel)
#include "tst_creditledgermodel.moc"
