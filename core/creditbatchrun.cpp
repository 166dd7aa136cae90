#include "creditbatchrun.h"

#include "api/familyconnectors.h"
#include "models/csv.h"

#include <QCoreApplication>

namespace bc {

CreditBatchRun::CreditBatchRun(
    CreditsConnector *credits, creditbatch::Preview preview, QString batchReason, bool allowNegative, QObject *parent)
    : QObject(parent), m_credits(credits), m_preview(std::move(preview)), m_reason(std::move(batchReason)),
      m_allowNegative(allowNegative)
{
    m_results.resize(m_preview.rows.size());
    for (qsizetype i = 0; i < m_preview.rows.size(); ++i)
        if (!m_preview.rows.at(i).ok())
            m_results[i].outcome = Outcome::Skipped;
}

void CreditBatchRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    sendNext();
}

void CreditBatchRun::cancel()
{
    m_cancelled = true;
}

int CreditBatchRun::count(Outcome outcome) const
{
    return int(std::count_if(
        m_results.cbegin(), m_results.cend(), [outcome](const RowResult &r) { return r.outcome == outcome; }));
}

void CreditBatchRun::sendNext()
{
    while (m_next < m_preview.rows.size() && m_results.at(m_next).outcome != Outcome::NotSent)
        ++m_next;
    emit progress(m_next, int(m_preview.rows.size()));
    if (m_next >= m_preview.rows.size() || m_cancelled) {
        m_running = false;
        emit finished(m_cancelled);
        return;
    }
    const int index = m_next;
    const creditbatch::PreviewRow &row = m_preview.rows.at(index);
    m_credits->adjust(creditbatch::adjustmentOf(row, m_preview.batchId, m_reason, m_allowNegative),
        creditbatch::rowKey(m_preview.batchId, row), this, [this, index](const ApiResult<CreditTransaction> &r) {
            RowResult &result = m_results[index];
            if (r.ok()) {
                result.outcome = r.replayed ? Outcome::AlreadyApplied : Outcome::Applied;
                result.balanceAfter = r.value.balanceAfter;
                result.balanceKnown = r.value.balanceKnown;
                result.transactionId = r.value.id;
            } else if (r.error.kind == ApiError::Kind::Http) {
                result.outcome = Outcome::Refused;
                result.message = r.error.humanMessage();
            } else {
                // Not reached, or queued in the outbox for later: not applied yet, so the batch
                // stops here and a later run (or the outbox) sends the rest.
                result.message = r.error.humanMessage();
                m_cancelled = true;
            }
            ++m_next;
            sendNext();
        });
}

QString CreditBatchRun::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotSent:
        return QCoreApplication::translate("CreditBatch", "Not sent");
    case Outcome::Applied:
        return QCoreApplication::translate("CreditBatch", "Applied");
    case Outcome::AlreadyApplied:
        return QCoreApplication::translate("CreditBatch", "Applied earlier");
    case Outcome::Refused:
        return QCoreApplication::translate("CreditBatch", "Refused");
    case Outcome::Skipped:
        return QCoreApplication::translate("CreditBatch", "Skipped");
    }
    return {};
}

QString CreditBatchRun::outcomeWord(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotSent:
        return QStringLiteral("not_sent");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::AlreadyApplied:
        return QStringLiteral("applied_earlier");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QByteArray CreditBatchRun::resultCsv() const
{
    QByteArray out = csv::row({QStringLiteral("row"), QStringLiteral("customer"), QStringLiteral("customer_id"),
        QStringLiteral("outcome"), QStringLiteral("change"), QStringLiteral("new_balance"),
        QStringLiteral("transaction_id"), QStringLiteral("message")});
    for (qsizetype i = 0; i < m_preview.rows.size(); ++i) {
        const creditbatch::PreviewRow &row = m_preview.rows.at(i);
        const RowResult &r = m_results.at(i);
        QString message = r.message;
        if (r.outcome == Outcome::Skipped) {
            QStringList why;
            for (creditbatch::Problem p : row.problems)
                why << creditbatch::problemText(p);
            message = why.join(QStringLiteral("; "));
        }
        out += csv::row({QString::number(row.input.line), row.input.customer,
            row.customer ? row.customer->id : QString(), outcomeWord(r.outcome), QString::number(row.change),
            r.balanceKnown ? QString::number(r.balanceAfter) : QString(), r.transactionId, message});
    }
    return out;
}

} // namespace bc
