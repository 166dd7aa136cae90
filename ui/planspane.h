#pragma once

#include "tablepane.h"

#include "models/familytypes.h"
#include "models/recordtablemodel.h"

namespace bc {

// Credit plans (Super Admin): list, create, edit.
class PlansPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit PlansPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void editPlan(const CreditPlan *existing);
    RecordTableModel<CreditPlan> *model() const { return m_model; }

private:
    RecordTableModel<CreditPlan> *m_model;
};

} // namespace bc
