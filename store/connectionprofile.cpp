#include "connectionprofile.h"

#include "models/words.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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

ProfileStore::ProfileStore(const QString &directory, const SecretStore &secrets)
    : m_directory(
        directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) : directory),
      m_secrets(secrets)
{ }

namespace {

QString iniPath(const QString &directory)
{
    return directory + QStringLiteral("/profiles.ini");
}

void note(QStringList *notes, const QString &text)
{
    if (notes && !text.isEmpty() && !notes->contains(text))
        notes->append(text);
}

} // namespace

QStringList ProfileStore::savedNames() const
{
    QSettings settings(iniPath(m_directory), QSettings::IniFormat);
    QStringList names;
    const int n = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        names << settings.value(QStringLiteral("name")).toString();
    }
    settings.endArray();
    return names;
}

// Consoles before the keychain kept keys in an owner-only credentials.json: they move into the
// keychain and the file goes. Without a keychain the file stays until one is there.
void ProfileStore::migrateCredentialsFile(QStringList *notes) const
{
    QFile file(m_directory + QStringLiteral("/credentials.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject keys = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    bool allStored = true;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const SecretStore::Result r = m_secrets.write(it.key(), it.value().toString());
        allStored = allStored && r.ok();
        note(notes, r.message);
    }
    if (allStored && file.remove())
        note(notes,
            QCoreApplication::translate("ProfileStore", "The API keys of %n connection(s) moved into the keychain.",
                nullptr, int(keys.size())));
}

QList<ConnectionProfile> ProfileStore::load(QStringList *notes) const
{
    migrateCredentialsFile(notes);
    QSettings settings(iniPath(m_directory), QSettings::IniFormat);
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
        if (p.families.isEmpty())
            p.families = {Family::OrgBilling};
        p.companyId = settings.value(QStringLiteral("companyId")).toString();
        p.extensionId = settings.value(QStringLiteral("extensionId")).toString();
        p.amounts.currency = settings.value(QStringLiteral("currency")).toString();
        const QString units = settings.value(QStringLiteral("amountUnits")).toString();
        p.amounts.units = units.isEmpty()     ? usualUnits(p.family())
            : units == QLatin1String("minor") ? AmountConvention::Units::Minor
                                              : AmountConvention::Units::Major;
        if (p.name.isEmpty() || !p.baseUrl.isValid())
            continue;
        const SecretStore::Result key = m_secrets.read(p.name);
        p.apiKey = key.secret;
        note(notes, key.message);
        out.append(p);
    }
    settings.endArray();
    return out;
}

bool ProfileStore::save(const QList<ConnectionProfile> &profiles, QString *error, QStringList *notes) const
{
    QDir().mkpath(m_directory);
    QStringList kept;
    for (const ConnectionProfile &p : profiles)
        if (!p.embedded)
            kept << p.name;
    for (const QString &gone : savedNames())
        if (!kept.contains(gone))
            m_secrets.remove(gone);
    QSettings settings(iniPath(m_directory), QSettings::IniFormat);
    settings.remove(QStringLiteral("profiles"));
    settings.beginWriteArray(QStringLiteral("profiles"), int(kept.size()));
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
        if (!p.apiKey.isEmpty())
            note(notes, m_secrets.write(p.name, p.apiKey).message);
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "Could not write %1.").arg(settings.fileName());
        return false;
    }
    return true;
}

} // namespace bc
