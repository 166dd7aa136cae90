// Reconciliation (models/reconciliation): the providers' reports read as they are downloaded, in
// any column order, every amount exact from its text; and the match against the server's payments
// finding each kind of discrepancy exactly once, with totals per currency that refuse to wrap.
#include "models/csv.h"
#include "models/reconciliation.h"

#include <QBuffer>
#include <QtTest>

using namespace bc;

namespace {

ProviderReport read(const QByteArray &text, ReportProvider provider)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return readReport(&buffer, provider);
}

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

void pay(ServerPayments &p, const char *providerId, qint64 minor, const char *currency, PaymentStatus status,
    const char *when)
{
    p.append(QByteArrayView(providerId), QByteArray(QByteArray("pmt_") + providerId), Money::fromMinor(minor, QString::fromLatin1(currency)),
        status, at(when), QStringLiteral("Acme Ltd"));
}

QList<ReconciliationIssue> issues(const Reconciliation &r)
{
    QList<ReconciliationIssue> out;
    for (const auto &e : r.exceptions)
        out << e.issue;
    return out;
}

} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT
private slots:
    void csvReaderGivesTheSameRowsInAnyPieces();
    void razorpayColumnsInAnyOrder();
    void razorpayRupeesDecidedForTheWholeFile();
    void stripeReportInMajorUnits();
    void aReportWithoutItsColumnsIsRefused();
    void unreadableRowsAreProblemsWithTheirLine();
    void problemsSpeakTheUsersLanguage();
    void eachDiscrepancyIsFoundOnce();
    void totalsPerCurrency();
    void sumsThatWouldOverflowAreRefused();
    void exceptionsAsCsv();
    void cancelledMatchSaysSo();
    void eachReportIsMatchedWithItsProvidersPayments();
};

void TestReconciliation::csvReaderGivesTheSameRowsInAnyPieces()
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                            "x\"y,,\"line\nbreak\"\n"
                            "last,row";
    const auto rowsOf = [&text](qsizetype piece) {
        QList<QStringList> rows;
        csv::Reader reader([&rows](const QStringList &cells) {
            rows << cells;
            return true;
        });
        for (qsizetype i = 0; i < text.size(); i += piece)
            reader.feed(QByteArrayView(text).sliced(i, std::min(piece, text.size() - i)));
        reader.finish();
        return rows;
    };
    const QList<QStringList> whole = rowsOf(text.size());
    QCOMPARE(whole.size(), 3);
    QCOMPARE(whole.at(0), (QStringList{"a", "b,c", "say \"hi\""}));
    QCOMPARE(whole.at(1), (QStringList{"x\"y", "", "line\nbreak"}));
    QCOMPARE(whole.at(2), (QStringList{"last", "row"}));
    for (qsizetype piece : {1, 2, 3, 7})
        QCOMPARE(rowsOf(piece), whole);
}

void TestReconciliation::razorpayColumnsInAnyOrder()
{
    // The recon API's items as CSV (paise, Unix times), columns shuffled and one the table ignores.
    const ProviderReport r = read("Settled At,amount,Type,entity_id,Currency,fee,tax,credit,debit,created_at,"
                                  "payment_id,card_network\n"
                                  "1780488000,10000,payment,pay_A,INR,236,36,9764,0,1780315200,,Visa\n"
                                  "1780488000,4000,refund,rfnd_B,INR,0,0,0,4000,1780401600,pay_C,\n",
        ReportProvider::Razorpay);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.problemCount, 0);
    QCOMPARE(r.rows.size(), size_t(2));
    const ReportRow &p = r.rows[0];
    QCOMPARE(p.entry, ReportEntry::Payment);
    QCOMPARE(r.paymentId(p), QByteArrayView("pay_A")); // a payment row's own id
    QCOMPARE(p.gross, 10000);
    QCOMPARE(p.fee, 236);
    QCOMPARE(p.tax, 36);
    QCOMPARE(p.net, 9764);
    QCOMPARE(p.created, 1780315200);
    QCOMPARE(p.settled, 1780488000);
    QCOMPARE(p.line, 2u);
    const ReportRow &refund = r.rows[1];
    QCOMPARE(refund.entry, ReportEntry::Refund);
    QCOMPARE(r.paymentId(refund), QByteArrayView("pay_C"));
    QCOMPARE(refund.net, -4000);
    QCOMPARE(r.sha256.size(), 64);
}

void TestReconciliation::razorpayRupeesDecidedForTheWholeFile()
{
    // The dashboard's download: rupees with decimals and day-first dates. The first row has only
    // whole numbers; once a decimal point shows the file is in rupees, it is rupees too.
    const ProviderReport r = read("entity_id,type,amount,currency,fee,tax,credit,debit,created_at,settled_at\n"
                                  "pay_A,payment,100,INR,2,0,98,0,03/11/2026 10:00:00,05/11/2026 09:30:00\n"
                                  "pay_B,payment,250.50,INR,5.91,0.90,244.59,0,03/11/2026 11:00:00,\n",
        ReportProvider::Razorpay);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows.size(), size_t(2));
    QCOMPARE(r.rows[0].gross, 10000);
    QCOMPARE(r.rows[0].net, 9800);
    QCOMPARE(r.rows[0].fee, 200);
    QCOMPARE(r.rows[1].gross, 25050);
    QCOMPARE(r.rows[1].fee, 591);
    QCOMPARE(r.rows[1].tax, 90);
    QCOMPARE(r.rows[1].net, 24459);
    QCOMPARE(r.rows[0].created, at("2026-11-03T10:00:00Z"));
    QCOMPARE(r.rows[0].settled, at("2026-11-05T09:30:00Z"));
    QCOMPARE(r.rows[1].settled, 0);
}

void TestReconciliation::stripeReportInMajorUnits()
{
    const ProviderReport r = read("reporting_category,gross,fee,net,currency,balance_transaction_id,charge_id,"
                                  "payment_intent_id,created_utc,available_on_utc\n"
                                  "charge,10.00,0.59,9.41,usd,txn_1,ch_1,pi_1,2026-11-03 10:00:00,2026-11-05 00:00:00\n"
                                  "refund,-4.00,0.00,-4.00,usd,txn_2,ch_1,pi_1,2026-11-04 10:00:00,2026-11-06\n"
                                  "charge,1500,0,1500,jpy,txn_3,ch_3,,2026-11-03T12:00:00Z,\n"
                                  "payout,-100.00,0.00,-100.00,usd,txn_4,,,2026-11-07 00:00:00,\n",
        ReportProvider::Stripe);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.problemCount, 0);
    QCOMPARE(r.rows.size(), size_t(4));
    QCOMPARE(r.rows[0].gross, 1000);
    QCOMPARE(r.rows[0].fee, 59);
    QCOMPARE(r.rows[0].net, 941);
    QCOMPARE(r.currencies.at(r.rows[0].currency), QStringLiteral("USD"));
    QCOMPARE(r.rows[1].entry, ReportEntry::Refund);
    QCOMPARE(r.rows[1].gross, -400);
    QCOMPARE(r.rows[2].gross, 1500); // yen: no decimals
    QCOMPARE(r.otherId(r.rows[2]), QByteArrayView("ch_3"));
    QCOMPARE(r.rows[3].entry, ReportEntry::Payout);
}

void TestReconciliation::aReportWithoutItsColumnsIsRefused()
{
    const ProviderReport r = read("id,amount,currency\npay_A,100,INR\n", ReportProvider::Razorpay);
    QVERIFY(r.error.contains(QStringLiteral("entity_id")));
    QVERIFY(r.error.contains(QStringLiteral("type")));
    QVERIFY(r.rows.empty());
    // A Razorpay file given as Stripe's is refused, not read as something else.
    const ProviderReport s = read("entity_id,type,amount,currency\npay_A,payment,100,INR\n", ReportProvider::Stripe);
    QVERIFY(s.error.contains(QStringLiteral("balance_transaction_id")));
    QVERIFY(!read("", ReportProvider::Stripe).error.isEmpty());
}

void TestReconciliation::unreadableRowsAreProblemsWithTheirLine()
{
    const ProviderReport r = read("entity_id,type,amount,currency,created_at\n"
                                  "pay_A,payment,\"1,000\",INR,1780315200\n" // grouping
                                  "pay_B,payment,10.001,INR,1780315200\n" // more decimals than INR has
                                  "pay_C,payment,100,XYZ,1780315200\n" // not a currency
                                  "pay_D,payment,100,INR,yesterday\n" // not a date
                                  "pay_E,payment,1e5,INR,1780315200\n" // an exponent
                                  "pay_F,payment,99999999999999999999,INR,1780315200\n" // too many digits
                                  ",refund,100,INR,1780315200\n" // a refund of no payment
                                  "pay_G,payment,100,INR,1780315200\n",
        ReportProvider::Razorpay);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.problemCount, 7);
    QCOMPARE(r.rows.size(), size_t(1));
    QList<quint32> lines;
    for (const ReportProblem &p : r.problems) {
        lines << p.line;
        QVERIFY2(p.message.startsWith(QStringLiteral("Line %1").arg(p.line)), qPrintable(p.message));
    }
    QCOMPARE(lines, (QList<quint32>{2, 3, 4, 5, 6, 7, 8}));
    QVERIFY(r.problems.at(2).message.contains(QStringLiteral("XYZ")));
}

// The reader's messages are looked up under the context lupdate gave them: with the German
// catalogue installed a refusal and a line's problem read in German, not in the source English.
void TestReconciliation::problemsSpeakTheUsersLanguage()
{
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral(BC_QM_DIR "/billing-console_de.qm")), BC_QM_DIR);
    QCoreApplication::installTranslator(&german);
    const ProviderReport empty = read("", ReportProvider::Razorpay);
    const ProviderReport lines = read("entity_id,type,amount,currency,created_at\n"
                                      "pay_C,payment,100,XYZ,1780315200\n",
        ReportProvider::Razorpay);
    const ProviderReport columns = read("id,amount\npay_A,100\n", ReportProvider::Razorpay);
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(empty.error.startsWith(QStringLiteral("Die Datei ist leer")), qPrintable(empty.error));
    QCOMPARE(lines.problems.size(), qsizetype(1));
    QVERIFY2(lines.problems.first().message.startsWith(QStringLiteral("Zeile 2: ")),
        qPrintable(lines.problems.first().message));
    QVERIFY2(columns.error.startsWith(QStringLiteral("Dies ist kein")), qPrintable(columns.error));
}

void TestReconciliation::eachDiscrepancyIsFoundOnce()
{
    ServerPayments server;
    pay(server, "pay_ok", 10000, "INR", PaymentStatus::Captured, "2026-11-02T10:00:00Z");
    pay(server, "pay_missing", 5000, "INR", PaymentStatus::Captured, "2026-11-02T11:00:00Z");
    pay(server, "pay_amount", 7000, "INR", PaymentStatus::Captured, "2026-11-03T10:00:00Z");
    pay(server, "pay_currency", 7000, "INR", PaymentStatus::Captured, "2026-11-03T11:00:00Z");
    pay(server, "pay_failed", 3000, "INR", PaymentStatus::Failed, "2026-11-04T10:00:00Z");
    pay(server, "pay_late", 2000, "INR", PaymentStatus::Captured, "2026-11-29T10:00:00Z");
    pay(server, "pay_twice", 1000, "INR", PaymentStatus::Captured, "2026-11-05T10:00:00Z");
    pay(server, "pay_refund", 4000, "INR", PaymentStatus::Captured, "2026-11-06T10:00:00Z");
    pay(server, "pay_refunded", 6000, "INR", PaymentStatus::Refunded, "2026-11-07T10:00:00Z");
    pay(server, "pay_failed_quiet", 900, "INR", PaymentStatus::Failed, "2026-11-08T10:00:00Z"); // not at the provider: fine
    const ProviderReport report =
        read("entity_id,type,amount,currency,fee,tax,created_at,settled_at,payment_id\n"
             "pay_ok,payment,10000,INR,236,36,2026-11-02 10:00:00,2026-11-04 10:00:00,\n"
             "pay_amount,payment,7100,INR,0,0,2026-11-03 10:00:00,2026-11-05 10:00:00,\n"
             "pay_currency,payment,7000,USD,0,0,2026-11-03 11:00:00,2026-11-05 11:00:00,\n"
             "pay_failed,payment,3000,INR,0,0,2026-11-04 10:00:00,2026-11-06 10:00:00,\n"
             "pay_late,payment,2000,INR,0,0,2026-11-29 10:00:00,2026-12-01 10:00:00,\n"
             "pay_twice,payment,1000,INR,0,0,2026-11-05 10:00:00,2026-11-07 10:00:00,\n"
             "pay_twice,payment,1000,INR,0,0,2026-11-05 10:00:00,2026-11-07 10:00:00,\n"
             "rfnd_1,refund,4000,INR,0,0,2026-11-06 12:00:00,2026-11-08 10:00:00,pay_refund\n"
             "pay_refund,payment,4000,INR,0,0,2026-11-06 10:00:00,2026-11-08 10:00:00,\n"
             "pay_refunded,payment,6000,INR,0,0,2026-11-07 10:00:00,2026-11-09 10:00:00,\n"
             "pay_stranger,payment,8000,INR,0,0,2026-11-10 10:00:00,2026-11-12 10:00:00,\n"
             "pay_october,payment,8000,INR,0,0,2026-10-30 10:00:00,2026-11-01 10:00:00,\n",
            ReportProvider::Razorpay);
    QVERIFY2(report.error.isEmpty() && report.problemCount == 0, qPrintable(report.error));
    const Reconciliation r = reconcile(report, server, QDate(2026, 11, 1), QDate(2026, 11, 30));
    using I = ReconciliationIssue;
    const QList<I> want{I::AmountDiffers, I::CurrencyDiffers, I::StatusDiffers, I::OutsideRange, I::SettledTwice,
        I::StatusDiffers, I::UnknownToServer, I::OutsideRange, I::MissingAtProvider, I::StatusDiffers};
    QCOMPARE(issues(r), want);
    const auto idOf = [&](size_t i) { return exceptionPaymentId(r.exceptions[i], report, server); };
    QCOMPARE(idOf(0), QStringLiteral("pay_amount"));
    QCOMPARE(idOf(1), QStringLiteral("pay_currency"));
    QCOMPARE(idOf(2), QStringLiteral("pay_failed"));
    QCOMPARE(idOf(3), QStringLiteral("pay_late"));
    QCOMPARE(idOf(4), QStringLiteral("pay_twice"));
    QCOMPARE(idOf(5), QStringLiteral("pay_refund")); // refunded at the provider, captured here
    QCOMPARE(idOf(6), QStringLiteral("pay_stranger"));
    QCOMPARE(idOf(7), QStringLiteral("pay_october")); // paid before the dates: not asked of the server
    QCOMPARE(idOf(8), QStringLiteral("pay_missing"));
    QCOMPARE(idOf(9), QStringLiteral("pay_refunded")); // refunded here, no refund at the provider
    QCOMPARE(r.matched, 4); // ok, twice (first), refund, refunded
    QCOMPARE(r.serverPayments, 10);
    // The reasons say both sides in words.
    const QLocale en(QLocale::English, QLocale::India);
    const QString amount = exceptionReason(r.exceptions[0], report, server, en);
    QVERIFY2(amount.contains(QStringLiteral("₹70.00")) && amount.contains(QStringLiteral("₹71.00")), qPrintable(amount));
    const QString status = exceptionReason(r.exceptions[2], report, server, en);
    QVERIFY2(status.startsWith(QStringLiteral("Failed on the server")), qPrintable(status));
    QVERIFY(exceptionReason(r.exceptions[8], report, server, en).contains(QStringLiteral("not in Razorpay")));
}

void TestReconciliation::totalsPerCurrency()
{
    ServerPayments server;
    pay(server, "pi_1", 1000, "USD", PaymentStatus::Refunded, "2026-11-03T10:00:00Z");
    pay(server, "pi_2", 2500, "USD", PaymentStatus::Captured, "2026-11-03T11:00:00Z");
    pay(server, "ch_3", 1500, "JPY", PaymentStatus::Captured, "2026-11-03T12:00:00Z");
    const ProviderReport report = read("balance_transaction_id,reporting_category,currency,gross,fee,net,"
                                       "payment_intent_id,charge_id,created_utc,available_on_utc\n"
                                       "txn_1,charge,usd,10.00,0.59,9.41,pi_1,ch_1,2026-11-03 10:00,2026-11-05\n"
                                       "txn_2,charge,usd,25.00,1.03,23.97,pi_2,ch_2,2026-11-03 11:00,2026-11-05\n"
                                       "txn_3,refund,usd,-10.00,0.00,-10.00,pi_1,ch_1,2026-11-04 10:00,2026-11-06\n"
                                       "txn_4,fee,usd,-1.00,0.00,-1.00,,,2026-11-04 10:00,2026-11-06\n"
                                       "txn_5,payout,usd,-20.00,0.00,-20.00,,,2026-11-07 10:00,2026-11-07\n"
                                       "txn_6,charge,jpy,1500,45,1455,,ch_3,2026-11-03 12:00,2026-11-05\n",
        ReportProvider::Stripe);
    QVERIFY2(report.error.isEmpty() && report.problemCount == 0, qPrintable(report.error));
    const Reconciliation r = reconcile(report, server, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(r.exceptions.empty());
    QCOMPARE(r.totals.keys(), (QList<QString>{"JPY", "USD"}));
    const CurrencyTotals usd = r.totals.value(QStringLiteral("USD"));
    QCOMPARE(usd.matched, 2);
    QCOMPARE(usd.matchedAmount, 3500);
    QCOMPARE(usd.fees, 162);
    QCOMPARE(usd.tax, 0);
    QCOMPARE(usd.refunds, 1000);
    QCOMPARE(usd.net, 941 + 2397 - 1000 - 100); // the payout moves money to the bank, it is not settled
    const CurrencyTotals jpy = r.totals.value(QStringLiteral("JPY"));
    QCOMPARE(jpy.matched, 1);
    QCOMPARE(jpy.net, 1455);
    const QStringList lines = totalsLines(r, QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(QStringLiteral("net settled $22.38")), qPrintable(lines.at(1)));
}

void TestReconciliation::sumsThatWouldOverflowAreRefused()
{
    ServerPayments server;
    pay(server, "pay_1", 900000000000000000, "INR", PaymentStatus::Captured, "2026-11-03T10:00:00Z");
    pay(server, "pay_2", 900000000000000000, "INR", PaymentStatus::Captured, "2026-11-03T11:00:00Z");
    QByteArray text = "entity_id,type,amount,currency,created_at\n";
    for (int i = 1; i <= 2; ++i)
        text += "pay_" + QByteArray::number(i) + ",payment,900000000000000000,INR,2026-11-03 10:00\n";
    for (int i = 0; i < 10; ++i)
        text += "adj_" + QByteArray::number(i) + ",adjustment,-900000000000000000,INR,2026-11-03 10:00\n";
    const ProviderReport report = read(text, ReportProvider::Razorpay);
    QVERIFY2(report.error.isEmpty() && report.problemCount == 0, qPrintable(report.error));
    const Reconciliation r = reconcile(report, server, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(r.totals.value(QStringLiteral("INR")).overflowed);
    QVERIFY(totalsLines(r).first().contains(QStringLiteral("too large")));
}

void TestReconciliation::exceptionsAsCsv()
{
    ServerPayments server;
    pay(server, "pay_missing", 5000, "INR", PaymentStatus::Captured, "2026-11-02T11:00:00Z");
    const ProviderReport report = read("entity_id,type,amount,currency,created_at\n"
                                       "pay_x,payment,=1+1,INR,2026-11-03 10:00\n" // a formula: refused as an amount
                                       "pay_stranger,payment,100,INR,2026-11-03 10:00\n",
        ReportProvider::Razorpay);
    QCOMPARE(report.problemCount, 1);
    const Reconciliation r = reconcile(report, server, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY(writeExceptionsCsv(&out, r, report, server));
    QList<QStringList> rows;
    csv::Reader reader([&rows](const QStringList &cells) {
        rows << cells;
        return true;
    });
    reader.feed(out.data());
    reader.finish();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(0), QStringLiteral("issue"));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("unknown_to_server"));
    QCOMPARE(rows.at(1).at(2), QStringLiteral("pay_stranger"));
    QCOMPARE(rows.at(1).at(6), QStringLiteral("1.00"));
    QCOMPARE(rows.at(1).at(11), QStringLiteral("3"));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("missing_at_provider"));
    QCOMPARE(rows.at(2).at(3), QStringLiteral("pmt_pay_missing"));
    QCOMPARE(rows.at(2).at(4), QStringLiteral("Acme Ltd"));
    QCOMPARE(rows.at(2).at(5), QStringLiteral("50.00"));
    QCOMPARE(rows.at(2).at(8), QStringLiteral("captured"));
}

void TestReconciliation::cancelledMatchSaysSo()
{
    ServerPayments server;
    pay(server, "pay_1", 100, "INR", PaymentStatus::Captured, "2026-11-03T10:00:00Z");
    const ProviderReport report =
        read("entity_id,type,amount,currency\npay_1,payment,100,INR\n", ReportProvider::Razorpay);
    const Reconciliation r = reconcile(report, server, QDate(2026, 11, 1), QDate(2026, 11, 30), [] { return true; });
    QVERIFY(r.cancelled);
    QVERIFY(r.exceptions.empty());
}

void TestReconciliation::eachReportIsMatchedWithItsProvidersPayments()
{
    // A server taking payments through Razorpay and Stripe: Stripe's report does not make every
    // Razorpay payment "missing", and the other way round; an id of neither shape is expected.
    ServerPayments server;
    pay(server, "pay_1", 100, "INR", PaymentStatus::Captured, "2026-11-03T10:00:00Z");
    pay(server, "pi_1", 200, "USD", PaymentStatus::Captured, "2026-11-03T11:00:00Z");
    pay(server, "txn-77", 300, "USD", PaymentStatus::Captured, "2026-11-03T12:00:00Z");
    const ProviderReport stripe = read("balance_transaction_id,reporting_category,currency,gross,payment_intent_id\n"
                                       "txn_1,charge,usd,2.00,pi_1\n",
        ReportProvider::Stripe);
    const Reconciliation s = reconcile(stripe, server, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(s.matched, 1);
    QCOMPARE(s.serverPayments, 2); // pi_1 and the id of neither shape
    QCOMPARE(issues(s), QList<ReconciliationIssue>{ReconciliationIssue::MissingAtProvider});
    QCOMPARE(exceptionPaymentId(s.exceptions[0], stripe, server), QStringLiteral("txn-77"));
    const ProviderReport razorpay =
        read("entity_id,type,amount,currency\npay_1,payment,100,INR\n", ReportProvider::Razorpay);
    const Reconciliation r = reconcile(razorpay, server, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(r.matched, 1);
    QCOMPARE(issues(r), QList<ReconciliationIssue>{ReconciliationIssue::MissingAtProvider}); // txn-77 again
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
