#include "reconciliationrun.h"

#include "session.h"
#include "sessionstore.h"

#include "api/orgbillingconnector.h"
#include "api/pager.h"
#include "api/transport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace bc {

ReconciliationRun::ReconciliationRun(
    Session *session, ReportProvider provider, QString reportPath, QDate from, QDate to, QObject *parent)
    : QObject(parent), m_session(session), m_provider(provider), m_path(std::move(reportPath)), m_from(from), m_to(to)
{
}

ReconciliationRun::~ReconciliationRun()
{
    // A worker still running stops at its next check. The report's reader holds its own data; the
    // match reads this run's, so it is waited for (a few milliseconds once told to stop).
    *m_cancelled = true;
    m_match.waitForFinished();
}

void ReconciliationRun::start()
{
    m_running = true;
    m_error.clear();
    m_fileSize = QFileInfo(m_path).size();
    emit progress(tr("Reading %1…").arg(QFileInfo(m_path).fileName()), 0);
    // The report, read on a worker into its own value (nothing shared but the cancel flag).
    auto *watcher = new QFutureWatcher<ProviderReport>(this);
    connect(watcher, &QFutureWatcher<ProviderReport>::finished, this, [this, watcher] {
        m_report = watcher->result();
        watcher->deleteLater();
        reportDone();
    });
    const auto cancelled = m_cancelled;
    watcher->setFuture(QtConcurrent::run([path = m_path, provider = m_provider, cancelled] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ProviderReport failed;
            failed.error = tr("%1 could not be opened: %2").arg(path, file.errorString());
            return failed;
        }
        return readReport(&file, provider, [cancelled] { return cancelled->load(); });
    }));
    fetchPayments();
}

void ReconciliationRun::cancel()
{
    if (!m_running)
        return;
    *m_cancelled = true;
    if (m_export)
        m_export->cancel();
    finish(tr("Stopped: nothing was reconciled."));
}

void ReconciliationRun::fetchPayments()
{
    if (!m_session->orgBilling()) {
        paymentsDone(tr("This server’s API has no payments to reconcile against."));
        return;
    }
    if (!m_session->offers(Extension::PaymentList)) {
        fetchFromExport();
        return;
    }
    DateRangeQuery range;
    range.from = m_from;
    range.to = m_to;
    range.limit = 5000;
    range.laterLimit = 5000;
    fetchAllPages<Payment>(
        m_session->orgBilling()->paymentPages(range, std::nullopt), this,
        [this](const QList<Payment> &page) {
            for (const Payment &p : page)
                m_payments.append(p);
            emit progress(tr("%Ln payments from the server…", nullptr, int(m_payments.size())), -1);
        },
        [this](const PagerResult &result) {
            if (result.error.isNotOffered() && result.rows == 0) {
                fetchFromExport();
                return;
            }
            paymentsDone(result.error.isError() ? result.error.humanMessage() : QString());
        });
}

void ReconciliationRun::fetchFromExport()
{
    m_fromExport = true;
    m_export = m_session->orgBilling()->paymentsFromExport(
        m_from, m_to, this,
        [this](const QList<Payment> &rows, const QStringList &) {
            for (const Payment &p : rows)
                m_payments.append(p);
            emit progress(tr("%Ln payments from the server’s export…", nullptr, int(m_payments.size())), -1);
        },
        [this](const ApiError &error) { paymentsDone(error.isError() ? error.humanMessage() : QString()); });
}

void ReconciliationRun::paymentsDone(const QString &error)
{
    if (!m_running)
        return;
    if (!error.isEmpty()) {
        finish(tr("The server’s payments could not be read: %1").arg(error));
        return;
    }
    m_paymentsRead = true;
    matchWhenReady();
}

void ReconciliationRun::reportDone()
{
    if (!m_running)
        return;
    if (!m_report.error.isEmpty()) {
        finish(m_report.error);
        return;
    }
    m_reportRead = true;
    emit progress(tr("%Ln rows read from the report.", nullptr, int(m_report.rows.size())), 500);
    matchWhenReady();
}

void ReconciliationRun::matchWhenReady()
{
    if (!m_reportRead || !m_paymentsRead)
        return;
    emit progress(tr("Matching…"), 750);
    auto *watcher = new QFutureWatcher<Reconciliation>(this);
    connect(watcher, &QFutureWatcher<Reconciliation>::finished, this, [this, watcher] {
        m_result = watcher->result();
        watcher->deleteLater();
        if (!m_running)
            return;
        if (m_result.cancelled) {
            finish(tr("Stopped: nothing was reconciled."));
            return;
        }
        emit progress(tr("Done."), 1000);
        finish(QString());
    });
    // The worker reads the report and the payments, which stay untouched until it is done.
    const auto cancelled = m_cancelled;
    m_match = QtConcurrent::run([this, cancelled] {
        return reconcile(m_report, m_payments, m_from, m_to, [cancelled] { return cancelled->load(); });
    });
    watcher->setFuture(m_match);
}

void ReconciliationRun::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = error;
    emit finished(error.isEmpty());
}

QString ReconciliationRun::summary() const
{
    if (!m_error.isEmpty())
        return m_error;
    return tr("Matched %1 of %2 payments the server lists for these dates; %3.")
        .arg(QLocale().toString(m_result.matched), QLocale().toString(m_result.serverPayments),
            tr("%Ln exceptions", nullptr, int(m_result.exceptions.size())));
}

void ReconciliationRun::journal(SessionStore *store, const QString &exceptionsFile) const
{
    if (!store)
        return;
    QStringList detail;
    detail << tr("%1 %2 (SHA-256 %3), %4 to %5")
                  .arg(reportProviderName(m_provider), QFileInfo(m_path).fileName(),
                      QString::fromLatin1(m_report.sha256), m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    detail << summary();
    detail << totalsLines(m_result);
    if (!exceptionsFile.isEmpty())
        detail << tr("Exceptions saved to %1").arg(exceptionsFile);
    store->journal(QStringLiteral("Reconciliation %1").arg(reportProviderName(m_provider)),
        detail.join(QLatin1Char('\n')), QString(), m_error.isEmpty() ? QStringLiteral("done") : QStringLiteral("stopped"));
}

} // namespace bc
