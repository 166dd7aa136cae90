#pragma once

#include "store/connectionprofile.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace bc {

// Starts billing-sandbox (installed beside the console) on a free loopback port with demo data in
// the user's data directory, reads the one JSON line it prints, and stops it with SIGTERM when the
// console exits.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    void start(const QString &databasePath);
    void stop();
    const QJsonObject &info() const { return m_info; }
    QUrl url() const { return QUrl(m_info.value(QStringLiteral("url")).toString()); }
    // One connection profile per demo role, from the keys the sandbox printed.
    QList<ConnectionProfile> profiles() const;

    static QString executablePath();

signals:
    void started();
    void failed(const QString &message);

private:
    QProcess m_process;
    bool m_stopping = false; // the console is stopping it: its end is not a failure
    QByteArray m_buffer;
    QJsonObject m_info;
};

} // namespace bc
