#pragma once

#include "models/reconciliation.h"

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace bc {

class ApiCall;
class Session;
class SessionStore;

// One reconciliation as a person runs it (Payments › Reconcile… and `billing-console reconcile`):
// the provider's report read on a worker thread while the billing server's payments of the same
// dates arrive (its payment list when it offers one, else the document's CSV export), then the
// match on a worker (models/reconciliation). The window stays responsive; progress is reported
// and the whole run can be stopped at any point.
class ReconciliationRun : public QObject
{
    Q_OBJECT
public:
    ReconciliationRun(Session *session, ReportProvider provider, QString reportPath, QDate from, QDate to,
        QObject *parent = nullptr);
    ~ReconciliationRun() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    ReportProvider provider() const { return m_provider; }
    const QString &reportPath() const { return m_path; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const ProviderReport &report() const { return m_report; }
    const ServerPayments &payments() const { return m_payments; }
    const Reconciliation &result() const { return m_result; }
    // The payments came from the server's CSV export (no payment list on this server).
    bool fromExport() const { return m_fromExport; }
    // Why the run did not finish, in words (empty when it did).
    const QString &error() const { return m_error; }

    // "Matched 1,204 of 1,210 payments; 6 exceptions." in the person's language.
    QString summary() const;
    // One journal entry: who ran it (the journal's own), on which file (its SHA-256) and which
    // dates, with the totals per currency.
    void journal(SessionStore *store, const QString &exceptionsFile = QString()) const;
    bool writeExceptions(QIODevice *out) const { return writeExceptionsCsv(out, m_result, m_report, m_payments); }

signals:
    // What is happening, in words, and how far (parts of 1,000; -1 when it cannot be told).
    void progress(const QString &what, int perMille);
    void finished(bool ok);

private:
    void fetchPayments();
    void fetchFromExport();
    void paymentsDone(const QString &error);
    void reportDone();
    void matchWhenReady();
    void finish(const QString &error);

    Session *m_session;
    ReportProvider m_provider;
    QString m_path;
    QDate m_from, m_to;
    ProviderReport m_report;
    ServerPayments m_payments;
    Reconciliation m_result;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QPointer<ApiCall> m_export;
    QFuture<Reconciliation> m_match; // waited for on destruction: it reads m_report and m_payments
    qint64 m_fileSize = 0;
    bool m_running = false;
    bool m_reportRead = false;
    bool m_paymentsRead = false;
    bool m_fromExport = false;
    QString m_error;
};

} // namespace bc
