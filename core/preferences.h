#pragma once

#include <QString>

namespace bc {

// A string preference in the console's QSettings; an empty value removes the key (the default
// applies again).
QString preference(const char *key);
void setPreference(const char *key, const QString &value);

} // namespace bc
