#include "pendingchangespane.h"

#include "creditbatchdialog.h"
#include "rolepolicy.h"

#include "api/errorbody.h"
#include "core/session.h"
#include "core/sessionstore.h"
#include "models/dates.h"
#include "models/tone.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace bc {

namespace {

QString stateText(OutboxEntry::State s)
{
    switch (s) {
    case OutboxEntry::State::Queued:
        return PendingChangesPane::tr("Waiting for the server");
    case OutboxEntry::State::Sending:
        return PendingChangesPane::tr("Sending…");
    case OutboxEntry::State::Review:
        return PendingChangesPane::tr("Refused: needs review");
    case OutboxEntry::State::Done:
        return PendingChangesPane::tr("Applied");
    case OutboxEntry::State::Refused:
        return PendingChangesPane::tr("Refused");
    case OutboxEntry::State::Discarded:
        return PendingChangesPane::tr("Discarded");
    }
    return {};
}

} // namespace

PaneInfo PendingChangesPane::describe()
{
    return {QStringLiteral("pending"), tr("Pending changes"), {}, {}};
}

PendingChangesPane::PendingChangesPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent)
{
    using Col = RecordTableModel<OutboxEntry>::Column;
    m_model = new RecordTableModel<OutboxEntry>(
        {Col{tr("Made"), [](const OutboxEntry &e) { return shortDateTime(e.createdAt); },
             [](const OutboxEntry &e) { return e.id; }},
            Col{tr("Change"), [](const OutboxEntry &e) { return e.what(); }},
            Col{tr("Reason"), [](const OutboxEntry &e) { return e.reason; }},
            Col{tr("By"), [](const OutboxEntry &e) { return e.operatorName; }},
            Col{tr("State"), [](const OutboxEntry &e) { return stateText(e.state); }, {},
                Qt::AlignLeft | Qt::AlignVCenter,
                [](const OutboxEntry &e) {
                    return e.state == OutboxEntry::State::Review ? QVariant(toneColour(Tone::Negative)) : QVariant();
                }},
            Col{tr("Attempts"), [](const OutboxEntry &e) { return e.attempts; }, {}, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Last answer"), [](const OutboxEntry &e) { return answerSummary(e.lastStatus, e.lastResponse); }},
            Col{tr("Idempotency key"), [](const OutboxEntry &e) { return e.idempotencyKey; }}},
        this);
    setSourceModel(m_model);
    view()->sortByColumn(0, Qt::AscendingOrder); // oldest first: the order they will be sent in
    m_send = addPaneAction(tr("&Send now"));
    m_send->setToolTip(tr("Send the waiting changes to the server now, oldest first"));
    connect(m_send, &QAction::triggered, this, &PendingChangesPane::sendNow);
    m_retry = addPaneAction(tr("&Retry"));
    connect(m_retry, &QAction::triggered, this, &PendingChangesPane::retrySelected);
    m_discard = addPaneAction(tr("&Discard…"));
    connect(m_discard, &QAction::triggered, this, [this] { discardSelected(); });
    // Credit batches that did not reach their end, above the changes: resume or let go.
    QHBoxLayout *batches = addControlRow();
    m_batchLabel = new QLabel(tr("Interrupted credit &batches:"), this);
    m_batchBox = new QComboBox(this);
    m_batchBox->setObjectName(QStringLiteral("batchBox"));
    m_batchBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_batchLabel->setBuddy(m_batchBox);
    m_resumeBatch = new QPushButton(tr("Resume batch…"), this);
    m_resumeBatch->setObjectName(QStringLiteral("resumeBatch"));
    m_forgetBatch = new QPushButton(tr("Let go…"), this);
    m_forgetBatch->setToolTip(tr("Send no more of this batch; the journal keeps it with your reason"));
    batches->addWidget(m_batchLabel);
    batches->addWidget(m_batchBox);
    batches->addWidget(m_resumeBatch);
    batches->addWidget(m_forgetBatch);
    batches->addStretch(1);
    connect(m_resumeBatch, &QPushButton::clicked, this, &PendingChangesPane::resumeBatch);
    connect(m_forgetBatch, &QPushButton::clicked, this, [this] { forgetBatch(); });
    showBatches();
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &PendingChangesPane::updateActions);
    connect(m_session, &Session::onlineChanged, this, &PendingChangesPane::updateActions);
    updateActions();
}

void PendingChangesPane::attachStore()
{
    if (m_store == m_session->store())
        return;
    m_store = m_session->store();
    if (!m_store)
        return;
    connect(m_store, &SessionStore::outboxChanged, this, &PendingChangesPane::refresh);
    connect(m_store, &SessionStore::batchesChanged, this, &PendingChangesPane::refresh);
    connect(m_store, &SessionStore::replayFinished, this, [this](int sent, int remaining) {
        if (sent > 0)
            messageBar()->show(MessageBar::Kind::Success, tr("Sent %n waiting change(s).", nullptr, sent));
        else if (remaining > 0)
            messageBar()->show(MessageBar::Kind::Info,
                tr("The server still cannot be reached; %n change(s) keep waiting.", nullptr, remaining));
    });
}

void PendingChangesPane::refresh()
{
    attachStore();
    if (!m_store) {
        m_model->setRecords({});
        setStatus(tr("No local store: changes are sent directly."));
        updateActions();
        emit loaded();
        return;
    }
    LocalStore *local = m_store->local();
    const QString profile = m_store->profile();
    m_model->setRecords(
        local->outbox(profile, {OutboxEntry::State::Queued, OutboxEntry::State::Sending, OutboxEntry::State::Review}));
    fitColumns();
    const int queued = local->count(profile, OutboxEntry::State::Queued);
    const int review = local->count(profile, OutboxEntry::State::Review);
    setStatus(queued + review == 0
            ? tr("Nothing is waiting: every change made here reached the server.")
            : tr("%1 waiting to be sent · %2 refused and waiting for review").arg(queued).arg(review));
    showBatches();
    updateActions();
    emit countChanged(queued + review);
    emit loaded();
}

void PendingChangesPane::updateActions()
{
    const OutboxEntry *e = m_model->at(currentSourceRow());
    const bool review = e && e->state == OutboxEntry::State::Review;
    m_send->setEnabled(m_store && !m_store->isReplaying());
    m_retry->setEnabled(review);
    m_discard->setEnabled(review);
    const QString why = tr("Select a change that was refused (state “Refused: needs review”)");
    m_retry->setToolTip(review ? tr("Send this change again, after what the server objected to was fixed") : why);
    m_discard->setToolTip(review ? tr("Let this change go; the journal keeps it with your reason") : why);
}

void PendingChangesPane::showBatches()
{
    const QList<KeptBatch> kept = m_store ? m_store->keptBatches() : QList<KeptBatch>();
    const QString chosen = m_batchBox->currentData().toString();
    m_batchBox->clear();
    const QLocale locale;
    for (const KeptBatch &b : kept)
        if (b.kind == QLatin1String("credits"))
            m_batchBox->addItem(tr("%1 · started %2 · %3 of %4 rows answered")
                                    .arg(b.id, shortDateTime(b.startedAt), locale.toString(b.sent),
                                        locale.toString(b.total)),
                b.id);
    m_batchBox->setCurrentIndex(std::max(0, m_batchBox->findData(chosen)));
    const bool any = m_batchBox->count() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_batchLabel, m_batchBox, m_resumeBatch, m_forgetBatch})
        w->setVisible(any);
    const QString why = policy::whyNot(m_session, policy::Action::AdjustCredits);
    m_resumeBatch->setEnabled(any && why.isEmpty());
    m_resumeBatch->setToolTip(why.isEmpty() ? tr("Open the batch as it was confirmed and send the rest; no row is "
                                                 "applied twice")
                                            : why);
}

CreditBatchDialog *PendingChangesPane::resumeBatch()
{
    if (!m_store)
        return nullptr;
    const QString id = m_batchBox->currentData().toString();
    for (const KeptBatch &b : m_store->keptBatches()) {
        if (b.id != id)
            continue;
        const std::optional<creditbatch::SavedBatch> saved = creditbatch::fromJson(b.body);
        if (!saved) {
            messageBar()->show(MessageBar::Kind::Error,
                tr("Batch %1 cannot be read back from this computer's store; let it go, and check the credit "
                   "ledger for its rows.")
                    .arg(id));
            return nullptr;
        }
        auto *dialog = new CreditBatchDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->resume(*saved);
        dialog->show();
        return dialog;
    }
    return nullptr;
}

void PendingChangesPane::forgetBatch(const QString &givenReason)
{
    const QString id = m_batchBox->currentData().toString();
    if (!m_store || id.isEmpty())
        return;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Let a batch go"),
            tr("Why should the rest of batch %1 not be sent? The journal keeps this reason.").arg(id), QLineEdit::Normal,
            {}, &ok);
        if (!ok)
            return;
    }
    if (reason.trimmed().isEmpty()) {
        messageBar()->show(MessageBar::Kind::Error, tr("A reason is needed to let a batch go."));
        return;
    }
    m_store->journal(QStringLiteral("Credit batch %1").arg(id), tr("Let go before every row was sent"),
        reason.trimmed(), QStringLiteral("discarded"));
    m_store->forgetBatch(id);
    messageBar()->show(MessageBar::Kind::Success, tr("Batch %1 let go; the journal records why.").arg(id));
}

void PendingChangesPane::sendNow()
{
    if (m_store)
        m_store->replay();
    updateActions();
}

void PendingChangesPane::retrySelected()
{
    const OutboxEntry *e = m_model->at(currentSourceRow());
    if (e && m_store)
        m_store->retry(e->id);
}

void PendingChangesPane::discardSelected(const QString &givenReason)
{
    const OutboxEntry *e = m_model->at(currentSourceRow());
    if (!e || !m_store || e->state != OutboxEntry::State::Review)
        return;
    const qint64 id = e->id;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Discard a refused change"),
            tr("Why is “%1” not needed any more? The journal keeps this reason.").arg(e->what()), QLineEdit::Normal, {},
            &ok);
        if (!ok)
            return;
    }
    if (reason.trimmed().isEmpty()) {
        messageBar()->show(MessageBar::Kind::Error, tr("A reason is needed to discard a change."));
        return;
    }
    if (m_store->discard(id, reason))
        messageBar()->show(MessageBar::Kind::Success, tr("Discarded; the journal records why."));
}

} // namespace bc
