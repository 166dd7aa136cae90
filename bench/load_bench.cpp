// The load billing-sandbox holds: 50 kept-alive connections for a few seconds per scenario, on
// SQLite and on PostgreSQL, with one process and (PostgreSQL) with two on the same database.
// Scenarios: /health (the HTTP stack alone, the floor), a read (GET /credits/balance) and a
// keyed write (POST /admin/credits/manual, a new Idempotency-Key each). Beside them, in the same
// run, pgbench runs the same write transaction (lock the balance, insert a ledger row, update the
// balance) straight on the database with as many clients: what PostgreSQL itself holds. Prints
// one JSON object.
//
//   build/bench/load_bench [--seconds 5] [--connections 50] [--pg-admin postgresql://postgres@127.0.0.1:5432/postgres]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Sandbox
{
    std::shared_ptr<QProcess> process; // shared: a Sandbox sits in a QList
    QJsonObject info;
    quint16 port() const { return quint16(QUrl(info.value(QStringLiteral("url")).toString()).port()); }
    QString key(const char *role) const
    {
        return info.value(QStringLiteral("keys")).toObject().value(QLatin1String(role)).toString();
    }
};

Sandbox startSandbox(const QString &database)
{
    Sandbox s;
    s.process = std::make_shared<QProcess>();
    s.process->start(QStringLiteral(BC_SANDBOX_EXECUTABLE),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database,
            QStringLiteral("--demo")});
    QByteArray line;
    while (!line.contains('\n') && s.process->waitForReadyRead(60000))
        line += s.process->readAllStandardOutput();
    s.info = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    return s;
}

struct Result
{
    qint64 requests = 0;
    qint64 errors = 0;
    QList<qint64> latencyNs;
    double seconds = 0;
};

// One kept-alive connection that sends the next request as soon as the last one is answered.
class Client : public QObject
{
public:
    Client(quint16 port, std::function<QByteArray(qint64)> make, Result *result)
        : m_make(std::move(make)), m_result(result)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::read);
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    void stop() { m_stopped = true; }

private:
    void send()
    {
        if (m_stopped)
            return;
        m_buffer.clear();
        m_clock.start();
        m_socket.write(m_make(m_sent++));
    }
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype head = m_buffer.indexOf("\r\n\r\n");
        if (head < 0)
            return;
        const qsizetype at = m_buffer.toLower().indexOf("content-length:");
        const qint64 length =
            at < 0 ? 0 : m_buffer.mid(at + 15, m_buffer.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (m_buffer.size() < head + 4 + length)
            return;
        if (!m_stopped) {
            ++m_result->requests;
            m_result->errors += !(m_buffer.startsWith("HTTP/1.1 2"));
            m_result->latencyNs << m_clock.nsecsElapsed();
        }
        send();
    }
    QTcpSocket m_socket;
    std::function<QByteArray(qint64)> m_make;
    Result *m_result;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    qint64 m_sent = 0;
    bool m_stopped = false;
};

Result drive(const QList<quint16> &ports, int connections, int seconds, const std::function<QByteArray(qint64)> &make)
{
    Result result;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < connections; ++i)
        clients.push_back(std::make_unique<Client>(ports.at(i % ports.size()), make, &result));
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    result.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (auto &c : clients)
        c->stop();
    return result;
}

double percentileMs(QList<qint64> ns, double p)
{
    std::sort(ns.begin(), ns.end());
    return ns.isEmpty() ? 0 : double(ns.at(qsizetype(p * double(ns.size() - 1)))) / 1e6;
}

QJsonObject figures(const Result &r)
{
    return {{QStringLiteral("requests_per_s"), qRound(double(r.requests) / r.seconds)},
        {QStringLiteral("p50_ms"), percentileMs(r.latencyNs, 0.50)},
        {QStringLiteral("p99_ms"), percentileMs(r.latencyNs, 0.99)}, {QStringLiteral("errors"), r.errors}};
}

QJsonObject scenarios(const QList<Sandbox> &boxes, int connections, int seconds, const QString &run)
{
    QList<quint16> ports;
    for (const Sandbox &b : boxes)
        ports << b.port();
    const QByteArray owner = boxes.first().key("owner").toUtf8();
    const QByteArray support = boxes.first().key("support").toUtf8();
    const QByteArray org = boxes.first()
                               .info.value(QStringLiteral("organisations"))
                               .toObject()
                               .value(QStringLiteral("Acme Retail Pvt Ltd"))
                               .toString()
                               .toUtf8();
    static std::atomic<qint64> unique{0};
    QJsonObject out;
    out.insert(QStringLiteral("health"), figures(drive(ports, connections, seconds, [](qint64) -> QByteArray {
        return QByteArray("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    })));
    out.insert(
        QStringLiteral("read_balance"), figures(drive(ports, connections, seconds, [owner](qint64) -> QByteArray {
            return "GET /credits/balance HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + owner + "\r\n\r\n";
        })));
    out.insert(QStringLiteral("keyed_write"),
        figures(drive(ports, connections, seconds, [support, org, run](qint64) -> QByteArray {
            const QByteArray body = R"({"org_id":")" + org + R"(","amount":1,"reason_code":"other","note":"load"})";
            return "POST /admin/credits/manual HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + support
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: load-" + run.toUtf8() + '-'
                + QByteArray::number(unique++) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                + body;
        })));
    return out;
}

bool adminExec(const QString &adminUrl, const QString &sql)
{
    const QUrl url(adminUrl);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

// pgbench with the sandbox's own write transaction, straight on the database.
QJsonObject pgbenchFloor(const QUrl &database, const QString &org, int connections, int seconds, QTemporaryDir &dir)
{
    const QString script = dir.filePath(QStringLiteral("adjust.sql"));
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral(
        "BEGIN;\n"
        "SELECT balance FROM credit_balances WHERE org_id = '%1' FOR UPDATE;\n"
        "INSERT INTO credit_ledger (id, org_id, type, amount, balance_after, description, created_at)"
        " VALUES ('pgb_' || md5(random()::text || clock_timestamp()::text), '%1', 'manual_adjustment', 1,"
        " 0, 'pgbench', 0);\n"
        "INSERT INTO idempotency_keys (principal, idem_key, method, path, body_hash, status,"
        " content_type, response, created_at) VALUES ('pgbench', md5(random()::text ||"
        " clock_timestamp()::text), 'POST', '/admin/credits/manual', '', 201, 'application/json', '{}', 0);\n"
        "UPDATE credit_balances SET balance = balance + 1 WHERE org_id = '%1';\n"
        "COMMIT;\n")
                .arg(org)
                .toUtf8());
    f.close();
    QProcess pgbench;
    const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
    pgbench.start(QFile::exists(bin) ? bin : QStringLiteral("pgbench"),
        {QStringLiteral("-n"), QStringLiteral("-f"), script, QStringLiteral("-c"), QString::number(connections),
            QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"), QString::number(seconds),
            QStringLiteral("-h"), database.host(), QStringLiteral("-p"), QString::number(database.port(5432)),
            QStringLiteral("-U"), database.userName(), database.path().mid(1)});
    if (!pgbench.waitForFinished(seconds * 1000 + 60000))
        return {{QStringLiteral("error"), QStringLiteral("pgbench did not finish")}};
    const QString out = QString::fromUtf8(pgbench.readAllStandardOutput());
    const qsizetype at = out.indexOf(QLatin1String("tps = "));
    return {
        {QStringLiteral("tool"), QStringLiteral("pgbench, the same write transaction, %1 clients").arg(connections)},
        {QStringLiteral("transactions_per_s"), at < 0 ? 0 : qRound(out.mid(at + 6, 12).section(u' ', 0, 0).toDouble())},
        {QStringLiteral("latency_ms"),
            out.section(QStringLiteral("latency average = "), 1).section(u' ', 0, 0).toDouble()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption seconds(
        QStringLiteral("seconds"), QStringLiteral("Seconds per scenario."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption connections(QStringLiteral("connections"), QStringLiteral("Kept-alive connections."),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption pgAdmin(QStringLiteral("pg-admin"),
        QStringLiteral(
            "A PostgreSQL admin URL; without it only SQLite is measured (BC_TEST_PG_ADMIN_URL is read too)."),
        QStringLiteral("url"), qEnvironmentVariable("BC_TEST_PG_ADMIN_URL"));
    parser.addOptions({seconds, connections, pgAdmin});
    parser.addHelpOption();
    parser.process(app);
    const int secs = qMax(1, parser.value(seconds).toInt());
    const int conns = qMax(1, parser.value(connections).toInt());

    QTemporaryDir dir;
    QJsonObject report{{QStringLiteral("connections"), conns}, {QStringLiteral("seconds_per_scenario"), secs}};
    {
        QList<Sandbox> boxes;
        boxes << startSandbox(dir.filePath(QStringLiteral("load.sqlite")));
        if (boxes.first().info.isEmpty())
            return std::fprintf(stderr, "billing-sandbox did not start\n"), 1;
        report.insert(QStringLiteral("sqlite_one_process"), scenarios(boxes, conns, secs, QStringLiteral("sqlite")));
        boxes.first().process->terminate();
        boxes.first().process->waitForFinished(10000);
    }
    if (!parser.value(pgAdmin).isEmpty()) {
        const QString name = QStringLiteral("bc_load_%1").arg(QRandomGenerator::global()->generate(), 0, 16);
        if (!adminExec(parser.value(pgAdmin), QStringLiteral("CREATE DATABASE %1").arg(name)))
            return std::fprintf(stderr, "cannot create the PostgreSQL database\n"), 1;
        QUrl url(parser.value(pgAdmin));
        url.setPath(u'/' + name);
        {
            QList<Sandbox> boxes;
            boxes << startSandbox(url.toString());
            report.insert(QStringLiteral("postgres_one_process"), scenarios(boxes, conns, secs, QStringLiteral("pg1")));
            boxes << startSandbox(url.toString());
            report.insert(
                QStringLiteral("postgres_two_processes"), scenarios(boxes, conns, secs, QStringLiteral("pg2")));
            const QString org = boxes.first()
                                    .info.value(QStringLiteral("organisations"))
                                    .toObject()
                                    .value(QStringLiteral("Acme Retail Pvt Ltd"))
                                    .toString();
            report.insert(QStringLiteral("postgres_floor_pgbench"), pgbenchFloor(url, org, conns, secs, dir));
            for (Sandbox &b : boxes) {
                b.process->terminate();
                b.process->waitForFinished(10000);
            }
        }
        adminExec(parser.value(pgAdmin), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    }
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
