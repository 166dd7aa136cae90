#pragma once

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
    QVBoxLayout *layoutForExtras() const { return m_extras; }
    void saveLayout() const;
    void restoreLayout();
    Session *m_session;

private:
    QString settingsKey() const;
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
