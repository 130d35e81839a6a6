#include "importer.h"

#include "accountimport.h"
#include "csvreader.h"
#include "handoffimport.h"
#include "importreferences.h"
#include "ownerimport.h"
#include "rowconverter.h"

#include "core/json.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "optimize/kpideferral.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace baton {

namespace {

// The page cache during an import, in KiB.
constexpr int BulkCacheKiB = 64 * 1024;
// How much a handoff import's KPI sums may hold before they are merged into the cubes.
constexpr qint64 DefaultKpiMergeBytes = 64 * 1024 * 1024;

// Rolls a preview's transaction back after its records were collected.
constexpr auto PreviewDone = "baton-import-preview-done";

qint64 now()
{
    bool ok = false;
    const qint64 fixed = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? fixed : QDateTime::currentSecsSinceEpoch();
}

QString createdKey(ImportReferences::Kind kind)
{
    switch (kind) {
    case ImportReferences::Kind::SignalType:
        return QStringLiteral("created_signal_types");
    case ImportReferences::Kind::Owner:
        return QStringLiteral("created_owners");
    case ImportReferences::Kind::Team:
        return QStringLiteral("created_teams");
    case ImportReferences::Kind::Territory:
        return QStringLiteral("created_territories");
    case ImportReferences::Kind::Segment:
        return QStringLiteral("created_segments");
    case ImportReferences::Kind::Industry:
        return QStringLiteral("created_industries");
    case ImportReferences::Kind::Stage:
        return QStringLiteral("created_stages");
    case ImportReferences::Kind::RejectionReason:
        return QStringLiteral("created_rejection_reasons");
    case ImportReferences::Kind::Account:
        return QStringLiteral("created_accounts");
    case ImportReferences::Kind::Calendar:
        return QStringLiteral("created_calendars");
    }
    return {};
}

// After how many records a handoff import estimates how many the file holds (runPipelined).
constexpr qint64 SizingRecords = 2000;

// How many written batches the writing thread may hold for rows waiting to be written (runPipelined).
constexpr size_t MaxHeldBatches = 4;

// The two threads of a handoff import (Execution::runPipelined). The reading thread reads the file, converts its
// records and prepares them (HandoffImport::prepare: routing, SLA facts, duplicates, ids); the thread that holds
// the import's transaction writes what was prepared, in file order. What the reading thread must do in the
// workspace (create a row a record names, read the handoff a key names) it hands over with call() and waits for:
// the writing thread runs it after writing everything prepared before it, so the workspace is only ever used from
// the thread that opened it and every record sees the ones before it.
class ImportPipe final
{
public:
    struct Item
    {
        enum class Kind { Handoff, KeptAside, Call, End };
        Kind kind = Kind::Handoff;
        HandoffImport::Prepared prepared; // Handoff
        int line = 0; // KeptAside
        QString reason;
        QString raw;
        const std::function<Result<void>()> *call = nullptr; // Call
        Result<void> status; // End: how reading ended
        qint64 bytes = 0; // of the file, read so far
    };

    // Reading thread. Returns false once the writer stopped (the import failed or was cancelled).
    bool push(Item item)
    {
        m_filling.push_back(std::move(item));
        return m_filling.size() < BatchSize || send();
    }
    Result<void> call(const std::function<Result<void>()> &work)
    {
        Item item;
        item.kind = Item::Kind::Call;
        item.call = &work;
        m_filling.push_back(std::move(item));
        std::unique_lock lock(m_mutex);
        m_answered = false;
        lock.unlock();
        if (!send())
            return fail(QStringLiteral("The import stopped."), Error::Kind::Cancelled);
        lock.lock();
        m_changed.wait(lock, [this] { return m_answered || m_stopped; });
        if (!m_answered)
            return fail(QStringLiteral("The import stopped."), Error::Kind::Cancelled);
        return m_answer;
    }
    void end(Result<void> status)
    {
        Item item;
        item.kind = Item::Kind::End;
        item.status = std::move(status);
        m_filling.push_back(std::move(item));
        send();
    }

    // Writing thread.
    std::vector<Item> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty(); });
        std::vector<Item> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void answer(Result<void> result)
    {
        const std::lock_guard lock(m_mutex);
        m_answer = std::move(result);
        m_answered = true;
        m_changed.notify_all();
    }
    // Hands a written batch back: the reading thread frees what it allocated (freeing it here would make both
    // threads take turns at the allocator's locks).
    void giveBack(std::vector<Item> batch)
    {
        const std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr size_t BatchSize = 256;
    static constexpr size_t MaxBatches = 8;

    bool send()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < MaxBatches || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(m_filling));
        m_filling = std::vector<Item>();
        if (!m_spent.empty()) {
            m_filling = std::move(m_spent.back());
            m_spent.pop_back();
        }
        m_changed.notify_all();
        lock.unlock();
        m_filling.clear();
        m_filling.reserve(BatchSize);
        return true;
    }

    std::vector<Item> m_filling; // the reading thread's next batch
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_batches;
    std::vector<std::vector<Item>> m_spent; // written batches, for the reading thread to free and reuse
    bool m_stopped = false;
    bool m_answered = false;
    Result<void> m_answer;
};

struct Execution
{
    Workspace &workspace;
    QIODevice &device;
    const MappingDefinition &mapping;
    const ImportOptions &options;
    int previewRecords = -1; // >= 0: a preview of that many records
    ImportSummary summary;
    ImportPreview preview;
    bool rollbackJournal = false; // the import writes with the rollback journal (Importer::run)

    Result<void> execute();
    Result<void> runPipelined(CsvReader &reader, RowConverter &converter, ImportReferences &refs,
        HandoffImport &handoffs, PreparedStatement &keep, qint64 total);
};

Result<void> Execution::runPipelined(CsvReader &reader, RowConverter &converter, ImportReferences &refs,
    HandoffImport &handoffs, PreparedStatement &keep, qint64 total)
{
    ImportPipe pipe;
    const auto onWriter = [&pipe](const std::function<Result<void>()> &work) { return pipe.call(work); };
    refs.setWriterCall(onWriter);
    handoffs.setWriterCall(onWriter);

    // Reading: the counts are the reading thread's until it has ended.
    std::thread reading([&]() {
        CsvRecord record;
        ConvertedRecord converted;
        pipe.end([&]() -> Result<void> {
            for (;;) {
                auto more = reader.next(&record);
                if (!more)
                    return more.error();
                if (!*more)
                    return {};
                // Once the first records show how long a record is, the tables that grow with the records are
                // made as large as the whole file needs, instead of doubling (and holding both copies) on the way.
                if (++summary.read == SizingRecords && total > 0 && reader.bytesRead() > 0)
                    handoffs.expectRecords(qint64(double(total) * double(SizingRecords) / double(reader.bytesRead()) * 1.05));
                BATON_TRY(converter.convert(record, refs, workspace, &converted));
                ImportPipe::Item item;
                item.bytes = reader.bytesRead();
                if (converted.keptAside.isEmpty()) {
                    BATON_TRY(handoffs.prepare(converted, false, &item.prepared));
                    const RecordResult &result = item.prepared.result;
                    if (result.duplicate)
                        ++summary.duplicates;
                    if (result.action == RecordResult::Action::Inserted)
                        ++summary.imported;
                    else if (result.action == RecordResult::Action::Updated)
                        ++summary.updated;
                    else
                        item.reason = result.reason;
                } else {
                    item.reason = converted.keptAside;
                }
                if (!item.reason.isEmpty()) {
                    ++summary.keptAside;
                    item.kind = ImportPipe::Item::Kind::KeptAside;
                    item.line = record.line;
                    item.raw = Importer::rawLine(record.texts());
                }
                if (!pipe.push(std::move(item)))
                    return {};
            }
        }());
    });

    // Writing, on this thread. New handoffs are written from the batch they came in (HandoffImport::write in
    // place), so a batch goes back to the reading thread only once none of its rows waits to be written; a few
    // batches held (rows kept aside between few new ones) are written out.
    Result<void> outcome;
    qint64 records = 0;
    std::vector<std::vector<ImportPipe::Item>> held;
    const auto release = [&]() {
        for (std::vector<ImportPipe::Item> &spent : held)
            pipe.giveBack(std::move(spent));
        held.clear();
    };
    for (bool ended = false; !ended && outcome;) {
        std::vector<ImportPipe::Item> batch = pipe.take();
        for (ImportPipe::Item &item : batch) {
            switch (item.kind) {
            case ImportPipe::Item::Kind::Call:
                pipe.answer((*item.call)());
                continue;
            case ImportPipe::Item::Kind::End:
                outcome = std::move(item.status);
                ended = true;
                break;
            case ImportPipe::Item::Kind::Handoff:
                outcome = handoffs.write(item.prepared, true);
                break;
            case ImportPipe::Item::Kind::KeptAside:
                outcome = keep.run({ summary.runId, item.line, item.reason, item.raw });
                break;
            }
            if (outcome && !ended && options.progress && ++records % 1000 == 0 && !options.progress(item.bytes, total))
                outcome = fail(Importer::tr("The import was cancelled; nothing was changed."), Error::Kind::Cancelled);
            if (!outcome || ended)
                break;
        }
        held.push_back(std::move(batch));
        if (outcome && !ended && handoffs.waitingRows() > 0 && held.size() > MaxHeldBatches)
            outcome = handoffs.flush();
        if (handoffs.waitingRows() == 0)
            release();
    }
    pipe.stop();
    reading.join();
    refs.setWriterCall({});
    handoffs.setWriterCall({});
    // Rows still waiting point into the held batches, which end here: they are written now, or, when the import
    // failed, forgotten (its transaction rolls back).
    if (outcome)
        outcome = handoffs.flush();
    if (!outcome)
        handoffs.discardWaiting();
    return outcome;
}

Result<void> Execution::execute()
{
    CsvReader reader(&device, mapping.delimiter);
    CsvRecord record;
    auto first = reader.next(&record);
    if (!first)
        return first.error();
    if (!*first)
        return fail(Importer::tr("The file is empty: it needs a header row naming its columns."), Error::Kind::Invalid);
    QStringList header;
    for (const QString &name : record.texts())
        header << name.trimmed();
    preview.header = header;
    summary.delimiter = preview.delimiter = reader.delimiter();
    summary.entity = mapping.entity;

    auto converter = RowConverter::prepare(mapping, header, HandoffRepository(workspace).reportingZone());
    if (!converter)
        return converter.error();
    converter->keepCells(previewRecords >= 0);
    summary.missingColumns = preview.missingColumns = converter->missingColumns();
    summary.unusedColumns = preview.unusedColumns = converter->unusedColumns();
    const qint64 total = device.isSequential() ? 0 : device.size();

    return workspace.transaction([&]() -> Result<void> {
        auto refs = ImportReferences::load(workspace);
        if (!refs)
            return refs.error();
        refs->setNewOwners(mapping.newOwnerRole, mapping.newOwnerTeam);
        const bool previewing = previewRecords >= 0;
        if (!previewing) {
            auto inserted = execSql(workspace.db(),
                QStringLiteral("INSERT INTO import_run(file_name, mapping_name, started_at, entity, header) VALUES (?, ?, ?, ?, ?)"),
                { options.fileName, nullIfEmpty(options.mappingName.isEmpty() ? mapping.name : options.mappingName), now(),
                    ImportFields::entityName(mapping.entity), json::fromStrings(header) });
            if (!inserted)
                return inserted.error();
            summary.runId = inserted->lastInsertId().toLongLong();
        }
        std::optional<KpiDeferral> deferral;
        std::unique_ptr<EntityImport> entity;
        if (mapping.entity == ImportEntity::Handoff) {
            auto kpi = KpiDeferral::begin(workspace);
            if (!kpi)
                return kpi.error();
            deferral = std::move(*kpi);
            auto loaded = HandoffImport::load(workspace, mapping, *converter, *refs, options.keyTableBytes);
            if (!loaded)
                return loaded.error();
            (*loaded)->sumKpis(*deferral, options.kpiMergeBytes > 0 ? options.kpiMergeBytes : DefaultKpiMergeBytes);
            entity = std::move(*loaded);
        } else if (mapping.entity == ImportEntity::Account) {
            auto loaded = AccountImport::load(workspace, mapping, *converter, *refs);
            if (!loaded)
                return loaded.error();
            entity = std::move(*loaded);
        } else {
            auto loaded = OwnerImport::load(workspace, mapping, *converter, *refs);
            if (!loaded)
                return loaded.error();
            entity = std::move(*loaded);
        }
        PreparedStatement keep(workspace.db(),
            QStringLiteral("INSERT INTO kept_aside_row(import_run_id, line_number, reason, raw) VALUES (?, ?, ?, ?)"));
        BATON_TRY(keep.prepare());
        const auto keepAside = [&](const CsvRecord &source, int line, const QString &reason) -> Result<void> {
            ++summary.keptAside;
            if (previewing)
                return {};
            return keep.run({ summary.runId, line, reason, Importer::rawLine(source.texts()) });
        };

        // Handoff imports read and write on two threads; previews, accounts and owners one record at a time here.
        const bool pipelined = mapping.entity == ImportEntity::Handoff && !previewing;
        if (pipelined)
            BATON_TRY(runPipelined(reader, *converter, *refs, static_cast<HandoffImport &>(*entity), keep, total));
        ConvertedRecord converted;
        while (!pipelined && (previewRecords < 0 || summary.read < previewRecords)) {
            auto more = reader.next(&record);
            if (!more)
                return more.error();
            if (!*more)
                break;
            ++summary.read;
            if (options.progress && summary.read % 1000 == 0 && !options.progress(reader.bytesRead(), total))
                return fail(Importer::tr("The import was cancelled; nothing was changed."), Error::Kind::Cancelled);
            BATON_TRY(converter->convert(record, *refs, workspace, &converted));
            PreviewRecord shown;
            if (previewing) {
                shown.line = record.line;
                shown.cells = converted.cells;
                for (int i = 0; i < int(converted.values.size()); ++i)
                    if (converted.values[size_t(i)].created)
                        shown.created << QStringLiteral("%1 %2").arg(
                            ImportFields::label(mapping.entity, QString::fromLatin1(ImportFields::fields(mapping.entity).at(i).name)),
                            converted.values[size_t(i)].text);
            }
            if (!converted.keptAside.isEmpty()) {
                BATON_TRY(keepAside(record, record.line, converted.keptAside));
                if (previewing) {
                    shown.keptAside = true;
                    shown.status = converted.keptAside;
                    preview.records << shown;
                }
                continue;
            }
            auto result = entity->process(converted, previewing);
            if (!result)
                return result.error();
            if (result->duplicate)
                ++summary.duplicates;
            switch (result->action) {
            case RecordResult::Action::Inserted:
                ++summary.imported;
                shown.status = result->duplicate ? Importer::tr("new; repeats %1").arg(result->duplicateOf) : Importer::tr("new");
                break;
            case RecordResult::Action::Updated:
                ++summary.updated;
                shown.status = mapping.entity == ImportEntity::Handoff ? Importer::tr("updates handoff %1").arg(result->id)
                    : mapping.entity == ImportEntity::Account  ? Importer::tr("updates account %1").arg(result->id)
                                                                : Importer::tr("updates owner %1").arg(result->id);
                break;
            case RecordResult::Action::KeptAside:
                BATON_TRY(keepAside(record, record.line, result->reason));
                shown.keptAside = true;
                shown.status = result->reason;
                break;
            }
            if (previewing) {
                shown.shown = result->shown;
                preview.records << shown;
            }
        }
        BATON_TRY(entity->finish());
        if (deferral)
            BATON_TRY(deferral->finish()); // the handoff import merged its sums (HandoffImport::sumKpis)
        summary.details = entity->details();
        for (auto it = refs->created().begin(); it != refs->created().end(); ++it)
            summary.details.append({ createdKey(it.key()), it.value() });
        if (rollbackJournal)
            summary.details.append({ QStringLiteral("rollback_journal"), 1 });
        if (previewing)
            return fail(QString::fromLatin1(PreviewDone), Error::Kind::Cancelled);
        if (options.progress)
            options.progress(reader.bytesRead(), total);

        QJsonObject details;
        for (const auto &[key, value] : std::as_const(summary.details))
            details.insert(key, value);
        details.insert(QStringLiteral("delimiter"), QString(QLatin1Char(summary.delimiter)));
        if (!summary.unusedColumns.isEmpty())
            details.insert(QStringLiteral("unused_columns"), QJsonArray::fromStringList(summary.unusedColumns));
        if (!summary.missingColumns.isEmpty())
            details.insert(QStringLiteral("missing_columns"), QJsonArray::fromStringList(summary.missingColumns));
        BATON_TRY(execSql(workspace.db(),
            QStringLiteral("UPDATE import_run SET finished_at = ?, rows_read = ?, imported = ?, updated = ?, kept_aside = ?, "
                           "duplicates = ?, details = ? WHERE id = ?"),
            { now(), summary.read, summary.imported, summary.updated, summary.keptAside, summary.duplicates,
                json::fromObject(details), summary.runId }));
        return {};
    });
}

// Ends a rollback-journal import (Importer::run): releases the exclusive lock and goes back to the WAL with the
// synchronous level it had. Should another connection get in first and the switch fail, the connection keeps the
// rollback journal with synchronous = FULL, which is as safe; the workspace's next open switches the file back.
void releaseToWal(Workspace &workspace, const QVariant &synchronous)
{
    (void)execSql(workspace.db(), QStringLiteral("PRAGMA locking_mode = NORMAL"));
    (void)scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM sqlite_master")); // releases the lock
    const auto mode = scalar(workspace.db(), QStringLiteral("PRAGMA journal_mode = WAL"));
    if (mode && mode->toString() == QLatin1String("wal") && synchronous.isValid())
        (void)execSql(workspace.db(), QStringLiteral("PRAGMA synchronous = %1").arg(synchronous.toInt()));
}

} // namespace

QString Importer::rawLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r')))
            quoted << QLatin1Char('"') + QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        else
            quoted << field;
    }
    return quoted.join(QLatin1Char(','));
}

Result<ImportSummary> Importer::run(Workspace &workspace, QIODevice &device, const MappingDefinition &mapping,
    const ImportOptions &options)
{
    if (workspace.isReadOnly())
        return fail(tr("The workspace is open read-only; nothing can be imported into it."), Error::Kind::ReadOnly);
    ImportOptions named = options;
    if (named.fileName.isEmpty()) {
        auto *file = qobject_cast<QFileDevice *>(&device);
        named.fileName = file && !file->fileName().isEmpty() ? QFileInfo(file->fileName()).fileName() : tr("(unnamed data)");
    }
    // A bulk write touches index pages all over the file (emails and keys arrive in no order); a larger page
    // cache than SQLite's default 2 MB keeps them in memory instead of spilling and rereading them. It is a
    // fixed size, so memory still does not grow with the file.
    const QVariant cacheSize = scalar(workspace.db(), QStringLiteral("PRAGMA cache_size")).valueOr(QVariant());
    (void)execSql(workspace.db(), QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKiB));
    // SQLite checks a CHECK constraint with a value list (handoff.outcome, handoff.fit_grade) by building a small
    // table of the values for every row written, which costs more than the rest of the row. The importer has
    // already checked those values (RowConverter accepts only valid outcomes and fit grades; the rows it creates
    // use valid constants), so the constraints are not checked again for the import's statements. SQLite-only; the
    // setting is per connection and put back afterwards.
    (void)execSql(workspace.db(), QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    // Foreign keys likewise: checking the eleven references of every handoff row by row costs a sixth of writing
    // it; the handoff import checks every id it wrote once, at the end (HandoffStore::checkReferences), in the
    // same transaction. The setting cannot change inside a transaction: an import inside one keeps the checks.
    const bool handoffs = mapping.entity == ImportEntity::Handoff;
    if (handoffs)
        (void)execSql(workspace.db(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    // A large handoff import into a workspace that no other connection has open is written with SQLite's rollback
    // journal instead of the WAL: the new pages go straight into the file, once, where the WAL would take them
    // first and copy them into the file at the checkpoint after the commit (about a second for a million rows).
    // It is as safe against a crash (an interrupted import leaves a hot journal that the next open rolls back,
    // and synchronous = FULL syncs the journal before the file is written). The switch needs the workspace to
    // itself, so an import beside an open window (the import dialog's own connection) keeps the WAL; and the
    // import then holds the file exclusively until it ends (locking_mode = EXCLUSIVE): a connection opened
    // meanwhile is refused as locked, instead of taking a read lock that would make the import wait for it when
    // it writes. Changing the journal mode is refused inside a transaction.
    bool rollbackJournal = false;
    QVariant synchronous;
    const qint64 size = device.isSequential() ? 0 : device.size();
    if (handoffs && !workspace.inTransaction() && size >= options.rollbackJournalFromBytes) {
        const auto mode = scalar(workspace.db(), QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (mode && mode->toString() == QLatin1String("delete")) {
            (void)execSql(workspace.db(), QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
            rollbackJournal = execSql(workspace.db(), QStringLiteral("BEGIN EXCLUSIVE")).ok()
                && execSql(workspace.db(), QStringLiteral("COMMIT")).ok();
            if (rollbackJournal) {
                synchronous = scalar(workspace.db(), QStringLiteral("PRAGMA synchronous")).valueOr(QVariant());
                (void)execSql(workspace.db(), QStringLiteral("PRAGMA synchronous = FULL"));
            } else {
                (void)execSql(workspace.db(), QStringLiteral("ROLLBACK"));
                releaseToWal(workspace, QVariant());
            }
        }
    }
    Execution execution { workspace, device, mapping, named, -1, {}, {}, rollbackJournal };
    const Result<void> done = execution.execute();
    if (rollbackJournal)
        releaseToWal(workspace, synchronous);
    if (handoffs)
        (void)execSql(workspace.db(), QStringLiteral("PRAGMA foreign_keys = ON"));
    (void)execSql(workspace.db(), QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (cacheSize.isValid())
        (void)execSql(workspace.db(), QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    BATON_TRY(done);
    return execution.summary;
}

Result<ImportSummary> Importer::runFile(Workspace &workspace, const QString &path, const MappingDefinition &mapping,
    ImportOptions options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    return run(workspace, file, mapping, options);
}

Result<ImportPreview> Importer::preview(Workspace &workspace, QIODevice &device, const MappingDefinition &mapping,
    int records)
{
    const ImportOptions options;
    Execution execution { workspace, device, mapping, options, std::max(0, records), {}, {} };
    auto done = execution.execute();
    if (!done && done.errorMessage() != QLatin1String(PreviewDone))
        return done.error();
    return execution.preview;
}

Result<ImportPreview> Importer::previewFile(Workspace &workspace, const QString &path, const MappingDefinition &mapping,
    int records)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    return preview(workspace, file, mapping, records);
}

Result<QStringList> Importer::readHeader(const QString &path, char delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    CsvReader reader(&file, delimiter);
    CsvRecord record;
    auto first = reader.next(&record);
    if (!first)
        return first.error();
    if (!*first)
        return fail(tr("%1 is empty: it needs a header row naming its columns.").arg(QFileInfo(path).fileName()),
            Error::Kind::Invalid);
    QStringList header;
    for (const QString &name : record.texts())
        header << name.trimmed();
    return header;
}

} // namespace baton
