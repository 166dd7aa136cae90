#include "sessionstore.h"

#include "logging.h"
#include "session.h"

#include <QJsonObject>

namespace bc {

namespace {
constexpr qsizetype kJournalResponseBytes = 8192;
}

SessionStore::SessionStore(LocalStore *store, Session *session) : QObject(session), m_store(store), m_session(session)
{ }

QString SessionStore::profile() const
{
    return m_session->profile().name;
}

QString SessionStore::cacheKey(const ApiRequest &request)
{
    return QString::fromLatin1(request.method) + u' ' + request.path + u'?'
        + request.query.toString(QUrl::FullyEncoded);
}

QString SessionStore::reasonOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const char *field : {"reason", "note", "description"})
        if (o.value(QLatin1String(field)).isString())
            return o.value(QLatin1String(field)).toString();
    return {};
}

bool SessionStore::isLaterPage(const ApiRequest &request)
{
    // A list's later pages are held by the pane's model while it shows them; offline, the first
    // page is shown with its date and the walk stops there. Only first pages are kept.
    for (const char *continuation : {"after", "cursor", "starting_after", "page_token"})
        if (!request.query.queryItemValue(QLatin1String(continuation)).isEmpty())
            return true;
    const QString offset = request.query.queryItemValue(QStringLiteral("offset"));
    const QString page = request.query.queryItemValue(QStringLiteral("page"));
    return (!offset.isEmpty() && offset != QLatin1String("0")) || (!page.isEmpty() && page != QLatin1String("1"));
}

void SessionStore::rememberRead(const ApiRequest &request, const ApiReply &reply)
{
    if (isLaterPage(request))
        return;
    m_store->putCached(profile(), cacheKey(request),
        CachedRead{reply.body, reply.contentType, reply.nextCursor, QDateTime::currentDateTimeUtc()});
}

std::optional<ApiReply> SessionStore::recallRead(const ApiRequest &request)
{
    const std::optional<CachedRead> read = m_store->cached(profile(), cacheKey(request));
    if (!read)
        return std::nullopt;
    ApiReply reply;
    reply.status = 0; // the server did not answer this time
    reply.body = read->body;
    reply.contentType = read->contentType;
    reply.nextCursor = read->nextCursor;
    reply.fetchedAt = read->fetchedAt;
    return reply;
}

JournalEntry SessionStore::journalEntry() const
{
    JournalEntry e;
    const json::Identity &id = m_session->identity();
    e.operatorName = id.email.isEmpty() ? id.name : QStringLiteral("%1 <%2>").arg(id.name, id.email);
    e.profile = profile();
    e.role = roleToString(m_session->role());
    return e;
}

qint64 SessionStore::changeWillSend(const ApiRequest &request, bool *mustWait)
{
    const QByteArray body = request.body.isNull() ? QByteArray() : request.body.toJson(QJsonDocument::Compact);
    OutboxEntry e;
    e.profile = profile();
    e.idempotencyKey = request.idempotencyKey;
    e.method = request.method;
    e.path = request.path;
    e.query = request.query.toString(QUrl::FullyEncoded);
    e.body = body;
    e.reason = reasonOf(body);
    const JournalEntry who = journalEntry();
    e.operatorName = who.operatorName;
    e.role = who.role;
    // Changes reach the server in the order they were made: behind older queued ones, this one waits.
    const bool olderQueued = !request.replay
        && m_store->count(e.profile, OutboxEntry::State::Queued)
                + m_store->count(e.profile, OutboxEntry::State::Sending)
            > 0;
    e.state = olderQueued ? OutboxEntry::State::Queued : OutboxEntry::State::Sending;
    bool existed = false;
    const qint64 id = m_store->enqueue(e, &existed);
    if (id == 0) {
        *mustWait = false;
        return 0;
    }
    if (existed) {
        // The same change again (a retry with the same key): one entry, sent again as is.
        const std::optional<OutboxEntry> old = m_store->entry(id);
        const bool waiting = old && old->state == OutboxEntry::State::Queued && !request.replay;
        *mustWait = waiting && olderQueued;
        if (!*mustWait)
            m_store->setState(id, OutboxEntry::State::Sending);
    } else {
        *mustWait = olderQueued;
    }
    if (*mustWait) {
        JournalEntry j = journalEntry();
        j.action = e.what();
        j.detail = QString::fromUtf8(body);
        j.reason = e.reason;
        j.idempotencyKey = e.idempotencyKey;
        j.outcome = QStringLiteral("queued");
        m_store->append(j);
        emit journalChanged();
    }
    qCDebug(lcOutbox) << "change" << id << e.what() << (*mustWait ? "waits behind older ones" : "sending");
    emit outboxChanged();
    return id;
}

void SessionStore::changeSettled(const ApiRequest &request, const ApiReply &reply)
{
    OutboxEntry::State state;
    QString outcome;
    if (reply.error.isQueued() || (request.replay && reply.status >= 500)) {
        state = OutboxEntry::State::Queued;
        outcome = QStringLiteral("queued");
    } else if (!reply.error.isError()) {
        state = OutboxEntry::State::Done;
        outcome = reply.replayed ? QStringLiteral("already applied") : QStringLiteral("applied");
    } else {
        state = request.replay ? OutboxEntry::State::Review : OutboxEntry::State::Refused;
        outcome = request.replay ? QStringLiteral("refused on replay") : QStringLiteral("refused");
    }
    const QByteArray response = reply.error.isQueued() ? reply.error.message.toUtf8() : reply.body;
    m_store->setState(request.outboxId, state, reply.status, response);
    qCDebug(lcOutbox) << "change" << request.outboxId << "settled:" << outcome << reply.status;
    emit outboxChanged();
    // A change that keeps failing to reach the server is journalled once, when it was made.
    if (request.replay && state == OutboxEntry::State::Queued)
        return;
    JournalEntry j = journalEntry();
    j.action = QString::fromLatin1(request.method) + u' ' + request.path;
    j.detail = request.body.isNull() ? QString() : QString::fromUtf8(request.body.toJson(QJsonDocument::Compact));
    j.reason = reasonOf(j.detail.toUtf8());
    j.requestId = reply.error.requestId;
    j.idempotencyKey = request.idempotencyKey;
    j.outcome = request.replay && state == OutboxEntry::State::Done
        ? outcome + QStringLiteral(" (from Pending changes)")
        : outcome;
    j.status = reply.status;
    j.response = QString::fromUtf8(response.left(kJournalResponseBytes));
    m_store->append(j);
    emit journalChanged();
}

void SessionStore::replay()
{
    if (m_replaying)
        return;
    m_replaying = true;
    replayNext(0);
}

void SessionStore::replayNext(int sent)
{
    const QList<OutboxEntry> queued = m_store->outbox(profile(), {OutboxEntry::State::Queued});
    ApiTransport *transport = m_session->transport();
    if (queued.isEmpty() || !transport) {
        m_replaying = false;
        emit replayFinished(sent, 0);
        return;
    }
    const OutboxEntry &e = queued.first();
    ApiRequest r;
    r.method = e.method;
    r.path = e.path;
    r.query = QUrlQuery(e.query);
    if (!e.body.isEmpty())
        r.body = QJsonDocument::fromJson(e.body);
    r.idempotencyKey = e.idempotencyKey;
    r.outboxId = e.id;
    r.replay = true;
    m_store->setState(e.id, OutboxEntry::State::Sending);
    qCDebug(lcOutbox) << "replaying change" << e.id << e.what() << queued.size() - 1 << "behind it";
    ApiCall *call = transport->send(r);
    connect(call, &ApiCall::finished, this, [this, sent, remaining = int(queued.size())](const ApiReply &reply) {
        if (reply.error.isQueued() || reply.status >= 500) {
            // Still unreachable: the rest waits, in order, for the next time.
            m_replaying = false;
            emit replayFinished(sent, remaining);
            return;
        }
        replayNext(sent + 1);
    });
}

void SessionStore::retry(qint64 id)
{
    const std::optional<OutboxEntry> e = m_store->entry(id);
    if (!e || e->state != OutboxEntry::State::Review || e->profile != profile())
        return;
    m_store->setState(id, OutboxEntry::State::Queued, e->lastStatus, e->lastResponse);
    emit outboxChanged();
    replay();
}

bool SessionStore::discard(qint64 id, const QString &reason)
{
    const std::optional<OutboxEntry> e = m_store->entry(id);
    if (!e || e->state != OutboxEntry::State::Review || reason.trimmed().isEmpty())
        return false;
    if (!m_store->setState(id, OutboxEntry::State::Discarded))
        return false;
    JournalEntry j = journalEntry();
    j.action = QStringLiteral("Discard pending change: ") + e->what();
    j.detail = QString::fromUtf8(e->body);
    j.reason = reason.trimmed();
    j.idempotencyKey = e->idempotencyKey;
    j.outcome = QStringLiteral("discarded");
    j.status = e->lastStatus;
    j.response = QString::fromUtf8(e->lastResponse.left(kJournalResponseBytes));
    m_store->append(j);
    emit outboxChanged();
    emit journalChanged();
    return true;
}

void SessionStore::journal(const QString &action, const QString &detail, const QString &reason, const QString &outcome)
{
    JournalEntry j = journalEntry();
    j.action = action;
    j.detail = detail;
    j.reason = reason;
    j.outcome = outcome;
    m_store->append(j);
    emit journalChanged();
}

void SessionStore::keepBatch(const KeptBatch &batch)
{
    m_store->keepBatch(profile(), batch);
    emit batchesChanged();
}

void SessionStore::batchSent(const QString &id, int sent)
{
    m_store->batchSent(profile(), id, sent);
}

void SessionStore::forgetBatch(const QString &id)
{
    m_store->forgetBatch(profile(), id);
    emit batchesChanged();
}

} // namespace bc
