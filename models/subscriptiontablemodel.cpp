#include "subscriptiontablemodel.h"

#include "dates.h"
#include "itemdatarole.h"
#include "tone.h"
#include "words.h"

#include <QColor>
#include <QLocale>

namespace bc {

void SubscriptionTableModel::setSubscriptions(const QList<Subscription> &subscriptions)
{
    beginResetModel();
    m_rows = subscriptions;
    endResetModel();
}

void SubscriptionTableModel::updateSubscription(const Subscription &subscription)
{
    const int row = rowOf(subscription.id);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(subscription);
        endInsertRows();
        return;
    }
    m_rows[row] = subscription;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Subscription *SubscriptionTableModel::subscriptionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SubscriptionTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int SubscriptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor SubscriptionTableModel::statusColour(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Active:
        return toneColour(Tone::Positive);
    case SubscriptionStatus::PastDue:
    case SubscriptionStatus::Halted:
        return toneColour(Tone::Negative);
    case SubscriptionStatus::Cancelled:
    case SubscriptionStatus::Expired:
        return toneColour(Tone::Muted);
    default:
        return {};
    }
}

QString SubscriptionTableModel::familyLabel(Family family)
{
    switch (family) {
    case Family::OrgBilling:
        return tr("Razorpay");
    case Family::Credits:
        return tr("Credits plan");
    case Family::Tier:
        return tr("Tier (Stripe)");
    case Family::Platform:
        return tr("Platform charge");
    }
    return {};
}

QVariant SubscriptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Subscription &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == StatusRole)
        return wireWord(s.status);
    const QLocale locale;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Organisation:
            return s.orgName;
        case Plan:
            return s.planName;
        case Status:
            return label(s.status);
        case Cycle:
            return label(s.billingCycle);
        case Amount:
            return sort ? QVariant(s.amount.isValid() ? s.amount.minorUnits() : qint64(0))
                        : QVariant(s.amount.toDisplayString(locale));
        case PeriodEnd:
            return sort ? QVariant(s.currentPeriodEnd.toSecsSinceEpoch())
                        : QVariant(shortDate(s.currentPeriodEnd, locale));
        case CancelAtPeriodEnd:
            return sort ? QVariant(s.cancelAtPeriodEnd) : QVariant(s.cancelAtPeriodEnd ? tr("Yes") : QString());
        case BilledThrough:
            return familyLabel(s.family);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        const QColor c = statusColour(s.status);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == CancelAtPeriodEnd && s.cancelAtPeriodEnd)
        return tr("Ends on %1").arg(longDate(s.currentPeriodEnd, locale));
    return {};
}

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Organisation:
        return tr("Organisation");
    case Plan:
        return tr("Plan");
    case Status:
        return tr("Status");
    case Cycle:
        return tr("Cycle");
    case Amount:
        return tr("Amount");
    case PeriodEnd:
        return tr("Period ends");
    case CancelAtPeriodEnd:
        return tr("Cancels at end");
    case BilledThrough:
        return tr("Billed through");
    }
    return {};
}

SubscriptionFilterProxy::SubscriptionFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SubscriptionFilterProxy::setStatusFilter(std::optional<SubscriptionStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void SubscriptionFilterProxy::setPlanFilter(const QString &planId)
{
    m_plan = planId;
    invalidateFilter();
}

void SubscriptionFilterProxy::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool SubscriptionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const SubscriptionTableModel *>(sourceModel());
    const Subscription *s = model->subscriptionAt(sourceRow);
    if (!s)
        return false;
    if (m_status && s->status != *m_status)
        return false;
    if (!m_plan.isEmpty() && s->planId != m_plan)
        return false;
    if (!m_text.isEmpty() && !s->orgName.contains(m_text, Qt::CaseInsensitive)
        && !s->planName.contains(m_text, Qt::CaseInsensitive) && !s->id.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace bc
