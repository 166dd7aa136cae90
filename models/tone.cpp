#include "tone.h"

#include <QGuiApplication>
#include <QPalette>

namespace bc {

bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

QColor toneColour(Tone tone)
{
    const bool dark = paletteIsDark();
    switch (tone) {
    case Tone::Positive:
        return dark ? QColor(0x6C, 0xD9, 0x97) : QColor(0x1B, 0x7F, 0x3B);
    case Tone::Warning:
        return dark ? QColor(0xF2, 0xB8, 0x5A) : QColor(0x94, 0x57, 0x00);
    case Tone::Negative:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB4, 0x23, 0x18);
    case Tone::Muted:
        return dark ? QColor(0xA9, 0xB1, 0xBD) : QColor(0x5F, 0x66, 0x73);
    }
    return {};
}

} // namespace bc
