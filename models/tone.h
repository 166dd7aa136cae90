#pragma once

#include <QColor>

namespace bc {

// What a coloured value means, not which colour it is: each tone has a shade for light palettes
// and one for dark ones, both with at least 4.5:1 contrast on the palette's base colour (WCAG
// AA for normal text), so status words stay readable in either.
enum class Tone { Positive, Warning, Negative, Muted };

// The shade for the application's current palette.
QColor toneColour(Tone tone);
bool paletteIsDark();

} // namespace bc
