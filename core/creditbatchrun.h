#pragma once

#include "models/creditbatch.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace bc {

class CreditsConnector;
class SessionStore;

// The customers a batch's rows name, asked of the server one distinct name at a time (its
// customer search), then `done` on the thread of `context`. A server without a search knows
// customers by id only: each row's customer is taken as an id whose balance is not known (the
// server still refuses a balance below zero). nullopt with the server's words when a lookup failed.
using CustomersFound = std::function<void(const std::optional<QList<OrgSummary>> &customers, const QString &error)>;
void lookUpCustomers(
    CreditsConnector *credits, const QList<creditbatch::InputRow> &rows, QObject *context, CustomersFound done);

// Sends a checked batch of credit adjustments (models/creditbatch), one keyed request a row and
// one at a time, through the session's transport (so each row is kept in the outbox and lands in
// the operator journal). The same batch sent again reuses each row's key: a row the server already
// applied answers as it did then and is not applied twice. Rows with problems are skipped. Used by
// Credit ledger › Adjust many… and by `billing-console adjust-credits`.
class CreditBatchRun : public QObject
{
    Q_OBJECT
public:
    using Outcome = creditbatch::Outcome;
    using RowResult = creditbatch::RowResult;

    CreditBatchRun(CreditsConnector *credits, creditbatch::Preview preview, QString batchReason, bool allowNegative,
        QObject *parent = nullptr);

    // Keeps the batch in the store from its start until every row was answered, so a batch
    // stopped, cut off or killed can be resumed from Pending changes (the same rows and keys).
    void keepIn(SessionStore *store);
    void start();
    void cancel(); // the row in flight finishes; the rest stay not sent
    bool isRunning() const { return m_running; }
    const creditbatch::Preview &preview() const { return m_preview; }
    const QList<RowResult> &results() const { return m_results; }
    int count(Outcome outcome) const;

    // "Applied 3, applied earlier 0, refused 1, skipped 2, not sent 0." in the person's language.
    QString summary() const;
    // One journal entry for the batch as a whole (each row has its own from the transport).
    void journal(SessionStore *store, const QString &batchReason, bool stopped) const;
    QByteArray resultCsv() const { return creditbatch::resultCsv(m_preview, m_results); }

signals:
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void sendNext();

    CreditsConnector *m_credits;
    QPointer<SessionStore> m_keeper;
    creditbatch::Preview m_preview;
    QString m_reason;
    bool m_allowNegative;
    QList<RowResult> m_results;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace bc
