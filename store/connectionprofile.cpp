#include "connectionprofile.h"

#include "models/words.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace bc {

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) : directory)
{ }

QList<ConnectionProfile> ProfileStore::load() const
{
    QSettings settings(m_directory + QStringLiteral("/profiles.ini"), QSettings::IniFormat);
    QFile keysFile(m_directory + QStringLiteral("/credentials.json"));
    QJsonObject keys;
    if (keysFile.open(QIODevice::ReadOnly))
        keys = QJsonDocument::fromJson(keysFile.readAll()).object();
    QList<ConnectionProfile> out;
    const int n = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(settings.value(QStringLiteral("url")).toString());
        p.role = roleFromString(settings.value(QStringLiteral("role")).toString());
        p.families.clear();
        for (const QString &f : settings.value(QStringLiteral("families")).toStringList())
            if (const auto family = fromWireWord<Family>(f))
                p.families.append(*family);
        p.companyId = settings.value(QStringLiteral("companyId")).toString();
        p.extensionId = settings.value(QStringLiteral("extensionId")).toString();
        p.apiKey = keys.value(p.name).toString();
        if (!p.name.isEmpty() && p.baseUrl.isValid())
            out.append(p);
    }
    settings.endArray();
    return out;
}

bool ProfileStore::save(const QList<ConnectionProfile> &profiles, QString *error) const
{
    QDir().mkpath(m_directory);
    QSettings settings(m_directory + QStringLiteral("/profiles.ini"), QSettings::IniFormat);
    settings.remove(QStringLiteral("profiles"));
    settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    QJsonObject keys;
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.embedded)
            continue; // the demo sandbox's profiles are made afresh each start
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("url"), p.baseUrl.toString());
        settings.setValue(QStringLiteral("role"), roleToString(p.role));
        QStringList families;
        for (Family f : p.families)
            families << wireWord(f);
        settings.setValue(QStringLiteral("families"), families);
        settings.setValue(QStringLiteral("companyId"), p.companyId);
        settings.setValue(QStringLiteral("extensionId"), p.extensionId);
        keys.insert(p.name, p.apiKey);
    }
    settings.endArray();
    settings.sync();
    QSaveFile file(m_directory + QStringLiteral("/credentials.json"));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(keys).toJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return settings.status() == QSettings::NoError;
}

} // namespace bc
