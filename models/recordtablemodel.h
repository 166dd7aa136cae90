#pragma once

#include "itemdatarole.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace bc {

// A table of plain records (T) described by a list of columns: what to show, what to sort by,
// how to align. Serves the panes whose rows are few enough to hold as values (plans, coupons,
// invoices, orders, charges); the million-row ledger has its own packed model.
template<typename T>
class RecordTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString title;
        std::function<QVariant(const T &)> display;
        std::function<QVariant(const T &)> sortKey = {}; // defaults to display
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        std::function<QVariant(const T &)> foreground = {};
    };

    explicit RecordTableModel(QList<Column> columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    { }

    void setRecords(QList<T> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    void append(const QList<T> &records)
    {
        if (records.isEmpty())
            return;
        beginInsertRows({}, int(m_records.size()), int(m_records.size() + records.size() - 1));
        m_records.append(records);
        endInsertRows();
    }
    void replace(int row, const T &record)
    {
        if (row < 0 || row >= m_records.size())
            return;
        m_records[row] = record;
        emit dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
    }
    // Rows that load as the view scrolls: canMore() says whether there are more, more() appends them.
    void setFetchMore(std::function<bool()> canMore, std::function<void()> more)
    {
        m_canMore = std::move(canMore);
        m_more = std::move(more);
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && m_canMore && m_canMore(); }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            m_more();
    }
    const T *at(int row) const { return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr; }
    const QList<T> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_records.size() || index.column() >= m_columns.size())
            return {};
        const T &record = m_records.at(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return column.display(record);
        case SortRole:
            return column.sortKey ? column.sortKey(record) : column.display(record);
        case Qt::TextAlignmentRole:
            return int(column.alignment);
        case Qt::ForegroundRole:
            return column.foreground ? column.foreground(record) : QVariant();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
            return m_columns.at(section).title;
        return {};
    }

private:
    QList<Column> m_columns;
    QList<T> m_records;
    std::function<bool()> m_canMore;
    std::function<void()> m_more;
};

} // namespace bc
