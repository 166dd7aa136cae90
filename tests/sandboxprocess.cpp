#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace bctest {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString sandboxExecutable()
{
    return QStringLiteral(BC_SANDBOX_EXECUTABLE);
}

bool SandboxProcess::postgresAvailable()
{
    return !qEnvironmentVariableIsEmpty("BC_TEST_PG_ADMIN_URL");
}

namespace {
bool adminExec(const QString &sql, QString *error)
{
    const QUrl url(qEnvironmentVariable("BC_TEST_PG_ADMIN_URL"));
    const QString name = QStringLiteral("bc-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

SandboxProcess::SandboxProcess(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_databaseSpec = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
    } else if (postgresAvailable()) {
        m_pgDatabase = QStringLiteral("bc_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        QString error;
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase), &error))
            m_error = QStringLiteral("cannot create the test database: %1").arg(error);
        QUrl url(qEnvironmentVariable("BC_TEST_PG_ADMIN_URL"));
        url.setPath(u'/' + m_pgDatabase);
        m_databaseSpec = url.toString();
    }
}

QSqlDatabase SandboxProcess::openDatabase(const QString &connectionName) const
{
    const QUrl url(m_databaseSpec);
    const bool postgres = url.scheme().startsWith(QLatin1String("postgres"));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connectionName);
    if (postgres) {
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db.setDatabaseName(m_databaseSpec);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    db.open();
    return db;
}

std::unique_ptr<SandboxProcess> SandboxProcess::forTestBackend(QString *error)
{
    const bool postgres = qEnvironmentVariable("BC_TEST_BACKEND") == QLatin1String("postgres");
    if (postgres && !postgresAvailable()) {
        *error = QStringLiteral("BC_TEST_BACKEND=postgres but BC_TEST_PG_ADMIN_URL is not set; scripts/test starts a "
                                "PostgreSQL cluster");
        return nullptr;
    }
    return std::make_unique<SandboxProcess>(postgres ? Backend::Postgres : Backend::Sqlite);
}

SandboxProcess *SandboxProcess::sharing(const SandboxProcess &first)
{
    auto *second = new SandboxProcess(Backend::Sqlite);
    second->m_backend = first.m_backend;
    second->m_databaseSpec = first.m_databaseSpec; // m_pgDatabase stays empty: the first drops it
    return second;
}

SandboxProcess::~SandboxProcess()
{
    stop();
    if (!m_pgDatabase.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_pgDatabase), &error);
    }
}

bool SandboxProcess::start(bool demo, quint16 port)
{
    if (!m_error.isEmpty())
        return false;
    m_info = {};
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--database"),
        m_databaseSpec};
    if (demo)
        args << QStringLiteral("--demo");
    // BC_TEST_DOCUMENTED_ONLY=1: the server offers exactly what the seed documents list.
    if (qEnvironmentVariableIntValue("BC_TEST_DOCUMENTED_ONLY"))
        args << QStringLiteral("--documented-only");
    args << m_extraArguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(sandboxExecutable(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 60000) {
        if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
            break;
        line += m_process.readAllStandardOutput();
    }
    m_info = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    if (m_info.isEmpty()) {
        m_error = QStringLiteral("sandbox did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    return true;
}

bool SandboxProcess::restart()
{
    stop();
    return start(true);
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

HttpResult SandboxProcess::request(const QByteArray &method, const QString &path, const QString &apiKey,
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest r(url().resolved(QUrl(path)));
    r.setTransferTimeout(30000);
    if (!apiKey.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    if (!body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        r.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(r, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

HttpResult SandboxProcess::post(
    const QString &path, const QString &apiKey, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    return request("POST", path, apiKey, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

} // namespace bctest
