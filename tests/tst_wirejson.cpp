// The wire reader: numbers kept as their own text, money read exactly in the connection's units,
// fields found whatever their spelling, lists found in their envelopes, bodies written exactly.
#include "api/wirejson.h"

#include <QBuffer>
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
    void rowsReadAsObjectsDo();
    void rowsFindTheirListAndEnvelope();
    void rowsRefuseBadText();
    void timestampsAsQtReadsThem();
    void paddedBodiesParseInPlace();
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

// A row read straight from the text answers every accessor as the parsed object does.
void TestWireJson::rowsReadAsObjectsDo()
{
    const QByteArray json = R"({"data": [
        {"id": "pay_1", "Amount": 1500, "price": "9.99", "big": 123456789012345678901234, "e": 1e3,
         "plan_id": "pro", "live": true, "gone": null, "at": "2026-04-15T10:00:00.250+05:30",
         "when": 1776000000, "nested": {"name": "x"}, "tags": [1, 2], "currency": "inr", "esc": "a\"b\u00e9"},
        {"id": 7, "amount": -50, "live": "no", "at": "2026-04-15", "amount_text": "0.10"},
        "not an object"]})";
    const QCborArray objects = listIn(*parse(json, nullptr));
    QList<QList<QVariant>> fromRows;
    QString error;
    const AmountConvention minor{QStringLiteral("INR"), AmountConvention::Units::Minor};
    const AmountConvention major{QStringLiteral("USD"), AmountConvention::Units::Major};
    const auto facts = [&](const auto &o) {
        QString e1, e2, e3;
        const auto m1 = o.money({"amount"}, minor, &e1);
        const auto m2 = o.money({"price", "amount_text"}, major, &e2);
        const auto m3 = o.money({"e"}, major, &e3);
        return QList<QVariant>{o.isValid(), o.text({"id"}), o.integer({"amount"}).value_or(-1), o.has({"amount"}),
            o.text({"big"}), o.integer({"big"}).has_value(), o.text({"e"}), o.text({"planId"}),
            o.flag({"live"}).value_or(false), o.flag({"live"}).has_value(), o.has({"gone"}), o.time({"at"}),
            o.time({"when"}), o.object({"nested"}).text({"name"}), int(o.list({"tags"}).size()), o.currency(major),
            o.text({"esc"}), m1 ? m1->toWireString() : e1, m2 ? m2->toWireString() : e2, m3 ? m3->toWireString() : e3};
    };
    QVERIFY2(forEachRow(
                 json, {},
                 [&](const Row &row, qsizetype, QString *) {
                     fromRows.append(facts(row));
                     return true;
                 },
                 nullptr, &error),
        qPrintable(error));
    QCOMPARE(fromRows.size(), objects.size());
    for (qsizetype i = 0; i < objects.size(); ++i)
        QCOMPARE(fromRows.at(i), facts(Object(objects.at(i))));
    QCOMPARE(fromRows.at(0).at(16).toString(), QStringLiteral("a\"b\u00e9"));
    QCOMPARE(fromRows.at(0).at(11).toDateTime(), QDateTime(QDate(2026, 4, 15), QTime(4, 30, 0, 250), Qt::UTC));
}

void TestWireJson::rowsFindTheirListAndEnvelope()
{
    const auto count = [](const QByteArray &json, std::initializer_list<const char *> names, Object *envelope,
                           bool *hadList) {
        int rows = 0;
        QString error;
        const bool ok = forEachRow(
            json, names,
            [&rows](const Row &, qsizetype, QString *) {
                ++rows;
                return true;
            },
            envelope, &error, hadList);
        return ok ? rows : -1;
    };
    Object envelope;
    bool hadList = false;
    QCOMPARE(count(R"([{}, {}])", {}, &envelope, &hadList), 2);
    QVERIFY(hadList);
    QCOMPARE(count(R"({"next_cursor": "c2", "data": [{}, {}, {}], "has_more": true})", {}, &envelope, &hadList), 3);
    QCOMPARE(envelope.text({"nextCursor"}), QStringLiteral("c2"));
    QCOMPARE(envelope.flag({"has_more"}), std::optional<bool>(true));
    // listIn's order: a named list before an envelope's, wherever it stands in the text.
    QCOMPARE(count(R"({"data": [{}], "payments": [{}, {}]})", {"payments"}, &envelope, &hadList), 2);
    QCOMPARE(count(R"({"data": {"items": [{}, {}]}, "next_cursor": null})", {}, &envelope, &hadList), 2);
    QVERIFY(!envelope.has({"next_cursor"}));
    QCOMPARE(count(R"({"success": true})", {}, &envelope, &hadList), 0);
    QVERIFY(!hadList);
    QCOMPARE(count(R"("just a string")", {}, &envelope, &hadList), 0);
}

void TestWireJson::rowsRefuseBadText()
{
    QString error;
    const auto ok = [](const Row &, qsizetype, QString *) { return true; };
    QVERIFY(!forEachRow(R"({"data": [{"a": 01}]})", {}, ok, nullptr, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!forEachRow(R"({"data": [{"a": 1}, {"a": )", {}, ok, nullptr, &error));
    QVERIFY(!error.isEmpty());
    // A row the mapping refuses stops the walk with the mapping's words.
    int seen = 0;
    QVERIFY(!forEachRow(R"([{"a": 1}, {"a": 2}, {"a": 3}])", {},
        [&seen](const Row &row, qsizetype, QString *why) {
            ++seen;
            if (row.integer({"a"}) == 2) {
                *why = QStringLiteral("two is refused");
                return false;
            }
            return true;
        },
        nullptr, &error));
    QCOMPARE(seen, 2);
    QCOMPARE(error, QStringLiteral("two is refused"));
}

// The fast reading of "2026-04-15T10:00:00Z" and its kin gives what Qt's own parser gives, and
// leaves what it does not know to that parser.
void TestWireJson::timestampsAsQtReadsThem()
{
    for (const char *text : {"2026-04-15T10:00:00Z", "2026-04-15T10:00:00.5Z", "2026-04-15T10:00:00.123456Z",
             "2024-02-29T23:59:59-08:00", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2026-12-31T00:00:00+14:00",
             "2026-02-30T00:00:00Z", "2026-04-15T24:00:00Z", "2026-04-15 10:00:00Z", "2026-04-15T10:00:00",
             "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z"}) {
        const QByteArray json = QByteArray(R"([{"at": ")") + text + R"("}])";
        QDateTime fromRow;
        QVERIFY(forEachRow(
            json, {},
            [&fromRow](const Row &row, qsizetype, QString *) {
                fromRow = row.time({"at"});
                return true;
            },
            nullptr, nullptr));
        const QDateTime fromObject = Object(listIn(*parse(json, nullptr)).at(0)).time({"at"});
        QCOMPARE(fromRow, fromObject);
        QDateTime qt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
        if (!qt.isValid())
            qt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
        if (qt.isValid())
            QCOMPARE(fromRow.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
    }
}

void TestWireJson::paddedBodiesParseInPlace()
{
    // An answer arriving in pieces, as a socket hands it over.
    QByteArray page = R"({"data": [)";
    for (int i = 0; i < 2000; ++i)
        page += QByteArray(i ? "," : "") + R"({"id": "txn_)" + QByteArray::number(i) + R"(", "amount": -)"
            + QByteArray::number(i) + R"(, "Balance_After": 9.5, "createdAt": "2026-11-20T10:00:00Z"})";
    page += "]}";
    QBuffer device(&page);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const QByteArray body = readPadded(&device);
    QCOMPARE(body, page);
    QVERIFY(body.capacity() - body.size() >= kParsePadding);
    QVERIFY(std::all_of(body.constData() + body.size(), body.constData() + body.size() + kParsePadding,
        [](char c) { return c == '\0'; }));
    QVERIFY(readPadded(&device).isEmpty()); // nothing left to read

    // Read in place and from a tight copy (no spare capacity), the rows are the same.
    const QByteArray tight(page.constData(), page.size());
    QCOMPARE(tight.capacity() - tight.size() < kParsePadding, true);
    for (const QByteArray &json : {body, tight}) {
        qint64 sum = 0;
        int rows = 0, agreed = 0;
        QString error;
        QVERIFY2(forEachRow(
                     json, {},
                     [&](const Row &row, qsizetype, QString *) {
                         sum += row.integer({"amount"}).value_or(1);
                         // Any spelling; not a whole number; a longer or a shorter name with the
                         // same start is another field.
                         if (row.text({"balance_after"}) == QStringLiteral("9.5") && !row.integer({"balance_after"})
                             && row.time({"created_at"}).isValid() && !row.has({"amount_due"}) && !row.has({"amoun"}))
                             ++agreed;
                         ++rows;
                         return true;
                     },
                     nullptr, &error),
            qPrintable(error));
        QCOMPARE(agreed, 2000);
        QCOMPARE(rows, 2000);
        QCOMPARE(sum, -qint64(1999) * 2000 / 2);
    }
    QCOMPARE(parse(body, nullptr)->toMap().value(QStringLiteral("data")).toArray().size(), 2000);
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
