#pragma once

#include "messagebar.h"

#include "api/connector.h"
#include "models/recordtablemodel.h"

#include <QTableView>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QVBoxLayout;

namespace bc {

class MessageBar;
class Session;

// Right-click the header to show or hide columns; column order, widths, visibility and sort are
// saved per profile under `name` and restored when the session (re)connects.
void enableColumnChooser(QTableView *view, Session *session, const QString &name);

// The common frame of the record panes: a toolbar, a filter box, a sortable table with a column
// chooser (header context menu) whose layout is saved per profile, a message strip, a status line.
class TablePane : public QWidget
{
    Q_OBJECT
public:
    TablePane(Session *session, const QString &name, QWidget *parent = nullptr);

    virtual void refresh() = 0;
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    MessageBar *messageBar() const { return m_message; }
    QToolBar *toolBar() const { return m_toolbar; }
    int currentSourceRow() const;
    QList<int> selectedSourceRows() const;

signals:
    void loaded();

protected:
    void setSourceModel(QAbstractItemModel *model);
    void setStatus(const QString &text);
    // Columns as wide as their contents, but none wider than maxWidth (long JSON stays readable
    // in the tooltip instead of pushing every other column off screen).
    void fitColumns(int maxWidth = 280);
    QVBoxLayout *layoutForExtras() const { return m_extras; }

    // The common end of a refresh: an error goes to the message strip (the rows stay), a list
    // replaces the rows; emits loaded(). Returns whether it succeeded.
    template<typename T>
    bool showRecords(const ApiResult<QList<T>> &result, RecordTableModel<T> *model, const QString &whenEmpty = {})
    {
        if (!result.ok()) {
            messageBar()->show(MessageBar::Kind::Error, result.error.humanMessage());
            return false;
        }
        model->setRecords(result.value);
        if (result.stale())
            messageBar()->showFreshness(result.fetchedAt);
        else if (result.value.isEmpty() && !whenEmpty.isEmpty())
            messageBar()->show(MessageBar::Kind::Info, whenEmpty);
        else
            messageBar()->hide();
        view()->resizeColumnsToContents();
        emit loaded();
        return true;
    }

    Session *m_session;

private:
    QString m_name;
    QToolBar *m_toolbar;
    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    MessageBar *m_message;
    QLabel *m_status;
    QVBoxLayout *m_extras;
};

} // namespace bc
