#include "embeddedsandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bc {

EmbeddedSandbox::EmbeddedSandbox(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (!m_info.isEmpty())
            return;
        m_buffer += m_process.readAllStandardOutput();
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            return;
        m_info = QJsonDocument::fromJson(m_buffer.left(newline)).object();
        if (m_info.value(QStringLiteral("url")).toString().isEmpty())
            emit failed(
                tr("The demo sandbox printed something unexpected: %1").arg(QString::fromUtf8(m_buffer.left(200))));
        else
            emit started();
    });
#ifdef Q_OS_LINUX
    // The sandbox ends with its console, however the console ends (kill -9 included).
    const pid_t console = getpid();
    m_process.setChildProcessModifier([console] {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        umask(077); // its database, WAL and keys: owner-only
        if (getppid() != console) // the console died before the line above
            _exit(1);
    });
#endif
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_info.isEmpty() && !m_stopping)
            emit failed(tr("Could not start the demo sandbox (%1): %2").arg(executablePath(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (m_info.isEmpty() && !m_stopping)
            emit failed(tr("The demo sandbox stopped (exit %1): %2")
                            .arg(code)
                            .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
    });
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

QString EmbeddedSandbox::executablePath()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/billing-sandbox");
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("billing-sandbox"));
    return onPath.isEmpty() ? beside : onPath;
}

void EmbeddedSandbox::start(const QString &databasePath)
{
    if (m_process.state() != QProcess::NotRunning)
        return; // already starting or running
    m_stopping = false;
    // The demo's database holds its users and keys: owner-only, as is its directory.
    const QString dir = QFileInfo(databasePath).absolutePath();
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFileInfo::exists(databasePath))
        QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_process.start(executablePath(),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), databasePath,
            QStringLiteral("--demo")});
}

QList<ConnectionProfile> EmbeddedSandbox::profiles() const
{
    const QJsonObject keys = m_info.value(QStringLiteral("keys")).toObject();
    const QJsonObject platform = m_info.value(QStringLiteral("platform")).toObject();
    const Role order[] = {Role::SuperAdmin, Role::Owner, Role::Admin, Role::Support, Role::Member};
    QList<ConnectionProfile> out;
    for (Role role : order) {
        const QString key = keys.value(roleToString(role)).toString();
        if (key.isEmpty())
            continue;
        ConnectionProfile p;
        // Super Admin and Support are the platform's staff; the others are Acme Retail's.
        p.name = role == Role::SuperAdmin ? tr("Demo · Super Admin (all organisations)")
            : role == Role::Support       ? tr("Demo · Support (every customer)")
                                          : tr("Demo · %1 (Acme Retail)").arg(roleDisplayName(role));
        p.baseUrl = url();
        p.apiKey = key;
        p.role = role;
        p.embedded = true;
        // The demo sandbox serves all four families at one address.
        p.families = {Family::OrgBilling, Family::Credits, Family::Platform, Family::Tier};
        p.amounts.currency = QStringLiteral("USD"); // the demo's credits plans are priced in US cents
        p.companyId = platform.value(QStringLiteral("company_id")).toString();
        p.extensionId = platform.value(QStringLiteral("extension_id")).toString();
        out.append(p);
    }
    return out;
}

void EmbeddedSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate(); // SIGTERM: the sandbox closes its database cleanly
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace bc
