#include "session.h"

#include "sessionstore.h"

#include "models/words.h"

namespace bc {

Session::Session(QObject *parent) : QObject(parent)
{
    // While the server cannot be reached, ask it again every few seconds; the first answer brings
    // the panes back to live data and sends what waits in the outbox.
    m_probe.setInterval(kProbeIntervalMs);
    connect(&m_probe, &QTimer::timeout, this, &Session::probe);
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
    m_roleConfirmed = false;
    m_identity = {};
    m_offers.clear();
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
    connect(m_transport, &ApiTransport::extensionMissing, this, [this](Extension e) {
        if (!m_offers.offers(e))
            return;
        m_offers.markMissing(e);
        emit offersChanged();
    });
    m_orgBilling = new OrgBillingConnector(m_transport, m_transport);
    m_orgBilling->setAmountConvention(profile.amountsFor(Family::OrgBilling));
    m_credits = hasFamily(Family::Credits) ? new CreditsConnector(m_transport, m_transport) : nullptr;
    if (m_credits)
        m_credits->setAmountConvention(profile.amountsFor(Family::Credits));
    m_tier = hasFamily(Family::Tier) ? new TierBillingConnector(m_transport, m_transport) : nullptr;
    m_platform = hasFamily(Family::Platform) && !profile.companyId.isEmpty()
        ? new PlatformChargesConnector(m_transport, profile.companyId, profile.extensionId, m_transport)
        : nullptr;
    if (m_platform)
        m_platform->setAmountConvention(profile.amountsFor(Family::Platform));
    probe();
}

void Session::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_probe.stop();
        if (!m_identityPending)
            probe(); // then ready(): the panes reload live data
    } else {
        m_probe.start();
    }
    emit onlineChanged(online);
}

json::Identity Session::declaredIdentity() const
{
    json::Identity id;
    id.role = m_profile.role;
    id.name = m_profile.name;
    id.orgName = m_profile.name;
    for (Family f : m_profile.families)
        id.families << wireWord(f);
    return id;
}

void Session::probe()
{
    if (m_identityPending)
        return;
    m_identityPending = true;
    if (!m_offers.offers(Extension::WhoAmI)) {
        heartbeat();
        return;
    }
    m_orgBilling->whoami(m_transport, [this](const ApiResult<json::Identity> &r) {
        // A server of the document alone: ask what the document lists. Also when the server
        // cannot be reached and this run has not learned whether it has a "who am I": the
        // family's read may have been seen before, and opens the panes on saved data.
        const bool unreached = r.error.kind == ApiError::Kind::Network || r.error.kind == ApiError::Kind::Timeout;
        if (r.error.isNotOffered() || unreached) {
            heartbeat();
            return;
        }
        if (!r.ok()) {
            probeFailed(r.error);
            return;
        }
        m_roleConfirmed = true;
        becomeReady(r.value, r.stale());
    });
}

// One documented read of the connection's family: it answers when the server is there and the
// key is accepted.
void Session::heartbeat()
{
    auto answered = [this](const ApiError &error, bool stale) {
        // Unreachable with nothing saved for this read: the panes open on what they saved.
        const bool unreached = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        if (error.isError() && !unreached)
            probeFailed(error);
        else
            becomeReady(declaredIdentity(), stale || unreached);
    };
    switch (m_profile.family()) {
    case Family::Credits:
        if (m_credits) {
            m_credits->balance(m_transport, [answered](const ApiResult<qint64> &r) { answered(r.error, r.stale()); });
            return;
        }
        break;
    case Family::Tier:
        if (m_tier) {
            m_tier->status(m_transport, [answered](const ApiResult<TierStatus> &r) { answered(r.error, r.stale()); });
            return;
        }
        break;
    case Family::Platform:
        if (m_platform) {
            // The document has no list and no "me": a charge that does not exist answers 404 once
            // the key is accepted (401 and 403 come first).
            m_platform->charge(QStringLiteral("000000000000000000000000"), m_transport,
                [answered](const ApiResult<PlatformCharge> &r) {
                    const bool notFound = r.error.kind == ApiError::Kind::Http && r.error.httpStatus == 404;
                    answered(notFound ? ApiError() : r.error, r.stale());
                });
            return;
        }
        break;
    case Family::OrgBilling:
        break;
    }
    m_orgBilling->mySubscription(
        m_transport, [answered](const ApiResult<std::optional<Subscription>> &r) { answered(r.error, r.stale()); });
}

void Session::probeFailed(const ApiError &error)
{
    m_identityPending = false;
    if (!m_ready)
        emit failed(error);
}

void Session::becomeReady(const json::Identity &identity, bool stale)
{
    m_identityPending = false;
    // A cached answer opens the panes on cached data once; the probe's cached answers after that
    // change nothing.
    if (stale && m_ready)
        return;
    m_identity = identity;
    m_ready = true;
    emit ready();
    if (!stale && m_store)
        m_store->replay();
}

} // namespace bc
