#pragma once

#include "models/billingtypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace bc {

class OrgBillingConnector;
class TechnicalDetails;

// The detail of the selected subscription beside the table: plan, amount, status, period,
// cancellation, its history, and its ids under Technical details, (from the server where the role may read it).
class SubscriptionDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionDetailPanel(QWidget *parent = nullptr);
    // connector: ask the server for the history (Super Admins); null: show what the row knows.
    void showSubscription(const Subscription *subscription, OrgBillingConnector *connector);

private:
    void addFact(const QString &label, const QString &value);
    void loadHistory(OrgBillingConnector *connector, const QString &id);

    QLabel *m_title;
    QFormLayout *m_form;
    QListWidget *m_history;
    TechnicalDetails *m_technical;
    QString m_shownId;
};

} // namespace bc
