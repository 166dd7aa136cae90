#pragma once

#include "billingtypes.h"
#include "growingarray.h"
#include "packedrows.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <limits>
#include <optional>

namespace bc {

// Payments, appended page by page as they arrive, kept packed: numbers, indices into pools of
// organisations and currencies, and the ids in one UTF-8 blob (about 60 bytes a row plus its ids,
// where a Payment object costs several hundred). Sort and filter run in the model
// (PackedRowsModel), so a range of half a million payments loads, sorts and filters without
// stalling the window.
class PaymentTableModel : public PackedRowsModel
{
    Q_OBJECT
public:
    enum Column { Date, Organisation, Amount, Status, Method, ProviderPayment, Invoice, ColumnCount };

    using PackedRowsModel::PackedRowsModel;

    void clear();
    void append(const QList<Payment> &payments);
    // Columns of a server's export that have no field here, shown after the known ones as they came.
    void setExtraColumns(const QStringList &headers);
    const QStringList &extraColumns() const { return m_extraColumns; }
    // The payment shown in `row` (a row of this model: sorted and filtered).
    std::optional<Payment> paymentAt(int row) const;
    qint64 loadedRows() const { return qint64(m_rows.size()); }
    std::size_t memoryUsed() const;

    // Rows whose customer, status, method, ids or invoice number contain `text`, or whose amount
    // is `text` exactly ("589" finds 589.00 in any currency).
    void setTextFilter(const QString &text);
    const QString &textFilter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Permutation sorter(int column, bool descending) const override;
    std::size_t storedRows() const override { return m_rows.size(); }
    bool accepts(quint32 row) const override;
    bool sortKey(int column, quint32 row, qint64 *key) const override;
    bool prepareFilter(std::size_t rows) override;

private:
    enum Text { Id, ProviderPaymentId, ProviderOrderId, InvoiceId, InvoiceNumber, TextCount };
    struct Row
    {
        qint64 createdAt = 0; // ms since the epoch, UTC; kNoDate when the server named none
        qint64 amount = 0; // minor units of currencies[currency]
        quint64 text = 0; // where this row's ids start in m_text
        std::array<quint32, TextCount> lengths{};
        quint32 org = 0; // into m_orgs
        quint16 currency = 0; // into m_currencies
        PaymentStatus status{};
        PaymentMethod method{};
        bool hasExtras = false;
    };
    static constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

    quint32 internOrg(const QString &id, const QString &name);
    quint16 internCurrency(const QString &code);
    QByteArrayView textOf(const Row &r, Text field) const;
    QString stringOf(const Row &r, Text field) const;
    QString invoiceShown(const Row &r) const;
    Payment paymentOf(quint32 stored) const;
    std::optional<qint64> filterAsAmount(const QString &currency) const;
    void matchPools(); // the filter's answer per organisation, status, method and currency
    void matchIds(); // starts the filter's answer per row for the ids (prepareFilter runs it)
    void matchIdRows(std::size_t first, std::size_t last); // rows [first, last): a pass over their text
    bool idsMatch(const Row &r) const;

    GrowingArray<Row> m_rows;
    GrowingArray<char> m_text;
    QList<QPair<QString, QString>> m_orgs; // id, name
    QHash<QString, quint32> m_orgIndex; // by id + '\n' + name
    QStringList m_currencies;
    QHash<quint32, QList<QPair<QString, QString>>> m_extras; // by stored row
    QStringList m_extraColumns;

    QString m_filter;
    QByteArray m_filterLatin1; // the filter when it is ASCII: compared with the ids in place
    std::vector<char> m_orgMatches;
    std::vector<char> m_idMatches; // per stored row, for the rows stored when the filter was set
    std::size_t m_idCursor = 0; // m_idMatches is complete for the rows before it
    std::vector<std::optional<qint64>> m_amountMatches; // per currency: the filter read as an amount
    std::array<bool, 8> m_statusMatches{};
    std::array<bool, 8> m_methodMatches{};
};

} // namespace bc
