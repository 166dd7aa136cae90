#pragma once

#include "tablepane.h"

#include "models/familytypes.h"
#include "models/recordtablemodel.h"

namespace bc {

// Platform charges of the configured company and extension: one-time and subscription charges,
// create a one-time charge (approved on the platform's confirm page), cancel a subscription charge,
// open one by id. A server without a charge list shows the charges known to this console.
class PlatformChargesPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit PlatformChargesPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void createOneTimeCharge();
    void cancelSelected();
    void openConfirm(const QUrl &confirmUrl);
    // Fetches a charge (or subscription charge) by its id and remembers it in this pane's list.
    void openById(const QString &id);
    RecordTableModel<PlatformCharge> *model() const { return m_model; }

signals:
    void confirmUrlReady(const QUrl &url);

private:
    void updateActions();
    // Without a list of charges (seed 003 has none): the charges this console created or opened
    // by id, remembered in the local store, each fetched from the server.
    void showKnownCharges();
    QString knownKind(ChargeKind kind) const;
    void remember(const PlatformCharge &charge);
    void askForId();

    RecordTableModel<PlatformCharge> *m_model;
    QAction *m_cancel;
};

} // namespace bc
