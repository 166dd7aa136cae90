// Pieces of the sandbox that are easiest to pin down on their own: routing precedence, strict
// JSON field reading, CSV cell escaping, time-ordered ids, proration.
#include "sandbox/demodata.h"
#include "sandbox/http.h"
#include "sandbox/invoicing.h"
#include "sandbox/proration.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace bc;
using namespace bc::sandbox;

class TestSandboxUnits : public QObject
{
    Q_OBJECT
private slots:
    void literalSegmentsBeatCaptures();
    void methodNotAllowedAndNotFound();
    void jsonFieldsAreStrict();
    void csvCellsCannotRunAsFormulas_data();
    void csvCellsCannotRunAsFormulas();
    void idsAreTimeOrdered();
    void fastJsonWritersAgreeWithQt();
    void prorationWorkedExample();
    void prorationRejectsBadPeriods();
    void quoteTaxRefusesWhatItCannotCompute();
};

void TestSandboxUnits::literalSegmentsBeatCaptures()
{
    Router router;
    router.add("GET", QStringLiteral("/api/billing/subscription/{id}"), [](const HttpRequest &r) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("id"), r.params.value(QStringLiteral("id"))}});
    });
    router.add("GET", QStringLiteral("/api/billing/subscription/me"), [](const HttpRequest &) {
        return HttpResponse::json(QJsonObject{{QStringLiteral("me"), true}});
    });
    HttpRequest me;
    me.method = "GET";
    me.path = QStringLiteral("/api/billing/subscription/me");
    QCOMPARE(router.dispatch(me).body, QByteArray(R"({"me":true})"));
    HttpRequest byId;
    byId.method = "GET";
    byId.path = QStringLiteral("/api/billing/subscription/sub%5F1");
    QCOMPARE(router.dispatch(byId).body, QByteArray(R"({"id":"sub_1"})")); // percent-decoded
}

void TestSandboxUnits::methodNotAllowedAndNotFound()
{
    Router router;
    router.add("POST", QStringLiteral("/api/billing/cancel"),
        [](const HttpRequest &) { return HttpResponse::json(QJsonObject{}); });
    HttpRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/api/billing/cancel");
    QCOMPARE(router.dispatch(r).status, 405);
    r.path = QStringLiteral("/api/billing/nothing");
    const HttpResponse missing = router.dispatch(r);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.body.contains("not_found"));
}

void TestSandboxUnits::jsonFieldsAreStrict()
{
    HttpResponse error;
    QVERIFY(!JsonFields::parse("{\"a\":", &error));
    QCOMPARE(error.status, 400);
    QVERIFY(!JsonFields::parse("[]", &error));
    QVERIFY(JsonFields::parse("", &error, true));
    auto f = JsonFields::parse(R"({"days":1.5,"flag":"yes","name":"x"})", &error);
    QVERIFY(f);
    QVERIFY(!f->integer(QStringLiteral("days"), true, 0, 10));
    QVERIFY(!f->ok());
    QVERIFY(f->error().body.contains("whole number"));
    auto g = JsonFields::parse(R"({"days":99})", &error);
    QVERIFY(!g->integer(QStringLiteral("days"), true, 0, 10));
    QVERIFY(g->error().body.contains("between 0 and 10"));
    auto h = JsonFields::parse(R"({"name":"   "})", &error);
    h->string(QStringLiteral("name"), true);
    QVERIFY(h->error().body.contains("missing_field"));
}

void TestSandboxUnits::csvCellsCannotRunAsFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << "Acme" << QByteArray(R"("Acme")");
    QTest::newRow("quote") << R"(Say "hi")" << QByteArray(R"("Say ""hi""")");
    QTest::newRow("formula") << "=HYPERLINK(\"x\")" << QByteArray(R"csv("'=HYPERLINK(""x"")")csv");
    QTest::newRow("plus") << "+1+1" << QByteArray(R"("'+1+1")");
    QTest::newRow("at") << "@SUM(A1)" << QByteArray(R"csv("'@SUM(A1)")csv");
    QTest::newRow("negative amount stays a number") << "-12.50" << QByteArray(R"("-12.50")");
    QTest::newRow("minus formula") << "-1+cmd" << QByteArray(R"("'-1+cmd")");
}

void TestSandboxUnits::csvCellsCannotRunAsFormulas()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, cell);
    QCOMPARE(csvCell(value), cell);
}

void TestSandboxUnits::idsAreTimeOrdered()
{
    QString previous = newId("sub_");
    for (int i = 0; i < 2000; ++i) {
        const QString id = newId("sub_");
        QCOMPARE(id.size(), 4 + 16);
        QVERIFY2(id.toLatin1() > previous.toLatin1(), qPrintable(previous + u' ' + id));
        previous = id;
    }
}

void TestSandboxUnits::fastJsonWritersAgreeWithQt()
{
    for (const qint64 t :
        {qint64(0), qint64(951782400) /* 2000-02-29 */, qint64(1700000000), qint64(4102444799), qint64(-86401)}) {
        QByteArray fast;
        appendIsoTime(fast, t);
        QCOMPARE(QString::fromLatin1(fast), isoTime(t));
    }
    const QString hostile = QStringLiteral("quote \" back\\slash \n newline \u0001 ctrl ₹ rupee \u202e rtl");
    QByteArray json = "{\"s\":";
    appendJsonString(json, hostile);
    json += '}';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("s")).toString(), hostile);
}

void TestSandboxUnits::prorationWorkedExample()
{
    // providers.md: 30-day period, change at day 12 (18 days left), 999.00 -> 1999.00 INR:
    // credit -599.40, debit +1199.40, net +600.00.
    const qint64 start = 1'700'000'000;
    const qint64 end = start + 30 * 86400;
    const auto p = prorate(Money::parse(u"999.00", QStringLiteral("INR")),
        Money::parse(u"1999.00", QStringLiteral("INR")), start, end, start + 12 * 86400);
    QVERIFY(p.has_value());
    QCOMPARE(p->credit.toWireString(), QStringLiteral("-599.40"));
    QCOMPARE(p->debit.toWireString(), QStringLiteral("1199.40"));
    QCOMPARE(p->net.toWireString(), QStringLiteral("600.00"));
    // Downgrade mirrors it.
    const auto down = prorate(Money::parse(u"1999.00", QStringLiteral("INR")),
        Money::parse(u"999.00", QStringLiteral("INR")), start, end, start + 12 * 86400);
    QCOMPARE(down->net.toWireString(), QStringLiteral("-600.00"));
    // To the second: one second before the end leaves almost nothing.
    const auto late = prorate(Money::parse(u"999.00", QStringLiteral("INR")),
        Money::parse(u"1999.00", QStringLiteral("INR")), start, end, end - 1);
    QCOMPARE(late->debit.minorUnits(), qint64(0)); // 199900 / 2592000 rounds to 0
}

void TestSandboxUnits::prorationRejectsBadPeriods()
{
    const Money a = Money::parse(u"10.00", QStringLiteral("USD"));
    QVERIFY(!prorate(a, a, 100, 100, 100).has_value());
    QVERIFY(!prorate(a, a, 100, 200, 300).has_value());
    QVERIFY(!prorate(a, Money::parse(u"10.00", QStringLiteral("EUR")), 100, 200, 150).has_value());
    // A period longer than int64 seconds is refused, not wrapped into a negative length.
    QVERIFY(!prorate(a, a, std::numeric_limits<qint64>::min() + 1, std::numeric_limits<qint64>::max(), 0).has_value());
    QVERIFY(!prorate(a, a, -10, std::numeric_limits<qint64>::max(), -5).has_value());
}

void TestSandboxUnits::quoteTaxRefusesWhatItCannotCompute()
{
    // 100,000 taxable values, half of them near the int64 limit, inside and across states: each
    // quote is either refused or exact (total = taxable + tax + round-off, never below taxable).
    const QString seller = bc::sandbox::makeGstin(QStringLiteral("29"), QStringLiteral("AAGCL4821K"));
    QVERIFY(!seller.isEmpty());
    QRandomGenerator rng(14);
    int refused = 0;
    for (int i = 0; i < 100000; ++i) {
        const qint64 minor = i % 2 ? std::numeric_limits<qint64>::max() - qint64(rng.bounded(1'000'000'000))
                                   : qint64(rng.generate64() >> 1);
        const Money taxable = Money::fromMinor(minor, QStringLiteral("INR"));
        const auto q = bc::sandbox::quoteTax(seller, i % 3 ? QStringLiteral("29") : QStringLiteral("27"), taxable);
        if (!q) {
            ++refused;
            continue;
        }
        QVERIFY(!q->tax.isNegative());
        QVERIFY(q->total.minorUnits() >= taxable.minorUnits());
        const auto sum = taxable.plus(q->tax);
        QVERIFY(sum.has_value());
        QCOMPARE(sum->plus(q->roundOff)->minorUnits(), q->total.minorUnits());
        QVERIFY(q->roundOff.minorUnits() >= -49 && q->roundOff.minorUnits() <= 50);
    }
    QVERIFY(refused > 0); // the ones near the limit cannot carry 18 % on top
    const auto small =
        bc::sandbox::quoteTax(seller, QStringLiteral("29"), Money::parse(u"999.00", QStringLiteral("INR")));
    QVERIFY(small.has_value());
    QCOMPARE(small->tax.toWireString(), QStringLiteral("179.82"));
    QCOMPARE(small->total.toWireString(), QStringLiteral("1179.00"));
}

QTEST_GUILESS_MAIN(TestSandboxUnits)
#include "tst_sandbox_units.moc"
