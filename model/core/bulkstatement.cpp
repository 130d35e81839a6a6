#include "bulkstatement.h"

#include "sql.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace baton {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

} // namespace

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr)),
      m_query(std::move(other.m_query)), m_values(std::move(other.m_values)), m_sql(std::move(other.m_sql))
{
}

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_query = std::move(other.m_query);
        m_values = std::move(other.m_values);
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<BulkStatement> BulkStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    BulkStatement statement;
    statement.m_sql = sql;
    if (sqlite3 *handle = sqliteHandle(db)) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement.m_statement,
                nullptr)
            != SQLITE_OK)
            return fail(QStringLiteral("%1: %2").arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(handle))));
        statement.m_db = handle;
        return statement;
    }
    statement.m_query = std::make_unique<QSqlQuery>(db);
    if (!statement.m_query->prepare(sql))
        return sqlError(statement.m_query->lastError(), sql.left(80));
    return statement;
}

void BulkStatement::bindNull(int index)
{
    if (m_statement) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = QVariant();
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index, value);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void BulkStatement::bind(int index, double value)
{
    if (m_statement) {
        sqlite3_bind_double(m_statement, index, value);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void BulkStatement::bind(int index, const QString &value)
{
    if (value.isEmpty()) {
        bindNull(index);
        return;
    }
    if (m_statement) {
        // UTF-16 straight from the string; SQLite converts it to the database's UTF-8 as it stores it.
        sqlite3_bind_text16(m_statement, index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void BulkStatement::bindStatic(int index, const QString &value)
{
    if (value.isEmpty()) {
        bindNull(index);
        return;
    }
    if (m_statement) {
        sqlite3_bind_text16(m_statement, index, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
        return;
    }
    bind(index, value);
}

void BulkStatement::bindUtf8Static(int index, QByteArrayView value)
{
    if (m_statement) {
        sqlite3_bind_text(m_statement, index, value.data(), int(value.size()), SQLITE_STATIC);
        return;
    }
    bindUtf8(index, value.toByteArray(), false);
}

void BulkStatement::bindUtf8(int index, const QByteArray &value, bool emptyIsNull)
{
    if (value.isEmpty() && emptyIsNull) {
        bindNull(index);
        return;
    }
    if (m_statement) {
        sqlite3_bind_text(m_statement, index, value.isNull() ? "" : value.constData(), int(value.size()), SQLITE_TRANSIENT);
        return;
    }
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(QString::fromUtf8(value));
}

Result<void> BulkStatement::failed(const QString &what) const
{
    return fail(QStringLiteral("%1: %2").arg(m_sql.left(80), what));
}

Result<void> BulkStatement::run()
{
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            // sqlite3_reset leaves the error of the failed step in place.
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_clear_bindings(m_statement);
            return failed(message);
        }
        return {};
    }
    for (int i = 0; i < m_values.size(); ++i)
        m_query->bindValue(i, m_values.at(i));
    if (!m_query->exec())
        return sqlError(m_query->lastError(), m_sql.left(80));
    m_query->finish();
    return {};
}

Result<std::optional<qint64>> BulkStatement::firstInteger()
{
    std::optional<qint64> value;
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW && sqlite3_column_type(m_statement, 0) != SQLITE_NULL)
            value = sqlite3_column_int64(m_statement, 0);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return fail(QStringLiteral("%1: %2").arg(m_sql.left(80), QString::fromUtf8(sqlite3_errmsg(m_db))));
        return value;
    }
    for (int i = 0; i < m_values.size(); ++i)
        m_query->bindValue(i, m_values.at(i));
    if (!m_query->exec())
        return sqlError(m_query->lastError(), m_sql.left(80));
    if (m_query->next() && !m_query->value(0).isNull())
        value = m_query->value(0).toLongLong();
    m_query->finish();
    return value;
}

qint64 BulkStatement::lastInsertId() const
{
    if (m_db)
        return sqlite3_last_insert_rowid(m_db);
    return m_query ? m_query->lastInsertId().toLongLong() : 0;
}

} // namespace baton
