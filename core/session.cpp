#include "session.h"

#include "sessionstore.h"

namespace bc {

Session::Session(QObject *parent) : QObject(parent)
{
    // While the server cannot be reached, ask it who we are every few seconds; the first answer
    // brings the panes back to live data and sends what waits in the outbox.
    m_probe.setInterval(kProbeIntervalMs);
    connect(&m_probe, &QTimer::timeout, this, &Session::fetchIdentity);
}

void Session::open(const ConnectionProfile &profile)
{
    if (m_transport)
        m_transport->deleteLater();
    if (m_store)
        m_store->deleteLater();
    m_store = nullptr;
    m_profile = profile;
    m_ready = false;
    m_identity = {};
    m_online = true;
    m_identityPending = false;
    m_probe.stop();
    m_transport = new ApiTransport(this);
    m_transport->setBaseUrl(profile.baseUrl);
    m_transport->setApiKey(profile.apiKey);
    if (m_local) {
        m_store = new SessionStore(m_local, this);
        m_transport->setStore(m_store);
        connect(m_transport, &ApiTransport::changeQueued, m_store, [this] {
            if (m_online)
                m_store->replay();
        });
    }
    connect(m_transport, &ApiTransport::unreachable, this, [this] { setOnline(false); });
    connect(m_transport, &ApiTransport::reachable, this, [this] { setOnline(true); });
    m_orgBilling = new OrgBillingConnector(m_transport, m_transport);
    m_credits = hasFamily(Family::Credits) ? new CreditsConnector(m_transport, m_transport) : nullptr;
    m_tier = hasFamily(Family::Tier) ? new TierBillingConnector(m_transport, m_transport) : nullptr;
    m_platform = hasFamily(Family::Platform) && !profile.companyId.isEmpty()
        ? new PlatformChargesConnector(m_transport, profile.companyId, profile.extensionId, m_transport)
        : nullptr;
    fetchIdentity();
}

void Session::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_probe.stop();
        if (!m_identityPending)
            fetchIdentity(); // fresh identity, then ready(): the panes reload live data
    } else {
        m_probe.start();
    }
    emit onlineChanged(online);
}

void Session::fetchIdentity()
{
    if (m_identityPending)
        return;
    m_identityPending = true;
    ApiTransport *transport = m_transport;
    m_orgBilling->whoami(transport, [this](const ApiResult<json::Identity> &r) {
        m_identityPending = false;
        if (!r.ok()) {
            if (!m_ready)
                emit failed(r.error);
            return;
        }
        // A cached identity opens the panes on cached data once; the probe's cached answers
        // after that change nothing.
        if (r.stale() && m_ready)
            return;
        m_identity = r.value;
        m_ready = true;
        emit ready();
        if (!r.stale() && m_store)
            m_store->replay();
    });
}

} // namespace bc
