#include "creditbatchrun.h"

#include "sessionstore.h"

#include "api/familyconnectors.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>

namespace bc {

void lookUpCustomers(
    CreditsConnector *credits, const QList<creditbatch::InputRow> &rows, QObject *context, CustomersFound done)
{
    struct Lookup
    {
        QStringList keys; // distinct, in the rows' order
        QList<creditbatch::InputRow> rows;
        QList<OrgSummary> found;
        QSet<QString> have;
        CustomersFound done;
        QPointer<QObject> context;
        CreditsConnector *credits;
        void next(qsizetype i, const std::shared_ptr<Lookup> &self)
        {
            if (!context)
                return;
            if (i == keys.size()) {
                done(found, {});
                return;
            }
            credits->organisations(keys.at(i), context, [self, i](const ApiResult<QList<OrgSummary>> &r) {
                if (r.error.isNotOffered()) {
                    QList<OrgSummary> byId;
                    QSet<QString> ids;
                    for (const creditbatch::InputRow &row : self->rows)
                        if (const QString id = row.customer.trimmed(); !id.isEmpty() && !ids.contains(id)) {
                            ids.insert(id);
                            byId.append({id, id, QString(), 0, false});
                        }
                    self->done(byId, {});
                    return;
                }
                if (!r.ok()) {
                    self->done(std::nullopt, r.error.humanMessage());
                    return;
                }
                for (const OrgSummary &o : r.value)
                    if (!self->have.contains(o.id)) {
                        self->have.insert(o.id);
                        self->found.append(o);
                    }
                self->next(i + 1, self);
            });
        }
    };
    auto lookup = std::make_shared<Lookup>();
    QSet<QString> asked;
    for (const creditbatch::InputRow &row : rows) {
        const QString key = row.customer.trimmed();
        if (!key.isEmpty() && !asked.contains(key.toCaseFolded())) {
            asked.insert(key.toCaseFolded());
            lookup->keys.append(key);
        }
    }
    lookup->rows = rows;
    lookup->done = std::move(done);
    lookup->context = context;
    lookup->credits = credits;
    lookup->next(0, lookup);
}

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

void CreditBatchRun::keepIn(SessionStore *store)
{
    m_keeper = store;
}

void CreditBatchRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_next = 0;
    if (m_keeper)
        m_keeper->keepBatch({m_preview.batchId, QStringLiteral("credits"),
            creditbatch::toJson({m_preview, m_reason, m_allowNegative}), int(m_preview.rows.size()), 0, {}, {}});
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
    if (m_keeper)
        m_keeper->batchSent(m_preview.batchId, m_next);
    if (m_next >= m_preview.rows.size() || m_cancelled) {
        m_running = false;
        // Every row answered (applied, applied earlier, refused or skipped): nothing to resume.
        if (m_keeper && count(Outcome::NotSent) == 0)
            m_keeper->forgetBatch(m_preview.batchId);
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

QString CreditBatchRun::summary() const
{
    return QCoreApplication::translate(
        "CreditBatch", "Applied %1, applied earlier %2, refused %3, skipped %4, not sent %5.")
        .arg(count(Outcome::Applied))
        .arg(count(Outcome::AlreadyApplied))
        .arg(count(Outcome::Refused))
        .arg(count(Outcome::Skipped))
        .arg(count(Outcome::NotSent));
}

void CreditBatchRun::journal(SessionStore *store, const QString &batchReason, bool stopped) const
{
    if (store)
        store->journal(QStringLiteral("Credit batch %1").arg(m_preview.batchId), summary(), batchReason,
            stopped ? QStringLiteral("stopped") : QStringLiteral("done"));
}

} // namespace bc
