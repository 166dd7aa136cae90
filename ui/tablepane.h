#pragma once

#include "messagebar.h"
#include "pane.h"

#include "api/connector.h"
#include "models/familytypes.h"
#include "models/recordtablemodel.h"

#include <QTableView>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QToolBar;
class QVBoxLayout;

namespace bc {

// Right-click the header to show or hide columns; column order, widths, visibility and sort are
// saved per profile under `name` and restored when the session (re)connects.
void enableColumnChooser(QTableView *view, Session *session, const QString &name);

// The frame every table pane shares: a toolbar, rows for the pane's own controls, a filter row
// (the filter box and the pane's filters beside it), the message strip, a sortable table with a
// column chooser whose layout is saved per profile (optionally beside a detail panel), and a
// status line.
class TablePane : public Pane
{
    Q_OBJECT
public:
    // The widest a column is fitted to its contents (fitColumns(), the column menu).
    static constexpr int kMaxFittedWidth = 280;
    QString statusText() const; // the line under the table (counts, freshness, what to do)
    TablePane(Session *session, PaneInfo info, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QToolBar *toolBar() const { return m_toolbar; }
    QLineEdit *filterEdit() const { return m_filter; }
    int currentSourceRow() const;
    QList<int> selectedSourceRows() const;

signals:
    // "Open customer" on a row: the page of the customer it names.
    void customerRequested(const bc::OrgSummary &customer);

protected:
    // The customer a row names (its organisation), for "Open customer"; none by default.
    virtual std::optional<OrgSummary> customerAt(int sourceRow) const
    {
        Q_UNUSED(sourceRow);
        return std::nullopt;
    }
    // "Open customer" (Ctrl+Shift+O) in the toolbar and the rows' context menu, enabled on a row
    // that names a customer. Called once the pane's model is set.
    void addOpenCustomerAction();
    // The model behind the table, through `proxy` (the pane's own filter proxy) or the default
    // proxy that sorts on SortRole and filters on every column's text.
    void setSourceModel(QAbstractItemModel *model, QSortFilterProxyModel *proxy = nullptr);
    // A model that sorts and filters itself (the million-row ledger): no proxy in between; the
    // filter box calls applyTextFilter().
    void setDirectModel(QAbstractItemModel *model);
    virtual void applyTextFilter(const QString &text);
    // The pane's own filters, right of the filter box.
    void addFilter(QWidget *widget, int stretch = 0);
    // A row of the pane's own controls above the filter row.
    QHBoxLayout *addControlRow();
    // A panel right of the table (details of the selected row).
    void setDetailPanel(QWidget *panel);
    void setStatus(const QString &text);
    // Columns as wide as their contents, but none wider than maxWidth (long text stays readable
    // in the tooltip instead of pushing every other column off screen).
    void fitColumns(int maxWidth = kMaxFittedWidth);
    // Refresh (F5) at the start of the toolbar, with the shortcut active inside the pane.
    QAction *addRefreshAction();
    // A toolbar action whose shortcut works anywhere inside the pane.
    QAction *addPaneAction(const QString &text, const QKeySequence &shortcut = {});

    // The common end of a refresh: an error goes to the message strip (the rows stay), a list
    // replaces the rows; emits loaded(). Returns whether it succeeded.
    template<typename T>
    bool showRecords(const ApiResult<QList<T>> &result, RecordTableModel<T> *model, const QString &whenEmpty = {})
    {
        if (!result.ok()) {
            failLoad(result.error);
            return false;
        }
        model->setRecords(result.value);
        showFreshnessOr(result.fetchedAt, result.value.isEmpty() ? whenEmpty : QString());
        fitColumns();
        emit loaded();
        return true;
    }
    // The freshness mark when the rows came from the read cache, else `whenEmpty` (if any), else
    // nothing.
    void showFreshnessOr(const QDateTime &fetchedAt, const QString &whenEmpty);

private:
    QString m_name;
    QToolBar *m_toolbar;
    QVBoxLayout *m_controls;
    QHBoxLayout *m_filters;
    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
    QSplitter *m_split;
    QLabel *m_status;
};

} // namespace bc
