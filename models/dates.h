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

} // namespace bc
