#include "dates.h"

namespace bc {

namespace {

// The locale's short pattern with its year written in full ("dd.MM.yy" -> "dd.MM.yyyy").
QString withFullYear(QString pattern)
{
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

} // namespace

QString tableDateFormat(const QLocale &locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString shortDate(QDate d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, tableDateFormat(locale)) : QString();
}

QString shortDate(const QDateTime &t, const QLocale &locale)
{
    return t.isValid() ? shortDate(t.toLocalTime().date(), locale) : QString();
}

QString shortDateTime(const QDateTime &t, const QLocale &locale)
{
    return t.isValid() ? locale.toString(t.toLocalTime(), withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)))
                       : QString();
}

QString longDate(const QDateTime &t, const QLocale &locale)
{
    return t.isValid() ? locale.toString(t.toLocalTime().date(), QLocale::LongFormat) : QString();
}

} // namespace bc
