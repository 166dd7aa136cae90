#pragma once

#include "api/extensions.h"
#include "api/familyconnectors.h"
#include "api/orgbillingconnector.h"
#include "store/connectionprofile.h"

#include <QJsonObject>
#include <QObject>

#include <deque>
#include <functional>
#include <optional>

namespace bc {

// What "Test connection" found, in words for people and as JSON for scripts.
struct ConnectionReport
{
    struct Line
    {
        enum class Kind { Passed, Failed, Note };
        Kind kind = Kind::Note;
        QString text;
    };

    bool reachable = false;
    bool keyAccepted = false;
    // true: the server confirmed the declared role; false: it refused it; nullopt: it has no way
    // to say (no "who am I", and no read of the family that only that role may make).
    std::optional<bool> roleConfirmed;
    Role serverRole = Role::Unknown; // what "who am I" said, when the server has it
    QList<Extension> offered;
    QList<Extension> notOffered;
    QString sample; // "Pro: 9.99 USD a month?": bare numbers read as the connection says
    bool pricesReadable = true; // false: prices cannot be read with the connection's currency and units
    QString failure; // why it does not work, when it does not
    QList<Line> lines;

    bool works() const { return reachable && keyAccepted && roleConfirmed != false && pricesReadable; }
    QJsonObject toJson(const ConnectionProfile &profile) const;
};

// Tests a connection with the family's documented reads only (plus the harmless reads of the
// extensions a server may offer, to say which it has). Nothing is changed on the server. The
// report comes once, on finished(); cancel() stops it without one.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    void start(const ConnectionProfile &profile);
    void cancel();
    bool isRunning() const { return m_transport != nullptr; }

signals:
    void progress(const QString &step);
    void finished(const bc::ConnectionReport &report);

private:
    using Step = std::function<void()>;
    void next();
    void finish();
    void addHeartbeat();
    void addRoleCheck();
    void checkRoleByRead();
    void addExtensionProbes();
    void addSample();
    // Records the outcome of one read; false when the test cannot go on.
    bool reachedWith(const ApiError &error);
    void probe(Extension e, const ApiError &error);

    ConnectionProfile m_profile;
    ConnectionReport m_report;
    ApiTransport *m_transport = nullptr;
    OrgBillingConnector *m_org = nullptr;
    CreditsConnector *m_credits = nullptr;
    TierBillingConnector *m_tier = nullptr;
    PlatformChargesConnector *m_platform = nullptr;
    std::deque<Step> m_steps;
};

} // namespace bc
