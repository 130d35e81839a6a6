#pragma once

// A digest of a workspace's content, independent of the file's page layout: the schema version and
// application id, then every table (by name) with its CREATE statement and every row in rowid order,
// each value with its type. Two files with the same digest hold the same data.
//
// Columns that legitimately differ between two runs of the same operation can be left out
// (`ignored`, as "table.column"): the crash harness leaves out audit_log.at, the wall-clock second at
// which an audited change was made.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace baton::crash {

struct DigestResult
{
    bool ok = false;
    QString error; // why the file could not be read
    QString integrity; // PRAGMA integrity_check's first line: "ok" for a sound file
    QByteArray digest; // SHA-256, hex
    qint64 rows = 0;
};

// Reads `path` read-only through SQLite's C API (the caller has already let Workspace::open recover it).
DigestResult digestWorkspace(const QString &path, const QStringList &ignored = {});

} // namespace baton::crash
