#pragma once

#include "models/creditbatch.h"

#include <QObject>

namespace bc {

class CreditsConnector;

// Sends a checked batch of credit adjustments (models/creditbatch), one keyed request a row and
// one at a time, through the session's transport (so each row is kept in the outbox and lands in
// the operator journal). The same batch sent again reuses each row's key: a row the server already
// applied answers as it did then and is not applied twice. Rows with problems are skipped. Used by
// Credit ledger › Adjust many… and by `billing-console adjust-credits`.
class CreditBatchRun : public QObject
{
    Q_OBJECT
public:
    enum class Outcome : quint8 { NotSent, Applied, AlreadyApplied, Refused, Skipped };
    struct RowResult
    {
        Outcome outcome = Outcome::NotSent;
        qint64 balanceAfter = 0;
        bool balanceKnown = false;
        QString transactionId;
        QString message; // the server's words when it refused
    };

    CreditBatchRun(CreditsConnector *credits, creditbatch::Preview preview, QString batchReason, bool allowNegative,
        QObject *parent = nullptr);

    void start();
    void cancel(); // the row in flight finishes; the rest stay not sent
    bool isRunning() const { return m_running; }
    const creditbatch::Preview &preview() const { return m_preview; }
    const QList<RowResult> &results() const { return m_results; }
    int count(Outcome outcome) const;

    static QString outcomeText(Outcome outcome); // for people
    static QString outcomeWord(Outcome outcome); // for the result CSV: applied, refused, …
    // The result CSV: row, customer, outcome, change, new balance, transaction, message.
    QByteArray resultCsv() const;

signals:
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void sendNext();

    CreditsConnector *m_credits;
    creditbatch::Preview m_preview;
    QString m_reason;
    bool m_allowNegative;
    QList<RowResult> m_results;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace bc
