#include "database.h"

#include "schema.h"

#include <QDebug>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <memory>

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

qint64 RowView::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query->value(column).toLongLong();
}

QByteArrayView RowView::text(int column) const
{
    if (m_statement) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    if (size_t(column) >= m_texts.size()) {
        m_texts.resize(size_t(column) + 1);
        m_textRow.resize(size_t(column) + 1, -1);
    }
    if (m_textRow[size_t(column)] != m_row) {
        m_texts[size_t(column)] = m_query->value(column).toString().toUtf8();
        m_textRow[size_t(column)] = m_row;
    }
    return m_texts[size_t(column)];
}

bool RowView::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_query->isNull(column);
}

namespace {
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// The same binding as exec(): a null QString is "", a null QVariant is SQL NULL.
int bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text64(
            statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}
} // namespace

qint64 Database::eachRow(const QString &sql, const QVariantList &binds, const std::function<bool(const RowView &)> &row)
{
    RowView view;
    qint64 rows = 0;
    sqlite3 *handle = m_postgres ? nullptr : sqliteHandle(m_db);
    if (!handle) {
        QSqlQuery q = exec(sql, binds);
        view.m_query = &q;
        while (q.next()) {
            ++rows;
            view.m_row = rows;
            if (!row(view))
                break;
        }
        return rows;
    }
    const auto fail = [&](const char *what) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        qWarning().noquote() << "SQL failed:" << what << message << "in" << sql.left(200);
        throw DatabaseError{message};
    };
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        fail("prepare");
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (int i = 0; i < binds.size(); ++i)
        if (bindValue(raw, i + 1, binds.at(i)) != SQLITE_OK)
            fail("bind");
    view.m_statement = raw;
    for (;;) {
        const int step = sqlite3_step(raw);
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW)
            fail("step");
        ++rows;
        if (!row(view))
            break;
    }
    return rows;
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
