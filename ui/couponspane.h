#pragma once

#include "tablepane.h"

#include "models/familytypes.h"
#include "models/recordtablemodel.h"

namespace bc {

// Coupons (credits service admin, shared with checkout): list, create, and check a code for a
// plan and cycle before a checkout.
class CouponsPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit CouponsPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void createCoupon();
    void checkCoupon();
    RecordTableModel<Coupon> *model() const { return m_model; }

private:
    RecordTableModel<Coupon> *m_model;
};

} // namespace bc
