#include "money.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QtNumeric>

#include <algorithm>
#include <limits>

namespace bc {

namespace {

// 128-bit intermediates keep products of two 64-bit amounts exact (GCC/Clang extension).
__extension__ typedef __int128 int128;

qint64 pow10(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

// Rounds n / d half away from zero; d > 0.
int128 divRoundHalfAway(int128 n, int128 d)
{
    const int128 q = n / d;
    const int128 r = n % d;
    const int128 twice = (r < 0 ? -r : r) * 2;
    if (twice >= d)
        return n < 0 ? q - 1 : q + 1;
    return q;
}

bool fitsInt64(int128 v)
{
    return v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max();
}

} // namespace

Money Money::fromMinor(qint64 minorUnits, const QString &currency)
{
    if (currencyExponent(currency) < 0)
        return {};
    return Money(minorUnits, currency);
}

int Money::exponent() const
{
    return isValid() ? currencyExponent(m_currency) : 0;
}

Money Money::parse(QStringView text, const QString &currency, MoneyParseError *error)
{
    auto fail = [error](MoneyParseError e) {
        if (error)
            *error = e;
        return Money();
    };
    const int exp = currencyExponent(currency);
    if (exp < 0)
        return fail(MoneyParseError::UnknownCurrency);
    if (text.isEmpty())
        return fail(MoneyParseError::Empty);

    bool negative = false;
    qsizetype i = 0;
    if (text.front() == u'-') {
        negative = true;
        i = 1;
    }
    int128 whole = 0;
    int128 fraction = 0;
    int decimals = 0;
    int intDigits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            return fail(MoneyParseError::Whitespace);
        if (c == u'e' || c == u'E')
            return fail(MoneyParseError::Exponent);
        if (c == u'-' || c == u'+')
            return fail(MoneyParseError::MisplacedSign);
        if (c == u'.') {
            if (seenPoint)
                return fail(MoneyParseError::BadCharacter);
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return fail(MoneyParseError::BadCharacter);
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++decimals > exp)
                return fail(MoneyParseError::TooManyDecimals);
            fraction = fraction * 10 + digit;
        } else {
            ++intDigits;
            whole = whole * 10 + digit;
            // One past the largest: the magnitude of the smallest (INT64_MIN) must parse back.
            if (whole > int128(std::numeric_limits<qint64>::max()) + 1)
                return fail(MoneyParseError::Overflow);
        }
    }
    if (intDigits == 0 || (seenPoint && decimals == 0))
        return fail(MoneyParseError::BadCharacter); // "-", ".5", "5."
    for (int d = decimals; d < exp; ++d)
        fraction *= 10;
    int128 minor = whole * pow10(exp) + fraction;
    if (negative)
        minor = -minor;
    if (!fitsInt64(minor))
        return fail(MoneyParseError::Overflow);
    if (error)
        *error = MoneyParseError::None;
    return Money(static_cast<qint64>(minor), currency);
}

QString Money::parseErrorMessage(MoneyParseError error, QStringView text, const QString &currency)
{
    const QString shown = text.toString();
    const int exp = currencyExponent(currency);
    switch (error) {
    case MoneyParseError::None:
        return {};
    case MoneyParseError::Empty:
        return QCoreApplication::translate("Money", "Enter an amount.");
    case MoneyParseError::UnknownCurrency:
        return QCoreApplication::translate("Money", "“%1” is not an ISO 4217 currency code.").arg(currency);
    case MoneyParseError::Whitespace:
        return QCoreApplication::translate("Money", "The amount “%1” contains a space; write digits only, e.g. 999.00.")
            .arg(shown);
    case MoneyParseError::Exponent:
        return QCoreApplication::translate("Money", "The amount “%1” uses an exponent; write it out in plain digits.")
            .arg(shown);
    case MoneyParseError::BadCharacter:
        return QCoreApplication::translate("Money",
            "“%1” is not an amount; use digits with an optional '-' and '.', "
            "e.g. 999.00.")
            .arg(shown);
    case MoneyParseError::TooManyDecimals:
        if (exp == 0)
            return QCoreApplication::translate("Money", "%1 has no minor unit: “%2” must be a whole number.")
                .arg(currency, shown);
        return QCoreApplication::translate("Money", "%1 amounts have at most %2 decimals; “%3” has more.")
            .arg(currency)
            .arg(exp)
            .arg(shown);
    case MoneyParseError::MisplacedSign:
        return QCoreApplication::translate("Money",
            "The amount “%1” has a sign in the wrong place; only a leading '-' "
            "is allowed.")
            .arg(shown);
    case MoneyParseError::Overflow:
        return QCoreApplication::translate("Money", "The amount “%1” is too large.").arg(shown);
    }
    return {};
}

QString Money::toWireString() const
{
    if (!isValid())
        return {};
    QByteArray out;
    appendWire(out, m_minor, exponent());
    return QString::fromLatin1(out);
}

void Money::appendWire(QByteArray &out, qint64 minor, int exponent)
{
    // Digits from the unsigned magnitude, last first, so that INT64_MIN formats too; 20 digits
    // of a 64-bit magnitude, a sign, a point and the zeros of a fraction longer than the number.
    const int exp = std::clamp(exponent, 0, 18);
    quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    char buf[48];
    char *end = buf + sizeof buf;
    char *p = end;
    for (int i = 0; i < exp; ++i) {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    }
    if (exp > 0)
        *--p = '.';
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (minor < 0)
        *--p = '-';
    out.append(p, end - p);
}

QString Money::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    const int exp = exponent();
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 p = quint64(pow10(exp));
    QString number = locale.toString(static_cast<qulonglong>(magnitude / p));
    if (exp > 0) {
        QString fraction = locale.toString(static_cast<qulonglong>(magnitude % p));
        fraction.remove(locale.groupSeparator());
        while (fraction.size() < exp)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }
    // The locale's currency pattern decides where the symbol goes. Ask it to format the integer 1
    // with a marker symbol, then put the exact digits in place of the 1: no floating-point value
    // is ever formatted.
    QString symbol = m_currency;
    const bool localCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency
        && !locale.currencySymbol(QLocale::CurrencySymbol).isEmpty();
    if (localCurrency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    const QChar marker(0xE000); // private use: never part of a pattern
    QString out = locale.toCurrencyString(qlonglong(1), QString(marker));
    out.replace(locale.toString(qlonglong(1)), number);
    // A foreign currency shows its ISO code, which needs a space to stay readable ("INR 999.00").
    if (!localCurrency) {
        const qsizetype at = out.indexOf(marker);
        if (at == 0 && out.size() > 1 && !out.at(1).isSpace())
            out.insert(1, QChar(0x00A0));
        else if (at > 0 && !out.at(at - 1).isSpace())
            out.insert(at, QChar(0x00A0));
    }
    out.replace(marker, symbol);
    if (negative)
        out.prepend(locale.negativeSign());
    return out;
}

std::optional<Money> Money::plus(const Money &other) const
{
    if (!isValid() || other.m_currency != m_currency)
        return std::nullopt;
    qint64 r = 0;
    if (qAddOverflow(m_minor, other.m_minor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    if (!isValid() || other.m_currency != m_currency)
        return std::nullopt;
    qint64 r = 0;
    if (qSubOverflow(m_minor, other.m_minor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::times(qint64 factor) const
{
    if (!isValid())
        return std::nullopt;
    qint64 r = 0;
    if (qMulOverflow(m_minor, factor, &r))
        return std::nullopt;
    return Money(r, m_currency);
}

std::optional<Money> Money::negated() const
{
    return times(-1);
}

std::optional<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (!isValid() || denominator == 0)
        return std::nullopt;
    int128 n = int128(m_minor) * numerator;
    int128 d = denominator;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    const int128 r = divRoundHalfAway(n, d);
    if (!fitsInt64(r))
        return std::nullopt;
    return Money(static_cast<qint64>(r), m_currency);
}

QList<Money> Money::allocate(const QList<qint64> &weights) const
{
    QList<Money> parts;
    if (!isValid() || weights.isEmpty())
        return parts;
    int128 total = 0;
    for (qint64 w : weights) {
        if (w < 0)
            return {};
        total += w;
    }
    if (total == 0)
        return {};
    const bool negative = m_minor < 0;
    const int128 whole = negative ? -int128(m_minor) : int128(m_minor);
    QList<int128> shares;
    QList<std::pair<int128, qsizetype>> remainders;
    int128 assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const int128 product = whole * weights.at(i);
        shares.append(product / total);
        remainders.append({product % total, i});
        assigned += product / total;
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int128 left = whole - assigned, k = 0; left > 0; --left, ++k)
        shares[remainders.at(static_cast<qsizetype>(k)).second] += 1;
    for (int128 s : std::as_const(shares))
        parts.append(Money(static_cast<qint64>(negative ? -s : s), m_currency));
    return parts;
}

void MoneyTotals::add(const Money &amount)
{
    if (!amount.isValid() || m_overflowed.contains(amount.currency()))
        return;
    auto it = std::lower_bound(m_sums.begin(), m_sums.end(), amount.currency(),
        [](const Money &m, const QString &currency) { return m.currency() < currency; });
    if (it == m_sums.end() || it->currency() != amount.currency()) {
        m_sums.insert(it, amount);
        return;
    }
    if (const std::optional<Money> sum = it->plus(amount)) {
        *it = *sum;
        return;
    }
    m_overflowed.append(amount.currency());
    m_sums.erase(it);
}

QList<Money> MoneyTotals::sums() const
{
    return m_sums;
}

QString MoneyTotals::toDisplayString(const QLocale &locale) const
{
    QStringList parts;
    for (const Money &m : m_sums)
        if (!m.isZero())
            parts << m.toDisplayString(locale);
    if (parts.isEmpty() && !m_sums.isEmpty())
        parts << m_sums.first().toDisplayString(locale);
    for (const QString &currency : m_overflowed)
        parts << QCoreApplication::translate("Money", "more than can be added in %1").arg(currency);
    return parts.join(QStringLiteral(" + "));
}

} // namespace bc

QDebug operator<<(QDebug debug, const bc::Money &money)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Money(" << money.toWireString() << ' ' << money.currency() << ')';
    return debug;
}
