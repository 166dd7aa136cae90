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

// The operator journal: every change made from this console, newest first, with who, role,
// profile, reason, request id, idempotency key and the server's answer. Verify the hash chain;
// export as CSV or JSON (the JSON keeps the hashes, so an export can be verified on its own).
class JournalPane : public TablePane
{
    Q_OBJECT
public:
    explicit JournalPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    JournalVerdict verify();
    bool exportTo(const QString &fileName, QString *error = nullptr);
    RecordTableModel<JournalEntry> *model() const { return m_model; }

private:
    void attachStore();
    void exportAs();

    RecordTableModel<JournalEntry> *m_model;
    QPointer<SessionStore> m_store;
};

} // namespace bc
