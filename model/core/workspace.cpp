#include "workspace.h"

#include "migrations.h"
#include "sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlRecord>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::Workspace", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("baton-workspace-%1").arg(++counter);
}

QString defaultActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// An identifier as SQL text: in double quotes, inner double quotes doubled.
QString quotedIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The first 16 bytes of every SQLite 3 database file.
constexpr char SqliteMagic[] = "SQLite format 3";

} // namespace

Workspace::Workspace(QString path, QString connectionName, Access access)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_access(access), m_actor(defaultActor())
{
}

Workspace::~Workspace()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen()) {
            if (m_transactionDepth > 0)
                database.rollback();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::displayName() const
{
    const QString name = setting(QStringLiteral("name"));
    return name.isEmpty() ? QFileInfo(m_path).completeBaseName() : name;
}

int Workspace::schemaVersion() const
{
    return scalar(db(), QStringLiteral("PRAGMA user_version")).valueOr(QVariant(-1)).toInt();
}

Result<std::unique_ptr<Workspace>> Workspace::connect(const QString &path, Access access)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Workspace> workspace(new Workspace(QFileInfo(path).absoluteFilePath(), name, access));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database.setDatabaseName(workspace->m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    database.setConnectOptions(options);
    if (!database.open())
        return sqlError(database.lastError(), tr("Cannot open %1").arg(path));
    // A workspace may come from anywhere: SQL functions named in its schema (triggers, views) may not have
    // side effects (SQLite's advice for database files from untrusted sources).
    BATON_TRY(execSql(database, QStringLiteral("PRAGMA trusted_schema = OFF")));
    return workspace;
}

Result<void> Workspace::checkIdentity(bool allowEmpty) const
{
    auto appId = scalar(db(), QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    // Reading sqlite_schema also makes SQLite validate the header and the first page.
    auto tables = scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    if (appId->toLongLong() == ApplicationId)
        return {};
    if (allowEmpty && appId->toLongLong() == 0 && tables->toInt() == 0)
        return {};
    return fail(tr("%1 is not a Baton workspace (it is an SQLite database of another program).")
                    .arg(QFileInfo(m_path).fileName()),
        Error::Kind::NotAWorkspace);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("The workspace %1 does not exist.").arg(path), Error::Kind::NotFound);
    if (!info.isFile())
        return fail(tr("%1 is not a file.").arg(path), Error::Kind::NotAWorkspace);
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(path, file.errorString()), Error::Kind::Io);
        const QByteArray header = file.read(100);
        if (header.size() < 100 || !header.startsWith(QByteArray(SqliteMagic)))
            return fail(tr("%1 is not a Baton workspace (it is not a database file).").arg(info.fileName()),
                Error::Kind::NotAWorkspace);
        // The header records the database size when its "version valid for" matches the change counter;
        // a file shorter than that was cut off (a copy interrupted, a full disk). Pages still in a WAL
        // file do not count, so the check only applies without one; nor does it with a rollback journal (a
        // large import interrupted half way: opening rolls it back to the size the journal recorded).
        const auto word = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
        const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16) == 1 ? 65536 : qFromBigEndian<quint16>(header.constData() + 16);
        const bool sizeValid = word(24) == word(92) && word(28) > 0;
        const QFileInfo wal(path + QStringLiteral("-wal"));
        const QFileInfo journal(path + QStringLiteral("-journal"));
        const bool pending = (wal.exists() && wal.size() > 0) || (journal.exists() && journal.size() > 0);
        if (sizeValid && !pending && info.size() < qint64(word(28)) * pageSize)
            return fail(tr("The workspace file %1 is damaged: it is shorter than its header says (truncated).")
                            .arg(info.fileName()),
                Error::Kind::Corrupt);
    }
    // Permission bits are checked as well as access(): a file marked read-only stays untouched even for root.
    const bool writable = info.isWritable()
        && (QFile::permissions(path) & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    if (access == Access::ReadWrite && !writable)
        return fail(tr("The workspace %1 is read-only. Make it writable, or save a copy and open that.")
                        .arg(info.fileName()),
            Error::Kind::ReadOnly);
    // Writing needs the directory too, for SQLite's journal and WAL files.
    if (access == Access::ReadWrite && !QFileInfo(info.absolutePath()).isWritable())
        return fail(tr("The folder of %1 is read-only, so the workspace cannot be changed.").arg(info.fileName()),
            Error::Kind::ReadOnly);

    // A rollback journal left by an interrupted bulk import (Importer::run) must be rolled back before the file can
    // be read, which a read-only connection cannot do: a connection that may write does it first (SQLite rolls a
    // hot journal back when it first reads), as opening the workspace for writing would.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (access == Access::ReadOnly && journal.exists() && journal.size() > 0) {
        if (!writable || !QFileInfo(info.absolutePath()).isWritable())
            return fail(tr("The workspace %1 has an interrupted change to undo, which needs write access: make it "
                           "and its folder writable and open it again.")
                            .arg(info.fileName()),
                Error::Kind::ReadOnly);
        auto recovering = connect(path, Access::ReadWrite);
        if (!recovering)
            return recovering.error();
        BATON_TRY((*recovering)->checkIdentity(false));
        (void)execSql((*recovering)->db(), QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    auto connected = connect(path, access);
    if (!connected)
        return connected.error();
    std::unique_ptr<Workspace> workspace = std::move(connected.value());
    BATON_TRY(workspace->checkIdentity(false));

    const int version = workspace->schemaVersion();
    if (version < 0)
        return fail(tr("The workspace file %1 is damaged: its schema version (%2) is not one Baton writes.")
                        .arg(info.fileName())
                        .arg(version),
            Error::Kind::Corrupt);
    if (version > Migrations::latestVersion())
        return fail(tr("%1 was written by a newer version of Baton (schema %2; this version knows up to %3). "
                       "Update Baton to open it.")
                        .arg(info.fileName())
                        .arg(version)
                        .arg(Migrations::latestVersion()),
            Error::Kind::NewerVersion);
    // Read-only access never changes the file, so an older schema stays as it is.
    if (access == Access::ReadOnly)
        return workspace;
    BATON_TRY(workspace->migrateIfNeeded());
    // WAL lets readers in other windows go on while this one writes; switching needs the write lock.
    BATON_TRY(execSql(workspace->db(), QStringLiteral("PRAGMA journal_mode = WAL")));
    BATON_TRY(execSql(workspace->db(), QStringLiteral("PRAGMA foreign_keys = ON")));
    BATON_TRY(execSql(workspace->db(), QStringLiteral("PRAGMA synchronous = NORMAL")));
    return workspace;
}

Result<void> Workspace::migrateIfNeeded()
{
    const int from = schemaVersion();
    const int to = Migrations::latestVersion();
    if (from == to)
        return {};
    // A copy of the old file first, so an upgrade can always be undone by hand.
    const QFileInfo info(m_path);
    const QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
        + QStringLiteral(".schema%1-backup-%2.baton")
              .arg(from)
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    BATON_TRY(backupDatabase(db(), backup));
    m_backupPath = backup;
    return transaction([&]() -> Result<void> { return Migrations::apply(db(), from, to); });
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path)
{
    return createAtVersion(path, Migrations::latestVersion());
}

Result<std::unique_ptr<Workspace>> Workspace::createAtVersion(const QString &path, int version)
{
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; choose another name.").arg(path), Error::Kind::Invalid);
    {
        // Create the file ourselves, readable by the user only from the first instant (whatever the umask);
        // SQLite gives its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return fail(tr("Cannot create %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    }
    auto connected = connect(path, Access::ReadWrite);
    if (!connected) {
        QFile::remove(path);
        return connected.error();
    }
    std::unique_ptr<Workspace> workspace = std::move(connected.value());
    const QSqlDatabase database = workspace->db();
    auto created = [&]() -> Result<void> {
        BATON_TRY(execSql(database, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)));
        BATON_TRY(workspace->transaction([&]() { return Migrations::apply(database, 0, version); }));
        BATON_TRY(execSql(database, QStringLiteral("PRAGMA journal_mode = WAL")));
        BATON_TRY(execSql(database, QStringLiteral("PRAGMA foreign_keys = ON")));
        BATON_TRY(execSql(database, QStringLiteral("PRAGMA synchronous = NORMAL")));
        if (version >= 1)
            BATON_TRY(workspace->setSetting(QStringLiteral("created_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        return {};
    }();
    if (!created) {
        workspace.reset();
        QFile::remove(path);
        return created.error();
    }
    return workspace;
}

Result<void> Workspace::transaction(const std::function<Result<void>()> &work)
{
    const QSqlDatabase database = db();
    const int depth = m_transactionDepth;
    const QString savepoint = QStringLiteral("baton_sp%1").arg(depth);
    // BEGIN IMMEDIATE takes the write lock at once, so two windows cannot deadlock while upgrading a read lock.
    BATON_TRY(execSql(database, depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint));
    ++m_transactionDepth;
    Result<void> outcome = work();
    --m_transactionDepth;
    if (outcome) {
        auto committed = execSql(database, depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (committed)
            return {};
        outcome = committed.error();
    }
    if (depth == 0) {
        (void)execSql(database, QStringLiteral("ROLLBACK"));
    } else {
        (void)execSql(database, QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)execSql(database, QStringLiteral("RELEASE ") + savepoint);
    }
    return outcome;
}

Result<void> backupDatabase(const QSqlDatabase &source, const QString &targetPath)
{
    sqlite3 *from = sqliteHandle(source);
    if (!from)
        return fail(QCoreApplication::translate("baton::Workspace", "Copies can only be made of SQLite workspaces."));
    if (QFileInfo::exists(targetPath))
        return fail(
            QCoreApplication::translate("baton::Workspace", "%1 already exists; choose another name.").arg(targetPath),
            Error::Kind::Invalid);
    {
        QFile file(targetPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return fail(QCoreApplication::translate("baton::Workspace", "Cannot create %1: %2")
                            .arg(targetPath, file.errorString()),
                Error::Kind::Io);
    }
    sqlite3 *to = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &to, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (backup) {
            // Copy in steps so that a writer in another window only waits briefly between them.
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(to);
    }
    const QString message = to ? QString::fromUtf8(sqlite3_errmsg(to)) : QString();
    sqlite3_close(to);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(targetPath);
        return fail(QCoreApplication::translate("baton::Workspace", "Copying the workspace to %1 failed: %2")
                        .arg(targetPath, message),
            Error::Kind::Io);
    }
    return {};
}

Result<void> Workspace::saveCopyAs(const QString &path) const
{
    return backupDatabase(db(), path);
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    auto value = scalar(db(), QStringLiteral("SELECT value FROM workspace_setting WHERE key = ?"), { key });
    if (!value || value->isNull())
        return fallback;
    return value->toString();
}

Result<void> Workspace::setSetting(const QString &key, const QString &value)
{
    return transaction([&]() -> Result<void> {
        const QString old = setting(key);
        BATON_TRY(execSql(db(),
            QStringLiteral("INSERT INTO workspace_setting(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { key, value }));
        if (old != value)
            BATON_TRY(execSql(db(),
                QStringLiteral("INSERT INTO audit_log(at, actor, entity, entity_id, action, field, old_value, new_value) "
                               "VALUES (?, ?, 'workspace_setting', NULL, 'update', ?, ?, ?)"),
                { QDateTime::currentSecsSinceEpoch(), m_actor, key, old.isEmpty() ? QVariant() : QVariant(old), value }));
        return {};
    });
}

qint64 Workspace::asOf() const
{
    const QDateTime fixed = QDateTime::fromString(setting(QStringLiteral("as_of")), Qt::ISODate);
    return fixed.isValid() ? fixed.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
}

Result<QStringList> Workspace::tableNames() const
{
    auto tables = execSql(db(),
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    return names;
}

Result<QList<std::pair<QString, qint64>>> Workspace::tableCounts() const
{
    auto names = tableNames();
    if (!names)
        return names.error();
    QList<std::pair<QString, qint64>> counts;
    for (const QString &name : std::as_const(*names)) {
        // Table names come from the file, so they are quoted as identifiers (a name may hold quotes).
        auto count = scalar(db(), QStringLiteral("SELECT count(*) FROM %1").arg(quotedIdentifier(name)));
        if (!count)
            return count.error();
        counts.append({ name, count->toLongLong() });
    }
    return counts;
}

} // namespace baton
