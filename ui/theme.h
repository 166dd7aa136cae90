#pragma once

#include "models/tone.h"

#include <QColor>
#include <QString>

namespace bc::theme {

using Tone = bc::Tone;
inline QColor colour(Tone tone)
{
    return toneColour(tone);
}

// "" follows the desktop; "light" and "dark" use the Fusion style with a light or dark
// palette. The choice is kept in QSettings ("theme") and applies at start.
QString preferred();
void setPreferred(const QString &code);
void apply(const QString &code);
bool isDark();

} // namespace bc::theme
