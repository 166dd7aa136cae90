#pragma once

#include "models/billingtypes.h"
#include "models/money.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bc {

// Where a billing server is and how to authenticate to it. The API key is kept out of QSettings:
// ProfileStore writes keys to a separate owner-only file (docs/ARCHITECTURE.md, "Secrets").
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl;
    QString apiKey;
    Role role = Role::Unknown; // what the key is expected to be; the server decides
    QList<Family> families{Family::OrgBilling};
    QString companyId; // platform charges family
    QString extensionId;
    // How this server's bare numbers are money (seed 002 shows "price_monthly": 999): the currency
    // of amounts whose answer names none, and whether numbers count major or minor units.
    AmountConvention amounts{{}, AmountConvention::Units::Major};
    bool embedded = false; // the demo sandbox this console started

    // The family a connection is for: a company runs one of these backends. The demo serves all
    // four; its first is the one it opens on.
    Family family() const { return families.isEmpty() ? Family::OrgBilling : families.first(); }
    // The reading of bare numbers for one family: the connection's own for its family; for the
    // demo, each family's usual one (credits prices in cents, platform amounts in major units).
    AmountConvention amountsFor(Family f) const;
};

// How a family's documents show bare numbers, read when a connection does not say.
AmountConvention::Units usualUnits(Family family);

class ProfileStore
{
public:
    // Both live in the user's config directory unless given (tests use a temporary one).
    explicit ProfileStore(const QString &directory = {});

    QList<ConnectionProfile> load() const;
    bool save(const QList<ConnectionProfile> &profiles, QString *error = nullptr) const;
    QString directory() const { return m_directory; }

private:
    QString m_directory;
};

} // namespace bc
