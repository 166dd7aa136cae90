#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace bc::sandbox {

// One connection to the sandbox database: a SQLite file, or PostgreSQL when given a
// postgres:// or postgresql:// URL. SQL is written once for both: TEXT ids, BIGINT minor units
// and unix seconds, INTEGER flags.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &spec, QString *error);
    // Applies the versioned migrations that this file has not seen yet, each in a transaction.
    bool migrate(QString *error);
    int schemaVersion();
    bool isPostgres() const { return m_postgres; }

    // Runs a statement with positional '?' bindings. A failed statement is logged and throws
    // DatabaseError so that a handler answers 503 rather than continuing on half a change.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    std::optional<QVariantMap> one(const QString &sql, const QVariantList &binds = {});
    QList<QVariantMap> all(const QString &sql, const QVariantList &binds = {});
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    bool transaction();
    bool commit();
    void rollback();
    // An inner transaction rolled back: the outer one can only roll back too.
    bool isDoomed() const { return m_doomed; }

    QString setting(const QString &key, const QString &fallback = {});
    void setSetting(const QString &key, const QString &value);

    QSqlDatabase &handle() { return m_db; }

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    bool m_postgres = false;
    int m_depth = 0;
    bool m_doomed = false;
};

struct DatabaseError
{
    QString message;
};

// Rolls back unless committed: a handler that throws or returns early leaves no half change.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) { m_active = m_db.transaction(); }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    void commit()
    {
        if (m_active && !m_db.commit())
            throw DatabaseError{QStringLiteral("commit failed")};
        m_active = false;
    }

private:
    Database &m_db;
    bool m_active = false;
};

QVariantMap rowToMap(const QSqlQuery &query);

} // namespace bc::sandbox
