#include "headlesskey.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

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
