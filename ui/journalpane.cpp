#include "journalpane.h"

#include "models/dates.h"

#include "core/session.h"
#include "core/sessionstore.h"

#include <QAction>
#include <QFileDialog>
#include <QSaveFile>

namespace bc {

namespace {

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

} // namespace

JournalPane::JournalPane(Session *session, QWidget *parent)
    : TablePane(session, {QStringLiteral("journal"), tr("Journal"), {}, {}}, parent)
{
    using Col = RecordTableModel<JournalEntry>::Column;
    m_model = new RecordTableModel<JournalEntry>(
        {Col{tr("#"), [](const JournalEntry &e) { return e.seq; }, {}, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("When"), [](const JournalEntry &e) { return shortDateTime(e.at); },
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
    QAction *verifyAction = addPaneAction(tr("&Verify"));
    connect(verifyAction, &QAction::triggered, this, [this] { verify(); });
    verifyAction->setToolTip(tr("Check that no entry was edited or removed since it was written"));
    QAction *exportAction = addPaneAction(tr("&Export…"));
    connect(exportAction, &QAction::triggered, this, &JournalPane::exportAs);
    exportAction->setToolTip(tr("Save the journal as CSV (spreadsheets) or JSON (with the hashes, verifiable)"));
    connect(addPaneAction(tr("Re&load")), &QAction::triggered, this, &JournalPane::refresh);
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
        emit loaded();
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
