#pragma once

// Instrument/import: what earlier imports did (import_run) and the rows they kept aside (kept_aside_row), for
// the Import page and `baton import --kept-aside`. Kept-aside rows export as CSV with the line, the reason and
// the record's own columns, so they can be fixed in a spreadsheet and imported again.

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace baton {

class Workspace;

struct ImportRunInfo
{
    qint64 id = 0;
    QString fileName;
    QString mappingName;
    QString entity;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 read = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 keptAside = 0;
    qint64 duplicates = 0;
    QStringList header;
    QString details; // JSON object
};

struct KeptAsideRow
{
    qint64 id = 0;
    int line = 0;
    QString reason;
    QString raw; // the record as one CSV line
    QStringList fields() const;
};

class ImportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(baton::ImportHistory)
public:
    // Newest first.
    static Result<QList<ImportRunInfo>> runs(Workspace &workspace);
    static Result<ImportRunInfo> run(Workspace &workspace, qint64 runId);
    // In line order; `limit` < 0 for all.
    static Result<QList<KeptAsideRow>> keptAside(Workspace &workspace, qint64 runId, qint64 offset = 0, qint64 limit = -1);
    // Writes the run's kept-aside rows to `path` (created readable by the user only); returns how many.
    static Result<qint64> exportKeptAside(Workspace &workspace, qint64 runId, const QString &path);
};

} // namespace baton
