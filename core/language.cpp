#include "language.h"

#include "preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace bc::language {

namespace {
const char *const kKey = "language";
}

QList<Choice> choices()
{
    return {{QString(), QCoreApplication::translate("Language", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("hi"), QStringLiteral("हिन्दी")}};
}

QString preferred()
{
    return preference(kKey);
}

void setPreferred(const QString &code)
{
    setPreference(kKey, code);
}

QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale language(code);
    if (language.language() == system.language())
        return system;
    const QLocale paired(language.language(), system.territory());
    return paired.language() == language.language() && paired.territory() == system.territory() ? paired : language;
}

void apply(const QLocale &locale)
{
    QLocale::setDefault(locale);
    static QTranslator *console = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&console, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // English is the source language; its file only carries plural forms.
    console = new QTranslator;
    // The C locale (no LANG, as under cron or a bare container) reads as English, plurals too.
    if (console->load(locale, QStringLiteral("billing-console"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || (locale.language() == QLocale::C && console->load(QStringLiteral(":/i18n/billing-console_en"))))
        QCoreApplication::installTranslator(console);
    qt = new QTranslator;
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace bc::language
