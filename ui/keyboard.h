#pragma once

class QWidget;

namespace bc {

// Makes a pane work from the keyboard the same way everywhere:
// - toolbar buttons join the Tab chain (a toolbar action is never mouse-only);
// - Tab leaves tables and lists (arrow keys move inside them) instead of walking every cell;
// - Tab follows reading order: rows top to bottom, left to right within a row, whatever order
//   the widgets were created in.
// Safe to call again after widgets were added or shown.
void makeKeyboardFriendly(QWidget *root);
// The first control Tab reaches inside root (null when there is none).
QWidget *firstStop(QWidget *root);

} // namespace bc
