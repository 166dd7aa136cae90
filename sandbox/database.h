#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <QByteArrayView>

#include <functional>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace bc::sandbox {

// One row of a result, read in place (Database::eachRow): integers as integers and text as its
// UTF-8 bytes, without a QVariant or a QString per cell. On SQLite the bytes are SQLite's own;
// on PostgreSQL they are converted once per cell. Valid until the next row.
class RowView
{
public:
    qint64 integer(int column) const;
    QByteArrayView text(int column) const; // empty for NULL
    bool isNull(int column) const;

private:
    friend class Database;
    sqlite3_stmt *m_statement = nullptr;
    const QSqlQuery *m_query = nullptr;
    qint64 m_row = 0;
    mutable std::vector<QByteArray> m_texts; // PostgreSQL: each column's text, read once a row
    mutable std::vector<qint64> m_textRow; // the row each of m_texts was read for
};

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
    // Runs a query and hands each row to `row` as it is read, for the pages and exports that
    // write thousands of rows: on SQLite straight from its statement, elsewhere through QSqlQuery.
    // `row` returns false to stop early. Fails as exec() does. Returns the rows handed over.
    qint64 eachRow(const QString &sql, const QVariantList &binds, const std::function<bool(const RowView &)> &row);

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
