#pragma once

// A statement executed many times in a bulk write (imports, KPI cube merges): prepared once, values bound by
// position, run, reset. On SQLite it binds through SQLite's C API (no QVariant, no per-call bookkeeping), which
// is several times cheaper per row than QSqlQuery; on any other Qt driver it falls back to a QSqlQuery with
// bound values, so the SQL stays portable. Values are bound, never spliced. Use it inside a transaction.
//
//   auto insert = BulkStatement::prepare(db, "INSERT INTO t(a, b) VALUES (?, ?)");
//   insert->bind(1, qint64(5));  insert->bind(2, QStringLiteral("x"));
//   BATON_TRY(insert->run());     // executes and resets for the next row

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
class QSqlQuery;

namespace baton {

class BulkStatement final
{
    Q_DISABLE_COPY(BulkStatement)
public:
    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&other) noexcept;
    ~BulkStatement();

    static Result<BulkStatement> prepare(const QSqlDatabase &db, const QString &sql);

    // Parameters are numbered from 1, as in SQL.
    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value); // NULL when the string is empty; copied
    // Not copied: `value` must stay alive and unchanged until run() returns (bulk rows held by the caller).
    void bindStatic(int index, const QString &value);
    void bindUtf8Static(int index, QByteArrayView value);
    void bindUtf8(int index, const QByteArray &value, bool emptyIsNull = true); // copied
    void bind(int index, const std::optional<qint64> &value) { value ? bind(index, *value) : bindNull(index); }
    void bind(int index, const std::optional<double> &value) { value ? bind(index, *value) : bindNull(index); }
    void bindId(int index, qint64 id) { id > 0 ? bind(index, id) : bindNull(index); }

    // Executes a write and resets for the next run.
    Result<void> run();
    // Executes a query and returns the first column of its first row (NULL: nothing), then resets.
    Result<std::optional<qint64>> firstInteger();
    // The rowid of the last row inserted through this connection.
    qint64 lastInsertId() const;

private:
    BulkStatement() = default;
    Result<void> failed(const QString &what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // the portable path
    QVariantList m_values; // its bound values
    QString m_sql;
};

} // namespace baton
