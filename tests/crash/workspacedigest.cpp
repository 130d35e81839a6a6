#include "workspacedigest.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace baton::crash {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct Finalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Database = std::unique_ptr<sqlite3, Closer>;
using Statement = std::unique_ptr<sqlite3_stmt, Finalizer>;

Statement prepare(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    return Statement(statement);
}

QByteArray quoted(const QByteArray &identifier)
{
    QByteArray text = identifier;
    text.replace('"', "\"\"");
    return '"' + text + '"';
}

void addValue(QCryptographicHash &hash, sqlite3_stmt *statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    hash.addData(QByteArray::number(type));
    if (type != SQLITE_NULL) {
        // Text form of every type (REAL with 17 significant digits), so equal values hash equally.
        if (type == SQLITE_FLOAT) {
            hash.addData(QByteArray::number(sqlite3_column_double(statement, column), 'g', 17));
        } else {
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, column));
            hash.addData(QByteArrayView(bytes, sqlite3_column_bytes(statement, column)));
        }
    }
    hash.addData("\x1f");
}

} // namespace

DigestResult digestWorkspace(const QString &path, const QStringList &ignored)
{
    DigestResult result;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        result.error = QStringLiteral("cannot open: %1").arg(QString::fromUtf8(sqlite3_errmsg(raw)));
        return result;
    }
    const auto fail = [&](const QString &what) {
        result.error = QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db.get())));
        return result;
    };

    Statement check = prepare(db.get(), "PRAGMA integrity_check");
    if (!check || sqlite3_step(check.get()) != SQLITE_ROW)
        return fail(QStringLiteral("integrity_check"));
    result.integrity = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0)));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *pragma : { "PRAGMA user_version", "PRAGMA application_id" }) {
        Statement statement = prepare(db.get(), pragma);
        if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
            return fail(QString::fromLatin1(pragma));
        addValue(hash, statement.get(), 0);
    }

    Statement tables = prepare(db.get(),
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    if (!tables)
        return fail(QStringLiteral("sqlite_master"));
    QList<QByteArray> names;
    while (sqlite3_step(tables.get()) == SQLITE_ROW) {
        names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(tables.get(), 0)));
        hash.addData(names.last() + '\x1e');
        addValue(hash, tables.get(), 1);
    }
    for (const QByteArray &table : std::as_const(names)) {
        Statement info = prepare(db.get(), "SELECT name FROM pragma_table_info(?) ORDER BY cid");
        if (!info)
            return fail(QStringLiteral("table_info"));
        sqlite3_bind_text(info.get(), 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
        QByteArrayList columns;
        while (sqlite3_step(info.get()) == SQLITE_ROW) {
            const QByteArray column(reinterpret_cast<const char *>(sqlite3_column_text(info.get(), 0)));
            if (!ignored.contains(QString::fromUtf8(table + '.' + column)))
                columns << quoted(column);
        }
        if (columns.isEmpty())
            continue;
        // Ordered by every column read, not by rowid: WITHOUT ROWID tables (the KPI cubes) have none, and the
        // content is what must match, not where SQLite keeps it.
        QByteArrayList positions;
        for (int i = 1; i <= columns.size(); ++i)
            positions << QByteArray::number(i);
        Statement rows = prepare(db.get(),
            "SELECT " + columns.join(',') + " FROM " + quoted(table) + " ORDER BY " + positions.join(','));
        if (!rows)
            return fail(QStringLiteral("reading %1").arg(QString::fromUtf8(table)));
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(rows.get())) == SQLITE_ROW) {
            for (int i = 0; i < columns.size(); ++i)
                addValue(hash, rows.get(), i);
            hash.addData("\x1e");
            ++result.rows;
        }
        if (step != SQLITE_DONE)
            return fail(QStringLiteral("reading %1").arg(QString::fromUtf8(table)));
    }
    result.digest = hash.result().toHex();
    result.ok = true;
    return result;
}

} // namespace baton::crash
