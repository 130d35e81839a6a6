#include "sql.h"

#include <QCoreApplication>

namespace baton {

Error sqlError(const QSqlError &error, const QString &context)
{
    // QSQLITE reports sqlite3's result code as the native code; the low byte is the primary code.
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    const int primary = isNumber ? (native & 0xff) : -1;
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!context.isEmpty())
        text = context + QStringLiteral(": ") + text;

    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::make(Error::Kind::Locked,
            QCoreApplication::translate("baton::Workspace",
                "The workspace is locked: another Baton window or another program is writing to it. Nothing was "
                "changed; try again in a moment (%1).")
                .arg(text));
    case 8: // SQLITE_READONLY
        return Error::make(Error::Kind::ReadOnly,
            QCoreApplication::translate("baton::Workspace", "The workspace cannot be written (%1).").arg(text));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::make(Error::Kind::Corrupt,
            QCoreApplication::translate("baton::Workspace", "The workspace file is damaged (%1).").arg(text));
    default:
        return Error::make(Error::Kind::General, text);
    }
}

Result<QSqlQuery> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), sql.left(80));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError(), sql.left(80));
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = execSql(db, sql, values);
    if (!query)
        return query.error();
    if (query->next())
        return query->value(0);
    return QVariant();
}

PreparedStatement::PreparedStatement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
}

Result<void> PreparedStatement::prepare()
{
    if (!m_query.prepare(m_sql))
        return sqlError(m_query.lastError(), m_sql.left(80));
    return {};
}

Result<void> PreparedStatement::run(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return sqlError(m_query.lastError(), m_sql.left(80));
    return {};
}

} // namespace baton
