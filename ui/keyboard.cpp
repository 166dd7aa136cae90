#include "keyboard.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace bc {

void makeKeyboardFriendly(QWidget *root)
{
    for (QToolBar *bar : root->findChildren<QToolBar *>())
        for (QToolButton *button : bar->findChildren<QToolButton *>())
            if (button->focusPolicy() == Qt::NoFocus && button->objectName() != QLatin1String("qt_toolbar_ext_button"))
                button->setFocusPolicy(Qt::TabFocus);
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);

    // Geometry must be current: let pending layouts run first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // A toolbar is one stop in reading order and expands to its buttons in action order, hidden
    // ones included, so a button that appears later (a role's action) is already in place.
    QList<QWidget *> chain;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->window() != root->window())
            continue; // a dialog the pane opened is a window of its own, with its own order
        if (qobject_cast<QToolBar *>(w) && w->isVisibleTo(root)) {
            chain << w;
            continue;
        }
        if (qobject_cast<QToolBar *>(w->parentWidget()))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(root)
            && !qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
            chain << w;
    }
    if (chain.size() < 2)
        return;
    struct Placed
    {
        QWidget *w;
        QRect r;
    };
    QList<Placed> placed;
    for (QWidget *w : std::as_const(chain))
        placed.append({w, QRect(w->mapTo(root, QPoint()), w->size())});
    // Rows: widgets whose vertical extents overlap the row's first widget share its row.
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return a.r.top() != b.r.top() ? a.r.top() < b.r.top() : a.r.left() < b.r.left();
    });
    QList<QList<Placed>> rows;
    for (const Placed &p : std::as_const(placed)) {
        if (!rows.isEmpty()) {
            const QRect &first = rows.last().first().r;
            if (p.r.top() < first.bottom() && first.top() < p.r.bottom()) {
                rows.last().append(p);
                continue;
            }
        }
        rows.append({p});
    }
    QWidget *previous = root; // the chain starts at the root: Tab from it lands on the first stop
    for (QList<Placed> &row : rows) {
        std::sort(row.begin(), row.end(), [](const Placed &a, const Placed &b) {
            return a.r.left() != b.r.left() ? a.r.left() < b.r.left() : a.r.top() < b.r.top();
        });
        for (const Placed &p : std::as_const(row)) {
            QList<QWidget *> stops{p.w};
            if (auto *bar = qobject_cast<QToolBar *>(p.w)) {
                stops.clear();
                for (QAction *action : bar->actions())
                    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
                        stops << button;
                    else if (QWidget *widget = bar->widgetForAction(action);
                             widget && (widget->focusPolicy() & Qt::TabFocus))
                        stops << widget;
            }
            for (QWidget *w : std::as_const(stops)) {
                QWidget::setTabOrder(previous, w);
                previous = w;
            }
        }
    }
}

QWidget *firstStop(QWidget *root)
{
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain())
        if (root->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) && w->isEnabled()
            && !w->focusProxy())
            return w;
    return nullptr;
}

} // namespace bc
