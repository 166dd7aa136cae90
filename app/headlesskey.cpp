#include "headlesskey.h"

#include "core/session.h"
#include "core/sessionstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

void say(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

QCommandLineOption keyStdinOption()
{
    return QCommandLineOption(QStringLiteral("key-stdin"), QStringLiteral("Read the API key from standard input."));
}

QCommandLineOption keyFileOption()
{
    return QCommandLineOption(QStringLiteral("key-file"),
        QStringLiteral("Read the API key from FILE, which only its owner may read (chmod 600)."),
        QStringLiteral("file"));
}

std::optional<QString> headlessKey(const QCommandLineParser &parser, const QCommandLineOption &keyStdin,
    const QCommandLineOption &keyFile, QString *error)
{
    if (parser.isSet(keyStdin)) {
        QTextStream in(stdin);
        const QString key = in.readLine().trimmed();
        if (key.isEmpty()) {
            *error = QStringLiteral("--key-stdin: no key on standard input");
            return std::nullopt;
        }
        return key;
    }
    if (parser.isSet(keyFile)) {
        QFile file(parser.value(keyFile));
        constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (!file.exists()) {
            *error = QStringLiteral("--key-file: %1 does not exist").arg(file.fileName());
            return std::nullopt;
        }
        if (file.permissions() & others) {
            *error = QStringLiteral("--key-file: %1 may be read by others; make it owner-only (chmod 600 %1)")
                         .arg(file.fileName());
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--key-file: %1").arg(file.errorString());
            return std::nullopt;
        }
        const QString key = QString::fromUtf8(file.readLine()).trimmed();
        if (key.isEmpty()) {
            *error = QStringLiteral("--key-file: %1 is empty").arg(file.fileName());
            return std::nullopt;
        }
        return key;
    }
    return qEnvironmentVariable("BILLING_CONSOLE_API_KEY").trimmed();
}

std::optional<bc::ConnectionProfile> savedProfile(const char *command, const QString &wanted,
    const QCommandLineParser &parser, const QCommandLineOption &keyStdin, const QCommandLineOption &keyFile,
    int *failure)
{
    using namespace bc;
    const QList<ConnectionProfile> profiles = ProfileStore().load();
    const auto it = std::find_if(profiles.cbegin(), profiles.cend(),
        [&](const ConnectionProfile &p) { return p.name == wanted || roleToString(p.role) == wanted; });
    if (it == profiles.cend()) {
        QStringList names;
        for (const ConnectionProfile &p : profiles)
            names << p.name;
        say(QStringLiteral("%1: no saved profile '%2'%3.")
                .arg(QLatin1String(command), wanted,
                    names.isEmpty() ? QStringLiteral(" (none saved yet: add one in the console)")
                                    : QStringLiteral("; saved: %1").arg(names.join(QStringLiteral(", ")))));
        *failure = 1;
        return std::nullopt;
    }
    ConnectionProfile chosen = *it;
    QString keyError;
    const std::optional<QString> key = headlessKey(parser, keyStdin, keyFile, &keyError);
    if (!key) {
        say(QStringLiteral("%1: %2.").arg(QLatin1String(command), keyError));
        *failure = 2;
        return std::nullopt;
    }
    if (!key->isEmpty())
        chosen.apiKey = *key;
    if (chosen.apiKey.isEmpty()) {
        say(QStringLiteral("%1: the keychain has no API key for '%2'; give one with --key-stdin, --key-file or "
                           "BILLING_CONSOLE_API_KEY.")
                .arg(QLatin1String(command), chosen.name));
        *failure = 1;
        return std::nullopt;
    }
    return chosen;
}

void nameHeadlessApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("billing-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("BillingConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC_VERSION));
}

bool awaitSession(bc::Session &session, const char *command)
{
    QEventLoop loop;
    bc::ApiError failed;
    QObject::connect(&session, &bc::Session::ready, &loop, &QEventLoop::quit);
    QObject::connect(&session, &bc::Session::failed, &loop, [&](const bc::ApiError &e) {
        failed = e;
        loop.quit();
    });
    if (!session.isReady())
        loop.exec();
    if (failed.isError()) {
        std::fprintf(stderr, "%s: %s\n", command, qPrintable(failed.humanMessage()));
        return false;
    }
    if (session.store()->isReplaying()) {
        QObject::connect(session.store(), &bc::SessionStore::replayFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}
