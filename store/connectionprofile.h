#pragma once

#include "models/billingtypes.h"
#include "models/money.h"
#include "store/secretstore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace bc {

// Where a billing server is and how to authenticate to it. The API key is never written to a
// file: ProfileStore keeps it in the OS keychain (docs/ARCHITECTURE.md, "Secrets").
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

// The saved connections: profiles.ini in the user's config directory (no secrets), each key in
// the keychain under the profile's name. `notes` collects what a person should be told (no
// keychain: a key kept for this run only; keys moved out of an old credentials.json).
class ProfileStore
{
public:
    // The user's config directory unless given (tests use a temporary one and their own service).
    explicit ProfileStore(const QString &directory = {}, const SecretStore &secrets = SecretStore());

    QList<ConnectionProfile> load(QStringList *notes = nullptr) const;
    // Saves the list (the demo's profiles are never saved) and removes the keys of profiles no
    // longer in it.
    bool save(const QList<ConnectionProfile> &profiles, QString *error = nullptr, QStringList *notes = nullptr) const;
    QString directory() const { return m_directory; }
    const SecretStore &secrets() const { return m_secrets; }

private:
    QStringList savedNames() const;
    void migrateCredentialsFile(QStringList *notes) const;

    QString m_directory;
    SecretStore m_secrets;
};

} // namespace bc
