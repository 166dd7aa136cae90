#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QSqlDatabase;

namespace bc {

class CacheWriter;

// A GET answer kept for when the server cannot be reached.
struct CachedRead
{
    QByteArray body;
    QByteArray contentType;
    QByteArray nextCursor;
    QDateTime fetchedAt;
};

// One change the console has promised to deliver: written before it is sent, kept after.
struct OutboxEntry
{
    enum class State {
        Queued, // waiting to be sent (offline, or behind older queued changes)
        Sending, // in flight from this process; reset to Queued when a console starts
        Done, // the server applied it (or had already applied it: same idempotency key)
        Refused, // the server refused it while the user watched; they saw why
        Review, // the server refused it on replay: a person must look at it
        Discarded, // a person looked at a refused change and let it go (journalled with a reason)
    };
    qint64 id = 0;
    QString profile;
    QString idempotencyKey;
    QByteArray method;
    QString path;
    QString query;
    QByteArray body;
    QString reason; // the reason the operator gave, when the change carries one
    QString operatorName;
    QString role;
    QDateTime createdAt;
    QDateTime updatedAt;
    State state = State::Queued;
    int attempts = 0;
    int lastStatus = 0;
    QByteArray lastResponse;

    QString what() const { return QString::fromLatin1(method) + u' ' + path; }
};
QString outboxStateName(OutboxEntry::State state);

// A record the server has no list for (seed 003 lists no charges): its id, remembered when this
// console created or opened it, so a pane can fetch each by id.
struct KnownRecord
{
    QString id;
    QString name;
    QDateTime at; // when it was first remembered
};

// A batch of changes confirmed as a whole and not yet sent to its end (a credit batch stopped, or
// its process killed): kept until every row went, so Pending changes can resume it.
struct KeptBatch
{
    QString id;
    QString kind; // "credits"
    QByteArray body; // what the batch needs to run again (creditbatch::toJson)
    int total = 0;
    int sent = 0; // rows the server answered
    QDateTime startedAt;
    QDateTime updatedAt;
};

// One line of the operator journal. seq, prevHash and hash are filled in by append().
struct JournalEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString operatorName;
    QString profile;
    QString role;
    QString action; // what was done, e.g. "POST /v1/manual-adjustments"
    QString detail; // the request body or a description
    QString reason;
    QString requestId;
    QString idempotencyKey;
    QString outcome; // applied, replayed, queued, refused, review, discarded, …
    int status = 0; // HTTP status, 0 when the server was not reached
    QString response;
    QByteArray prevHash; // hex
    QByteArray hash; // hex: SHA-256 over prevHash and this entry's canonical JSON

    QByteArray computeHash() const;
};

struct JournalVerdict
{
    bool ok = true;
    qint64 entries = 0;
    qint64 badSeq = 0; // the first entry that does not verify (0: the chain's end is the problem)
    QString problem; // empty when ok
    bool cancelled = false; // stopped by the caller before the end (not ok, nothing found wrong)
};

// What the console keeps on this machine, in one SQLite file (WAL): the read cache, the outbox
// of changes and the hash-chained operator journal. Every write is committed before the call
// returns, so killing the process loses nothing that a caller was told about.
class LocalStore
{
public:
    // The user's data directory (QStandardPaths::AppDataLocation)/console.db.
    static QString defaultPath();
    explicit LocalStore(const QString &path = {});
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    // Read cache, per profile and request. Bodies over kMaxCachedBytes are not kept.
    static constexpr qsizetype kMaxCachedBytes = 4 * 1024 * 1024;
    // Written on a thread of its own (CacheWriter): the caller never waits for the disk.
    void putCached(const QString &profile, const QString &key, const CachedRead &read);
    std::optional<CachedRead> cached(const QString &profile, const QString &key) const;
    void flushCache(); // waits until every putCached() so far is on disk

    // Records known by id, per profile and kind ("platform-charge:<company>/<extension>", …);
    // newest first. Remembering one again keeps its first date and updates its name.
    void rememberRecord(const QString &profile, const QString &kind, const KnownRecord &record);
    QList<KnownRecord> knownRecords(const QString &profile, const QString &kind) const;

    // Outbox. enqueue() returns the id of the entry with this (profile, idempotency key): a new
    // one, or the one already there (a retried change is one entry, never two).
    qint64 enqueue(const OutboxEntry &entry, bool *existed = nullptr);
    bool setState(qint64 id, OutboxEntry::State state, int status = 0, const QByteArray &response = {});
    std::optional<OutboxEntry> entry(qint64 id) const;
    // Oldest first.
    QList<OutboxEntry> outbox(const QString &profile, const QList<OutboxEntry::State> &states) const;
    int count(const QString &profile, OutboxEntry::State state) const;

    // Batches not sent to their end, per profile, oldest first. keepBatch() again keeps the first
    // start; batchSent() records progress; forgetBatch() once every row was answered.
    void keepBatch(const QString &profile, const KeptBatch &batch);
    void batchSent(const QString &profile, const QString &id, int sent);
    void forgetBatch(const QString &profile, const QString &id);
    QList<KeptBatch> keptBatches(const QString &profile) const;

    // Journal. append() returns the new entry's seq (0 on failure).
    qint64 append(JournalEntry entry);
    QList<JournalEntry> journal(qint64 fromSeq = 1, int limit = -1) const;
    // Up to `limit` entries before `beforeSeq`, oldest first (the newest page: beforeSeq = max).
    QList<JournalEntry> journalBefore(qint64 beforeSeq, int limit) const;
    qint64 journalLength() const;
    JournalVerdict verifyJournal() const;
    // The same check from any thread, on its own read-only connection to the file at `path`;
    // progress(checked, total) after each page, returning false to stop.
    using VerifyProgress = std::function<bool(qint64 checked, qint64 total)>;
    static JournalVerdict verifyJournalAt(const QString &path, const VerifyProgress &progress = {});
    // The chain's head is also written next to the database, so cutting entries off the end
    // shows too; verify() of a list checks what the list itself can prove.
    static JournalVerdict verify(const QList<JournalEntry> &entries);

    static bool exportCsv(const QList<JournalEntry> &entries, QIODevice *out);
    static bool exportJson(const QList<JournalEntry> &entries, QIODevice *out);
    static std::optional<QList<JournalEntry>> importJson(const QByteArray &json, QString *error);

private:
    bool migrate();
    static void verifyPages(QSqlDatabase &db, const QString &path, const VerifyProgress &progress, JournalVerdict *v);
    QString headPath() const { return m_path + QStringLiteral(".journal-head"); }
    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
    std::unique_ptr<CacheWriter> m_cacheWriter;
};

} // namespace bc
