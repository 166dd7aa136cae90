#include "secretstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <qt6keychain/keychain.h>
#include <QTimer>

#include <memory>

namespace bc {

namespace {

// Keys that could not go into a keychain, for this run only.
struct MemoryKeys
{
    QMutex mutex;
    QHash<QString, QString> keys; // service + '\n' + account
};

MemoryKeys &memory()
{
    static MemoryKeys m;
    return m;
}

QString memoryKey(const QString &service, const QString &account)
{
    return service + u'\n' + account;
}

// Runs a keychain job to its end on a local event loop. A job that has not finished by the
// timeout is let go (it deletes itself when it does finish) and reads as "no keychain".
template<typename J>
bool await(std::unique_ptr<J> &job)
{
    QEventLoop loop;
    QTimer timeout;
    bool finished = false;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain file
    timeout.start(SecretStore::kTimeoutMs);
    job->start();
    if (!finished) // finished() may come synchronously on some back ends
        loop.exec();
    if (!finished) {
        job->disconnect(&loop);
        job.release()->setAutoDelete(true);
    }
    return finished;
}

bool noKeychain(QKeychain::Error e)
{
    // No Secret Service on the session bus (or no session bus at all) reads as one of these.
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError;
}

QString unavailableMessage(const QString &detail)
{
    return QCoreApplication::translate("SecretStore",
        "No keychain is available (%1). The API key is kept in memory for this run only; the console will ask for it "
        "again next time.")
        .arg(detail);
}

} // namespace

SecretStore::SecretStore(const QString &service) : m_service(service) { }

SecretStore::Result SecretStore::read(const QString &account) const
{
    {
        QMutexLocker lock(&memory().mutex);
        const auto it = memory().keys.constFind(memoryKey(m_service, account));
        if (it != memory().keys.cend())
            return {Outcome::Found, it.value(), {}};
    }
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(account);
    if (!await(job))
        return {Outcome::NotFound, {}, unavailableMessage(QStringLiteral("no answer from the keychain"))};
    if (job->error() == QKeychain::NoError)
        return {Outcome::Found, job->textData(), {}};
    if (job->error() == QKeychain::EntryNotFound)
        return {Outcome::NotFound, {}, {}};
    qCInfo(lcStore) << "keychain read failed:" << job->error() << job->errorString();
    return {noKeychain(job->error()) ? Outcome::NotFound : Outcome::Failed, {},
        noKeychain(job->error()) ? unavailableMessage(job->errorString()) : job->errorString()};
}

SecretStore::Result SecretStore::write(const QString &account, const QString &secret) const
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(account);
    job->setTextData(secret);
    const bool finished = await(job);
    QMutexLocker lock(&memory().mutex);
    if (finished && job->error() == QKeychain::NoError) {
        memory().keys.remove(memoryKey(m_service, account));
        return {Outcome::Stored, {}, {}};
    }
    const QString why = finished ? job->errorString() : QStringLiteral("no answer from the keychain");
    qCInfo(lcStore) << "keychain write failed:" << why;
    memory().keys.insert(memoryKey(m_service, account), secret);
    return {Outcome::InMemory, {}, unavailableMessage(why)};
}

bool SecretStore::keptInMemory(const QString &account) const
{
    QMutexLocker lock(&memory().mutex);
    return memory().keys.contains(memoryKey(m_service, account));
}

void SecretStore::remove(const QString &account) const
{
    {
        QMutexLocker lock(&memory().mutex);
        memory().keys.remove(memoryKey(m_service, account));
    }
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(account);
    await(job);
}

} // namespace bc
