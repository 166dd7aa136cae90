#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bc {

// The one date style of tables and the one of headings, in the reader's locale, always with a
// four-digit year (the locale's short format writes "19.12.26" in German): shortDate and
// shortDateTime in tables and lists, longDate in headings and sentences. Empty for no date.
QString tableDateFormat(const QLocale &locale = QLocale()); // also for date edits
QString shortDate(const QDateTime &t, const QLocale &locale = QLocale());
QString shortDate(QDate d, const QLocale &locale = QLocale());
QString shortDateTime(const QDateTime &t, const QLocale &locale = QLocale());
QString longDate(const QDateTime &t, const QLocale &locale = QLocale());
QString longDate(QDate d, const QLocale &locale = QLocale());

// The date ranges a finance person picks by name; each is whole days, both ends included.
enum class DatePreset { ThisMonth, LastMonth, ThisQuarter, LastQuarter, Last30Days, ThisYear };
struct DateSpan
{
    QDate from;
    QDate to;
};
DateSpan presetSpan(DatePreset preset, QDate today);
QString presetName(DatePreset preset); // "This month", in the reader's language

} // namespace bc
