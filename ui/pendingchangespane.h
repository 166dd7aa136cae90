#pragma once

#include "tablepane.h"

#include "models/recordtablemodel.h"
#include "store/localstore.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;

namespace bc {

class CreditBatchDialog;
class SessionStore;

// Pending changes: what waits in the outbox for this profile (queued while the server could not
// be reached, or refused on replay and waiting for a person). Send now, retry after a fix, or
// discard with a reason; nothing leaves this list silently.
class PendingChangesPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit PendingChangesPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void sendNow();
    void retrySelected();
    // Asks for a reason unless one is given (tests give one).
    void discardSelected(const QString &reason = {});
    RecordTableModel<OutboxEntry> *model() const { return m_model; }
    // Batches confirmed as a whole that did not reach their end (stopped, cut off, killed).
    QComboBox *batchBox() const { return m_batchBox; }
    QPushButton *resumeButton() const { return m_resumeBatch; }
    // Opens the batch chosen in batchBox() in Adjust many… as it was confirmed (for tests: the
    // dialog, which deletes itself on close; null when the batch cannot be read).
    CreditBatchDialog *resumeBatch();
    // Lets the chosen batch go, with a reason the journal keeps (asked for unless given).
    void forgetBatch(const QString &reason = {});
    QAction *sendAction() const { return m_send; }

signals:
    void countChanged(int waiting);

private:
    void attachStore();
    void updateActions();
    void showBatches();

    RecordTableModel<OutboxEntry> *m_model;
    QPointer<SessionStore> m_store;
    QAction *m_send;
    QAction *m_retry;
    QAction *m_discard;
    QLabel *m_batchLabel;
    QComboBox *m_batchBox;
    QPushButton *m_resumeBatch;
    QPushButton *m_forgetBatch;
};

} // namespace bc
