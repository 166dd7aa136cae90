#pragma once

#include "tablepane.h"

#include "core/journalwords.h"
#include "models/recordtablemodel.h"
#include "store/localstore.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class QLabel;

namespace bc {

class SessionStore;
class TechnicalDetails;

// The operator journal: every change made from this console, newest first, in words: who, for
// which customer, what was done and set, why, and how it ended. The request, its keys and the
// server's answer are technical details: hidden columns, and a folded section of the detail panel. Verify the hash chain;
// export as CSV or JSON (the JSON keeps the hashes, so an export can be verified on its own).
class JournalPane : public TablePane
{
    Q_OBJECT
public:
    // Its id, title, family and role, known before it is built (ui/panes.cpp).
    static PaneInfo describe();
    explicit JournalPane(Session *session, QWidget *parent = nullptr);
    void refresh() override;
    // Checks the hash chain on a worker thread; verified() says the outcome.
    void verify();
    bool exportTo(const QString &fileName, QString *error = nullptr);
    RecordTableModel<JournalEntry> *model() const { return m_model; }
    // The columns from here on (role, profile, request, keys, bodies) are hidden by default.
    static constexpr int kFirstTechnicalColumn = 8;
    TechnicalDetails *technicalDetails() const { return m_technical; }
    QLabel *detailText() const { return m_detailText; }
    // Entries are shown a page at a time, newest first.
    static constexpr int kPage = 1000;
    qint64 totalEntries() const { return m_total; }

signals:
    void verified(const bc::JournalVerdict &verdict);

private:
    void attachStore();
    void nameCustomers(const QList<JournalEntry> &entries);
    bool hasOlder() const;
    void loadOlder();
    void appendNew();
    void showCount();
    void exportAs();
    void buildDetail();
    void showDetail();
    const JournalSummary &summary(const JournalEntry &entry) const;

    RecordTableModel<JournalEntry> *m_model;
    QPointer<SessionStore> m_store;
    QHash<QString, QString> m_customerNames; // profile + '\n' + org id -> name (remembered customers)
    QSet<QString> m_namedProfiles;
    mutable QHash<qint64, JournalSummary> m_summaries; // by seq
    qint64 m_oldest = 0; // seq of the oldest entry loaded
    qint64 m_newest = 0;
    qint64 m_total = 0; // entries in the journal
    qsizetype m_exported = 0;
    bool m_verifying = false;
    QLabel *m_detailText = nullptr;
    TechnicalDetails *m_technical = nullptr;
};

} // namespace bc
