#include "database.h"

#include "schema.h"

#include <QDebug>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace bc::sandbox {

Database::Database() : m_connectionName(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::Id128)) { }

Database::~Database()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &spec, QString *error)
{
    if (spec.startsWith(QLatin1String("postgres://")) || spec.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(spec);
        if (!url.isValid() || url.path().size() < 2) {
            *error = QStringLiteral("The PostgreSQL URL needs a database name, e.g. "
                                    "postgresql://user@127.0.0.1:5432/billing.");
            return false;
        }
        m_postgres = true;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        m_db.setPort(url.port(5432));
        m_db.setUserName(url.userName());
        m_db.setPassword(url.password());
        m_db.setDatabaseName(url.path().mid(1));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(spec);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    try {
        if (!m_postgres) {
            exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
            exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        } else {
            exec(QStringLiteral("SET client_min_messages TO WARNING"));
        }
    } catch (const DatabaseError &e) {
        *error = e.message;
        return false;
    }
    return true;
}

int Database::schemaVersion()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        "applied_at BIGINT NOT NULL)"));
    return scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).toInt();
}

bool Database::migrate(QString *error)
{
    try {
        const int current = schemaVersion();
        const auto &list = migrations();
        for (int v = current + 1; v <= int(list.size()); ++v) {
            Transaction tx(*this);
            for (const QString &statement : list.at(v - 1))
                exec(statement);
            exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                {v, QDateTime::currentSecsSinceEpoch()});
            tx.commit();
        }
    } catch (const DatabaseError &e) {
        *error = QStringLiteral("Migration failed: %1").arg(e.message);
        return false;
    }
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &b : binds) {
                // A null QString is "no text yet", not SQL NULL; real NULLs are passed as
                // QVariant(QMetaType) and stay NULL.
                if (!b.isNull() && b.typeId() == QMetaType::QString && b.toString().isNull())
                    q.addBindValue(QStringLiteral(""));
                else
                    q.addBindValue(b);
            }
            ok = q.exec();
        }
    }
    if (!ok) {
        const QString message = q.lastError().text();
        qWarning().noquote() << "SQL failed:" << message << "in" << sql.left(200);
        throw DatabaseError{message};
    }
    return q;
}

QVariantMap rowToMap(const QSqlQuery &query)
{
    QVariantMap row;
    const QSqlRecord rec = query.record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), query.value(i));
    return row;
}

std::optional<QVariantMap> Database::one(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    if (!q.next())
        return std::nullopt;
    return rowToMap(q);
}

QList<QVariantMap> Database::all(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    QList<QVariantMap> rows;
    while (q.next())
        rows.append(rowToMap(q));
    return rows;
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = exec(sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

// Transactions nest by depth: only the outermost begins and commits. An inner rollback dooms the
// outer transaction, so a half change can never be committed by the caller.
bool Database::transaction()
{
    if (m_depth++ > 0)
        return true;
    m_doomed = false;
    if (!m_db.transaction()) {
        m_depth = 0;
        return false;
    }
    return true;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    if (--m_depth > 0)
        return true;
    if (m_doomed) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_doomed = true;
        return;
    }
    m_db.rollback();
}

QString Database::setting(const QString &key, const QString &fallback)
{
    const QVariant v = scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void Database::setSetting(const QString &key, const QString &value)
{
    if (one(QStringLiteral("SELECT key FROM settings WHERE key = ?"), {key}))
        exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"), {value, key});
    else
        exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), {key, value});
}

} // namespace bc::sandbox
