#include "localpanes.h"

#include "messagebar.h"

#include "core/session.h"
#include "core/sessionstore.h"
#include "models/tone.h"

#include <QAction>
#include <QColor>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTableView>
#include <QToolBar>

namespace bc {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

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

// The journal keeps outcomes as fixed English words (an audit record does not change with the
// reader's language); the pane shows them in the reader's.
QString outcomeText(const QString &outcome)
{
    static const struct
    {
        const char *stored;
        const char *text;
    } kOutcomes[] = {
        {"applied", QT_TRANSLATE_NOOP("bc::JournalPane", "Applied")},
        {"already applied", QT_TRANSLATE_NOOP("bc::JournalPane", "Already applied (same idempotency key)")},
        {"applied (from Pending changes)", QT_TRANSLATE_NOOP("bc::JournalPane", "Applied from Pending changes")},
        {"queued", QT_TRANSLATE_NOOP("bc::JournalPane", "Queued: server unreachable")},
        {"refused", QT_TRANSLATE_NOOP("bc::JournalPane", "Refused")},
        {"refused on replay", QT_TRANSLATE_NOOP("bc::JournalPane", "Refused when sent from Pending changes")},
        {"discarded", QT_TRANSLATE_NOOP("bc::JournalPane", "Discarded")},
        {"saved", QT_TRANSLATE_NOOP("bc::JournalPane", "Saved")},
        {"printed", QT_TRANSLATE_NOOP("bc::JournalPane", "Printed")},
        {"exported", QT_TRANSLATE_NOOP("bc::JournalPane", "Exported")},
        {"stopped", QT_TRANSLATE_NOOP("bc::JournalPane", "Stopped by the user")},
        {"cancelled", QT_TRANSLATE_NOOP("bc::JournalPane", "Cancelled")},
        {"failed", QT_TRANSLATE_NOOP("bc::JournalPane", "Failed")},
    };
    for (const auto &o : kOutcomes)
        if (outcome == QLatin1String(o.stored))
            return JournalPane::tr(o.text);
    return outcome;
}

// The server's answer in one line: its error message when it sent one.
QString answerText(int status, const QByteArray &body)
{
    if (status == 0)
        return QString::fromUtf8(body);
    const QString message = QJsonDocument::fromJson(body)
                                .object()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    return message.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                             : QStringLiteral("HTTP %1: %2").arg(status).arg(message);
}

} // namespace

// --- Pending changes ---

PendingChangesPane::PendingChangesPane(Session *session, QWidget *parent)
    : TablePane(session, QStringLiteral("pending"), parent)
{
    using Col = RecordTableModel<OutboxEntry>::Column;
    m_model = new RecordTableModel<OutboxEntry>(
        {Col{tr("Made"), [](const OutboxEntry &e) { return timeText(e.createdAt); },
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
            Col{tr("Last answer"), [](const OutboxEntry &e) { return answerText(e.lastStatus, e.lastResponse); }},
            Col{tr("Idempotency key"), [](const OutboxEntry &e) { return e.idempotencyKey; }}},
        this);
    setSourceModel(m_model);
    view()->setAccessibleName(tr("Pending changes"));
    view()->sortByColumn(0, Qt::AscendingOrder); // oldest first: the order they will be sent in
    m_send = toolBar()->addAction(tr("&Send now"), this, &PendingChangesPane::sendNow);
    m_send->setToolTip(tr("Send the waiting changes to the server now, oldest first"));
    m_retry = toolBar()->addAction(tr("&Retry"), this, &PendingChangesPane::retrySelected);
    m_retry->setToolTip(tr("Send a refused change again, after what the server objected to was fixed"));
    m_discard = toolBar()->addAction(tr("&Discard…"), this, [this] { discardSelected(); });
    m_discard->setToolTip(tr("Let a refused change go; the journal keeps it with your reason"));
    connect(view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &PendingChangesPane::updateActions);
    connect(m_session, &Session::onlineChanged, this, &PendingChangesPane::updateActions);
    updateActions();
}

void PendingChangesPane::attachStore()
{
    if (m_store == m_session->store())
        return;
    m_store = m_session->store();
    if (m_store) {
        connect(m_store, &SessionStore::outboxChanged, this, &PendingChangesPane::refresh);
        connect(m_store, &SessionStore::replayFinished, this, [this](int sent, int remaining) {
            if (sent > 0)
                messageBar()->show(MessageBar::Kind::Success, tr("Sent %n waiting change(s).", nullptr, sent));
            else if (remaining > 0)
                messageBar()->show(MessageBar::Kind::Info,
                    tr("The server still cannot be reached; %n change(s) keep waiting.", nullptr, remaining));
        });
    }
}

void PendingChangesPane::refresh()
{
    attachStore();
    if (!m_store) {
        m_model->setRecords({});
        setStatus(tr("No local store: changes are sent directly."));
        updateActions();
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
    updateActions();
    emit countChanged(queued + review);
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

// --- Journal ---

JournalPane::JournalPane(Session *session, QWidget *parent) : TablePane(session, QStringLiteral("journal"), parent)
{
    using Col = RecordTableModel<JournalEntry>::Column;
    m_model = new RecordTableModel<JournalEntry>(
        {Col{tr("#"), [](const JournalEntry &e) { return e.seq; }, {}, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("When"), [](const JournalEntry &e) { return timeText(e.at); },
                [](const JournalEntry &e) { return e.seq; }},
            Col{tr("Who"), [](const JournalEntry &e) { return e.operatorName; }},
            Col{tr("Role"), [](const JournalEntry &e) { return e.role; }},
            Col{tr("Profile"), [](const JournalEntry &e) { return e.profile; }},
            Col{tr("Action"), [](const JournalEntry &e) { return e.action; }},
            Col{tr("Reason"), [](const JournalEntry &e) { return e.reason; }},
            Col{tr("Outcome"), [](const JournalEntry &e) { return outcomeText(e.outcome); }},
            Col{tr("Status"), [](const JournalEntry &e) { return e.status; }, {}, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Request id"), [](const JournalEntry &e) { return e.requestId; }},
            Col{tr("Idempotency key"), [](const JournalEntry &e) { return e.idempotencyKey; }},
            Col{tr("Detail"), [](const JournalEntry &e) { return e.detail; }},
            Col{tr("Answer"), [](const JournalEntry &e) { return e.response; }}},
        this);
    setSourceModel(m_model);
    view()->setAccessibleName(tr("Operator journal"));
    view()->sortByColumn(0, Qt::DescendingOrder);
    QAction *verifyAction = toolBar()->addAction(tr("&Verify"), this, [this] { verify(); });
    verifyAction->setToolTip(tr("Check that no entry was edited or removed since it was written"));
    QAction *exportAction = toolBar()->addAction(tr("&Export…"), this, &JournalPane::exportAs);
    exportAction->setToolTip(tr("Save the journal as CSV (spreadsheets) or JSON (with the hashes, verifiable)"));
    toolBar()->addAction(tr("Re&load"), this, &JournalPane::refresh);
}

void JournalPane::attachStore()
{
    if (m_store == m_session->store())
        return;
    m_store = m_session->store();
    if (m_store)
        connect(m_store, &SessionStore::journalChanged, this, &JournalPane::refresh);
}

void JournalPane::refresh()
{
    attachStore();
    if (!m_store) {
        m_model->setRecords({});
        return;
    }
    QList<JournalEntry> all;
    for (qint64 from = 1;;) {
        const QList<JournalEntry> page = m_store->local()->journal(from, 5000);
        all.append(page);
        if (page.size() < 5000)
            break;
        from = page.last().seq + 1;
    }
    m_model->setRecords(all);
    fitColumns();
    setStatus(tr(
        "%n entries; newest first. The journal covers every profile used on this computer.", nullptr, int(all.size())));
    emit loaded();
}

JournalVerdict JournalPane::verify()
{
    if (!m_store)
        return {};
    const JournalVerdict v = m_store->local()->verifyJournal();
    if (v.ok)
        messageBar()->show(MessageBar::Kind::Success,
            tr("The journal is intact: %n entries, each linked to the one before.", nullptr, int(v.entries)));
    else
        messageBar()->show(MessageBar::Kind::Error, tr("The journal does not verify: %1.").arg(v.problem));
    return v;
}

bool JournalPane::exportTo(const QString &fileName, QString *error)
{
    if (!m_store)
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QList<JournalEntry> &entries = m_model->records();
    const bool ok = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? LocalStore::exportJson(entries, &file)
        : LocalStore::exportCsv(entries, &file);
    if (!ok || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void JournalPane::exportAs()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export the journal"), QStringLiteral("journal.csv"), tr("CSV (*.csv);;JSON with hashes (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportTo(fileName, &error))
        messageBar()->show(MessageBar::Kind::Success,
            tr("Exported %n entries to %1.", nullptr, int(m_model->rowCount())).arg(fileName));
    else
        messageBar()->show(MessageBar::Kind::Error, tr("Could not write %1: %2").arg(fileName, error));
}

} // namespace bc
