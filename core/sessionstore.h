#pragma once

#include "api/transport.h"
#include "store/localstore.h"

#include <QObject>
#include <QPointer>

namespace bc {

class Session;

// The session's side of store/: implements the transport's TransportStore for one profile over
// the console's LocalStore (read cache, outbox, journal), and replays the outbox in order when
// the server can be reached again.
class SessionStore : public QObject, public TransportStore
{
    Q_OBJECT
public:
    SessionStore(LocalStore *store, Session *session);

    LocalStore *local() const { return m_store; }
    QString profile() const;

    static bool isLaterPage(const ApiRequest &request); // not kept in the read cache
    void rememberRead(const ApiRequest &request, const ApiReply &reply) override;
    std::optional<ApiReply> recallRead(const ApiRequest &request) override;
    qint64 changeWillSend(const ApiRequest &request, bool *mustWait) override;
    void changeSettled(const ApiRequest &request, const ApiReply &reply) override;

    // Sends the queued changes of this profile one at a time, oldest first; stops at the first
    // that cannot reach the server. A change the server refuses now waits for review.
    void replay();
    bool isReplaying() const { return m_replaying; }
    // Sends one entry waiting for review again (after the cause was fixed), or lets it go.
    void retry(qint64 id);
    bool discard(qint64 id, const QString &reason);
    // Journals an action that is not a request (printing, export, discarding a change).
    void journal(const QString &action, const QString &detail, const QString &reason, const QString &outcome);

    // Batches confirmed as a whole and not sent to their end (LocalStore::keepBatch), this profile's.
    void keepBatch(const KeptBatch &batch);
    void batchSent(const QString &id, int sent);
    void forgetBatch(const QString &id);
    QList<KeptBatch> keptBatches() const { return m_store->keptBatches(profile()); }

signals:
    void outboxChanged();
    void batchesChanged();
    void journalChanged();
    void replayFinished(int sent, int remaining);

private:
    void replayNext(int sent);
    JournalEntry journalEntry() const;
    static QString cacheKey(const ApiRequest &request);
    static QString reasonOf(const QByteArray &body);

    LocalStore *m_store;
    Session *m_session;
    bool m_replaying = false;
};

} // namespace bc
