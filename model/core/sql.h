#pragma once

// Thin helpers over QSqlQuery that turn driver failures into Baton's Result convention.
// Values always travel as bound parameters; only identifiers that come from code are ever
// spliced into statement text.

#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace baton {

// Maps a driver error to Baton's error kinds (locked, corrupt, read-only, ...) with a readable message.
Error sqlError(const QSqlError &error, const QString &context = {});

// Prepares `sql`, binds `values` positionally and executes it; the query is forward-only.
Result<QSqlQuery> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// First column of the first row, or a null QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// A prepared statement that is executed many times (bulk writes): prepare once, rebind and run.
class PreparedStatement final
{
public:
    PreparedStatement(const QSqlDatabase &db, const QString &sql);
    Result<void> prepare();
    Result<void> run(const QVariantList &values);
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Null-aware conversions used when reading records.
inline QVariant nullIfEmpty(const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); }
inline QVariant nullIfZero(qint64 id) { return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id); }

} // namespace baton
