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

AmountConvention::Units usualUnits(Family family)
{
    // Seed 002's "price_monthly": 999 for a "Pro" plan reads as 9.99; seed 003's amounts are
    // major units (capped_amount 1000.00). Org billing and tier billing send strings.
    return family == Family::Credits ? AmountConvention::Units::Minor : AmountConvention::Units::Major;
}

AmountConvention ConnectionProfile::amountsFor(Family f) const
{
    if (families.size() == 1 && families.first() == f)
        return amounts;
    return {amounts.currency, usualUnits(f)};
}

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
        p.amounts.currency = settings.value(QStringLiteral("currency")).toString();
        const QString units = settings.value(QStringLiteral("amountUnits")).toString();
        p.amounts.units = units.isEmpty()     ? usualUnits(p.family())
            : units == QLatin1String("minor") ? AmountConvention::Units::Minor
                                              : AmountConvention::Units::Major;
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
        settings.setValue(QStringLiteral("currency"), p.amounts.currency);
        settings.setValue(QStringLiteral("amountUnits"),
            p.amounts.units == AmountConvention::Units::Minor ? QStringLiteral("minor") : QStringLiteral("major"));
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
