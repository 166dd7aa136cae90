#pragma once

#include "tablepane.h"

#include "models/recordtablemodel.h"
#include "store/localstore.h"

#include <QPointer>

namespace bc {

class SessionStore;

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
