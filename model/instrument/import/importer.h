#pragma once

// Instrument/import: the CSV importer. Reads a CRM export with a mapping and writes handoffs, accounts or owners
// in one transaction; rows that cannot be imported are kept aside in the workspace (kept_aside_row) with the
// line they start on and the reason, under an import_run that records the counts. A failure anywhere (the file
// cannot be read, the disk is full) or a cancel rolls everything back: the workspace is as it was.
//
//   auto mapping = MappingDefinition::fromJson(json);
//   auto summary = Importer::runFile(workspace, "leads.csv", *mapping);
//   // summary->read, imported, updated, keptAside, duplicates
//
// preview() runs the same steps on the first rows inside a transaction that is always rolled back, so it shows
// the rows exactly as they would be stored (routing, SLA facts, created owners included) and changes nothing.
//
// Counts (README.md, "What the numbers mean"): read = records after the header; imported = records written as
// new; updated = records that updated an existing one (upsert); kept aside = records not written, each with a
// reason; read = imported + updated + kept aside. duplicates = imported (or, with "duplicates": "keep_aside",
// kept-aside) handoffs that repeat an earlier one under an identity rule.
//
// A handoff import runs on two threads: one reads, converts and prepares records (routing, SLA facts, duplicates),
// the caller's thread writes them in file order and sums the KPI cubes (KpiSums). Previews and account and owner
// imports go one record at a time on the caller's thread.
//
// Deterministic: the same workspace, file and mapping give the same records. The run's start and end times are
// the current time, or SOURCE_DATE_EPOCH when that is set.

#include "importmapping.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace baton {

class Workspace;

struct ImportOptions
{
    QString fileName; // recorded with the run (runFile: the file's name)
    QString mappingName; // recorded with the run (default: the mapping's name)
    // Called every 1,000 records with the bytes read and the file's size; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
    // How much memory the KPI cube sums of a handoff import may hold before they are merged into the cubes
    // (0: the default, 64 MB); tests make it small to merge often.
    qint64 kpiMergeBytes = 0;
    // From how large a file a handoff import is written with the rollback journal instead of the WAL when the
    // workspace is not open elsewhere (Importer::run); tests make it 0 or never.
    qint64 rollbackJournalFromBytes = 1024 * 1024;
    // How much memory each of a handoff import's two key tables (the mapping's key, the identity rules' keys) may
    // hold before the rest goes to temporary files (0: the default, 16 MB; SpillingIdTable); tests make it small.
    qint64 keyTableBytes = 0;
};

struct ImportSummary
{
    qint64 runId = 0;
    ImportEntity entity = ImportEntity::Handoff;
    qint64 read = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 keptAside = 0;
    qint64 duplicates = 0;
    QList<std::pair<QString, qint64>> details; // routed, created_owner, ... (see README)
    QStringList missingColumns; // mapped columns the file does not have
    QStringList unusedColumns; // columns of the file no rule reads
    char delimiter = ',';
};

struct PreviewRecord
{
    int line = 0;
    bool keptAside = false;
    QString status; // "new", "updates handoff 12", or the reason it is kept aside
    QList<std::pair<QString, QString>> cells; // field -> the cell as written
    QList<std::pair<QString, QString>> shown; // label -> the value as stored
    QStringList created; // "owner Dana Scully", what importing this record would create
};

struct ImportPreview
{
    QStringList header;
    QList<PreviewRecord> records;
    QStringList missingColumns;
    QStringList unusedColumns;
    char delimiter = ',';
};

class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(baton::Importer)
public:
    static Result<ImportSummary> run(Workspace &workspace, QIODevice &device, const MappingDefinition &mapping,
        const ImportOptions &options = {});
    static Result<ImportSummary> runFile(Workspace &workspace, const QString &path, const MappingDefinition &mapping,
        ImportOptions options = {});
    static Result<ImportPreview> preview(Workspace &workspace, QIODevice &device, const MappingDefinition &mapping,
        int records = 20);
    static Result<ImportPreview> previewFile(Workspace &workspace, const QString &path, const MappingDefinition &mapping,
        int records = 20);
    // The header row of a CSV file (for recognizing presets), with the delimiter detected.
    static Result<QStringList> readHeader(const QString &path, char delimiter = 0);

    // A record's fields as one RFC 4180 line (how kept-aside rows keep their raw text).
    static QString rawLine(const QStringList &fields);
};

} // namespace baton
