#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace bc::language {

// The languages the console is translated into, as (code, name in that language); the first
// entry, with an empty code, follows the system.
struct Choice
{
    QString code;
    QString name;
};
QList<Choice> choices();

// The preference (QSettings "language"), or the system's when there is none.
QString preferred();
void setPreferred(const QString &code);

// The locale for a language code: that language with the system's country where Qt knows the
// pair (German in India: de_IN), else the language's main country. Empty code: the system's.
QLocale localeFor(const QString &code);

// Makes `locale` the default for numbers, dates and money, and loads the console's translation
// and Qt's own (standard dialogs) for its language. Safe to call more than once.
void apply(const QLocale &locale);

} // namespace bc::language
