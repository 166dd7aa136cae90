#pragma once

#include "tablepane.h"

#include "models/familytypes.h"
#include "models/recordtablemodel.h"

#include <QHash>

namespace bc {

// Credit orders of the organisation, paged to the end; buy credits or open the billing portal
// through the embedded checkout.
class OrdersPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit OrdersPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void buyCredits();
    RecordTableModel<CreditOrder> *model() const { return m_model; }

private:
    void showDetail(const CreditOrder &order);
    void updateActions();

    RecordTableModel<CreditOrder> *m_model;
    QAction *m_buy;
    QAction *m_portal;
    int m_generation = 0;
    QHash<QString, QString> m_planNames; // plan id -> name
};

} // namespace bc
