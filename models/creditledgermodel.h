#pragma once

#include "familytypes.h"

#include "growingarray.h"
#include "packedrows.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace bc {

// One ledger row as the model keeps it: fixed-size numbers plus indices into shared pools, so a
// million rows cost tens of megabytes, and sorting or filtering scans a packed column.
struct PackedLedgerRow
{
    qint64 createdAt = 0;
    qint64 amount = 0;
    qint64 balanceAfter = 0;
    quint32 idOffset = 0; // into the id blob
    quint32 descIndex = 0; // into the string pool (descriptions repeat a lot)
    quint32 typeIndex = 0; // into the string pool (shared with descriptions: a quint16 would wrap)
    quint8 idLength = 0;
    quint8 hasExtra = 0; // operator, reason and note live in a side table
    quint8 hasBalance = 1; // 0: the server did not say the balance after (seed 002 does not show it)
};

// A page of rows decoded on a worker thread with its own small pools; the model re-indexes it
// into its own pools when it arrives on the GUI thread.
struct LedgerChunk
{
    std::vector<PackedLedgerRow> rows;
    QByteArray ids;
    QStringList strings;
    QHash<quint32, CreditTransaction> extras; // by row position in this chunk
    QString nextCursor;
};

// Where pages come from: the credits connector in the console, a scripted source in tests.
class LedgerSource
{
public:
    virtual ~LedgerSource() = default;
    using Done = std::function<void(LedgerChunk chunk, const QString &error)>;
    virtual void fetch(const QString &cursor, int limit, Done done) = 0;
};

// The credit ledger of one customer, newest first, growing page by page with fetchMore(). Sort
// and filter run inside the model on packed columns (PackedRowsModel: a proxy is too slow for a
// million rows); sorting runs on a worker thread and lands with one layoutChanged().
class CreditLedgerModel : public PackedRowsModel
{
    Q_OBJECT
public:
    enum Column { Date, Type, Amount, BalanceAfter, Description, Operator, Id, ColumnCount };

    explicit CreditLedgerModel(QObject *parent = nullptr);
    ~CreditLedgerModel() override;

    // Takes no ownership. Clears the model and fetches the first page.
    void setSource(LedgerSource *source, int pageSize = 500);
    void reset();
    // Keeps fetching big pages until the ledger is complete (for sorting everything, exports).
    void loadAll(int pageSize = 10000);
    void cancelLoading();

    bool isLoading() const { return m_fetching; }
    bool isComplete() const { return m_started && m_cursor.isEmpty() && !m_fetching; }
    qint64 loadedRows() const { return qint64(m_rows.size()); }
    QString lastError() const { return m_error; }
    std::size_t memoryUsed() const; // bytes held for rows, pools and indices

    void setTypeFilter(const QString &type);
    void setTextFilter(const QString &text);
    CreditTransaction transactionAt(int row) const;
    qint64 sumOfVisibleAmounts() const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeLabel(const QString &type);

signals:
    void pageLoaded(qint64 totalRows);
    void loadingFinished();
    void loadFailed(const QString &message);

protected:
    Permutation sorter(int column, bool descending) const override;
    std::size_t storedRows() const override { return m_rows.size(); }
    bool accepts(quint32 row) const override;

private:
    void requestPage(int limit);
    void pageArrived(LedgerChunk chunk, const QString &error);
    void append(LedgerChunk chunk);
    bool extraMatches(const CreditTransaction &e) const;
    void rebuildVisible();
    quint32 intern(const QString &s);
    QString idOf(const PackedLedgerRow &r) const;

    LedgerSource *m_source = nullptr;
    GrowingArray<PackedLedgerRow> m_rows;
    std::vector<quint32> m_descColumn; // the filter's columns, packed on their own
    std::vector<quint32> m_typeColumn;
    GrowingArray<char> m_ids;
    QStringList m_strings;
    QHash<QString, quint32> m_stringIndex;
    QHash<quint32, CreditTransaction> m_extras;
    std::vector<char> m_descMatches; // per string: does it match the text filter
    QString m_cursor;
    QString m_error;
    QString m_typeFilter;
    QString m_textFilter;
    int m_pageSize = 500;
    int m_generation = 0;
    bool m_started = false;
    bool m_fetching = false;
    bool m_loadAll = false;
    int m_loadAllPageSize = 10000;
};

} // namespace bc
