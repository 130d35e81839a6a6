// The workspace store: creation, migrations from every older schema, and refusal of files that must
// not be opened (newer, foreign, corrupt, read-only, locked), each leaving the file unchanged.

#include "core/migrations.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace baton;
using namespace baton::test;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList schemaOf(const QString &file)
    {
        RawDatabase raw(file);
        QStringList statements;
        for (const QVariantList &row : raw.rows(QStringLiteral(
                 "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")))
            statements << row.at(0).toString();
        return statements;
    }

    // A closed, freshly created workspace at the latest schema.
    QString makeWorkspace(const QString &name)
    {
        const QString file = path(name);
        auto created = Workspace::create(file);
        if (!created)
            qFatal("%s", qPrintable(created.errorMessage()));
        return file;
    }

private slots:
    void createsCurrentSchemaWithPragmas()
    {
        const QString file = path(QStringLiteral("new.baton"));
        auto workspace = Workspace::create(file);
        QVERIFY2(workspace.ok(), qPrintable(workspace.errorMessage()));
        QCOMPARE((*workspace)->schemaVersion(), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
        QCOMPARE(scalar((*workspace)->db(), QStringLiteral("PRAGMA application_id"))->toInt(), Workspace::ApplicationId);
        QCOMPARE(scalar((*workspace)->db(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(scalar((*workspace)->db(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        // Readable and writable by the user only.
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        QVERIFY(QFile::permissions(file) & QFile::WriteOwner);
    }

    void createRefusesAnExistingFile()
    {
        const QString file = makeWorkspace(QStringLiteral("exists.baton"));
        const QByteArray before = fileDigest(file);
        auto again = Workspace::create(file);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Invalid);
        QCOMPARE(fileDigest(file), before);
    }

    void foreignKeysAreEnforced()
    {
        auto workspace = Workspace::create(path(QStringLiteral("fk.baton")));
        QVERIFY(workspace.ok());
        auto bad = execSql((*workspace)->db(),
            QStringLiteral("INSERT INTO contract_term(contract_version_id, signal_type_id, owner_role, follow_up_action, "
                           "sla_minutes) VALUES (999, 999, 'x', 'y', 10)"));
        QVERIFY(!bad.ok());
    }

    void migratesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from schema %d", version) << version;
    }

    void migratesEveryOlderVersion()
    {
        QFETCH(int, version);
        const QString file = path(QStringLiteral("old-%1.baton").arg(version));
        {
            auto old = Workspace::createAtVersion(file, version);
            QVERIFY2(old.ok(), qPrintable(old.errorMessage()));
            QCOMPARE((*old)->schemaVersion(), version);
        }
        auto opened = Workspace::open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
        // The migrated schema is the one a new workspace gets.
        const QString fresh = makeWorkspace(QStringLiteral("fresh-%1.baton").arg(version));
        opened->reset();
        QCOMPARE(schemaOf(file), schemaOf(fresh));
        // A backup of the old file was written first, and it opens as a workspace of the old version.
        QDir dir(m_dir.path());
        const QStringList backups =
            dir.entryList({ QStringLiteral("old-%1.schema%1-backup-*.baton").arg(version) }, QDir::Files);
        QCOMPARE(backups.size(), 1);
        auto backup = Workspace::open(dir.filePath(backups.first()), Workspace::Access::ReadOnly);
        QVERIFY2(backup.ok(), qPrintable(backup.errorMessage()));
        QCOMPARE((*backup)->schemaVersion(), version);
    }

    void refusesANewerVersion()
    {
        const QString file = makeWorkspace(QStringLiteral("newer.baton"));
        {
            RawDatabase raw(file);
            QSqlQuery(raw.db()).exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
        }
        const QByteArray before = fileDigest(file);
        auto opened = Workspace::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NewerVersion);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("newer version")));
        QCOMPARE(fileDigest(file), before);
    }

    void refusesFilesThatAreNotWorkspaces_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("foreignDatabase");
        QTest::newRow("text") << QByteArray("lead_id,email\n1,a@b.c\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("short header") << QByteArray("SQLite format 3") << false;
        QTest::newRow("other program's database") << QByteArray() << true;
    }

    void refusesFilesThatAreNotWorkspaces()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, foreignDatabase);
        const QString file = path(QStringLiteral("foreign-%1.baton").arg(QTest::currentDataTag()).replace(u' ', u'_'));
        if (foreignDatabase) {
            RawDatabase raw(file);
            QSqlQuery(raw.db()).exec(QStringLiteral("CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT)"));
        } else {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const QByteArray before = fileDigest(file);
        auto opened = Workspace::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::NotAWorkspace);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("not a Baton workspace")));
        QCOMPARE(fileDigest(file), before);
    }

    void refusesACorruptFile_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("truncate");
        // Page 1 holds the schema table right after the 100-byte header.
        QTest::newRow("schema page overwritten") << 100 << 3000 << false;
        QTest::newRow("header page size damaged") << 16 << 2 << false;
        QTest::newRow("cut off half way") << 0 << 0 << true;
    }

    void refusesACorruptFile()
    {
        QFETCH(int, offset);
        QFETCH(int, length);
        QFETCH(bool, truncate);
        const QString file = makeWorkspace(QStringLiteral("corrupt-%1.baton").arg(QTest::currentDataTag()).replace(u' ', u'_'));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
        {
            QFile damage(file);
            QVERIFY(damage.open(QIODevice::ReadWrite));
            if (truncate) {
                QVERIFY(damage.resize(damage.size() / 2));
            } else {
                damage.seek(offset);
                damage.write(QByteArray(length, '\xA5'));
            }
        }
        const QByteArray before = fileDigest(file);
        auto opened = Workspace::open(file);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().kind == Error::Kind::Corrupt || opened.error().kind == Error::Kind::NotAWorkspace,
            qPrintable(opened.errorMessage()));
        QCOMPARE(fileDigest(file), before);
    }

    void refusesAReadOnlyFileForWriting()
    {
        const QString file = makeWorkspace(QStringLiteral("readonly.baton"));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser));
        const QByteArray before = fileDigest(file);
        auto opened = Workspace::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::ReadOnly);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("read-only")));
        QCOMPARE(fileDigest(file), before);
        // Reading it is still possible.
        auto reading = Workspace::open(file, Workspace::Access::ReadOnly);
        QVERIFY2(reading.ok(), qPrintable(reading.errorMessage()));
        QVERIFY((*reading)->isReadOnly());
        reading->reset();
        QCOMPARE(fileDigest(file), before);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    void refusesALockedFile()
    {
        const QString file = makeWorkspace(QStringLiteral("locked.baton"));
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &other), SQLITE_OK);
        // Another program holding an exclusive lock on a rollback-journal database blocks even readers.
        QCOMPARE(sqlite3_exec(other, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        const QByteArray before = fileDigest(file);
        QElapsedTimer timer;
        timer.start();
        auto opened = Workspace::open(file);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Locked);
        QVERIFY(opened.errorMessage().contains(QStringLiteral("locked")));
        QVERIFY(timer.elapsed() < 20000);
        QCOMPARE(fileDigest(file), before);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        // Once released it opens.
        QVERIFY(Workspace::open(file).ok());
    }

    void anInterruptedRollbackJournalIsRolledBack_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("opened for writing") << false;
        QTest::newRow("opened read-only") << true;
    }

    void anInterruptedRollbackJournalIsRolledBack()
    {
        // A large import writes with the rollback journal (Importer::run). Killed half way, it leaves the file with
        // some new pages written and the old content of the pages it changed in a hot journal; opening the
        // workspace, even read-only (`baton info`), must roll it back to the state before. The crashed state is
        // made by copying the file and its journal while a transaction has spilled pages into the file.
        QFETCH(bool, readOnly);
        const QString file = makeWorkspace(QStringLiteral("journal-%1.baton").arg(readOnly));
        const QString crashed = path(QStringLiteral("crashed-%1.baton").arg(readOnly));
        qint64 tablesBefore = 0;
        {
            RawDatabase raw(file);
            tablesBefore = raw.rows(QStringLiteral("SELECT count(*) FROM sqlite_master")).at(0).at(0).toLongLong();
        }
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA cache_size=10; BEGIN; "
                                  "CREATE TABLE bulk(x); "
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                  "INSERT INTO bulk SELECT randomblob(200) FROM n; "
                                  "UPDATE workspace_setting SET value = 'changed';",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        const QFileInfo journal(file + QStringLiteral("-journal"));
        QVERIFY2(journal.exists() && journal.size() > 0, "the transaction has a journal");
        QVERIFY(QFile::copy(file, crashed));
        QVERIFY(QFile::copy(file + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        QVERIFY(QFileInfo(crashed).size() > QFileInfo(file).size() / 2);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);

        auto opened = Workspace::open(crashed, readOnly ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(scalar((*opened)->db(), QStringLiteral("SELECT count(*) FROM sqlite_master")).value().toLongLong(), tablesBefore);
        QCOMPARE(scalar((*opened)->db(), QStringLiteral("SELECT count(*) FROM workspace_setting WHERE value = 'changed'"))
                     .value()
                     .toLongLong(),
            0);
        QCOMPARE(scalar((*opened)->db(), QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
        opened->reset();
        QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-journal")) || QFileInfo(crashed + QStringLiteral("-journal")).size() == 0);
        QCOMPARE(RawDatabase(crashed).rows(QStringLiteral("PRAGMA journal_mode")).at(0).at(0).toString(), QStringLiteral("wal"));
    }

    void nestedTransactionsRollBackTheirOwnPart()
    {
        auto workspace = Workspace::create(path(QStringLiteral("tx.baton")));
        QVERIFY(workspace.ok());
        Workspace &ws = **workspace;
        auto outcome = ws.transaction([&]() -> Result<void> {
            BATON_TRY(ws.setSetting(QStringLiteral("outer"), QStringLiteral("kept")));
            auto inner = ws.transaction([&]() -> Result<void> {
                BATON_TRY(ws.setSetting(QStringLiteral("inner"), QStringLiteral("dropped")));
                return fail(QStringLiteral("inner failure"));
            });
            if (inner.ok())
                return fail(QStringLiteral("the inner transaction should have failed"));
            return {};
        });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(ws.setting(QStringLiteral("outer")), QStringLiteral("kept"));
        QCOMPARE(ws.setting(QStringLiteral("inner")), QString());

        auto failed = ws.transaction([&]() -> Result<void> {
            BATON_TRY(ws.setSetting(QStringLiteral("outer2"), QStringLiteral("x")));
            return fail(QStringLiteral("outer failure"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.errorMessage(), QStringLiteral("outer failure"));
        QCOMPARE(ws.setting(QStringLiteral("outer2")), QString());
        QVERIFY(!ws.inTransaction());
    }

    void saveCopyAsWritesAWorkspace()
    {
        const QString file = path(QStringLiteral("original.baton"));
        auto workspace = Workspace::create(file);
        QVERIFY(workspace.ok());
        QVERIFY((*workspace)->setSetting(QStringLiteral("name"), QStringLiteral("Copied")).ok());
        const QString copy = path(QStringLiteral("copy.baton"));
        auto saved = (*workspace)->saveCopyAs(copy);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(QFile::permissions(copy) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        auto reopened = Workspace::open(copy);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        QCOMPARE((*reopened)->displayName(), QStringLiteral("Copied"));
        QCOMPARE((*reopened)->tableCounts()->size(), (*workspace)->tableCounts()->size());
        // Never over an existing file.
        QVERIFY(!(*workspace)->saveCopyAs(copy).ok());
    }

    void tableCountsCoverEveryTable()
    {
        auto workspace = Workspace::create(path(QStringLiteral("counts.baton")));
        QVERIFY(workspace.ok());
        QVERIFY((*workspace)->setSetting(QStringLiteral("a"), QStringLiteral("1")).ok());
        auto counts = (*workspace)->tableCounts();
        QVERIFY(counts.ok());
        RawDatabase raw((*workspace)->path());
        const int tables = raw.value(QStringLiteral(
                                         "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))
                               .toInt();
        QCOMPARE(counts->size(), tables);
        for (const auto &[table, count] : *counts)
            QCOMPARE(count, raw.value(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong());
    }

    void splitsMigrationScripts()
    {
        const QStringList statements = Migrations::splitStatements(QStringLiteral(
            "-- a comment; with a semicolon\nCREATE TABLE a(x TEXT DEFAULT ';');\n/* block; */ INSERT INTO a VALUES ('it''s;');\n\n"));
        QCOMPARE(statements.size(), 2);
        QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a(x TEXT DEFAULT ';')"));
        QCOMPARE(statements.at(1), QStringLiteral("INSERT INTO a VALUES ('it''s;')"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
