#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace bc {

// ISO 4217 minor-unit exponent of an active currency code, or -1 when the code is unknown.
int currencyExponent(QStringView code);

// Why a wire amount was refused. Each value has a human message (Money::parseErrorMessage).
enum class MoneyParseError {
    None,
    Empty,
    UnknownCurrency,
    Whitespace,
    Exponent,
    BadCharacter,
    TooManyDecimals,
    MisplacedSign,
    Overflow,
};

// An exact amount of one currency: a signed count of minor units (paise, cents) and an ISO 4217
// code. Never converted through floating point. Arithmetic is checked: an overflow or a currency
// mismatch gives an empty optional, never a wrong number.
class Money
{
public:
    Money() = default; // invalid: no currency
    static Money fromMinor(qint64 minorUnits, const QString &currency);

    // Parses the wire format: an optional '-', digits, optionally '.' and at most the currency's
    // number of decimals ("999.00", "999", "-0.5"). Refuses exponents, spaces, '+', grouping
    // separators and anything that would overflow 64 bits of minor units.
    static Money parse(QStringView text, const QString &currency, MoneyParseError *error = nullptr);
    static QString parseErrorMessage(MoneyParseError error, QStringView text, const QString &currency);

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int exponent() const;
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // "999.00", "-0.50", "1500" (JPY), "1.250" (KWD): always the currency's full decimals.
    QString toWireString() const;
    // The same text for `minor` minor units at `exponent` decimals (currencyExponent; none when it
    // is below 1), appended: for pages of thousands of amounts without a QString each.
    static void appendWire(QByteArray &out, qint64 minor, int exponent);
    // Locale-aware: grouping, decimal separator and currency symbol of the locale ("₹99,900.00",
    // "1.234,50 €"). Exact: the digits come from the integer, not from a double.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    std::optional<Money> times(qint64 factor) const;
    std::optional<Money> negated() const;

    // this x numerator / denominator, rounded half away from zero to a whole minor unit.
    // The one rounding rule of the project (docs/ARCHITECTURE.md, "Money").
    std::optional<Money> scaled(qint64 numerator, qint64 denominator) const;

    // Splits the amount in proportion to the weights; the parts add up exactly to the whole.
    // Remainder minor units go to the largest fractional shares first (ties: earlier part).
    QList<Money> allocate(const QList<qint64> &weights) const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

private:
    Money(qint64 minor, const QString &currency) : m_minor(minor), m_currency(currency) { }
    qint64 m_minor = 0;
    QString m_currency;
};

// Exact sums of amounts in several currencies, one sum per currency (rupees are never added to
// dollars). A sum that would leave int64 is not wrapped or dropped: that currency is marked, and
// its total reads as too large rather than as a wrong number. The panes' totals (outstanding,
// captured, a selection's) all go through it.
class MoneyTotals
{
public:
    void add(const Money &amount); // an invalid amount (no currency) is ignored
    bool isEmpty() const { return m_sums.isEmpty(); }
    // One sum per currency, by currency code; a currency whose sum overflowed is left out.
    QList<Money> sums() const;
    bool overflowed() const { return !m_overflowed.isEmpty(); }
    // "₹14,725.00 + $20.00", each in the locale's money style; zero sums left out unless all are;
    // an overflowed currency reads as "more than can be added in INR".
    QString toDisplayString(const QLocale &locale = QLocale()) const;

private:
    QList<Money> m_sums; // sorted by currency
    QStringList m_overflowed;
};

// How a server's bare JSON numbers are money, which its document leaves to the reader: the
// currency (when an answer names none) and whether 999 means 999 major units or 9.99 (minor
// units, cents). Strings are always major units ("9.99"). A connection says which; the console
// shows a sample so a person can confirm it.
struct AmountConvention
{
    enum class Units { Major, Minor };
    QString currency;
    Units units = Units::Major;
    bool operator==(const AmountConvention &) const = default;
};

} // namespace bc

QDebug operator<<(QDebug debug, const bc::Money &money);
