// The wire reader: numbers kept as their own text, money read exactly in the connection's units,
// fields found whatever their spelling, lists found in their envelopes, bodies written exactly.
#include "api/wirejson.h"

#include <QJsonObject>
#include <QtTest>

using namespace bc;
using namespace bc::wire;

class TestWireJson : public QObject
{
    Q_OBJECT
private slots:
    void numbersKeepTheirText();
    void moneyFromNumbersAndStrings_data();
    void moneyFromNumbersAndStrings();
    void fieldsAnySpelling();
    void listsInTheirEnvelopes();
    void badJsonIsRefused();
    void bodiesWriteNumbersExactly();
};

void TestWireJson::numbersKeepTheirText()
{
    const auto doc = parse(R"({"a": 1500, "b": -50, "c": 9.99, "d": 123456789012345678901234, "e": 1e3,
        "f": 0.1000000000000000055511151231257827})",
        nullptr);
    QVERIFY(doc);
    const Object o(*doc);
    QCOMPARE(o.integer({"a"}), std::optional<qint64>(1500));
    QCOMPARE(o.integer({"b"}), std::optional<qint64>(-50));
    QCOMPARE(o.text({"c"}), QStringLiteral("9.99"));
    QCOMPARE(o.text({"d"}), QStringLiteral("123456789012345678901234")); // no 64-bit integer, no double
    QVERIFY(!o.integer({"d"}));
    QCOMPARE(o.text({"e"}), QStringLiteral("1e3"));
    QCOMPARE(o.text({"f"}), QStringLiteral("0.1000000000000000055511151231257827"));
}

void TestWireJson::moneyFromNumbersAndStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("units"); // 0 major, 1 minor
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected"); // wire string, or the start of the error
    QTest::newRow("minor integer") << QByteArray(R"({"price_monthly": 999})") << 1 << "USD"
                                   << "9.99";
    QTest::newRow("major integer") << QByteArray(R"({"price_monthly": 999})") << 0 << "USD"
                                   << "999.00";
    QTest::newRow("major decimal") << QByteArray(R"({"price_monthly": 9.99})") << 0 << "USD"
                                   << "9.99";
    QTest::newRow("major, zero-decimal currency") << QByteArray(R"({"price_monthly": 1200})") << 0 << "JPY"
                                                  << "1200";
    QTest::newRow("string is major") << QByteArray(R"({"price_monthly": "29.00"})") << 1 << "USD"
                                     << "29.00";
    QTest::newRow("own currency wins") << QByteArray(R"({"price_monthly": 999, "currency": "inr"})") << 1 << "USD"
                                       << "9.99";
    QTest::newRow("exponent") << QByteArray(R"({"price_monthly": 9.99e2})") << 0 << "USD"
                              << "price_monthly: ";
    QTest::newRow("too many decimals") << QByteArray(R"({"price_monthly": 9.999})") << 0 << "USD"
                                       << "price_monthly: ";
    QTest::newRow("decimal minor units") << QByteArray(R"({"price_monthly": 9.5})") << 1 << "USD"
                                         << "price_monthly: ";
    QTest::newRow("huge") << QByteArray(R"({"price_monthly": 99999999999999999999999})") << 0 << "USD"
                          << "price_monthly: ";
    QTest::newRow("no currency") << QByteArray(R"({"price_monthly": 999})") << 1 << ""
                                 << "price_monthly: no currency";
}

void TestWireJson::moneyFromNumbersAndStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(int, units);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const auto doc = parse(json, nullptr);
    QVERIFY(doc);
    QString error;
    const AmountConvention convention{
        currency, units ? AmountConvention::Units::Minor : AmountConvention::Units::Major};
    const auto m = Object(*doc).money({"price_monthly", "priceMonthly"}, convention, &error);
    if (expected.startsWith(QLatin1String("price_monthly:"))) {
        QVERIFY(!m);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    } else {
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->toWireString(), expected);
    }
}

void TestWireJson::fieldsAnySpelling()
{
    const auto doc = parse(R"({"plan_id": "pro", "CancelAtPeriodEnd": true, "createdAt": "2026-04-15T10:00:00Z",
        "period_end": 1776000000, "gone": null})",
        nullptr);
    const Object o(*doc);
    QCOMPARE(o.text({"planId"}), QStringLiteral("pro"));
    QCOMPARE(o.flag({"cancel_at_period_end"}), std::optional<bool>(true));
    QCOMPARE(o.time({"created_at"}), QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC));
    QCOMPARE(o.time({"periodEnd"}).toSecsSinceEpoch(), qint64(1776000000));
    QVERIFY(!o.has({"gone"})); // a null is an absent field
}

void TestWireJson::listsInTheirEnvelopes()
{
    QCOMPARE(listIn(*parse(R"([1, 2])", nullptr)).size(), 2);
    QCOMPARE(listIn(*parse(R"({"success": true, "data": [1, 2, 3]})", nullptr)).size(), 3);
    QCOMPARE(listIn(*parse(R"({"data": {"items": [1]}, "next_cursor": null})", nullptr)).size(), 1);
    QCOMPARE(listIn(*parse(R"({"subscriptions": [1, 2]})", nullptr), {"subscriptions"}).size(), 2);
    QCOMPARE(objectIn(*parse(R"({"success": true, "data": {"balance": 1500}})", nullptr)).integer({"balance"}),
        std::optional<qint64>(1500));
    QCOMPARE(objectIn(*parse(R"({"subscription": {"id": "s1"}})", nullptr), {"subscription"}).text({"id"}),
        QStringLiteral("s1"));
}

void TestWireJson::badJsonIsRefused()
{
    QString error;
    QVERIFY(!parse("{\"a\": 01}", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parse("{\"a\": }", &error));
    QVERIFY(!parse("<html>", &error));
    QVERIFY(parse("\"just a string\"", &error));
}

void TestWireJson::bodiesWriteNumbersExactly()
{
    const Money price = Money::parse(u"9.99", QStringLiteral("USD"));
    const QJsonObject body{
        {QStringLiteral("price_monthly"), numberValue(moneyNumberText(price, AmountConvention::Units::Major))},
        {QStringLiteral("price_yearly"), numberValue(moneyNumberText(price, AmountConvention::Units::Minor))},
        {QStringLiteral("name"), QStringLiteral("Pro")}};
    QCOMPARE(toJson(QJsonDocument(body)), QByteArray(R"({"name":"Pro","price_monthly":9.99,"price_yearly":999})"));
    // A name that merely looks like the mark stays a string.
    QCOMPARE(
        toJson(QJsonDocument(QJsonObject{{QStringLiteral("n"), QStringLiteral("n:5")}})), QByteArray(R"({"n":"n:5"})"));
}

QTEST_GUILESS_MAIN(TestWireJson)
#include "tst_wirejson.moc"
