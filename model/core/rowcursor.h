#pragma once

// Reads the rows of one query as fast as the database allows, for single passes over hundreds of thousands
// of rows (the KPI engine, the validator). On SQLite it steps the statement with SQLite's C API (no QVariant per
// value); on any other Qt driver it falls back to a forward-only QSqlQuery, so the SQL stays portable.
// Values are bound, never spliced.

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <string_view>

struct sqlite3_stmt;

namespace baton {

class RowCursor final
{
    Q_DISABLE_COPY(RowCursor)
public:
    RowCursor(RowCursor &&other) noexcept;
    RowCursor &operator=(RowCursor &&other) noexcept;
    ~RowCursor();

    static Result<RowCursor> open(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // Moves to the next row; false at the end or on an error (see status()).
    bool next();
    Result<void> status() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // UTF-8 bytes, valid until the next call to next().
    std::string_view text(int column) const;
    // The same values as Qt types; 0 or empty for NULL.
    qint64 toInt64(int column) const { return integer(column); }
    double toDouble(int column) const { return real(column); }
    QString toString(int column) const
    {
        const std::string_view bytes = text(column);
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }

private:
    RowCursor() = default;

    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // the portable path
    mutable QByteArray m_textBuffer;
    QString m_sql;
    QString m_error;
};

} // namespace baton
