#include "journalpane.h"

#include "technicaldetails.h"

#include "core/journalwords.h"
#include "core/session.h"
#include "core/sessionstore.h"
#include "models/dates.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <climits>
#include <limits>

namespace bc {

PaneInfo JournalPane::describe()
{
    return {QStringLiteral("journal"), tr("Journal"), {}, {}};
}

JournalPane::JournalPane(Session *session, QWidget *parent)
    : TablePane(session, describe(), parent)
{
    using Col = RecordTableModel<JournalEntry>::Column;
    const auto said = [this](const JournalEntry &e) -> const JournalSummary & { return summary(e); };
    m_model = new RecordTableModel<JournalEntry>(
        {Col{tr("#"), [](const JournalEntry &e) { return e.seq; }, {}, Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("When"), [](const JournalEntry &e) { return shortDateTime(e.at); },
                [](const JournalEntry &e) { return e.seq; }},
            Col{tr("Who"), [](const JournalEntry &e) { return e.operatorName; }},
            Col{tr("Customer"), [said](const JournalEntry &e) { return said(e).customer; }},
            Col{tr("What"), [said](const JournalEntry &e) { return said(e).what; }},
            Col{tr("Changes"), [said](const JournalEntry &e) { return said(e).changes.join(QStringLiteral("; ")); }},
            Col{tr("Reason"), [](const JournalEntry &e) { return e.reason; }},
            Col{tr("Outcome"), [](const JournalEntry &e) { return journalOutcomeText(e.outcome); }},
            // Technical details: hidden until chosen from the header's menu (and in the panel).
            Col{tr("Role"), [](const JournalEntry &e) { return e.role; }},
            Col{tr("Profile"), [](const JournalEntry &e) { return e.profile; }},
            Col{tr("HTTP status"), [](const JournalEntry &e) { return e.status; }, {},
                Qt::AlignRight | Qt::AlignVCenter},
            Col{tr("Request"), [](const JournalEntry &e) { return e.action; }},
            Col{tr("Request id"), [](const JournalEntry &e) { return e.requestId; }},
            Col{tr("Idempotency key"), [](const JournalEntry &e) { return e.idempotencyKey; }},
            Col{tr("Body sent"), [](const JournalEntry &e) { return e.detail; }},
            Col{tr("Answer"), [](const JournalEntry &e) { return e.response; }}},
        this);
    setSourceModel(m_model);
    m_model->setFetchMore([this] { return hasOlder(); }, [this] { loadOlder(); });
    for (int c = kFirstTechnicalColumn; c < m_model->columnCount(); ++c)
        view()->setColumnHidden(c, true);
    view()->setAccessibleName(tr("Operator journal"));
    view()->sortByColumn(0, Qt::DescendingOrder);
    // Columns fit to the rows in view and the next couple of hundred (Qt's default, a thousand
    // rows of wrapped text, costs the pane a fifth of a second each time it opens).
    view()->horizontalHeader()->setResizeContentsPrecision(200);
    buildDetail();
    QAction *verifyAction = addPaneAction(tr("&Verify"));
    connect(verifyAction, &QAction::triggered, this, &JournalPane::verify);
    verifyAction->setToolTip(tr("Check that no entry was edited or removed since it was written"));
    QAction *exportAction = addPaneAction(tr("&Export…"));
    connect(exportAction, &QAction::triggered, this, &JournalPane::exportAs);
    exportAction->setToolTip(tr("Save the journal as CSV (spreadsheets) or JSON (with the hashes, verifiable)"));
    connect(addPaneAction(tr("Re&load")), &QAction::triggered, this, &JournalPane::refresh);
}

// Worked out once per entry (it reads the body sent): painting, sizing and sorting ask often.
const JournalSummary &JournalPane::summary(const JournalEntry &entry) const
{
    auto it = m_summaries.constFind(entry.seq);
    if (it == m_summaries.cend())
        it = m_summaries.insert(entry.seq, describeJournalEntry(entry, [this, &entry](const QString &orgId) {
            return m_customerNames.value(entry.profile + u'\n' + orgId);
        }));
    return *it;
}

// The selected entry in words, and its technical details (what was sent and answered) one click
// away, folded by default.
void JournalPane::buildDetail()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_detailText = new QLabel(panel);
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_technical = new TechnicalDetails(panel);
    layout->addWidget(m_detailText);
    layout->addWidget(m_technical, 1);
    layout->addStretch();
    setDetailPanel(panel);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalPane::showDetail);
    showDetail();
}

void JournalPane::showDetail()
{
    const JournalEntry *e = m_model->at(currentSourceRow());
    if (!e) {
        m_detailText->setText(tr("Choose an entry to see what was done, for whom and why."));
        m_technical->setText({});
        return;
    }
    const JournalSummary s = summary(*e);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(s.what.toHtmlEscaped());
    const QStringList facts{
        tr("When: %1")
            .arg(longDate(e->at) + u' ' + QLocale().toString(e->at.toLocalTime().time(), QLocale::ShortFormat)),
        tr("Who: %1 (%2)").arg(e->operatorName, e->role),
        s.customer.isEmpty() ? QString() : tr("Customer: %1").arg(s.customer),
        e->reason.isEmpty() ? QString() : tr("Reason: %1").arg(e->reason),
        tr("Outcome: %1").arg(journalOutcomeText(e->outcome))};
    for (const QString &line : facts + s.changes)
        if (!line.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    m_detailText->setText(html);
    m_technical->setText(tr("Request: %1\nHTTP status: %2\nRequest id: %3\nIdempotency key: %4\nProfile: %5\n\n"
                            "Body sent:\n%6\n\nAnswer:\n%7\n\nHash: %8")
                             .arg(e->action, e->status ? QString::number(e->status) : tr("not reached"), e->requestId,
                                 e->idempotencyKey, e->profile, e->detail, e->response, QString::fromLatin1(e->hash)));
}

void JournalPane::attachStore()
{
    if (m_store == m_session->store())
        return;
    m_store = m_session->store();
    if (m_store)
        connect(m_store, &SessionStore::journalChanged, this, &JournalPane::appendNew);
}

// The customers' names for the entries' profiles, read once per profile.
void JournalPane::nameCustomers(const QList<JournalEntry> &entries)
{
    LocalStore *local = m_store ? m_store->local() : nullptr;
    if (!local)
        return;
    for (const JournalEntry &e : entries) {
        if (m_namedProfiles.contains(e.profile))
            continue;
        m_namedProfiles.insert(e.profile);
        for (const KnownRecord &r : local->knownRecords(e.profile, QStringLiteral("customer")))
            m_customerNames.insert(e.profile + u'\n' + r.id, r.name);
    }
}

void JournalPane::refresh()
{
    attachStore();
    m_customerNames.clear();
    m_namedProfiles.clear();
    m_summaries.clear();
    LocalStore *local = m_store ? m_store->local() : nullptr;
    if (!local) {
        m_model->setRecords({});
        m_oldest = m_newest = m_total = 0;
        emit loaded();
        return;
    }
    // The newest page only; older ones load as the view scrolls down (fetchMore).
    const QList<JournalEntry> newest = local->journalBefore(std::numeric_limits<qint64>::max(), kPage);
    nameCustomers(newest);
    m_model->setRecords(newest);
    m_oldest = newest.isEmpty() ? 0 : newest.first().seq;
    m_newest = newest.isEmpty() ? 0 : newest.last().seq;
    m_total = local->journalLength();
    fitColumns();
    showDetail();
    showCount();
    emit loaded();
}

bool JournalPane::hasOlder() const
{
    return m_oldest > 1 && m_model->rowCount() < m_total;
}

void JournalPane::loadOlder()
{
    LocalStore *local = m_store ? m_store->local() : nullptr;
    if (!local || !hasOlder())
        return;
    const QList<JournalEntry> older = local->journalBefore(m_oldest, kPage);
    if (older.isEmpty()) {
        m_oldest = 0;
        return;
    }
    nameCustomers(older);
    m_oldest = older.first().seq;
    m_model->append(older);
    showCount();
}

// A new entry was written: it is added, the loaded rows stay as they are (no reload).
void JournalPane::appendNew()
{
    LocalStore *local = m_store ? m_store->local() : nullptr;
    if (!local)
        return;
    for (;;) {
        const QList<JournalEntry> fresh = local->journal(m_newest + 1, kPage);
        if (fresh.isEmpty())
            break;
        nameCustomers(fresh);
        m_newest = fresh.last().seq;
        if (m_oldest == 0)
            m_oldest = fresh.first().seq;
        m_total += fresh.size();
        m_model->append(fresh);
        if (fresh.size() < kPage)
            break;
    }
    showCount();
}

void JournalPane::showCount()
{
    if (m_total == 0) {
        setStatus(tr("Nothing recorded yet. Every change made from this console (a credit adjustment, a plan change, a "
                     "cancellation) is recorded here with who made it and why."));
        return;
    }
    const QString all = tr("%n entries", nullptr, int(std::min<qint64>(m_total, INT_MAX)));
    setStatus(m_model->rowCount() < m_total
            ? tr("The newest %1 of %2; older entries load as you scroll. The journal covers every profile used on "
                 "this computer.")
                  .arg(QLocale().toString(m_model->rowCount()), all)
            : tr("%1; newest first. The journal covers every profile used on this computer.").arg(all));
}

// The hash chain checked on a worker thread, on its own connection to the file, with progress;
// the window stays usable and the check can be stopped.
void JournalPane::verify()
{
    if (!m_store || m_verifying)
        return;
    m_verifying = true;
    auto *progress = new QProgressDialog(tr("Verifying the journal…"), tr("Stop"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("verifyProgress"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    struct Shared
    {
        std::atomic<qint64> checked{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> stop{false};
    };
    auto shared = std::make_shared<Shared>();
    connect(progress, &QProgressDialog::canceled, this, [shared] { shared->stop = true; });
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, shared] {
        const qint64 total = shared->total;
        if (total > 0)
            progress->setValue(int(1000 * shared->checked / total));
    });
    poll->start(100);
    auto *watcher = new QFutureWatcher<JournalVerdict>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress = QPointer(progress)] {
        watcher->deleteLater();
        m_verifying = false;
        if (progress)
            progress->close();
        const JournalVerdict v = watcher->result();
        if (v.cancelled)
            messageBar()->show(MessageBar::Kind::Info, tr("Verification stopped; nothing was found wrong so far."));
        else if (v.ok)
            messageBar()->show(MessageBar::Kind::Success,
                tr("The journal is intact: %n entries, each linked to the one before.", nullptr, int(v.entries)));
        else
            messageBar()->show(MessageBar::Kind::Error, tr("The journal does not verify: %1.").arg(v.problem));
        emit verified(v);
    });
    const QString path = m_store->local()->path();
    watcher->setFuture(QtConcurrent::run([path, shared] {
        return LocalStore::verifyJournalAt(path, [shared](qint64 checked, qint64 total) {
            shared->checked = checked;
            shared->total = total;
            return !shared->stop;
        });
    }));
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
    // The whole journal, not only the pages loaded here.
    QList<JournalEntry> entries;
    for (qint64 from = 1;;) {
        const QList<JournalEntry> page = m_store->local()->journal(from, 5000);
        entries.append(page);
        if (page.size() < 5000)
            break;
        from = page.last().seq + 1;
    }
    m_exported = entries.size();
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
        messageBar()->show(
            MessageBar::Kind::Success, tr("Exported %n entries to %1.", nullptr, int(m_exported)).arg(fileName));
    else
        messageBar()->show(MessageBar::Kind::Error, tr("Could not write %1: %2").arg(fileName, error));
}

} // namespace bc
