// Pieces of the sandbox that are easiest to pin down on their own: routing precedence, strict
// JSON field reading, CSV cell escaping, time-ordered ids, proration.
#include "models/csv.h"
#include "models/money.h"
#include "sandbox/database.h"
#include "sandbox/demodata.h"
#include "sandbox/http.h"
#include "sandbox/invoicing.h"
#include "sandbox/proration.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
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
    void rowsAreReadInPlace_data();
    void rowsAreReadInPlace();
    void prorationWorkedExample();
    void prorationRejectsBadPeriods();
    void quoteTaxRefusesWhatItCannotCompute();

private:
    QTemporaryDir m_dir;
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
    QTest::newRow("minus alone") << "-" << QByteArray(R"("'-")");
    QTest::newRow("not ascii") << "=₹ \"Mumbai\"" << QByteArray("\"'=\xe2\x82\xb9 \"\"Mumbai\"\"\"");
    QTest::newRow("tab") << "\tx" << QByteArray("\"'\tx\"");
    QTest::newRow("empty") << "" << QByteArray(R"("")");
    QTest::newRow("quotes only") << R"("")" << QByteArray(R"("""""")");
}

void TestSandboxUnits::csvCellsCannotRunAsFormulas()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, cell);
    QCOMPARE(csvCell(value), cell);
    // A database's UTF-8 text gives the same cell.
    QByteArray fromBytes;
    csv::appendCell(fromBytes, QByteArrayView(value.toUtf8()));
    QCOMPARE(fromBytes, cell);
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
    QList<qint64> times{qint64(0), qint64(951782400) /* 2000-02-29 */, qint64(1700000000), qint64(4102444799),
        qint64(-86401), qint64(253402300799) /* 9999-12-31T23:59:59 */, qint64(-62135596800) /* 0001-01-01 */};
    for (int i = 0; i < 2000; ++i)
        times << QRandomGenerator::global()->bounded(qint64(-62135596800), qint64(253402300799));
    for (const qint64 t : times) {
        QByteArray fast;
        appendIsoTime(fast, t);
        QCOMPARE(QString::fromLatin1(fast), isoTime(t));
    }
    const QString hostile = QStringLiteral("quote \" back\\slash \n newline \u0001 ctrl ₹ rupee \u202e rtl\u001f");
    for (const bool bytes : {false, true}) {
        QByteArray json = "{\"s\":";
        if (bytes)
            appendJsonString(json, QByteArrayView(hostile.toUtf8()));
        else
            appendJsonString(json, hostile);
        json += '}';
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("s")).toString(), hostile);
    }
    QByteArray wire;
    Money::appendWire(wire, std::numeric_limits<qint64>::min(), 0);
    QCOMPARE(wire, QByteArray("-9223372036854775808"));
    wire.clear();
    Money::appendWire(wire, std::numeric_limits<qint64>::max(), 18);
    QCOMPARE(wire, QByteArray("9.223372036854775807"));
    wire.clear();
    Money::appendWire(wire, -7, 3);
    QCOMPARE(wire, QByteArray("-0.007"));
    wire.clear();
    Money::appendWire(wire, 42, -1); // an unknown currency: no decimals, as toWireString
    QCOMPARE(wire, QByteArray("42"));
}

void TestSandboxUnits::rowsAreReadInPlace_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("sqlite") << m_dir.filePath(QStringLiteral("rows.sqlite"));
    if (!qEnvironmentVariableIsEmpty("BC_TEST_PG_ADMIN_URL"))
        QTest::newRow("postgresql") << qEnvironmentVariable("BC_TEST_PG_ADMIN_URL");
}

// Database::eachRow reads what exec() would, on both backends: the same binds (a null QString is
// "", a null QVariant NULL), integers, UTF-8 text, NULLs, an early stop, and a failed statement.
void TestSandboxUnits::rowsAreReadInPlace()
{
    QFETCH(QString, spec);
    Database db;
    QString error;
    QVERIFY2(db.open(spec, &error), qPrintable(error));
    const bool postgres = db.isPostgres();
    db.exec(postgres ? QStringLiteral("CREATE TEMP TABLE t (id TEXT, n BIGINT, label TEXT)")
                     : QStringLiteral("CREATE TABLE t (id TEXT, n BIGINT, label TEXT)"));
    const QString name = QStringLiteral("Sharma & \"Sons\" ₹");
    db.exec(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"), {QStringLiteral("a"), Q_INT64_C(-9007199254740993), name});
    db.exec(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"), {QStringLiteral("b"), 7, QString()});
    db.exec(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)"), {QStringLiteral("c"), 8, QVariant(QMetaType::fromType<QString>())});
    struct Seen
    {
        QByteArray id;
        qint64 n;
        QByteArray label;
        bool labelNull;
    };
    QList<Seen> seen;
    const qint64 rows = db.eachRow(QStringLiteral("SELECT id, n, label FROM t WHERE n < ? ORDER BY id"), {qint64(100)},
        [&](const RowView &row) {
            seen.append({row.text(0).toByteArray(), row.integer(1), row.text(2).toByteArray(), row.isNull(2)});
            return true;
        });
    QCOMPARE(rows, 3);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(0).id, QByteArray("a"));
    QCOMPARE(seen.at(0).n, Q_INT64_C(-9007199254740993));
    QCOMPARE(QString::fromUtf8(seen.at(0).label), name);
    QVERIFY(!seen.at(1).labelNull);
    QCOMPARE(seen.at(1).label, QByteArray());
    QVERIFY(seen.at(2).labelNull);
    // The same rows through exec().
    QSqlQuery q = db.exec(QStringLiteral("SELECT label FROM t ORDER BY id"));
    for (const Seen &s : std::as_const(seen)) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString().toUtf8(), s.label);
        QCOMPARE(q.isNull(0), s.labelNull);
    }
    q.finish();
    int visited = 0;
    QCOMPARE(db.eachRow(QStringLiteral("SELECT id FROM t ORDER BY id"), {}, [&](const RowView &) { return ++visited < 2; }),
        2);
    QVERIFY_THROWS_EXCEPTION(DatabaseError, db.eachRow(QStringLiteral("SELECT nope FROM t"), {}, [](const RowView &) { return true; }));
    // The connection is still usable after a failed statement.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 3);
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
