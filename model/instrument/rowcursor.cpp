#include "rowcursor.h"

#include "core/sql.h"

#include <QSqlDriver>
#include <QSqlError>

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

RowCursor::RowCursor(const QSqlDatabase &db, const QString &sql) : m_db(db), m_sql(sql) { }

RowCursor::~RowCursor()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<void> RowCursor::exec(const QVariantList &values)
{
    if (sqlite3 *handle = sqliteHandle(m_db)) {
        const QByteArray sql = m_sql.toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("%1: %2").arg(m_sql.left(80), QString::fromUtf8(sqlite3_errmsg(handle))));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            int rc = SQLITE_OK;
            if (value.isNull())
                rc = sqlite3_bind_null(m_statement, i + 1);
            else if (value.typeId() == QMetaType::Double)
                rc = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
            else if (value.canConvert<qint64>() && value.typeId() != QMetaType::QString)
                rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            else {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
            if (rc != SQLITE_OK)
                return fail(QStringLiteral("%1: %2").arg(m_sql.left(80), QString::fromUtf8(sqlite3_errmsg(handle))));
        }
        return {};
    }
    auto query = execSql(m_db, m_sql, values);
    if (!query)
        return query.error();
    m_query = std::make_unique<QSqlQuery>(std::move(*query));
    return {};
}

bool RowCursor::next()
{
    if (m_statement) {
        m_stepResult = sqlite3_step(m_statement);
        return m_stepResult == SQLITE_ROW;
    }
    return m_query && m_query->next();
}

Result<void> RowCursor::error() const
{
    if (m_statement) {
        if (m_stepResult == SQLITE_ROW || m_stepResult == SQLITE_DONE || m_stepResult == 0)
            return {};
        return fail(QStringLiteral("%1: %2").arg(m_sql.left(80), QString::fromUtf8(sqlite3_errstr(m_stepResult))));
    }
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

qint64 RowCursor::toInt64(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query->value(column).toLongLong();
}

double RowCursor::toDouble(int column) const
{
    if (m_statement)
        return sqlite3_column_double(m_statement, column);
    return m_query->value(column).toDouble();
}

QString RowCursor::toString(int column) const
{
    if (m_statement) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!text)
            return {};
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    return m_query->value(column).toString();
}

} // namespace baton
