#pragma once

#include "billingtypes.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>

namespace bc {

class SubscriptionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Organisation, Plan, Status, Cycle, Amount, PeriodEnd, CancelAtPeriodEnd, BilledThrough, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSubscriptions(const QList<Subscription> &subscriptions);
    void updateSubscription(const Subscription &subscription); // one row, by id
    const Subscription *subscriptionAt(int row) const;
    const QList<Subscription> &subscriptions() const { return m_rows; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The status word's colour for the current palette (invalid: the palette's text colour).
    static QColor statusColour(SubscriptionStatus status);
    static QString familyLabel(Family family);

private:
    QList<Subscription> m_rows;
};

// Filters by status, plan and free text (organisation, plan, id); sorts on SortRole.
class SubscriptionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SubscriptionFilterProxy(QObject *parent = nullptr);
    void setStatusFilter(std::optional<SubscriptionStatus> status); // none: every status
    void setPlanFilter(const QString &planId);
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<SubscriptionStatus> m_status;
    QString m_plan;
    QString m_text;
};

} // namespace bc
