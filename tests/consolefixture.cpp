#include "consolefixture.h"

#include "core/session.h"
#include "ui/mainwindow.h"

#include <QSignalSpy>

namespace bctest {

bc::ConnectionProfile sandboxProfile(
    const SandboxProcess &sandbox, const QString &role, const QList<bc::Family> &families)
{
    bc::ConnectionProfile p;
    p.name = role;
    p.baseUrl = sandbox.url();
    p.apiKey = sandbox.key(role);
    p.role = bc::roleFromString(role);
    p.families = families;
    // The sandbox's bare numbers: credits prices in US cents, platform amounts in major units.
    p.amounts = {QStringLiteral("USD"), bc::usualUnits(p.family())};
    if (families.contains(bc::Family::Platform)) {
        const QJsonObject ids = sandbox.info().value(QStringLiteral("platform")).toObject();
        p.companyId = ids.value(QStringLiteral("company_id")).toString();
        p.extensionId = ids.value(QStringLiteral("extension_id")).toString();
    }
    return p;
}

bool openProfile(bc::MainWindow &window, const bc::ConnectionProfile &profile, int timeoutMs)
{
    QSignalSpy ready(window.session(), &bc::Session::ready);
    window.setProfiles({profile});
    return ready.count() > 0 || ready.wait(timeoutMs);
}

} // namespace bctest
