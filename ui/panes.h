#pragma once

#include "pane.h"

#include <QList>

class QWidget;
struct QMetaObject;

namespace bc {

class Session;

// One kind of pane, known before any is built: what the navigation and the View menu show, and
// how to build it when it is first wanted (the main window builds the first pane at once and the
// others after the window's first paint, or earlier when asked for).
struct PaneKind
{
    PaneInfo info;
    const QMetaObject *type; // to find a pane by its class before it exists
    Pane *(*create)(Session *session, QWidget *parent);
};

// Every pane of the main window, in navigation order: the one list. The main window, the View
// menu, the command palette and `billing-console --pane ID` all work from it.
QList<PaneKind> paneKinds();

} // namespace bc
