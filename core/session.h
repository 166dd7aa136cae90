#pragma once

#include "api/familyconnectors.h"
#include "api/orgbillingconnector.h"
#include "store/connectionprofile.h"

#include <QObject>
#include <QTimer>

namespace bc {

class LocalStore;
class SessionStore;

// The connection the window works through: one profile, one transport, one connector per family,
// and who the server says we are. Switching profile replaces all of them.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    // The console's local store (not owned). With one, reads fall back to the cache when the
    // server cannot be reached, and every change goes through the outbox and the journal.
    void setLocalStore(LocalStore *store) { m_local = store; }
    LocalStore *localStore() const { return m_local; }
    SessionStore *store() const { return m_store; }
    ApiTransport *transport() const { return m_transport; }
    // False from the first call that could not reach the server until one that does.
    bool isOnline() const { return m_online; }
    static constexpr int kProbeIntervalMs = 5000;

    void open(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }
    OrgBillingConnector *orgBilling() const { return m_orgBilling; }
    // Null when the profile's server does not expose that family.
    CreditsConnector *credits() const { return m_credits; }
    TierBillingConnector *tierBilling() const { return m_tier; }
    PlatformChargesConnector *platformCharges() const { return m_platform; }
    bool hasFamily(Family family) const { return m_profile.families.contains(family); }
    const json::Identity &identity() const { return m_identity; }
    Role role() const { return m_identity.role == Role::Unknown ? m_profile.role : m_identity.role; }
    bool isReady() const { return m_ready; }

signals:
    void ready(); // identity known; again when the server is back
    void failed(const bc::ApiError &error);
    void onlineChanged(bool online);

private:
    void fetchIdentity();
    void setOnline(bool online);

    ConnectionProfile m_profile;
    LocalStore *m_local = nullptr;
    SessionStore *m_store = nullptr;
    QTimer m_probe;
    bool m_online = true;
    bool m_identityPending = false;
    ApiTransport *m_transport = nullptr;
    OrgBillingConnector *m_orgBilling = nullptr;
    CreditsConnector *m_credits = nullptr;
    TierBillingConnector *m_tier = nullptr;
    PlatformChargesConnector *m_platform = nullptr;
    json::Identity m_identity;
    bool m_ready = false;
};

} // namespace bc
