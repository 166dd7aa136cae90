#include "localstore.h"

#include "cachewriter.h"
#include "journalchain.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace bc {

namespace {

constexpr int kSchemaVersion = 3;

const char *const kStateNames[] = {"queued", "sending", "done", "refused", "review", "discarded"};

// A state this console does not know (a newer console's, or an edit) is never sent: a person
// reviews it.
OutboxEntry::State stateFromName(const QString &name)
{
    for (int i = 0; i < 6; ++i)
        if (name == QLatin1String(kStateNames[i]))
            return OutboxEntry::State(i);
    return OutboxEntry::State::Review;
}

qint64 msecs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}
QDateTime fromMsecs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QSqlQuery prepared(const QString &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

JournalEntry journalFromQuery(const QSqlQuery &q)
{
    JournalEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = fromMsecs(q.value(1));
    e.operatorName = q.value(2).toString();
    e.profile = q.value(3).toString();
    e.role = q.value(4).toString();
    e.action = q.value(5).toString();
    e.detail = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.requestId = q.value(8).toString();
    e.idempotencyKey = q.value(9).toString();
    e.outcome = q.value(10).toString();
    e.status = q.value(11).toInt();
    e.response = q.value(12).toString();
    e.prevHash = q.value(13).toByteArray();
    e.hash = q.value(14).toByteArray();
    return e;
}

const QString kJournalColumns = QStringLiteral("seq, at, operator, profile, role, action, detail, reason, request_id, "
                                               "idem_key, outcome, status, response, prev_hash, hash");

OutboxEntry outboxFromQuery(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.profile = q.value(1).toString();
    e.idempotencyKey = q.value(2).toString();
    e.method = q.value(3).toByteArray();
    e.path = q.value(4).toString();
    e.query = q.value(5).toString();
    e.body = q.value(6).toByteArray();
    e.reason = q.value(7).toString();
    e.operatorName = q.value(8).toString();
    e.role = q.value(9).toString();
    e.createdAt = fromMsecs(q.value(10));
    e.updatedAt = fromMsecs(q.value(11));
    e.state = stateFromName(q.value(12).toString());
    e.attempts = q.value(13).toInt();
    e.lastStatus = q.value(14).toInt();
    e.lastResponse = q.value(15).toByteArray();
    return e;
}

const QString kOutboxColumns = QStringLiteral(
    "id, profile, idem_key, method, path, query, body, reason, operator, role, created_at, updated_at, state, attempts,"
    " last_status, last_response");

} // namespace

QString outboxStateName(OutboxEntry::State state)
{
    return QString::fromLatin1(kStateNames[int(state)]);
}

QString LocalStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/console.db");
}

LocalStore::LocalStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path),
      m_connection(QStringLiteral("bc-local-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        qCWarning(lcStore) << "cannot open" << m_path << m_error;
        return;
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery q(db);
    // WAL: readers never block the writer; FULL: a commit is on disk before the call returns.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    m_open = migrate();
    if (m_open)
        m_cacheWriter = std::make_unique<CacheWriter>(m_path);
    if (m_open) { // a change that was in flight when a console died is waiting again
        q.exec(QStringLiteral("UPDATE outbox SET state = 'queued' WHERE state = 'sending'"));
        q.exec(QStringLiteral("UPDATE outbox SET state = 'review' WHERE state NOT IN"
                              " ('queued', 'sending', 'done', 'refused', 'review', 'discarded')"));
        qCDebug(lcStore) << "opened" << m_path << "; in-flight changes queued again:" << q.numRowsAffected();
    }
}

LocalStore::~LocalStore()
{
    m_cacheWriter.reset(); // its last writes, then its connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LocalStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version >= kSchemaVersion)
        return true;
    const QStringList statements{
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS cache (profile TEXT NOT NULL, key TEXT NOT NULL, body BLOB NOT NULL,"
            " content_type TEXT, next_cursor TEXT, fetched_at INTEGER NOT NULL, PRIMARY KEY (profile, key))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT NOT NULL,"
            " idem_key TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, query TEXT, body BLOB,"
            " reason TEXT, operator TEXT, role TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
            " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0,"
            " last_response BLOB, UNIQUE (profile, idem_key))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS outbox_state ON outbox (profile, state, id)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, operator TEXT,"
            " profile TEXT, role TEXT, action TEXT NOT NULL, detail TEXT, reason TEXT, request_id TEXT,"
            " idem_key TEXT, outcome TEXT NOT NULL, status INTEGER NOT NULL, response TEXT,"
            " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS known_records (profile TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,"
            " name TEXT, at INTEGER NOT NULL, PRIMARY KEY (profile, kind, id))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS batches (profile TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL,"
            " body BLOB NOT NULL, total INTEGER NOT NULL, sent INTEGER NOT NULL DEFAULT 0,"
            " started_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (profile, id))"),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    db.transaction();
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            m_error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

void LocalStore::putCached(const QString &profile, const QString &key, const CachedRead &read)
{
    if (!m_open || read.body.size() > kMaxCachedBytes)
        return;
    m_cacheWriter->put(profile, key, read);
}

std::optional<CachedRead> LocalStore::cached(const QString &profile, const QString &key) const
{
    if (!m_open)
        return std::nullopt;
    if (std::optional<CachedRead> inFlight = m_cacheWriter->pending(profile, key))
        return inFlight;
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("SELECT body, content_type, next_cursor, fetched_at FROM cache WHERE profile = ? AND key = ?"),
        {profile, key});
    if (!q.next())
        return std::nullopt;
    return CachedRead{q.value(0).toByteArray(), q.value(1).toString().toLatin1(), q.value(2).toString().toLatin1(),
        fromMsecs(q.value(3))};
}

void LocalStore::flushCache()
{
    if (m_cacheWriter)
        m_cacheWriter->flush();
}

void LocalStore::rememberRecord(const QString &profile, const QString &kind, const KnownRecord &record)
{
    if (!m_open || record.id.isEmpty())
        return;
    prepared(m_connection,
        QStringLiteral("INSERT INTO known_records (profile, kind, id, name, at) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (profile, kind, id) DO UPDATE SET name = excluded.name"),
        {profile, kind, record.id, record.name,
            msecs(record.at.isValid() ? record.at : QDateTime::currentDateTimeUtc())});
}

QList<KnownRecord> LocalStore::knownRecords(const QString &profile, const QString &kind) const
{
    QList<KnownRecord> out;
    if (!m_open)
        return out;
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("SELECT id, name, at FROM known_records WHERE profile = ? AND kind = ? ORDER BY at DESC, id"),
        {profile, kind});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), fromMsecs(q.value(2))});
    return out;
}

void LocalStore::keepBatch(const QString &profile, const KeptBatch &batch)
{
    if (!m_open || batch.id.isEmpty())
        return;
    const qint64 now = msecs(QDateTime::currentDateTimeUtc());
    prepared(m_connection,
        QStringLiteral("INSERT INTO batches (profile, id, kind, body, total, sent, started_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile, id) DO UPDATE SET body = excluded.body,"
                       " total = excluded.total, updated_at = excluded.updated_at"),
        {profile, batch.id, batch.kind, batch.body, batch.total, batch.sent, now, now});
}

void LocalStore::batchSent(const QString &profile, const QString &id, int sent)
{
    if (m_open)
        prepared(m_connection, QStringLiteral("UPDATE batches SET sent = MAX(sent, ?), updated_at = ? WHERE profile = ? AND id = ?"),
            {sent, msecs(QDateTime::currentDateTimeUtc()), profile, id});
}

void LocalStore::forgetBatch(const QString &profile, const QString &id)
{
    if (m_open)
        prepared(m_connection, QStringLiteral("DELETE FROM batches WHERE profile = ? AND id = ?"), {profile, id});
}

QList<KeptBatch> LocalStore::keptBatches(const QString &profile) const
{
    QList<KeptBatch> out;
    if (!m_open)
        return out;
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("SELECT id, kind, body, total, sent, started_at, updated_at FROM batches WHERE profile = ?"
                       " ORDER BY started_at, id"),
        {profile});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toInt(),
            q.value(4).toInt(), fromMsecs(q.value(5)), fromMsecs(q.value(6))});
    return out;
}

qint64 LocalStore::enqueue(const OutboxEntry &e, bool *existed)
{
    if (existed)
        *existed = false;
    if (!m_open)
        return 0;
    QSqlQuery found = prepared(m_connection, QStringLiteral("SELECT id FROM outbox WHERE profile = ? AND idem_key = ?"),
        {e.profile, e.idempotencyKey});
    if (found.next()) {
        if (existed)
            *existed = true;
        return found.value(0).toLongLong();
    }
    const qint64 now = msecs(QDateTime::currentDateTimeUtc());
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("INSERT INTO outbox (profile, idem_key, method, path, query, body, reason, operator,"
                       " role, created_at, updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.profile, e.idempotencyKey, QString::fromLatin1(e.method), e.path, e.query, e.body, e.reason, e.operatorName,
            e.role, now, now, outboxStateName(e.state)});
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool LocalStore::setState(qint64 id, OutboxEntry::State state, int status, const QByteArray &response)
{
    if (!m_open)
        return false;
    const bool attempt = state != OutboxEntry::State::Sending && state != OutboxEntry::State::Discarded;
    QSqlQuery q = prepared(m_connection,
        attempt ? QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?, last_status = ?, last_response = ?,"
                                 " attempts = attempts + 1 WHERE id = ?")
                : QStringLiteral("UPDATE outbox SET state = ?, updated_at = ? WHERE id = ?"),
        attempt ? QVariantList{outboxStateName(state), msecs(QDateTime::currentDateTimeUtc()), status, response, id}
                : QVariantList{outboxStateName(state), msecs(QDateTime::currentDateTimeUtc()), id});
    return !q.lastError().isValid() && q.numRowsAffected() == 1;
}

std::optional<OutboxEntry> LocalStore::entry(qint64 id) const
{
    QSqlQuery q =
        prepared(m_connection, QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kOutboxColumns), {id});
    if (!q.next())
        return std::nullopt;
    return outboxFromQuery(q);
}

QList<OutboxEntry> LocalStore::outbox(const QString &profile, const QList<OutboxEntry::State> &states) const
{
    QStringList names;
    for (OutboxEntry::State s : states)
        names << u'\'' + outboxStateName(s) + u'\'';
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("SELECT %1 FROM outbox WHERE profile = ? AND state IN (%2) ORDER BY id")
            .arg(kOutboxColumns, names.join(u',')),
        {profile});
    QList<OutboxEntry> out;
    while (q.next())
        out.append(outboxFromQuery(q));
    return out;
}

int LocalStore::count(const QString &profile, OutboxEntry::State state) const
{
    QSqlQuery q = prepared(m_connection, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE profile = ? AND state = ?"),
        {profile, outboxStateName(state)});
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 LocalStore::append(JournalEntry e)
{
    if (!m_open)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction(); // BEGIN: the read of the head and the insert are one step
    QSqlQuery head(db);
    head.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"));
    e.seq = head.next() ? head.value(0).toLongLong() + 1 : 1;
    e.prevHash = e.seq == 1 ? QByteArray(64, '0') : head.value(1).toByteArray();
    head.finish();
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    e.at = QDateTime::fromMSecsSinceEpoch(e.at.toMSecsSinceEpoch(), Qt::UTC);
    e.hash = e.computeHash();
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("INSERT INTO journal (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kJournalColumns),
        {e.seq, msecs(e.at), e.operatorName, e.profile, e.role, e.action, e.detail, e.reason, e.requestId,
            e.idempotencyKey, e.outcome, e.status, e.response, QString::fromLatin1(e.prevHash),
            QString::fromLatin1(e.hash)});
    if (q.lastError().isValid() || !db.commit()) {
        m_error = q.lastError().text();
        db.rollback();
        return 0;
    }
    QSaveFile head2(headPath());
    if (head2.open(QIODevice::WriteOnly)) {
        head2.write(QByteArray::number(e.seq) + ' ' + e.hash + '\n');
        head2.commit();
    }
    return e.seq;
}

QList<JournalEntry> LocalStore::journal(qint64 fromSeq, int limit) const
{
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("SELECT %1 FROM journal WHERE seq >= ? ORDER BY seq LIMIT ?").arg(kJournalColumns),
        {fromSeq, limit});
    QList<JournalEntry> out;
    while (q.next())
        out.append(journalFromQuery(q));
    return out;
}

QList<JournalEntry> LocalStore::journalBefore(qint64 beforeSeq, int limit) const
{
    QSqlQuery q = prepared(m_connection,
        QStringLiteral("SELECT %1 FROM journal WHERE seq < ? ORDER BY seq DESC LIMIT ?").arg(kJournalColumns),
        {beforeSeq, limit});
    QList<JournalEntry> out;
    while (q.next())
        out.prepend(journalFromQuery(q));
    return out;
}

qint64 LocalStore::journalLength() const
{
    QSqlQuery q = prepared(m_connection, QStringLiteral("SELECT COUNT(*) FROM journal"), {});
    return q.next() ? q.value(0).toLongLong() : 0;
}

JournalVerdict LocalStore::verifyJournal() const
{
    return verifyJournalAt(m_path);
}

JournalVerdict LocalStore::verifyJournalAt(const QString &path, const VerifyProgress &progress)
{
    // Its own read-only connection, so it runs on any thread (the journal pane's worker) beside
    // the store's writer: WAL lets it read the committed chain while entries are appended.
    // Paged, so a long journal does not sit in memory.
    JournalVerdict v;
    const QString connection = QStringLiteral("bc-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            ChainChecker::fail(&v, 0, QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        } else {
            verifyPages(db, path, progress, &v);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return v;
}

void LocalStore::verifyPages(QSqlDatabase &db, const QString &path, const VerifyProgress &progress, JournalVerdict *v)
{
    qint64 total = 0;
    {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM journal")) && count.next())
            total = count.value(0).toLongLong();
    }
    ChainChecker chain;
    qint64 lastSeq = 0;
    QByteArray lastHash;
    qint64 checked = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM journal WHERE seq > ? ORDER BY seq LIMIT 5000").arg(kJournalColumns));
    for (;;) {
        q.addBindValue(lastSeq);
        if (!q.exec()) {
            ChainChecker::fail(v, 0, QStringLiteral("cannot read the journal: %1").arg(q.lastError().text()));
            return;
        }
        qint64 rows = 0;
        while (q.next()) {
            const JournalEntry e = journalFromQuery(q);
            if (!chain.feed(e, v))
                return;
            lastSeq = e.seq;
            lastHash = e.hash;
            ++rows;
        }
        checked += rows;
        if (progress && !progress(checked, std::max(total, checked))) {
            ChainChecker::fail(v, 0, QStringLiteral("stopped before the end"));
            v->cancelled = true;
            return;
        }
        if (rows < 5000)
            break;
    }
    QFile head(path + QStringLiteral(".journal-head"));
    if (head.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = head.readAll().trimmed().split(' ');
        const qint64 headSeq = parts.value(0).toLongLong();
        if (headSeq != lastSeq || parts.value(1) != lastHash)
            ChainChecker::fail(v, 0,
                headSeq > lastSeq ? QStringLiteral(
                    "the journal ends at entry %1 but %2 entries were written: entries were removed from the end")
                                        .arg(lastSeq)
                                        .arg(headSeq)
                                  : QStringLiteral("the journal's last entry (%1) is not the one last written (%2)")
                                        .arg(lastSeq)
                                        .arg(headSeq));
    } else if (lastSeq > 0) {
        ChainChecker::fail(v, 0, QStringLiteral("the journal's head record (%1) is missing").arg(head.fileName()));
    }
}

} // namespace bc
