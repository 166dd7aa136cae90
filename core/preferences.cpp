#include "preferences.h"

#include <QSettings>

namespace bc {

QString preference(const char *key)
{
    return QSettings().value(QLatin1String(key)).toString();
}

void setPreference(const char *key, const QString &value)
{
    if (value.isEmpty())
        QSettings().remove(QLatin1String(key));
    else
        QSettings().setValue(QLatin1String(key), value);
}

} // namespace bc
