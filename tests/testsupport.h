#pragma once

// Helpers shared by the test suites: temporary workspaces, file digests and raw SQL reads that do
// not go through the code under test.

#include "core/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace baton::test {

// SHA-256 of a file's bytes (plus its -wal file, which holds committed pages not yet checkpointed).
inline QByteArray fileDigest(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : { path, path + QStringLiteral("-wal") }) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    }
    return hash.result().toHex();
}

// An independent connection to a database file, for reading what the code under test wrote.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        QList<QVariantList> result;
        if (!query.exec())
            return result;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            result << row;
        }
        return result;
    }
    // A digest of every row of a table in id order, independent of the file's page layout.
    QByteArray tableDigest(const QString &table) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QVariantList &row : rows(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
            for (const QVariant &value : row)
                hash.addData((value.isNull() ? QStringLiteral("<null>") : value.toString()).toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
        return hash.result().toHex();
    }

private:
    QString m_name;
};

} // namespace baton::test
