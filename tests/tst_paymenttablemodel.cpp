// PaymentTableModel on its own: packed rows appended page by page, the text filter (names, words,
// the server's words, ids found in one pass over the packed ids, amounts), rows that arrive after
// the filter was set, and sorting on the worker with the model tester watching.
#include "models/growingarray.h"
#include "models/itemdatarole.h"
#include "models/paymenttablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace bc;

namespace {

Payment payment(int i)
{
    Payment p;
    p.id = QStringLiteral("pay_%1").arg(i, 6, 10, QLatin1Char('0'));
    p.orgId = QStringLiteral("org_%1").arg(i % 3);
    p.orgName = i % 3 == 0 ? QStringLiteral("Ganga Pharma Ltd")
        : i % 3 == 1       ? QStringLiteral("Acme Retail Pvt Ltd")
                           : QStringLiteral("Zeta Labs");
    p.providerPaymentId = QStringLiteral("pay_Rzp%1Xy").arg(i, 5, 10, QLatin1Char('0'));
    p.providerOrderId = QStringLiteral("order_ORD%1").arg(i);
    p.invoiceId = QStringLiteral("inv_%1").arg(i);
    p.invoiceNumber = QStringLiteral("INV-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
    p.method = i % 2 ? PaymentMethod::NetBanking : PaymentMethod::Upi;
    p.status = i % 5 == 0 ? PaymentStatus::Failed : PaymentStatus::Captured;
    p.amount = Money::fromMinor(1000 + i, i % 4 == 0 ? QStringLiteral("USD") : QStringLiteral("INR"));
    p.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
    return p;
}

QList<Payment> payments(int from, int to)
{
    QList<Payment> out;
    for (int i = from; i < to; ++i)
        out.append(payment(i));
    return out;
}

QStringList idsShown(const PaymentTableModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.paymentAt(r)->id);
    return ids;
}

} // namespace

class TestPaymentTableModel : public QObject
{
    Q_OBJECT
private slots:
    void filterFindsWordsIdsAndAmounts();
    void rowsArrivingAfterTheFilterAreFiltered();
    void sortsOnTheWorker();
    void rowsInOrderJoinWithoutASort();
    void aLongListFiltersInSlices();
    void packedStorageGrowsInPlace();
};

void TestPaymentTableModel::filterFindsWordsIdsAndAmounts()
{
    PaymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(payments(0, 600));
    model.append(payments(600, 1200));
    QCOMPARE(model.rowCount(), 1200);
    const auto count = [&model](const QString &filter) {
        model.setTextFilter(filter);
        return model.rowCount();
    };
    QCOMPARE(count(QStringLiteral("ganga")), 400); // the customer's name
    QCOMPARE(count(QStringLiteral("Net banking")), 600); // the method in words…
    QCOMPARE(count(QStringLiteral("netbanking")), 600); // …and as the server writes it
    QCOMPARE(count(QStringLiteral("failed")), 240);
    // Ids, any case, in the id, the provider's id, the invoice's id or number:
    QCOMPARE(count(QStringLiteral("PAY_000123")), 1);
    QCOMPARE(idsShown(model), QStringList{QStringLiteral("pay_000123")});
    QCOMPARE(count(QStringLiteral("rzp00777xY")), 1);
    QCOMPARE(idsShown(model), QStringList{QStringLiteral("pay_000777")});
    QCOMPARE(count(QStringLiteral("inv-2026-004")), 10); // INV-2026-0040 … 0049
    QCOMPARE(count(QStringLiteral("inv_1199")), 1);
    // …never across two fields (an id's end and the next field's start), nor the order id.
    QCOMPARE(count(QStringLiteral("000123pay_")), 0);
    QCOMPARE(count(QStringLiteral("ORD1199")), 0);
    // The amount, exactly, in the row's currency (1000 + i minor units: 10.05 is row 5).
    QCOMPARE(count(QStringLiteral("10.05")), 1);
    QCOMPARE(idsShown(model), QStringList{QStringLiteral("pay_000005")});
    model.setTextFilter({});
    QCOMPARE(model.rowCount(), 1200);
}

void TestPaymentTableModel::rowsArrivingAfterTheFilterAreFiltered()
{
    PaymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(payments(0, 100));
    model.setTextFilter(QStringLiteral("pay_0001")); // pay_000100 … pay_000199
    QCOMPARE(model.rowCount(), 0);
    model.append(payments(100, 300));
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(idsShown(model).startsWith(QStringLiteral("pay_000100")));
    model.setTextFilter(QStringLiteral("PAY_00029"));
    QCOMPARE(model.rowCount(), 10);
}

void TestPaymentTableModel::sortsOnTheWorker()
{
    PaymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(payments(0, 5000));
    QSignalSpy sorted(&model, &PackedRowsModel::sorted);
    model.sort(PaymentTableModel::Amount, Qt::DescendingOrder);
    QVERIFY(sorted.wait(10000));
    // Amounts compare within a currency as minor units; the largest first.
    QCOMPARE(model.paymentAt(0)->id, QStringLiteral("pay_004999"));
    QCOMPARE(model.paymentAt(4999)->id, QStringLiteral("pay_000000"));
    model.setTextFilter(QStringLiteral("zeta"));
    QCOMPARE(model.rowCount(), 1666);
    QCOMPARE(model.paymentAt(0)->id, QStringLiteral("pay_004997")); // still in the sort's order
}

// A list longer than one slice filters between events: the old rows stay shown until the new
// ones land with one reset, rows stored and a sort landing meanwhile join once it has, and the
// answer is the one the whole list filtered at once gives.
void TestPaymentTableModel::aLongListFiltersInSlices()
{
    PaymentTableModel whole; // the reference: one slice covers it
    whole.append(payments(0, 3000));
    whole.setTextFilter(QStringLiteral("pay_0012"));
    QCOMPARE(whole.rowCount(), 100);
    QVERIFY(!whole.isFiltering());

    PaymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilterSliceRows(256);
    model.append(payments(0, 2000));
    QSignalSpy filtered(&model, &PackedRowsModel::filtered);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTextFilter(QStringLiteral("PAY_0012"));
    QVERIFY(model.isFiltering());
    QCOMPARE(model.rowCount(), 2000); // the rows of the old filter, until the new ones land
    model.append(payments(2000, 3000)); // a page arrives meanwhile: not shown before the filter lands
    QCOMPARE(model.rowCount(), 2000);
    model.sort(PaymentTableModel::Amount, Qt::DescendingOrder); // lands after the filter does
    QVERIFY(filtered.wait(10000));
    QCOMPARE(filtered.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 100);
    const QStringList expected = idsShown(whole);
    const QStringList shown = idsShown(model);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isSorting(), 10000);
    QCOMPARE(model.paymentAt(0)->id, QStringLiteral("pay_001299")); // the largest amount of the hundred
    QCOMPARE(model.rowCount(), 100);

    // A filter typed over one still in slices: only the last lands.
    model.setTextFilter(QStringLiteral("zeta"));
    model.setTextFilter(QStringLiteral("inv-2026-2999"));
    QVERIFY(filtered.wait(10000));
    QCOMPARE(idsShown(model), QStringList{QStringLiteral("pay_002999")});
    QTest::qWait(50);
    QCOMPARE(filtered.count(), 2);
    // Cleared while it runs: nothing of it lands afterwards.
    model.setTextFilter(QStringLiteral("ganga"));
    model.clear();
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isFiltering());
    QCOMPARE(filtered.count(), 2);
}

void TestPaymentTableModel::packedStorageGrowsInPlace()
{
    // The rows' and ids' storage: values kept through every growth, appended bytes in order, an
    // element of its own pushed back while the array grows, and emptied on clear().
    struct Wide
    {
        qint64 a = 0;
        qint64 b = 0;
        quint32 c = 0;
    };
    GrowingArray<Wide> rows;
    QVERIFY(rows.empty());
    for (int i = 0; i < 300000; ++i)
        rows.push_back({i, -qint64(i) * 3, quint32(i * 7)});
    QCOMPARE(rows.size(), std::size_t(300000));
    QVERIFY(rows.capacity() >= rows.size());
    bool same = true;
    for (std::size_t i = 0; i < rows.size(); ++i)
        same = same && rows[i].a == qint64(i) && rows[i].b == -qint64(i) * 3 && rows[i].c == quint32(i * 7);
    QVERIFY(same);
    while (rows.size() < rows.capacity())
        rows.push_back(rows[0]);
    rows.push_back(rows[1]); // grows with its argument inside the storage it moves
    QCOMPARE(rows[rows.size() - 1].a, qint64(1));
    QCOMPARE(rows[rows.size() - 1].b, qint64(-3));

    GrowingArray<char> text;
    QByteArray expected;
    for (int i = 0; i < 50000; ++i) {
        const QByteArray piece = "pay_" + QByteArray::number(i);
        text.append(piece.constData(), std::size_t(piece.size()));
        expected += piece;
    }
    text.append(nullptr, 0);
    QCOMPARE(QByteArray(text.data(), qsizetype(text.size())), expected);
    text.clear();
    QVERIFY(text.empty());
    QCOMPARE(text.capacity(), std::size_t(0));
    text.append("again", 5);
    QCOMPARE(QByteArray(text.data(), qsizetype(text.size())), QByteArray("again"));
}

QTEST_GUILESS_MAIN(TestPaymentTableModel)
// A server that lists newest first, under a newest-first view: each page joins the order as it
// is, with no sort on the worker; a row out of that order sorts the list again, to the same
// order a full sort gives.
void TestPaymentTableModel::rowsInOrderJoinWithoutASort()
{
    PaymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto newestFirst = [](int from, int to) {
        QList<Payment> out;
        for (int i = to - 1; i >= from; --i)
            out.append(payment(i));
        return out;
    };
    model.sort(PaymentTableModel::Date, Qt::DescendingOrder);
    model.append(newestFirst(900, 1200));
    QTRY_VERIFY(!model.isSorting());
    QSignalSpy sorted(&model, &PaymentTableModel::sorted);
    model.append(newestFirst(600, 900));
    QVERIFY(!model.isSorting()); // joined as it came
    model.append(newestFirst(300, 600));
    QVERIFY(!model.isSorting());
    QCOMPARE(sorted.count(), 0);
    QCOMPARE(model.rowCount(), 900);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.paymentAt(r)->id, payment(1199 - r).id);
    // A page with a newer row than the last shown: sorted again, every row in its place.
    model.append(newestFirst(1200, 1210) + newestFirst(0, 300));
    QVERIFY(model.isSorting());
    QVERIFY(sorted.wait(10000));
    QTRY_VERIFY(!model.isSorting());
    QCOMPARE(model.rowCount(), 1210);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.paymentAt(r)->id, payment(1209 - r).id);
    // Equal keys keep the order they came in, as the stable sort does.
    PaymentTableModel ties;
    ties.sort(PaymentTableModel::Amount, Qt::AscendingOrder);
    QList<Payment> same = payments(0, 3);
    for (Payment &p : same)
        p.amount = Money::fromMinor(500, QStringLiteral("INR"));
    ties.append(same.mid(0, 1));
    QTRY_VERIFY(!ties.isSorting());
    ties.append(same.mid(1));
    QVERIFY(!ties.isSorting());
    QCOMPARE(idsShown(ties), (QStringList{payment(0).id, payment(1).id, payment(2).id}));
}

#include "tst_paymenttablemodel.moc"
