#include "importhistory.h"

#include "csvreader.h"

#include "core/csv.h"
#include "core/json.h"
#include "core/sql.h"
#include "core/workspace.h"

namespace baton {

namespace {

const QString RunColumns = QStringLiteral(
    "id, file_name, mapping_name, entity, started_at, finished_at, rows_read, imported, updated, kept_aside, duplicates, "
    "header, details");

ImportRunInfo runFrom(const QSqlQuery &query)
{
    ImportRunInfo run;
    run.id = query.value(0).toLongLong();
    run.fileName = query.value(1).toString();
    run.mappingName = query.value(2).toString();
    run.entity = query.value(3).toString();
    run.startedAt = query.value(4).toLongLong();
    run.finishedAt = query.value(5).toLongLong();
    run.read = query.value(6).toLongLong();
    run.imported = query.value(7).toLongLong();
    run.updated = query.value(8).toLongLong();
    run.keptAside = query.value(9).toLongLong();
    run.duplicates = query.value(10).toLongLong();
    run.header = json::toStrings(query.value(11).toString());
    run.details = query.value(12).toString();
    return run;
}

} // namespace

QStringList KeptAsideRow::fields() const
{
    auto records = CsvReader::parseAll(raw.toUtf8(), ',');
    if (!records || records->isEmpty())
        return { raw };
    return records->first().texts();
}

Result<QList<ImportRunInfo>> ImportHistory::runs(Workspace &workspace)
{
    auto query = execSql(workspace.db(), QStringLiteral("SELECT %1 FROM import_run ORDER BY id DESC").arg(RunColumns));
    if (!query)
        return query.error();
    QList<ImportRunInfo> list;
    while (query->next())
        list << runFrom(*query);
    return list;
}

Result<ImportRunInfo> ImportHistory::run(Workspace &workspace, qint64 runId)
{
    auto query = execSql(workspace.db(), QStringLiteral("SELECT %1 FROM import_run WHERE id = ?").arg(RunColumns), { runId });
    if (!query)
        return query.error();
    if (!query->next())
        return fail(tr("Import %1 does not exist.").arg(runId), Error::Kind::NotFound);
    return runFrom(*query);
}

Result<QList<KeptAsideRow>> ImportHistory::keptAside(Workspace &workspace, qint64 runId, qint64 offset, qint64 limit)
{
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT id, line_number, reason, raw FROM kept_aside_row WHERE import_run_id = ? "
                       "ORDER BY line_number, id LIMIT ? OFFSET ?"),
        { runId, limit, offset });
    if (!query)
        return query.error();
    QList<KeptAsideRow> rows;
    while (query->next())
        rows.append({ query->value(0).toLongLong(), query->value(1).toInt(), query->value(2).toString(),
            query->value(3).toString() });
    return rows;
}

Result<qint64> ImportHistory::exportKeptAside(Workspace &workspace, qint64 runId, const QString &path)
{
    auto info = run(workspace, runId);
    if (!info)
        return info.error();
    auto rows = keptAside(workspace, runId);
    if (!rows)
        return rows.error();
    auto file = createPrivateFile(path);
    if (!file)
        return file.error();
    CsvWriter writer(file->get());
    QStringList header { tr("line"), tr("reason") };
    header << info->header;
    if (!writer.writeRow(header))
        return fail(tr("Writing %1 failed: %2").arg(path, (*file)->errorString()), Error::Kind::Io);
    for (const KeptAsideRow &row : std::as_const(*rows)) {
        QStringList fields { QString::number(row.line), row.reason };
        fields << row.fields();
        if (!writer.writeRow(fields))
            return fail(tr("Writing %1 failed: %2").arg(path, (*file)->errorString()), Error::Kind::Io);
    }
    (*file)->close();
    return qint64(rows->size());
}

} // namespace baton
