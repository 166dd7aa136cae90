#include "models/money.h"

#include <QtTest>

using namespace bc;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void exponents_data();
    void exponents();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void wireRoundTrip_data();
    void wireRoundTrip();
    void checkedArithmetic();
    void scaledRoundsHalfAwayFromZero_data();
    void scaledRoundsHalfAwayFromZero();
    void allocateAddsUp_data();
    void allocateAddsUp();
    void displayIsLocaleAwareAndExact();
};

void TestMoney::exponents_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exponent");
    QTest::newRow("INR") << "INR" << 2;
    QTest::newRow("USD") << "USD" << 2;
    QTest::newRow("JPY") << "JPY" << 0;
    QTest::newRow("KRW") << "KRW" << 0;
    QTest::newRow("XPF") << "XPF" << 0;
    QTest::newRow("KWD") << "KWD" << 3;
    QTest::newRow("BHD") << "BHD" << 3;
    QTest::newRow("TND") << "TND" << 3;
    QTest::newRow("CLF") << "CLF" << 4;
    QTest::newRow("UYW") << "UYW" << 4;
    QTest::newRow("unknown") << "XYZ" << -1;
    // ISO 4217 list one as of 2025 (models/currencies.cpp): ZWG in; ZWL, CUC, HRK, SLL withdrawn.
    QTest::newRow("ZWG") << "ZWG" << 2;
    QTest::newRow("ZWL withdrawn") << "ZWL" << -1;
    QTest::newRow("CUC withdrawn") << "CUC" << -1;
    QTest::newRow("HRK withdrawn") << "HRK" << -1;
    QTest::newRow("SLL withdrawn") << "SLL" << -1;
    QTest::newRow("lowercase is not a code") << "inr" << -1;
}

void TestMoney::exponents()
{
    QFETCH(QString, code);
    QFETCH(int, exponent);
    QCOMPARE(currencyExponent(code), exponent);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("seed example") << "999.00"
                                  << "INR" << qint64(99900);
    QTest::newRow("no decimals") << "999"
                                 << "INR" << qint64(99900);
    QTest::newRow("one decimal") << "0.5"
                                 << "USD" << qint64(50);
    QTest::newRow("negative") << "-12.34"
                              << "EUR" << qint64(-1234);
    QTest::newRow("zero") << "0"
                          << "INR" << qint64(0);
    QTest::newRow("yen whole") << "1500"
                               << "JPY" << qint64(1500);
    QTest::newRow("dinar three") << "1.250"
                                 << "KWD" << qint64(1250);
    QTest::newRow("largest") << "92233720368547758.07"
                             << "USD" << std::numeric_limits<qint64>::max();
    QTest::newRow("smallest") << "-92233720368547758.08"
                              << "USD" << std::numeric_limits<qint64>::min();
    QTest::newRow("smallest, no decimals") << "-9223372036854775808"
                                           << "JPY" << std::numeric_limits<qint64>::min();
    QTest::newRow("largest, no decimals") << "9223372036854775807"
                                          << "JPY" << std::numeric_limits<qint64>::max();
    // Leading zeros are accepted and read as written without them (docs/ARCHITECTURE.md, Money).
    QTest::newRow("leading zero") << "0499.00"
                                  << "INR" << qint64(49900);
    QTest::newRow("zeros") << "00"
                           << "INR" << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    MoneyParseError error = MoneyParseError::Overflow;
    const Money m = Money::parse(text, currency, &error);
    QVERIFY2(m.isValid(), qPrintable(Money::parseErrorMessage(error, text, currency)));
    QCOMPARE(error, MoneyParseError::None);
    QCOMPARE(m.minorUnits(), minor);
    QCOMPARE(m.currency(), currency);
}

void TestMoney::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << ""
                           << "INR" << int(MoneyParseError::Empty) << "Enter an amount";
    QTest::newRow("exponent") << "1e3"
                              << "INR" << int(MoneyParseError::Exponent) << "exponent";
    QTest::newRow("capital exponent") << "1E3"
                                      << "INR" << int(MoneyParseError::Exponent) << "exponent";
    QTest::newRow("leading space") << " 1.00"
                                   << "INR" << int(MoneyParseError::Whitespace) << "space";
    QTest::newRow("inner space") << "1 000.00"
                                 << "INR" << int(MoneyParseError::Whitespace) << "space";
    QTest::newRow("too many decimals") << "1.005"
                                       << "INR" << int(MoneyParseError::TooManyDecimals) << "at most 2 decimals";
    QTest::newRow("yen decimals") << "10.5"
                                  << "JPY" << int(MoneyParseError::TooManyDecimals) << "whole number";
    QTest::newRow("plus") << "+1.00"
                          << "INR" << int(MoneyParseError::MisplacedSign) << "sign";
    QTest::newRow("double minus") << "--1"
                                  << "INR" << int(MoneyParseError::MisplacedSign) << "sign";
    QTest::newRow("grouping") << "1,000.00"
                              << "INR" << int(MoneyParseError::BadCharacter) << "not an amount";
    QTest::newRow("two points") << "1.0.0"
                                << "INR" << int(MoneyParseError::BadCharacter) << "not an amount";
    QTest::newRow("bare point") << "."
                                << "INR" << int(MoneyParseError::BadCharacter) << "not an amount";
    QTest::newRow("trailing point") << "5."
                                    << "INR" << int(MoneyParseError::BadCharacter) << "not an amount";
    QTest::newRow("letters") << "abc"
                             << "INR" << int(MoneyParseError::BadCharacter) << "not an amount";
    QTest::newRow("overflow") << "92233720368547758.08"
                              << "USD" << int(MoneyParseError::Overflow) << "too large";
    QTest::newRow("huge") << "99999999999999999999999"
                          << "USD" << int(MoneyParseError::Overflow) << "too large";
    QTest::newRow("unknown currency") << "1.00"
                                      << "ABC" << int(MoneyParseError::UnknownCurrency) << "ISO 4217";
}

void TestMoney::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(int, error);
    QFETCH(QString, messagePart);
    MoneyParseError got = MoneyParseError::None;
    const Money m = Money::parse(text, currency, &got);
    QVERIFY(!m.isValid());
    QCOMPARE(int(got), error);
    const QString message = Money::parseErrorMessage(got, text, currency);
    QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void TestMoney::wireRoundTrip_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("wire");
    QTest::newRow("INR") << qint64(99900) << "INR"
                         << "999.00";
    QTest::newRow("cents") << qint64(5) << "USD"
                           << "0.05";
    QTest::newRow("negative") << qint64(-59940) << "INR"
                              << "-599.40";
    QTest::newRow("negative small") << qint64(-5) << "USD"
                                    << "-0.05";
    QTest::newRow("JPY") << qint64(1500) << "JPY"
                         << "1500";
    QTest::newRow("KWD") << qint64(1250) << "KWD"
                         << "1.250";
    QTest::newRow("CLF") << qint64(10001) << "CLF"
                         << "1.0001";
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << "USD"
                         << "-92233720368547758.08";
}

void TestMoney::wireRoundTrip()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, wire);
    const Money m = Money::fromMinor(minor, currency);
    QCOMPARE(m.toWireString(), wire);
    QCOMPARE(Money::parse(wire, currency), m);
}

void TestMoney::checkedArithmetic()
{
    const Money a = Money::fromMinor(100, QStringLiteral("INR"));
    const Money b = Money::fromMinor(250, QStringLiteral("INR"));
    QCOMPARE(*a.plus(b), Money::fromMinor(350, QStringLiteral("INR")));
    QCOMPARE(*a.minus(b), Money::fromMinor(-150, QStringLiteral("INR")));
    QCOMPARE(*b.times(3), Money::fromMinor(750, QStringLiteral("INR")));
    QVERIFY(!a.plus(Money::fromMinor(1, QStringLiteral("USD"))).has_value()); // currencies never mix
    const Money max = Money::fromMinor(std::numeric_limits<qint64>::max(), QStringLiteral("USD"));
    QVERIFY(!max.plus(Money::fromMinor(1, QStringLiteral("USD"))).has_value());
    QVERIFY(!max.times(2).has_value());
    QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::min(), QStringLiteral("USD")).negated().has_value());
    QVERIFY(!Money::fromMinor(1, QStringLiteral("NOPE")).isValid());
}

void TestMoney::scaledRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(99900) << qint64(18) << qint64(30) << qint64(59940);
    QTest::newRow("half up") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("half away negative") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    QTest::newRow("below half") << qint64(10) << qint64(1) << qint64(3) << qint64(3);
    QTest::newRow("above half") << qint64(20) << qint64(1) << qint64(3) << qint64(7);
    QTest::newRow("gst 9%") << qint64(99900) << qint64(900) << qint64(10000) << qint64(8991);
    QTest::newRow("negative denominator") << qint64(10) << qint64(1) << qint64(-4) << qint64(-3);
    QTest::newRow("128-bit intermediate")
        << std::numeric_limits<qint64>::max() << qint64(3) << qint64(4) << qint64(6917529027641081855);
}

void TestMoney::scaledRoundsHalfAwayFromZero()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    const auto r = Money::fromMinor(minor, QStringLiteral("USD")).scaled(num, den);
    QVERIFY(r.has_value());
    QCOMPARE(r->minorUnits(), expected);
}

void TestMoney::allocateAddsUp_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("thirds") << qint64(100) << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
    QTest::newRow("gst halves") << qint64(17982) << QList<qint64>{1, 1} << QList<qint64>{8991, 8991};
    QTest::newRow("odd halves") << qint64(17983) << QList<qint64>{1, 1} << QList<qint64>{8992, 8991};
    QTest::newRow("negative") << qint64(-100) << QList<qint64>{1, 1, 1} << QList<qint64>{-34, -33, -33};
    QTest::newRow("weighted") << qint64(1000) << QList<qint64>{70, 20, 10} << QList<qint64>{700, 200, 100};
}

void TestMoney::allocateAddsUp()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    const QList<Money> parts = Money::fromMinor(total, QStringLiteral("INR")).allocate(weights);
    QList<qint64> got;
    qint64 sum = 0;
    for (const Money &m : parts) {
        got << m.minorUnits();
        sum += m.minorUnits();
    }
    QCOMPARE(got, expected);
    QCOMPARE(sum, total);
}

void TestMoney::displayIsLocaleAwareAndExact()
{
    const Money inr = Money::fromMinor(123456789, QStringLiteral("INR"));
    QCOMPARE(inr.toDisplayString(QLocale(QLocale::English, QLocale::India)), QStringLiteral("₹12,34,567.89"));
    const Money eur = Money::fromMinor(123450, QStringLiteral("EUR"));
    QCOMPARE(eur.toDisplayString(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("1.234,50\u00a0€"));
    QCOMPARE(
        Money::fromMinor(-500, QStringLiteral("USD")).toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("-$5.00"));
    QCOMPARE(Money::fromMinor(1500, QStringLiteral("JPY")).toDisplayString(QLocale(QLocale::Japanese, QLocale::Japan)),
        QStringLiteral("￥1,500"));
    // A foreign currency keeps its code, separated so it stays readable.
    QCOMPARE(Money::fromMinor(99900, QStringLiteral("INR"))
                 .toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
        QStringLiteral("INR\u00a0999.00"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
