#pragma once

#include <QList>

class QWidget;

namespace bc {

class Pane;
class Session;

// Every pane of the main window, in navigation order: the one list. The main window, the View
// menu, the command palette and `billing-console --pane ID` all work from it.
QList<Pane *> createPanes(Session *session, QWidget *parent);

} // namespace bc
