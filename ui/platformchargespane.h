#pragma once

#include "tablepane.h"

#include "models/familytypes.h"
#include "models/recordtablemodel.h"

namespace bc {

// Platform charges of the configured company and extension: one-time and subscription charges,
// create a one-time charge (approved on the platform's confirm page), cancel a subscription charge.
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
    void updateActions();

    RecordTableModel<PlatformCharge> *m_model;
    QAction *m_cancel;
};

} // namespace bc
