#pragma once

#include "billingtypes.h"

#include <QAbstractTableModel>

namespace bc {

// Payments, appended page by page as they arrive (fetchMore-style growth with beginInsertRows).
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Organisation, Amount, Status, Method, ProviderPayment, Invoice, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const QList<Payment> &payments);
    // Columns of a server's export that have no field here, shown after the known ones as they came.
    void setExtraColumns(const QStringList &headers);
    const QStringList &extraColumns() const { return m_extraColumns; }
    const Payment *paymentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Payment> m_rows;
    QStringList m_extraColumns;
};

} // namespace bc
