// Test helper for tst_offline: a console without a window that makes credit adjustments through
// Session -> SessionStore -> outbox -> transport, so the test can SIGKILL it at any moment (or
// have it kill itself at a chosen step) and then check, on the sandbox's ledger, that every
// change it wrote down reaches the server exactly once after a restart.
//
//   outbox_helper --store DB --url URL --key KEY --org ORG --tag TAG --count N [--die-at STEP]
//   outbox_helper --store DB --url URL --key KEY --replay
// --profile NAME names the connection profile (default crash-test).
// STEP: will-send (after the outbox write, before the request leaves) or settled (after the
// server applied it, before the outbox knows).

#include "core/session.h"
#include "core/sessionstore.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace bc;

namespace {

// Passes everything to the session's store and kills the process at the chosen step.
class DyingStore : public TransportStore
{
public:
    DyingStore(TransportStore *inner, QString step) : m_inner(inner), m_step(std::move(step)) { }
    void rememberRead(const ApiRequest &request, const ApiReply &reply) override
    {
        m_inner->rememberRead(request, reply);
    }
    std::optional<ApiReply> recallRead(const ApiRequest &request) override { return m_inner->recallRead(request); }
    qint64 changeWillSend(const ApiRequest &request, bool *mustWait) override
    {
        const qint64 id = m_inner->changeWillSend(request, mustWait);
        if (m_step == QLatin1String("will-send"))
            std::raise(SIGKILL);
        return id;
    }
    void changeSettled(const ApiRequest &request, const ApiReply &reply) override
    {
        if (m_step == QLatin1String("settled"))
            std::raise(SIGKILL);
        m_inner->changeSettled(request, reply);
    }

private:
    TransportStore *m_inner;
    QString m_step;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("db"));
    const QCommandLineOption url(QStringLiteral("url"), QString(), QStringLiteral("url"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("key"));
    const QCommandLineOption org(QStringLiteral("org"), QString(), QStringLiteral("id"));
    const QCommandLineOption tag(QStringLiteral("tag"), QString(), QStringLiteral("tag"));
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption dieAt(QStringLiteral("die-at"), QString(), QStringLiteral("step"));
    const QCommandLineOption replay(QStringLiteral("replay"));
    const QCommandLineOption profileName(
        QStringLiteral("profile"), QString(), QStringLiteral("name"), QStringLiteral("crash-test"));
    parser.addOptions({store, url, key, org, tag, count, dieAt, replay, profileName});
    parser.process(app);

    LocalStore local(parser.value(store));
    if (!local.isOpen()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(parser.value(store)), qPrintable(local.error()));
        return 2;
    }
    ConnectionProfile profile;
    profile.name = parser.value(profileName);
    profile.baseUrl = QUrl(parser.value(url));
    profile.apiKey = parser.value(key);
    profile.families = {Family::OrgBilling, Family::Credits};
    Session session;
    session.setLocalStore(&local);
    session.open(profile);
    std::unique_ptr<DyingStore> dying;
    if (parser.isSet(dieAt)) {
        dying = std::make_unique<DyingStore>(session.store(), parser.value(dieAt));
        session.transport()->setStore(dying.get());
    }

    if (parser.isSet(replay)) {
        // Opening the session replays the outbox once the server answers; wait for that.
        QObject::connect(session.store(), &SessionStore::replayFinished, &app, [&](int sent, int remaining) {
            std::printf("replayed %d, %d left\n", sent, remaining);
            QCoreApplication::exit(remaining == 0 ? 0 : 1);
        });
    } else {
        const int n = parser.value(count).toInt();
        auto next = std::make_shared<std::function<void(int)>>();
        *next = [&, n, next](int i) {
            if (i == n) {
                QCoreApplication::exit(0);
                return;
            }
            ManualAdjustment a;
            a.orgId = parser.value(org);
            a.amount = 1 + i;
            a.reason = AdjustmentReason::Goodwill;
            a.note = QStringLiteral("%1-%2").arg(parser.value(tag)).arg(i);
            session.credits()->adjust(
                a, ApiTransport::newIdempotencyKey(), &app, [next, i](const ApiResult<CreditTransaction> &r) {
                    std::printf("%d %s\n", i, r.ok() ? "applied" : qPrintable(r.error.humanMessage()));
                    std::fflush(stdout);
                    (*next)(i + 1);
                });
        };
        QObject::connect(
            &session, &Session::ready, &app, [next] { (*next)(0); }, Qt::SingleShotConnection);
    }
    QObject::connect(&session, &Session::failed, &app, [](const ApiError &e) {
        std::fprintf(stderr, "session failed: %s\n", qPrintable(e.humanMessage()));
        QCoreApplication::exit(3);
    });
    QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(4); });
    return app.exec();
}
