#include "paymenttablemodel.h"

#include "dates.h"
#include "itemdatarole.h"
#include "tone.h"
#include "words.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace bc {

namespace {
template<typename E>
std::size_t slot(E value)
{
    return std::min<std::size_t>(std::size_t(value), 7);
}

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}
} // namespace

void PaymentTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_text.clear();
    m_orgs.clear();
    m_orgIndex.clear();
    m_currencies.clear();
    m_extras.clear();
    m_extraColumns.clear();
    m_orgMatches.clear();
    m_idMatches.clear();
    m_idCursor = 0;
    m_amountMatches.clear();
    clearOrder();
    endResetModel();
}

void PaymentTableModel::setExtraColumns(const QStringList &headers)
{
    if (headers == m_extraColumns)
        return;
    beginResetModel();
    m_extraColumns = headers;
    endResetModel();
}

quint32 PaymentTableModel::internOrg(const QString &id, const QString &name)
{
    const QString key = id + QLatin1Char('\n') + name;
    auto it = m_orgIndex.constFind(key);
    if (it != m_orgIndex.constEnd())
        return it.value();
    const quint32 index = quint32(m_orgs.size());
    m_orgs.append({id, name});
    m_orgIndex.insert(key, index);
    m_orgMatches.push_back(!m_filter.isEmpty() && name.contains(m_filter, Qt::CaseInsensitive));
    return index;
}

quint16 PaymentTableModel::internCurrency(const QString &code)
{
    qsizetype i = m_currencies.indexOf(code);
    if (i < 0) {
        i = m_currencies.size();
        m_currencies.append(code);
        m_amountMatches.push_back(filterAsAmount(code));
    }
    return quint16(std::min<qsizetype>(i, 0xFFFF));
}

void PaymentTableModel::append(const QList<Payment> &payments)
{
    if (payments.isEmpty())
        return;
    const quint32 first = quint32(m_rows.size());
    for (const Payment &p : payments) {
        Row r;
        r.createdAt = p.createdAt.isValid() ? p.createdAt.toMSecsSinceEpoch() : kNoDate;
        r.amount = p.amount.minorUnits();
        r.currency = internCurrency(p.amount.currency());
        r.org = internOrg(p.orgId, p.orgName);
        r.status = p.status;
        r.method = p.method;
        r.text = quint64(m_text.size());
        const QString *texts[TextCount] = {
            &p.id, &p.providerPaymentId, &p.providerOrderId, &p.invoiceId, &p.invoiceNumber};
        for (int t = 0; t < TextCount; ++t) {
            const QByteArray utf8 = texts[t]->toUtf8();
            r.lengths[std::size_t(t)] = quint32(utf8.size());
            m_text.append(utf8.constData(), std::size_t(utf8.size()));
        }
        if (!p.extras.isEmpty()) {
            r.hasExtras = true;
            m_extras.insert(quint32(m_rows.size()), p.extras);
        }
        m_rows.push_back(r);
    }
    rowsStored(first);
}

QByteArrayView PaymentTableModel::textOf(const Row &r, Text field) const
{
    quint64 at = r.text;
    for (int t = 0; t < field; ++t)
        at += r.lengths[std::size_t(t)];
    return QByteArrayView(m_text.data() + at, qsizetype(r.lengths[std::size_t(field)]));
}

QString PaymentTableModel::stringOf(const Row &r, Text field) const
{
    const QByteArrayView v = textOf(r, field);
    return QString::fromUtf8(v.data(), v.size());
}

QString PaymentTableModel::invoiceShown(const Row &r) const
{
    // The invoice's number; its id only when the server names no number.
    return r.lengths[InvoiceNumber] ? stringOf(r, InvoiceNumber) : stringOf(r, InvoiceId);
}

Payment PaymentTableModel::paymentOf(quint32 stored) const
{
    const Row &r = m_rows[stored];
    Payment p;
    p.id = stringOf(r, Id);
    p.providerPaymentId = stringOf(r, ProviderPaymentId);
    p.providerOrderId = stringOf(r, ProviderOrderId);
    p.invoiceId = stringOf(r, InvoiceId);
    p.invoiceNumber = stringOf(r, InvoiceNumber);
    p.orgId = m_orgs.at(r.org).first;
    p.orgName = m_orgs.at(r.org).second;
    p.status = r.status;
    p.method = r.method;
    p.amount = Money::fromMinor(r.amount, m_currencies.value(r.currency));
    if (r.createdAt != kNoDate)
        p.createdAt = QDateTime::fromMSecsSinceEpoch(r.createdAt, Qt::UTC);
    if (r.hasExtras)
        p.extras = m_extras.value(stored);
    return p;
}

std::optional<Payment> PaymentTableModel::paymentAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return paymentOf(storedAt(row));
}

std::size_t PaymentTableModel::memoryUsed() const
{
    return m_rows.capacity() * sizeof(Row) + m_text.capacity() + orderMemory()
        + std::size_t(m_orgs.size()) * 64 + std::size_t(m_extras.size()) * 64;
}

std::optional<qint64> PaymentTableModel::filterAsAmount(const QString &currency) const
{
    if (m_filter.isEmpty())
        return std::nullopt;
    // "1,234.50" as typed in this locale: the grouping dropped, the decimal point the wire's.
    const QLocale locale;
    QString text = m_filter;
    text.remove(locale.groupSeparator());
    text.replace(locale.decimalPoint(), QLatin1String("."));
    MoneyParseError error{};
    const Money amount = Money::parse(text, currency, &error);
    return amount.isValid() ? std::optional(amount.minorUnits()) : std::nullopt;
}

void PaymentTableModel::matchPools()
{
    const QString &f = m_filter;
    const auto has = [&f](const QString &s) { return !f.isEmpty() && s.contains(f, Qt::CaseInsensitive); };
    m_filterLatin1 = isAscii(f) ? f.toLatin1() : QByteArray();
    m_orgMatches.assign(std::size_t(m_orgs.size()), 0);
    for (qsizetype i = 0; i < m_orgs.size(); ++i)
        m_orgMatches[std::size_t(i)] = has(m_orgs.at(i).second);
    m_amountMatches.clear();
    for (const QString &currency : std::as_const(m_currencies))
        m_amountMatches.push_back(filterAsAmount(currency));
    // The words shown, and the server's own words for them (a person pasting "netbanking").
    m_statusMatches.fill(false);
    for (const Word<PaymentStatus> &w : Vocabulary<PaymentStatus>::words())
        m_statusMatches[slot(w.value)] =
            m_statusMatches[slot(w.value)] || has(label(w.value)) || has(QLatin1StringView(w.wire));
    m_methodMatches.fill(false);
    for (const Word<PaymentMethod> &w : Vocabulary<PaymentMethod>::words())
        m_methodMatches[slot(w.value)] =
            m_methodMatches[slot(w.value)] || has(label(w.value)) || has(QLatin1StringView(w.wire));
    matchIds();
}

// The ids every row keeps in m_text, one after another in row order: an ASCII filter is found
// with one case-insensitive Boyer-Moore-Horspool pass over them, each hit credited to the row (and
// field) it falls in, instead of a search per row and field. The pass runs in slices of rows
// (prepareFilter), for the rows stored when the filter was set.
void PaymentTableModel::matchIds()
{
    m_idMatches.clear();
    m_idCursor = 0;
    if (m_filterLatin1.isEmpty() || m_rows.empty())
        return;
    m_idMatches.assign(m_rows.size(), 0);
}

bool PaymentTableModel::prepareFilter(std::size_t rows)
{
    const std::size_t n = m_idMatches.size();
    if (m_idCursor >= n)
        return true;
    const std::size_t last = n - m_idCursor > rows ? m_idCursor + rows : n;
    matchIdRows(m_idCursor, last);
    m_idCursor = last;
    return m_idCursor >= n;
}

void PaymentTableModel::matchIdRows(std::size_t first, std::size_t last)
{
    // Boyer-Moore-Horspool, ASCII case folded, with its shift table in a plain array (the
    // standard searcher with a custom hash keeps it in a hash map: several times slower).
    std::array<uchar, 256> fold;
    for (int c = 0; c < 256; ++c)
        fold[std::size_t(c)] = uchar(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const QByteArray pattern = m_filterLatin1.toLower();
    const std::size_t m = std::size_t(pattern.size());
    std::array<std::size_t, 256> shift;
    shift.fill(m);
    for (std::size_t i = 0; i + 1 < m; ++i)
        shift[uchar(pattern[qsizetype(i)])] = m - 1 - i;
    const auto rowEnd = [](const Row &r) {
        quint64 length = 0;
        for (quint32 l : r.lengths)
            length += l;
        return r.text + length;
    };
    // Every hit that counts lies inside one field of one row, so the slice's own text is enough.
    const char *begin = m_text.data();
    const char *end = begin + rowEnd(m_rows[last - 1]);
    const auto search = [&](const char *from) {
        const uchar lastChar = uchar(pattern[qsizetype(m - 1)]);
        for (const char *at = from; std::size_t(end - at) >= m;) {
            const uchar c = fold[uchar(at[m - 1])];
            if (c == lastChar) {
                std::size_t i = 0;
                while (i + 1 < m && fold[uchar(at[i])] == uchar(pattern[qsizetype(i)]))
                    ++i;
                if (i + 1 >= m)
                    return at;
            }
            at += shift[c];
        }
        return end;
    };
    const quint64 needle = quint64(m);
    std::size_t row = first;
    for (const char *at = begin + m_rows[first].text;;) {
        const char *hit = search(at);
        if (hit == end)
            break;
        const quint64 offset = quint64(hit - begin);
        // The row whose ids hold this offset (rows are in m_text's order).
        while (row < last && offset >= rowEnd(m_rows[row]))
            ++row;
        if (row == last)
            break;
        const Row &r = m_rows[row];
        // Inside one of the fields shown or searched (not across two, not the order id).
        quint64 fieldStart = r.text;
        for (int f = 0; f < TextCount; ++f) {
            const quint64 fieldEnd = fieldStart + r.lengths[std::size_t(f)];
            if (offset >= fieldStart && offset + needle <= fieldEnd && f != ProviderOrderId)
                m_idMatches[row] = 1;
            fieldStart = fieldEnd;
        }
        at = hit + 1;
    }
}

bool PaymentTableModel::idsMatch(const Row &r) const
{
    for (const Text field : {Id, ProviderPaymentId, InvoiceId, InvoiceNumber}) {
        const QByteArrayView v = textOf(r, field);
        if (v.isEmpty())
            continue;
        if (!m_filterLatin1.isEmpty()
                ? QLatin1StringView(v.data(), v.size()).contains(QLatin1StringView(m_filterLatin1), Qt::CaseInsensitive)
                : QString::fromUtf8(v.data(), v.size()).contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void PaymentTableModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    matchPools();
    refilter();
}

bool PaymentTableModel::accepts(quint32 stored) const
{
    if (m_filter.isEmpty())
        return true;
    const Row &r = m_rows[stored];
    if (m_orgMatches[r.org] || m_statusMatches[slot(r.status)] || m_methodMatches[slot(r.method)])
        return true;
    if (const std::optional<qint64> &amount = m_amountMatches[r.currency]; amount && *amount == r.amount)
        return true;
    // The ids and the invoice number: found in one pass when the filter was set, else (rows
    // stored since) in place.
    if (stored < m_idMatches.size() ? m_idMatches[stored] != 0 : idsMatch(r))
        return true;
    if (r.hasExtras)
        for (const auto &extra : m_extras.value(stored))
            if (extra.second.contains(m_filter, Qt::CaseInsensitive))
                return true;
    return false;
}

bool PaymentTableModel::sortKey(int column, quint32 stored, qint64 *key) const
{
    if (column == Date)
        *key = m_rows[stored].createdAt;
    else if (column == Amount)
        *key = m_rows[stored].amount;
    else
        return false;
    return true;
}

PackedRowsModel::Permutation PaymentTableModel::sorter(int column, bool descending) const
{
    const std::size_t n = m_rows.size();
    if (column == ProviderPayment || column == Invoice || column >= ColumnCount) {
        // Text of its own per row: the shown strings, sorted on the worker (shared, not copied).
        std::vector<QString> shown(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Row &r = m_rows[i];
            shown[i] = column == ProviderPayment ? stringOf(r, ProviderPaymentId)
                : column == Invoice              ? invoiceShown(r)
                : r.hasExtras                    ? m_extras.value(quint32(i)).value(column - ColumnCount).second
                                                 : QString();
        }
        return [shown = std::move(shown), descending]() {
            std::vector<quint32> rows(shown.size());
            std::iota(rows.begin(), rows.end(), 0u);
            std::stable_sort(rows.begin(), rows.end(), [&shown, descending](quint32 a, quint32 b) {
                const int c = shown[a].compare(shown[b], Qt::CaseInsensitive);
                return descending ? c > 0 : c < 0;
            });
            return rows;
        };
    }
    std::vector<qint64> keys(n);
    std::vector<qint64> rank;
    if (column == Organisation) {
        QStringList names;
        names.reserve(m_orgs.size());
        for (const auto &org : m_orgs)
            names << org.second;
        rank = ranks(names);
    } else if (column == Status || column == Method) {
        QStringList words(8);
        for (int v = 0; v < 8; ++v)
            words[v] = column == Status ? label(static_cast<PaymentStatus>(std::min(v, int(PaymentStatus::Other))))
                                        : label(static_cast<PaymentMethod>(std::min(v, int(PaymentMethod::Other))));
        rank = ranks(words);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Row &r = m_rows[i];
        switch (column) {
        case Organisation:
            keys[i] = rank[r.org];
            break;
        case Amount:
            keys[i] = r.amount;
            break;
        case Status:
            keys[i] = rank[slot(r.status)];
            break;
        case Method:
            keys[i] = rank[slot(r.method)];
            break;
        default:
            keys[i] = r.createdAt;
            break;
        }
    }
    return [keys = std::move(keys), descending]() { return sortedPermutation(keys, descending); };
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_extraColumns.size());
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const quint32 stored = storedAt(index.row());
    const Row &r = m_rows[stored];
    if (role == IdRole)
        return stringOf(r, Id);
    if (role == StatusRole)
        return wireWord(r.status);
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        const QLocale locale;
        switch (index.column()) {
        case Date:
            if (r.createdAt == kNoDate)
                return QString();
            return sort ? QVariant(r.createdAt / 1000)
                        : QVariant(shortDateTime(QDateTime::fromMSecsSinceEpoch(r.createdAt, Qt::UTC), locale));
        case Organisation:
            return m_orgs.at(r.org).second;
        case Amount: {
            const Money amount = Money::fromMinor(r.amount, m_currencies.value(r.currency));
            return sort ? QVariant(r.amount) : QVariant(amount.toDisplayString(locale));
        }
        case Status:
            return label(r.status);
        case Method:
            return label(r.method);
        case ProviderPayment:
            return stringOf(r, ProviderPaymentId);
        case Invoice:
            return invoiceShown(r);
        default: {
            if (!r.hasExtras)
                return QString();
            const auto extras = m_extras.value(stored);
            const qsizetype extra = index.column() - ColumnCount;
            return extra < extras.size() ? extras.at(extra).second : QString();
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && r.status == PaymentStatus::Failed)
        return toneColour(Tone::Negative);
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Organisation:
        return tr("Organisation");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case Method:
        return tr("Method");
    case ProviderPayment:
        return tr("Provider payment");
    case Invoice:
        return tr("Invoice");
    default:
        return m_extraColumns.value(section - ColumnCount);
    }
}

} // namespace bc
