#pragma once

#include "localstore.h"

#include <QHash>
#include <QMutex>
#include <QThread>

namespace bc {

// The read cache's writer: its own SQLite connection on its own thread, so answers are written to
// console.db without the window waiting for the disk. Writes not yet committed are answered from
// memory (a read right after a write sees it). The outbox and the journal do not come here: their
// commits stay on the caller's connection, on disk before the call returns.
class CacheWriter
{
public:
    explicit CacheWriter(const QString &path);
    ~CacheWriter(); // commits what is pending, then ends the thread
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    void put(const QString &profile, const QString &key, const CachedRead &read);
    std::optional<CachedRead> pending(const QString &profile, const QString &key) const;
    // Blocks until every put so far is committed (tests, and the destructor).
    void flush();

private:
    struct Pending
    {
        QString profile;
        QString key;
        CachedRead read;
        quint64 sequence = 0;
    };
    void drain(); // on the writer thread

    QString m_path;
    QString m_connection;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QHash<QString, Pending> m_pending; // by profile + key
    quint64 m_sequence = 0;
    bool m_scheduled = false;
};

} // namespace bc
