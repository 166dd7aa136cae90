#include "session.h"

namespace bc {

Session::Session(QObject *parent) : QObject(parent) {}

void Session::open(const ConnectionProfile &profile)
{
    if (m_transport)
        m_transport->deleteLater();
    m_profile = profile;
    m_ready = false;
    m_identity = {};
    m_transport = new ApiTransport(this);
    m_transport->setBaseUrl(profile.baseUrl);
    m_transport->setApiKey(profile.apiKey);
    m_orgBilling = new OrgBillingConnector(m_transport, m_transport);
    m_credits = hasFamily(QStringLiteral("credits")) ? new CreditsConnector(m_transport, m_transport) : nullptr;
    m_tier = hasFamily(QStringLiteral("tier")) ? new TierBillingConnector(m_transport, m_transport) : nullptr;
    m_platform = hasFamily(QStringLiteral("platform")) && !profile.companyId.isEmpty()
                     ? new PlatformChargesConnector(m_transport, profile.companyId, profile.extensionId, m_transport)
                     : nullptr;
    m_orgBilling->whoami(m_transport, [this](const ApiResult<json::Identity> &r) {
        if (!r.ok()) {
            emit failed(r.error);
            return;
        }
        m_identity = r.value;
        m_ready = true;
        emit ready();
    });
}

} // namespace bc
