#pragma once

// Test helper: a real billing-sandbox process on a temporary database (SQLite, or PostgreSQL when
// BC_TEST_PG_ADMIN_URL names a server where databases may be created), and a small synchronous
// HTTP client for integration tests.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace bctest {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

class SandboxProcess
{
public:
    enum class Backend { Sqlite, Postgres };
    explicit SandboxProcess(Backend backend = Backend::Sqlite);
    // A second process on another one's database (several servers on one PostgreSQL database).
    static SandboxProcess *sharing(const SandboxProcess &first);
    // On the backend ctest chose (BC_TEST_BACKEND=postgres or sqlite); null with *error when
    // PostgreSQL was asked for and no cluster is there.
    static std::unique_ptr<SandboxProcess> forTestBackend(QString *error);
    ~SandboxProcess();

    // Starts with --demo; false (with a reason in error()) when it did not come up.
    // port 0 picks a free one; give the old port to come back where clients expect the server.
    bool start(bool demo = true, quint16 port = 0);
    bool restart();
    // Passed to billing-sandbox on every start (e.g. {"--request-timeout", "1000"}).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    qint64 pid() const { return m_process.processId(); }
    void stop();
    // SIGKILL, as a crash or a power cut would end it: nothing is flushed or finished.
    void kill();
    QString error() const { return m_error; }
    static bool postgresAvailable();

    quint16 port() const { return quint16(url().port()); }
    QUrl url() const { return QUrl(m_info.value(QStringLiteral("url")).toString()); }
    QString key(const QString &role) const
    {
        return m_info.value(QStringLiteral("keys")).toObject().value(role).toString();
    }
    const QJsonObject &info() const { return m_info; }
    // A demo organisation's id by its name ("Acme Retail Pvt Ltd"), as the sandbox printed it.
    QString orgId(const QString &name) const
    {
        return m_info.value(QStringLiteral("organisations")).toObject().value(name).toString();
    }
    // Started with --documented-only (BC_TEST_DOCUMENTED_ONLY=1): no extension is offered.
    bool documentedOnly() const { return m_info.value(QStringLiteral("documented_only")).toBool(); }
    static QString acme() { return QStringLiteral("Acme Retail Pvt Ltd"); }
    QString databaseSpec() const { return m_databaseSpec; }
    // The sandbox's own database, opened beside it under connectionName (to seed rows or count
    // them); close it and QSqlDatabase::removeDatabase(connectionName) when done.
    QSqlDatabase openDatabase(const QString &connectionName) const;

    HttpResult request(const QByteArray &method, const QString &path, const QString &apiKey = {},
        const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QString &path, const QString &apiKey) { return request("GET", path, apiKey); }
    HttpResult post(
        const QString &path, const QString &apiKey, const QJsonObject &body, const QByteArray &idempotencyKey = {});

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_databaseSpec;
    QString m_pgDatabase;
    QProcess m_process;
    QJsonObject m_info;
    QString m_error;
    QStringList m_extraArguments;
    QNetworkAccessManager m_network;
};

QString sandboxExecutable();

} // namespace bctest
