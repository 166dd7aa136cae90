#include "dates.h"

#include <QCoreApplication>

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

QString longDate(QDate d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, QLocale::LongFormat) : QString();
}

QString longDate(const QDateTime &t, const QLocale &locale)
{
    return t.isValid() ? longDate(t.toLocalTime().date(), locale) : QString();
}

DateSpan presetSpan(DatePreset preset, QDate today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    const int quarterFirstMonth = (today.month() - 1) / 3 * 3 + 1;
    const QDate quarterStart(today.year(), quarterFirstMonth, 1);
    switch (preset) {
    case DatePreset::ThisMonth:
        return {monthStart, today};
    case DatePreset::LastMonth:
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case DatePreset::ThisQuarter:
        return {quarterStart, today};
    case DatePreset::LastQuarter:
        return {quarterStart.addMonths(-3), quarterStart.addDays(-1)};
    case DatePreset::Last30Days:
        return {today.addDays(-29), today};
    case DatePreset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    }
    return {today, today};
}

QString presetName(DatePreset preset)
{
    switch (preset) {
    case DatePreset::ThisMonth:
        return QCoreApplication::translate("DatePreset", "This month");
    case DatePreset::LastMonth:
        return QCoreApplication::translate("DatePreset", "Last month");
    case DatePreset::ThisQuarter:
        return QCoreApplication::translate("DatePreset", "This quarter");
    case DatePreset::LastQuarter:
        return QCoreApplication::translate("DatePreset", "Last quarter");
    case DatePreset::Last30Days:
        return QCoreApplication::translate("DatePreset", "Last 30 days");
    case DatePreset::ThisYear:
        return QCoreApplication::translate("DatePreset", "This year");
    }
    return {};
}

} // namespace bc
