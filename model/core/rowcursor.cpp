#include "rowcursor.h"

#include "core/sql.h"

#include <QSqlDriver>

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

bool bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

} // namespace

RowCursor::RowCursor(RowCursor &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_query(std::move(other.m_query)),
      m_sql(std::move(other.m_sql)), m_error(std::move(other.m_error))
{
}

RowCursor &RowCursor::operator=(RowCursor &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_query = std::move(other.m_query);
        m_sql = std::move(other.m_sql);
        m_error = std::move(other.m_error);
    }
    return *this;
}

RowCursor::~RowCursor()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<RowCursor> RowCursor::open(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    RowCursor cursor;
    cursor.m_sql = sql;
    if (sqlite3 *handle = sqliteHandle(db)) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &cursor.m_statement, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("%1: %2").arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(handle))));
        for (int i = 0; i < values.size(); ++i)
            if (!bind(cursor.m_statement, i + 1, values.at(i)))
                return fail(QStringLiteral("%1: %2").arg(sql.left(80), QString::fromUtf8(sqlite3_errmsg(handle))));
        return cursor;
    }
    auto query = execSql(db, sql, values);
    if (!query)
        return query.error();
    cursor.m_query = std::make_unique<QSqlQuery>(std::move(*query));
    return cursor;
}

bool RowCursor::next()
{
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return false;
    }
    return m_query && m_query->next();
}

Result<void> RowCursor::status() const
{
    if (!m_error.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(m_sql.left(80), m_error));
    if (m_query && m_query->lastError().isValid())
        return sqlError(m_query->lastError(), m_sql.left(80));
    return {};
}

bool RowCursor::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_query->isNull(column);
}

qint64 RowCursor::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query->value(column).toLongLong();
}

double RowCursor::real(int column) const
{
    if (m_statement)
        return sqlite3_column_double(m_statement, column);
    return m_query->value(column).toDouble();
}

std::string_view RowCursor::text(int column) const
{
    if (m_statement) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? std::string_view(bytes, size_t(sqlite3_column_bytes(m_statement, column))) : std::string_view();
    }
    m_textBuffer = m_query->value(column).toString().toUtf8();
    return std::string_view(m_textBuffer.constData(), size_t(m_textBuffer.size()));
}

} // namespace baton
