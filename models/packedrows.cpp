#include "packedrows.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <numeric>

namespace bc {

std::vector<quint32> PackedRowsModel::sortedPermutation(const std::vector<qint64> &keys, bool descending)
{
    // LSD radix sort of (key, row) on the key's 8 bytes, stable, skipping the bytes in which every
    // key agrees (ledger amounts span a few hundred values, so two passes usually do). Signed
    // keys map to unsigned order by flipping the sign bit; descending flips every bit.
    const std::size_t n = keys.size();
    std::vector<quint64> k(n), kTmp(n);
    std::vector<quint32> rows(n), rowsTmp(n);
    for (std::size_t i = 0; i < n; ++i) {
        const quint64 u = quint64(keys[i]) ^ (quint64(1) << 63);
        k[i] = descending ? ~u : u;
        rows[i] = quint32(i);
    }
    for (int shift = 0; shift < 64; shift += 8) {
        std::size_t count[256] = {};
        for (quint64 v : k)
            ++count[(v >> shift) & 0xFF];
        if (std::find(std::begin(count), std::end(count), n) != std::end(count))
            continue; // this byte is the same in every key
        std::size_t offset = 0;
        for (std::size_t &c : count) {
            const std::size_t here = c;
            c = offset;
            offset += here;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t to = count[(k[i] >> shift) & 0xFF]++;
            kTmp[to] = k[i];
            rowsTmp[to] = rows[i];
        }
        k.swap(kTmp);
        rows.swap(rowsTmp);
    }
    return rows;
}

std::vector<qint64> PackedRowsModel::ranks(const QStringList &strings)
{
    std::vector<quint32> byText(std::size_t(strings.size()));
    std::iota(byText.begin(), byText.end(), 0u);
    std::stable_sort(byText.begin(), byText.end(),
        [&strings](quint32 a, quint32 b) { return strings.at(a).compare(strings.at(b), Qt::CaseInsensitive) < 0; });
    std::vector<qint64> rank(byText.size());
    for (std::size_t i = 0; i < byText.size(); ++i)
        rank[byText[i]] = qint64(i);
    return rank;
}

int PackedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

void PackedRowsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedThrough = 0;
    ++m_sortGeneration; // a sort in flight for another column or order is dropped when it lands
    if (m_sorting)
        m_sortAgain = true;
    else
        startSort();
}

void PackedRowsModel::startSort()
{
    Permutation work = sorter(m_sortColumn, m_sortOrder == Qt::DescendingOrder);
    if (!work)
        return;
    m_sorting = true;
    m_sortAgain = false;
    const int generation = m_sortGeneration;
    auto *watcher = new QFutureWatcher<std::vector<quint32>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        sortLanded(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void PackedRowsModel::sortLanded(int generation, std::vector<quint32> permutation)
{
    if (m_filtering) {
        // The filter's pass walks m_order: the new order joins once the filter has landed.
        m_sortWaiting.emplace(generation, std::move(permutation));
        return;
    }
    m_sorting = false;
    const bool current = generation == m_sortGeneration && permutation.size() <= storedRows();
    if (current) {
        emit layoutAboutToBeChanged();
        // Persistent indexes (selection, current row) follow their rows to the new positions.
        const QModelIndexList before = persistentIndexList();
        constexpr quint32 none = std::numeric_limits<quint32>::max();
        std::vector<quint32> underlying;
        underlying.reserve(std::size_t(before.size()));
        QHash<quint32, int> newRow;
        for (const QModelIndex &index : before) {
            const quint32 u = index.row() < int(m_visible.size()) ? m_visible[std::size_t(index.row())] : none;
            underlying.push_back(u);
            if (u != none)
                newRow.insert(u, -1);
        }
        // Rows stored while the sort ran follow the sorted ones until the next sort lands.
        const std::size_t sortedRows = permutation.size();
        m_sortedThrough = sortedRows;
        m_order = std::move(permutation);
        for (std::size_t i = sortedRows; i < storedRows(); ++i)
            m_order.push_back(quint32(i));
        m_visible.clear();
        for (quint32 i : m_order) {
            if (!accepts(i))
                continue;
            if (!newRow.isEmpty() && newRow.contains(i))
                newRow[i] = int(m_visible.size());
            m_visible.push_back(i);
        }
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k) {
            const int row = underlying[std::size_t(k)] == none ? -1 : newRow.value(underlying[std::size_t(k)], -1);
            after << (row < 0 ? QModelIndex() : index(row, before.at(k).column()));
        }
        changePersistentIndexList(before, after);
        emit layoutChanged();
        emit sorted();
    }
    if (m_sortColumn >= 0 && (m_sortAgain || generation != m_sortGeneration || m_order.size() != storedRows()))
        startSort();
}

void PackedRowsModel::rowsStored(quint32 first)
{
    const std::size_t n = storedRows();
    std::vector<quint32> added;
    for (std::size_t i = first; i < n; ++i) {
        m_order.push_back(quint32(i));
        if (!m_filtering && accepts(quint32(i))) // else the filter's pass reaches them
            added.push_back(quint32(i));
    }
    if (!added.empty()) {
        beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + added.size() - 1));
        m_visible.insert(m_visible.end(), added.begin(), added.end());
        endInsertRows();
    }
    if (m_sortColumn < 0 || n == first)
        return;
    if (!m_sorting && arrivedInOrder(first)) {
        m_sortedThrough = n; // already where a sort would put them
        return;
    }
    if (m_sorting)
        m_sortAgain = true;
    else
        startSort();
}

// Whether rows [first, storedRows()) follow the sorted rows before them in the current order: keys
// monotonic in the sort's direction from the last sorted row on. Equal keys keep the stored
// order, as the stable sort does, so the answer is exactly the sort's.
bool PackedRowsModel::arrivedInOrder(quint32 first) const
{
    // The rows before `first` must be in sorted order themselves (a sort covered them, or they
    // joined this way), and the new ones must follow the last of them.
    if (first == 0 || m_sortedThrough != first || m_order.size() != storedRows())
        return false;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    qint64 previous = 0;
    if (!sortKey(m_sortColumn, m_order[first - 1], &previous))
        return false;
    for (std::size_t i = first; i < storedRows(); ++i) {
        qint64 key = 0;
        if (!sortKey(m_sortColumn, quint32(i), &key))
            return false;
        if (descending ? key > previous : key < previous)
            return false;
        previous = key;
    }
    return true;
}

void PackedRowsModel::refilter()
{
    ++m_filterGeneration; // a filter still in slices is dropped
    m_filtering = true;
    m_filterPrepared = false;
    m_filterCursor = 0;
    m_nextVisible.clear();
    if (storedRows() <= m_filterSliceRows) {
        while (!filterStep(std::numeric_limits<std::size_t>::max())) {
        }
        return;
    }
    m_nextVisible.reserve(m_order.size());
    scheduleFilterStep();
}

void PackedRowsModel::scheduleFilterStep()
{
    QTimer::singleShot(0, this, [this, generation = m_filterGeneration] {
        if (generation == m_filterGeneration && m_filtering && !filterStep(m_filterSliceRows))
            scheduleFilterStep();
    });
}

bool PackedRowsModel::filterStep(std::size_t rows)
{
    if (!m_filterPrepared) {
        m_filterPrepared = prepareFilter(rows);
        return false; // the rows are tested from the next step on
    }
    const std::size_t end = m_order.size() - m_filterCursor > rows ? m_filterCursor + rows : m_order.size();
    for (; m_filterCursor < end; ++m_filterCursor)
        if (accepts(m_order[m_filterCursor]))
            m_nextVisible.push_back(m_order[m_filterCursor]);
    if (m_filterCursor < m_order.size())
        return false;
    filterLanded();
    return true;
}

void PackedRowsModel::filterLanded()
{
    m_filtering = false;
    beginResetModel();
    m_visible.swap(m_nextVisible);
    endResetModel();
    m_nextVisible = {};
    emit filtered();
    if (m_sortWaiting) {
        auto waiting = std::move(*m_sortWaiting);
        m_sortWaiting.reset();
        sortLanded(waiting.first, std::move(waiting.second));
    }
}

void PackedRowsModel::clearOrder()
{
    m_order.clear();
    m_order.shrink_to_fit();
    m_visible.clear();
    m_visible.shrink_to_fit();
    m_sortColumn = -1;
    m_sortAgain = false;
    m_sortedThrough = 0;
    ++m_sortGeneration;
    ++m_filterGeneration;
    m_filtering = false;
    m_nextVisible = {};
    if (m_sortWaiting) { // it landed; the sort it was is over
        m_sortWaiting.reset();
        m_sorting = false;
    }
}

} // namespace bc
