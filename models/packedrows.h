#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace bc {

// A table model over rows its subclass keeps packed (numbers and indices into pools), with the
// order and the filter kept here as two index vectors: for lists of a million rows, where a
// QSortFilterProxyModel over row objects takes seconds. Sorting computes a permutation on a
// worker thread and lands with one layoutChanged(), persistent indexes (selection, current row)
// following their rows. Rows stored while a sort runs are shown at the end until the next sort
// lands; at most one sort is in flight, so a list that grows page by page stays sorted within
// one sort's time instead of never. Rows that arrive in the order shown join it with no sort.
// A filter of many rows runs in slices between events (the subclass's preparation, then the test
// of each row), the old rows shown until the new ones land with one reset: the window is never
// frozen for the length of a pass over half a million rows.
class PackedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorting() const { return m_sorting; }
    bool isFiltering() const { return m_filtering; }
    // Rows a filter slice covers (default 65,536); a list of at most this many filters at once.
    void setFilterSliceRows(std::size_t rows) { m_filterSliceRows = std::max<std::size_t>(1, rows); }

    // Stable order of the rows by key (ascending or descending): an LSD radix sort.
    static std::vector<quint32> sortedPermutation(const std::vector<qint64> &keys, bool descending);
    // Each string's position in case-insensitive order (for text columns kept as pool indices).
    static std::vector<qint64> ranks(const QStringList &strings);

signals:
    void sorted();
    void filtered(); // a filter's rows have landed (after refilter(), at once or a few slices later)

protected:
    // The work that orders rows [0, storedRows()) by `column`. It runs on a worker thread, so it
    // owns (or shares, implicitly) copies of what it reads. Empty: the column does not sort.
    using Permutation = std::function<std::vector<quint32>()>;
    virtual Permutation sorter(int column, bool descending) const = 0;
    virtual std::size_t storedRows() const = 0;
    virtual bool accepts(quint32 row) const = 0;
    // The key `column` sorts stored row `row` by, when it is a plain number (dates, amounts):
    // rows that arrive already in the shown order (a server listing newest first under a
    // newest-first view) then join it without a sort. False: no such key.
    virtual bool sortKey(int /*column*/, quint32 /*row*/, qint64 * /*key*/) const { return false; }
    // What the subclass works out before rows are tested (one pass over packed text, say), about
    // `rows` rows of it per call; true once it is done. accepts() is not called until then.
    virtual bool prepareFilter(std::size_t /*rows*/) { return true; }

    // After rows [first, storedRows()) were stored: shown at the end, and sorted with the rest.
    void rowsStored(quint32 first);
    // After the filter changed: the visible rows again, in the current order (one reset, landing
    // at once for a short list, else after a few slices; filtered() says when).
    void refilter();
    // Forgets order, filter results and any sort in flight (inside the caller's model reset).
    void clearOrder();
    quint32 storedAt(int visibleRow) const { return m_visible[std::size_t(visibleRow)]; }
    std::size_t orderMemory() const { return (m_order.capacity() + m_visible.capacity()) * sizeof(quint32); }

    std::vector<quint32> m_order; // every stored row in the current order
    std::vector<quint32> m_visible; // m_order filtered

private:
    void startSort();
    bool arrivedInOrder(quint32 first) const;
    void sortLanded(int generation, std::vector<quint32> permutation);
    bool filterStep(std::size_t rows); // true once the filter has landed
    void scheduleFilterStep();
    void filterLanded();

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortGeneration = 0;
    bool m_sorting = false;
    bool m_sortAgain = false;
    std::size_t m_sortedThrough = 0; // m_order's first rows that are in the sort's order

    // A filter in slices: m_order's rows [0, m_filterCursor) tested into m_nextVisible. While it
    // runs, m_order only grows (rows stored join its end; a sort that lands waits in m_sortWaiting).
    bool m_filtering = false;
    bool m_filterPrepared = false;
    int m_filterGeneration = 0;
    std::size_t m_filterCursor = 0;
    std::size_t m_filterSliceRows = 65536;
    std::vector<quint32> m_nextVisible;
    std::optional<std::pair<int, std::vector<quint32>>> m_sortWaiting;
};

} // namespace bc
