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
    explicit CouponsPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void createCoupon();
    void checkCoupon();
    RecordTableModel<Coupon> *model() const { return m_model; }

private:
    RecordTableModel<Coupon> *m_model;
};

// Credit plans (Super Admin): list, create, edit.
class PlansPane : public TablePane
{
    Q_OBJECT
public:
    explicit PlansPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void editPlan(const CreditPlan *existing);
    RecordTableModel<CreditPlan> *model() const { return m_model; }

private:
    RecordTableModel<CreditPlan> *m_model;
};

// Credit orders of the organisation.
class OrdersPane : public TablePane
{
    Q_OBJECT
public:
    explicit OrdersPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void buyCredits();
    RecordTableModel<CreditOrder> *model() const { return m_model; }

private:
    RecordTableModel<CreditOrder> *m_model;
    QAction *m_buy;
    QAction *m_portal;
    QAction *m_tierUpgrade;
    QAction *m_tierPortal;
};

// Platform charges of the configured company and extension: one-time and subscription charges,
// create a one-time charge, cancel a subscription charge.
class PlatformChargesPane : public TablePane
{
    Q_OBJECT
public:
    explicit PlatformChargesPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void createOneTimeCharge();
    void cancelSelected();
    void openConfirm(const QUrl &confirmUrl);
    RecordTableModel<PlatformCharge> *model() const { return m_model; }

signals:
    void confirmUrlReady(const QUrl &url);

private:
    RecordTableModel<PlatformCharge> *m_model;
    QAction *m_cancel;
};

} // namespace bc
