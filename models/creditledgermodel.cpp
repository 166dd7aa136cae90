#include "creditledgermodel.h"

#include "dates.h"
#include "itemdatarole.h"
#include "tone.h"
#include "words.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace bc {

CreditLedgerModel::CreditLedgerModel(QObject *parent) : PackedRowsModel(parent) { }

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
    m_descColumn.clear();
    m_descColumn.shrink_to_fit();
    m_typeColumn.clear();
    m_typeColumn.shrink_to_fit();
    m_ids.clear();
    m_strings.clear();
    m_stringIndex.clear();
    m_extras.clear();
    clearOrder();
    m_descMatches.clear();
    m_cursor.clear();
    m_error.clear();
    m_started = false;
    m_fetching = false;
    m_loadAll = false;
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
    m_ids.append(chunk.ids.constData(), std::size_t(chunk.ids.size()));
    const quint32 first = quint32(m_rows.size());
    // push_back grows geometrically without copying (GrowingArray).
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

    // New rows arrive in server order (newest first): shown at the end, or sorted in.
    rowsStored(first);
}

bool CreditLedgerModel::accepts(quint32 row) const
{
    const PackedLedgerRow &r = m_rows[row];
    if (!m_typeFilter.isEmpty() && m_strings.at(r.typeIndex) != m_typeFilter)
        return false;
    return m_textFilter.isEmpty() || m_descMatches[r.descIndex] || (r.hasExtra && extraMatches(m_extras[row]));
}

// A person's adjustment is found by what its row shows of it: the reason in words, the note
// typed with it and the operator.
bool CreditLedgerModel::extraMatches(const CreditTransaction &e) const
{
    const auto has = [this](const QString &s) { return s.contains(m_textFilter, Qt::CaseInsensitive); };
    return has(e.note) || has(e.operatorEmail) || (e.reason && has(label(*e.reason)));
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
    // The side table of adjustments is small: its matches are marked per row once.
    std::vector<char> extra;
    if (!m_textFilter.isEmpty() && !m_extras.isEmpty()) {
        extra.assign(n, 0);
        for (auto it = m_extras.cbegin(); it != m_extras.cend(); ++it)
            if (it.key() < n && extraMatches(it.value()))
                extra[it.key()] = 1;
    }
    const auto matches = [&](std::size_t i) { return m_descMatches[m_descColumn[i]] || (!extra.empty() && extra[i]); };
    beginResetModel();
    m_visible.clear();
    m_visible.reserve(n);
    if (sortColumn() < 0) {
        // Server order: one pass straight over the packed columns.
        for (std::size_t i = 0; i < n; ++i)
            if (matches(i) && (typeIndex == -1 || m_typeColumn[i] == typeIndex))
                m_visible.push_back(quint32(i));
    } else {
        std::vector<char> match(n);
        for (std::size_t i = 0; i < n; ++i)
            match[i] = matches(i) && (typeIndex == -1 || m_typeColumn[i] == typeIndex);
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

PackedRowsModel::Permutation CreditLedgerModel::sorter(int column, bool descending) const
{
    // Copy the one column that decides the order (8 bytes a row); the worker sorts its indices.
    std::vector<qint64> keys(m_rows.size());
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
    if (column == Type || column == Description) {
        // Text columns: the distinct strings ordered once, each row keyed by its string's rank.
        const std::vector<qint64> rank = ranks(m_strings);
        for (qint64 &k : keys)
            k = rank[std::size_t(k)];
    }
    return [keys = std::move(keys), descending]() { return sortedPermutation(keys, descending); };
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

int CreditLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CreditLedgerModel::idOf(const PackedLedgerRow &r) const
{
    return QString::fromUtf8(m_ids.data() + r.idOffset, r.idLength);
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
    std::size_t bytes = m_rows.capacity() * sizeof(PackedLedgerRow) + m_ids.capacity()
        + m_descColumn.capacity() * sizeof(quint32) + m_typeColumn.capacity() * sizeof(quint32) + orderMemory()
        + m_descMatches.capacity();
    for (const QString &s : m_strings)
        bytes += std::size_t(s.capacity()) * sizeof(QChar) + sizeof(QString);
    return bytes;
}

} // namespace bc
