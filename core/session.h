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
// and who we are on that server. Opening asks only what the family's document lists: who we are is
// the connection's name and declared role unless the server offers "who am I" (an extension), and
// the server is known to be there, and the key accepted, once a documented read of the family
// answers (the heartbeat). Switching profile replaces all of it.
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
    // What this server offers beyond its document, as far as this session has learned it.
    bool offers(Extension extension) const { return m_offers.offers(extension); }
    // False when the server has no "who am I": the role is the one the connection declares.
    bool roleConfirmed() const { return m_roleConfirmed; }

signals:
    void ready(); // the server answered; again when it is back
    void failed(const bc::ApiError &error);
    void onlineChanged(bool online);
    // The server turned out not to offer an extension (panes say so in words).
    void offersChanged();

private:
    void probe();
    void heartbeat();
    void becomeReady(const json::Identity &identity, bool stale);
    void probeFailed(const ApiError &error);
    json::Identity declaredIdentity() const;
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
    Offers m_offers;
    bool m_ready = false;
    bool m_roleConfirmed = false;
};

} // namespace bc
