#pragma once

#include "tablepane.h"

#include "models/recordtablemodel.h"
#include "store/localstore.h"

#include <QPointer>

class QAction;

namespace bc {

class SessionStore;

// Pending changes: what waits in the outbox for this profile (queued while the server could not
// be reached, or refused on replay and waiting for a person). Send now, retry after a fix, or
// discard with a reason; nothing leaves this list silently.
class PendingChangesPane : public TablePane
{
    Q_OBJECT
public:
    explicit PendingChangesPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    void sendNow();
    void retrySelected();
    // Asks for a reason unless one is given (tests give one).
    void discardSelected(const QString &reason = {});
    RecordTableModel<OutboxEntry> *model() const { return m_model; }
    QAction *sendAction() const { return m_send; }

signals:
    void countChanged(int waiting);

private:
    void attachStore();
    void updateActions();

    RecordTableModel<OutboxEntry> *m_model;
    QPointer<SessionStore> m_store;
    QAction *m_send;
    QAction *m_retry;
    QAction *m_discard;
};

} // namespace bc
