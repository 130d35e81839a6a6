#pragma once

// A forward-only reader of one SELECT's rows for scans over many rows (the validator's pass over every
// handoff). On an SQLite workspace it steps the statement through SQLite's own API, which avoids a QVariant
// per value and makes a million-row scan several times faster; on other drivers it goes through QSqlQuery.
// Values are bound positionally, like execSql().

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

struct sqlite3_stmt;

namespace baton {

class RowCursor final
{
    Q_DISABLE_COPY_MOVE(RowCursor)
public:
    RowCursor(const QSqlDatabase &db, const QString &sql);
    ~RowCursor();

    Result<void> exec(const QVariantList &values = {});
    // Moves to the next row; false at the end or on an error (see error()).
    bool next();
    // The error that ended next() early, if any.
    Result<void> error() const;

    bool isNull(int column) const;
    qint64 toInt64(int column) const; // 0 for NULL
    double toDouble(int column) const; // 0 for NULL
    QString toString(int column) const; // empty for NULL

private:
    QSqlDatabase m_db;
    QString m_sql;
    sqlite3_stmt *m_statement = nullptr;
    int m_stepResult = 0;
    std::unique_ptr<QSqlQuery> m_query; // other drivers
};

} // namespace baton
