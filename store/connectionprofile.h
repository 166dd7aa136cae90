#pragma once

#include "models/billingtypes.h"

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
    bool embedded = false; // the demo sandbox this console started
};

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
