#pragma once

// A workspace is one SQLite file holding a team's whole handoff configuration and history.
// Workspace owns its database connection; everything in model/ reaches the database through it.

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace baton {

class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    enum class Access { ReadWrite, ReadOnly };

    // "BATN" in PRAGMA application_id marks a file as a Baton workspace.
    static constexpr qint32 ApplicationId = 0x4241544E;
    static constexpr int BusyTimeoutMs = 3000;

    ~Workspace();

    // Creates a new, empty workspace (schema only, no configuration). Refuses to overwrite an existing file.
    static Result<std::unique_ptr<Workspace>> create(const QString &path);
    // Opens an existing workspace; older schemas are migrated forward (after a backup copy) when opened ReadWrite,
    // and left as they are when opened ReadOnly (for inspection such as `baton info`).
    // A missing, foreign, newer, damaged, read-only (for ReadWrite) or locked file is refused and left untouched.
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Access access = Access::ReadWrite);
    // Opens a database at schema version `version` without migrating; for tests of the migrations themselves.
    static Result<std::unique_ptr<Workspace>> createAtVersion(const QString &path, int version);

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString displayName() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;
    // Where the pre-migration backup of the last open went, empty when no migration ran.
    QString migrationBackupPath() const { return m_backupPath; }

    // Who is recorded in the audit log for changes made through this workspace.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Runs `work` atomically: the outermost call is a write transaction, nested calls are savepoints.
    // Any error returned by `work` (or thrown by the database) rolls its part back.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Writes a consistent copy of the open workspace to `path` with SQLite's online backup API;
    // safe while the workspace is in use. The copy is readable by the user only.
    Result<void> saveCopyAs(const QString &path) const;

    // Key/value settings of the workspace itself (name, reporting time zone, ...). setSetting writes one
    // value with its audit entry and nothing else; a user's change goes through WorkspaceSettings::set
    // (workspacesettings.h), which validates it and rewrites what derives from it (handoff weeks).
    QString setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);

    // The instant "now" means for this workspace's data: the 'as_of' setting when set (demo and imported
    // snapshots are frozen in time), else the current time. Breaches and open SLAs are judged at it.
    qint64 asOf() const;

    // The names of the workspace's tables, sorted (cheap: the schema only).
    Result<QStringList> tableNames() const;
    // Row counts of every table, for `baton info` and the Overview (a count of every row: at 10^6 handoffs
    // tens of milliseconds, so the window counts in a worker).
    Result<QList<std::pair<QString, qint64>>> tableCounts() const;

private:
    Workspace(QString path, QString connectionName, Access access);
    static Result<std::unique_ptr<Workspace>> connect(const QString &path, Access access);
    Result<void> checkIdentity(bool allowEmpty) const;
    Result<void> migrateIfNeeded();

    QString m_path;
    QString m_connectionName;
    Access m_access;
    QString m_actor;
    QString m_backupPath;
    int m_transactionDepth = 0;
};

// Backup with SQLite's online backup API from an open connection to a new file.
Result<void> backupDatabase(const QSqlDatabase &source, const QString &targetPath);

} // namespace baton
