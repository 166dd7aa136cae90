#include "creditledgermodel.h"

#include "dates.h"
#include "itemdatarole.h"
#include "tone.h"
#include "words.h"

#include <QColor>
#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <numeric>

namespace bc {

std::vector<quint32> CreditLedgerModel::sortedPermutation(const std::vector<qint64> &keys, bool descending)
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

CreditLedgerModel::CreditLedgerModel(QObject *parent) : QAbstractTableModel(parent) { }

CreditLedgerModel::~CreditLedgerModel() = default;

void CreditLedgerModel::setSource(LedgerSource *source, int pageSize)
{
    m_source = source;
    m_pageSize = pageSize;
    reset();
    if (m_source)
        requestPage(m_pageSize);
}

void CreditLedgerModel::reset()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_descColumn.clear();
    m_descColumn.shrink_to_fit();
    m_typeColumn.clear();
    m_typeColumn.shrink_to_fit();
    m_ids.clear();
    m_strings.clear();
    m_stringIndex.clear();
    m_extras.clear();
    m_order.clear();
    m_visible.clear();
    m_descMatches.clear();
    m_cursor.clear();
    m_error.clear();
    m_started = false;
    m_fetching = false;
    m_loadAll = false;
    m_sortColumn = -1;
    endResetModel();
}

void CreditLedgerModel::loadAll(int pageSize)
{
    m_loadAll = true;
    m_loadAllPageSize = pageSize;
    if (!m_fetching && !isComplete())
        requestPage(pageSize);
    else if (isComplete())
        emit loadingFinished();
}

void CreditLedgerModel::cancelLoading()
{
    m_loadAll = false;
    ++m_generation; // the page in flight is dropped when it lands
    m_fetching = false;
}

void CreditLedgerModel::requestPage(int limit)
{
    if (!m_source || m_fetching)
        return;
    m_fetching = true;
    const int generation = m_generation;
    // The source may answer after this model is gone, or after a reset: both answers are dropped.
    m_source->fetch(m_cursor, limit,
        [self = QPointer<CreditLedgerModel>(this), generation](LedgerChunk chunk, const QString &error) {
            if (!self || generation != self->m_generation)
                return;
            self->pageArrived(std::move(chunk), error);
        });
}

void CreditLedgerModel::pageArrived(LedgerChunk chunk, const QString &error)
{
    m_fetching = false;
    m_started = true;
    if (!error.isEmpty()) {
        m_error = error;
        m_loadAll = false;
        emit loadFailed(error);
        return;
    }
    m_cursor = chunk.nextCursor;
    append(std::move(chunk));
    emit pageLoaded(loadedRows());
    if (m_cursor.isEmpty())
        emit loadingFinished();
    else if (m_loadAll)
        requestPage(m_loadAllPageSize);
}

quint32 CreditLedgerModel::intern(const QString &s)
{
    auto it = m_stringIndex.constFind(s);
    if (it != m_stringIndex.constEnd())
        return it.value();
    const quint32 index = quint32(m_strings.size());
    m_strings.append(s);
    m_stringIndex.insert(s, index);
    const QString &filter = m_textFilter;
    m_descMatches.push_back(filter.isEmpty() || s.contains(filter, Qt::CaseInsensitive));
    return index;
}

void CreditLedgerModel::append(LedgerChunk chunk)
{
    if (chunk.rows.empty())
        return;
    // Re-index the chunk's pools into the model's.
    std::vector<quint32> remap(std::size_t(chunk.strings.size()));
    for (qsizetype i = 0; i < chunk.strings.size(); ++i)
        remap[std::size_t(i)] = intern(chunk.strings.at(i));
    const quint32 idBase = quint32(m_ids.size());
    m_ids.append(chunk.ids);
    const quint32 first = quint32(m_rows.size());
    // push_back grows geometrically: reserving the exact size per page would copy every row
    // again on every page.
    for (PackedLedgerRow r : chunk.rows) {
        r.idOffset += idBase;
        r.descIndex = remap[r.descIndex];
        r.typeIndex = remap[r.typeIndex];
        m_rows.push_back(r);
        m_descColumn.push_back(r.descIndex);
        m_typeColumn.push_back(r.typeIndex);
    }
    for (auto it = chunk.extras.cbegin(); it != chunk.extras.cend(); ++it)
        m_extras.insert(first + it.key(), it.value());

    // New rows arrive in server order (newest first); with no sort active they append at the end.
    std::vector<quint32> added;
    for (quint32 i = first; i < m_rows.size(); ++i) {
        m_order.push_back(i);
        if (accepts(i))
            added.push_back(i);
    }
    if (m_sortColumn >= 0) {
        sort(m_sortColumn, m_sortOrder); // re-sorts everything loaded, off the GUI thread
        return;
    }
    if (added.empty())
        return;
    beginInsertRows({}, int(m_visible.size()), int(m_visible.size() + added.size() - 1));
    m_visible.insert(m_visible.end(), added.begin(), added.end());
    endInsertRows();
}

bool CreditLedgerModel::accepts(quint32 row) const
{
    const PackedLedgerRow &r = m_rows[row];
    if (!m_typeFilter.isEmpty() && m_strings.at(r.typeIndex) != m_typeFilter)
        return false;
    return m_textFilter.isEmpty() || m_descMatches[r.descIndex];
}

void CreditLedgerModel::rebuildVisible()
{
    // The text test runs once per distinct string; the rows are then one sequential pass over two
    // packed columns into a byte per row, and one pass over the current order.
    m_descMatches.assign(std::size_t(m_strings.size()), 0);
    for (qsizetype i = 0; i < m_strings.size(); ++i)
        m_descMatches[std::size_t(i)] =
            m_textFilter.isEmpty() || m_strings.at(i).contains(m_textFilter, Qt::CaseInsensitive);
    // -1: every type; a type no row has matches nothing (-2 is no row's index).
    const qint64 typeIndex = m_typeFilter.isEmpty() ? -1
        : m_stringIndex.contains(m_typeFilter)      ? qint64(m_stringIndex.value(m_typeFilter))
                                                    : -2;
    const std::size_t n = m_rows.size();
    const char *desc = m_descMatches.data();
    beginResetModel();
    m_visible.clear();
    m_visible.reserve(n);
    if (m_sortColumn < 0) {
        // Server order: one pass straight over the packed columns.
        for (std::size_t i = 0; i < n; ++i)
            if (desc[m_descColumn[i]] && (typeIndex == -1 || m_typeColumn[i] == typeIndex))
                m_visible.push_back(quint32(i));
    } else {
        std::vector<char> match(n);
        for (std::size_t i = 0; i < n; ++i)
            match[i] = desc[m_descColumn[i]] && (typeIndex == -1 || m_typeColumn[i] == typeIndex);
        for (quint32 i : m_order)
            if (match[i])
                m_visible.push_back(i);
    }
    endResetModel();
}

void CreditLedgerModel::setTypeFilter(const QString &type)
{
    if (type == m_typeFilter)
        return;
    m_typeFilter = type;
    rebuildVisible();
}

void CreditLedgerModel::setTextFilter(const QString &text)
{
    if (text == m_textFilter)
        return;
    m_textFilter = text;
    rebuildVisible();
}

void CreditLedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // Copy the one column that decides the order (8 bytes a row) and sort its indices on a worker.
    std::vector<qint64> keys(m_rows.size());
    std::vector<QString> strings;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const PackedLedgerRow &r = m_rows[i];
        switch (column) {
        case Amount:
            keys[i] = r.amount;
            break;
        case BalanceAfter:
            keys[i] = r.balanceAfter;
            break;
        case Type:
            keys[i] = r.typeIndex;
            break;
        case Description:
            keys[i] = r.descIndex;
            break;
        default:
            keys[i] = r.createdAt;
            break;
        }
    }
    std::vector<qint64> rank; // for text columns: order the distinct strings once
    if (column == Type || column == Description) {
        std::vector<quint32> byText(std::size_t(m_strings.size()));
        std::iota(byText.begin(), byText.end(), 0u);
        std::sort(byText.begin(), byText.end(),
            [this](quint32 a, quint32 b) { return m_strings.at(a).compare(m_strings.at(b), Qt::CaseInsensitive) < 0; });
        rank.resize(byText.size());
        for (std::size_t i = 0; i < byText.size(); ++i)
            rank[byText[i]] = qint64(i);
        for (qint64 &k : keys)
            k = rank[std::size_t(k)];
    }
    const int generation = ++m_sortGeneration;
    const bool descending = order == Qt::DescendingOrder;
    auto *watcher = new QFutureWatcher<std::vector<quint32>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_sortGeneration)
            return;
        std::vector<quint32> result = watcher->result();
        if (result.size() != m_rows.size())
            return; // rows arrived meanwhile; a newer sort is on its way
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
        m_order = std::move(result);
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
    });
    watcher->setFuture(
        QtConcurrent::run([keys = std::move(keys), descending]() { return sortedPermutation(keys, descending); }));
}

bool CreditLedgerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_started && !m_cursor.isEmpty() && !m_fetching;
}

void CreditLedgerModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_pageSize);
}

int CreditLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CreditLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CreditLedgerModel::idOf(const PackedLedgerRow &r) const
{
    return QString::fromLatin1(m_ids.constData() + r.idOffset, r.idLength);
}

QString CreditLedgerModel::typeLabel(const QString &wire)
{
    // Types stay wire words inside the packed rows (the filter compares pool indices); people
    // read the vocabulary's word, or the server's own word for a type the console does not know.
    const auto type = fromWireWord<CreditTransactionType>(wire);
    return type ? label(*type) : wire;
}

QVariant CreditLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const quint32 rowIndex = m_visible[std::size_t(index.row())];
    const PackedLedgerRow &r = m_rows[rowIndex];
    if (role == IdRole)
        return idOf(r);
    if (role == StatusRole)
        return m_strings.at(r.typeIndex);
    if (role == SortRole) {
        switch (index.column()) {
        case Amount:
            return r.amount;
        case BalanceAfter:
            return r.balanceAfter;
        case Date:
            return r.createdAt;
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const QLocale locale;
        switch (index.column()) {
        case Date:
            return shortDateTime(QDateTime::fromSecsSinceEpoch(r.createdAt), locale);
        case Type:
            return typeLabel(m_strings.at(r.typeIndex));
        case Amount:
            return QString((r.amount > 0 ? QStringLiteral("+") : QString()) + locale.toString(r.amount));
        case BalanceAfter:
            return r.hasBalance ? locale.toString(r.balanceAfter) : QString();
        case Description: {
            // A person's adjustment reads as its reason and note, in words ("Service outage:
            // outage on 1 Dec"); the server's own text otherwise.
            if (r.hasExtra) {
                const CreditTransaction &e = m_extras[rowIndex];
                if (e.reason)
                    return e.note.isEmpty() ? label(*e.reason) : QStringLiteral("%1: %2").arg(label(*e.reason), e.note);
            }
            return m_strings.at(r.descIndex);
        }
        case Operator: {
            if (!r.hasExtra)
                return QString();
            const CreditTransaction &e = m_extras[rowIndex];
            return e.reason ? QStringLiteral("%1 · %2").arg(e.operatorEmail, label(*e.reason)) : e.operatorEmail;
        }
        case Id:
            return idOf(r);
        }
    }
    if (role == Qt::ToolTipRole && r.hasExtra)
        return m_extras.value(rowIndex).note;
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == BalanceAfter))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Amount)
        return toneColour(r.amount < 0 ? Tone::Negative : Tone::Positive);
    return {};
}

QVariant CreditLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Amount:
        return tr("Credits");
    case BalanceAfter:
        return tr("Balance after");
    case Description:
        return tr("Description");
    case Operator:
        return tr("Operator · reason");
    case Id:
        return tr("Transaction");
    }
    return {};
}

CreditTransaction CreditLedgerModel::transactionAt(int row) const
{
    CreditTransaction t;
    if (row < 0 || row >= int(m_visible.size()))
        return t;
    const quint32 i = m_visible[std::size_t(row)];
    const PackedLedgerRow &r = m_rows[i];
    if (r.hasExtra)
        t = m_extras.value(i);
    t.id = idOf(r);
    t.type = readWireWord(m_strings.at(r.typeIndex), CreditTransactionType::Other);
    t.amount = r.amount;
    t.balanceAfter = r.balanceAfter;
    t.description = m_strings.at(r.descIndex);
    t.createdAt = QDateTime::fromSecsSinceEpoch(r.createdAt, Qt::UTC);
    return t;
}

qint64 CreditLedgerModel::sumOfVisibleAmounts() const
{
    qint64 sum = 0;
    for (quint32 i : m_visible)
        sum += m_rows[i].amount;
    return sum;
}

std::size_t CreditLedgerModel::memoryUsed() const
{
    std::size_t bytes = m_rows.capacity() * sizeof(PackedLedgerRow) + std::size_t(m_ids.capacity())
        + m_descColumn.capacity() * sizeof(quint32) + m_typeColumn.capacity() * sizeof(quint32)
        + (m_order.capacity() + m_visible.capacity()) * sizeof(quint32) + m_descMatches.capacity();
    for (const QString &s : m_strings)
        bytes += std::size_t(s.capacity()) * sizeof(QChar) + sizeof(QString);
    return bytes;
}

} // namespace bc
