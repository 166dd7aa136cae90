#pragma once

#include <QIcon>
#include <QImage>

namespace bc {

// The application icon, drawn with QPainter at any size (the same design as
// resources/billing-console.svg): a receipt on a deep blue tile with a green paid mark.
QImage paintAppIcon(int size);
// Every standard size, for the window and the task bar.
QIcon appIcon();

} // namespace bc
