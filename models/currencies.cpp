#include "money.h"

#include <QHash>

namespace bc {

namespace {

// clang-format off
// The active codes of ISO 4217 list one as the maintenance agency (SIX) publishes it, as of
// 1 January 2025: ZWG (Zimbabwe Gold) is in; ZWL (withdrawn when ZWG replaced it in 2024) and CUC
// (withdrawn after Cuba ended the convertible peso in 2021) are out, though older tables still
// list them; HRK (Croatia, euro since 2023) and SLL (replaced by SLE) are out. Review this list
// with each amendment. Codes not in the exceptions below have two decimals.
constexpr const char *kIsoCodes[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW", "CLF",
    "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
    "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS",
    "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP",
    "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE",
    "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS",
    "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF",
    "XPF", "YER", "ZAR", "ZMW", "ZWG",
};
// clang-format on

constexpr const char *kZeroDecimal[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX",
    "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
constexpr const char *kThreeDecimal[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
constexpr const char *kFourDecimal[] = {"CLF", "UYW"};

const QHash<QString, int> &exponentTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        for (const char *code : kIsoCodes)
            t.insert(QString::fromLatin1(code), 2);
        for (const char *code : kZeroDecimal)
            t.insert(QString::fromLatin1(code), 0);
        for (const char *code : kThreeDecimal)
            t.insert(QString::fromLatin1(code), 3);
        for (const char *code : kFourDecimal)
            t.insert(QString::fromLatin1(code), 4);
        return t;
    }();
    return table;
}

} // namespace

int currencyExponent(QStringView code)
{
    return exponentTable().value(code.toString(), -1);
}

} // namespace bc
