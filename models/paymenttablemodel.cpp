#include "paymenttablemodel.h"

#include "dates.h"
#include "itemdatarole.h"
#include "tone.h"
#include "words.h"

#include <QColor>
#include <QLocale>

namespace bc {

void PaymentTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_extraColumns.clear();
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

void PaymentTableModel::append(const QList<Payment> &payments)
{
    if (payments.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + payments.size() - 1));
    m_rows.append(payments);
    endInsertRows();
}

const Payment *PaymentTableModel::paymentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_extraColumns.size());
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Payment &p = m_rows.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == StatusRole)
        return wireWord(p.status);
    const QLocale locale;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Date:
            return sort ? QVariant(p.createdAt.toSecsSinceEpoch()) : QVariant(shortDateTime(p.createdAt, locale));
        case Organisation:
            return p.orgName;
        case Amount:
            return sort ? QVariant(p.amount.minorUnits()) : QVariant(p.amount.toDisplayString(locale));
        case Status:
            return label(p.status);
        case Method:
            return label(p.method);
        case ProviderPayment:
            return p.providerPaymentId;
        case Invoice:
            // The invoice's number; its id only when the server names no number (Technical).
            return p.invoiceNumber.isEmpty() ? p.invoiceId : p.invoiceNumber;
        default: {
            const qsizetype extra = index.column() - ColumnCount;
            return extra < p.extras.size() ? p.extras.at(extra).second : QString();
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && p.status == PaymentStatus::Failed)
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
