#pragma once

#include "api/familyconnectors.h"
#include "api/orgbillingconnector.h"
#include "store/connectionprofile.h"

#include <QObject>

namespace bc {

// The connection the window works through: one profile, one transport, one connector per family,
// and who the server says we are. Switching profile replaces all of them.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    void open(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }
    OrgBillingConnector *orgBilling() const { return m_orgBilling; }
    // Null when the profile's server does not expose that family.
    CreditsConnector *credits() const { return m_credits; }
    TierBillingConnector *tierBilling() const { return m_tier; }
    PlatformChargesConnector *platformCharges() const { return m_platform; }
    bool hasFamily(const QString &family) const { return m_profile.families.contains(family); }
    const json::Identity &identity() const { return m_identity; }
    Role role() const { return m_identity.role == Role::Unknown ? m_profile.role : m_identity.role; }
    bool isReady() const { return m_ready; }

signals:
    void ready();                       // identity known
    void failed(const bc::ApiError &error);

private:
    ConnectionProfile m_profile;
    ApiTransport *m_transport = nullptr;
    OrgBillingConnector *m_orgBilling = nullptr;
    CreditsConnector *m_credits = nullptr;
    TierBillingConnector *m_tier = nullptr;
    PlatformChargesConnector *m_platform = nullptr;
    json::Identity m_identity;
    bool m_ready = false;
};

} // namespace bc
