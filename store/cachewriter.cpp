#include "cachewriter.h"

#include "logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace bc {

namespace {
QString slotOf(const QString &profile, const QString &key)
{
    return profile + QChar(0x1f) + key;
}
} // namespace

CacheWriter::CacheWriter(const QString &path)
    : m_path(path), m_connection(QStringLiteral("bc-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_thread.setObjectName(QStringLiteral("cache writer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

CacheWriter::~CacheWriter()
{
    flush();
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            {
                QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_connection);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheWriter::put(const QString &profile, const QString &key, const CachedRead &read)
{
    QMutexLocker lock(&m_mutex);
    m_pending.insert(slotOf(profile, key), Pending{profile, key, read, ++m_sequence});
    if (m_scheduled)
        return; // the writer takes it with the others
    m_scheduled = true;
    lock.unlock();
    QMetaObject::invokeMethod(m_worker, [this] { drain(); }, Qt::QueuedConnection);
}

std::optional<CachedRead> CacheWriter::pending(const QString &profile, const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_pending.constFind(slotOf(profile, key));
    return it == m_pending.constEnd() ? std::nullopt : std::optional(it->read);
}

void CacheWriter::flush()
{
    QMetaObject::invokeMethod(m_worker, [this] { drain(); }, Qt::BlockingQueuedConnection);
}

void CacheWriter::drain()
{
    QHash<QString, Pending> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch = m_pending;
        m_scheduled = false;
    }
    if (batch.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // a cache: losing it costs a fetch
    }
    bool ok = db.isOpen() && db.transaction();
    if (ok) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO cache (profile, key, body, content_type, next_cursor,"
                                 " fetched_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const Pending &p : std::as_const(batch)) {
            q.addBindValue(p.profile);
            q.addBindValue(p.key);
            q.addBindValue(p.read.body);
            q.addBindValue(QString::fromLatin1(p.read.contentType));
            q.addBindValue(QString::fromLatin1(p.read.nextCursor));
            q.addBindValue(p.read.fetchedAt.toMSecsSinceEpoch());
            ok = q.exec() && ok;
        }
        ok = db.commit() && ok;
    }
    if (!ok)
        qCWarning(lcStore) << "the read cache was not written:" << db.lastError().text();
    // Committed (or given up): no longer answered from memory, unless a newer answer came meanwhile.
    QMutexLocker lock(&m_mutex);
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        const auto now = m_pending.constFind(it.key());
        if (now != m_pending.constEnd() && now->sequence == it->sequence)
            m_pending.remove(it.key());
    }
}

} // namespace bc
