// baton import: CSV exports of a CRM into handoffs, accounts or owners, with a saved mapping, a preset recognised
// from the header, or a mapping.json file; the import history and the rows kept aside.

#include "cli.h"
#include "commands.h"

#include "core/workspace.h"
#include "instrument/datastandard.h"
#include "instrument/import/importer.h"
#include "instrument/import/importhistory.h"
#include "instrument/import/importpresets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

QJsonObject summaryJson(const ImportSummary &summary, const ImportPreset &preset)
{
    QJsonObject object {
        { "read", summary.read },
        { "imported", summary.imported },
        { "updated", summary.updated },
        { "kept_aside", summary.keptAside },
        { "duplicates", summary.duplicates },
        { "run_id", summary.runId },
        { "entity", ImportFields::entityName(summary.entity) },
        { "mapping", preset.mapping.name },
        { "mapping_source", preset.source() },
    };
    for (const auto &[key, value] : summary.details)
        object.insert(key, value);
    object.insert(QStringLiteral("unused_columns"), QJsonArray::fromStringList(summary.unusedColumns));
    object.insert(QStringLiteral("missing_columns"), QJsonArray::fromStringList(summary.missingColumns));
    return object;
}

int runHistory(Workspace &workspace, bool json)
{
    auto runs = ImportHistory::runs(workspace);
    if (!runs)
        return fail(runs.errorMessage());
    if (json) {
        QJsonArray array;
        for (const ImportRunInfo &run : std::as_const(*runs))
            array.append(QJsonObject { { "run_id", run.id }, { "file", run.fileName }, { "mapping", run.mappingName },
                { "entity", run.entity },
                { "started_at", QDateTime::fromSecsSinceEpoch(run.startedAt, Qt::UTC).toString(Qt::ISODate) },
                { "read", run.read }, { "imported", run.imported }, { "updated", run.updated },
                { "kept_aside", run.keptAside }, { "duplicates", run.duplicates } });
        printJson(array);
        return Success;
    }
    if (runs->isEmpty()) {
        printText(tr("No imports yet."));
        return Success;
    }
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                       .arg(tr("run"), 5)
                       .arg(tr("started (UTC)"), -17)
                       .arg(tr("read"), 9)
                       .arg(tr("new"), 9)
                       .arg(tr("updated"), 9)
                       .arg(tr("aside"), 8)
                       .arg(tr("dupl."), 7)
                       .arg(tr("file (mapping)"));
    for (const ImportRunInfo &run : std::as_const(*runs))
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                    .arg(run.id, 5)
                    .arg(QDateTime::fromSecsSinceEpoch(run.startedAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")), -17)
                    .arg(run.read, 9)
                    .arg(run.imported, 9)
                    .arg(run.updated, 9)
                    .arg(run.keptAside, 8)
                    .arg(run.duplicates, 7)
                    .arg(QStringLiteral("%1 (%2)").arg(run.fileName, run.mappingName));
    printText(text);
    return Success;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("DATA.csv"), tr("The CSV export to import."), QStringLiteral("[DATA.csv]"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
        tr("The mapping: a saved mapping's name, a preset (e.g. salesforce-leads, hubspot-contacts, olist-mqls) or a "
           "mapping.json file. Without it Baton recognises the export by its header row."),
        tr("NAME|FILE"));
    const QCommandLineOption preview(QStringLiteral("preview"),
        tr("Show the first N rows as they would be stored, and change nothing."), tr("N"));
    const QCommandLineOption save(QStringLiteral("save-mapping"),
        tr("Save the mapping used in the workspace under this name (for --mapping NAME)."), tr("NAME"));
    const QCommandLineOption presets(QStringLiteral("presets"), tr("List the presets and saved mappings."));
    const QCommandLineOption history(QStringLiteral("history"), tr("List the workspace's imports, newest first."));
    const QCommandLineOption keptAside(QStringLiteral("export-kept-aside"),
        tr("Write the rows import RUN kept aside to OUT.csv (line, reason and the row's own columns)."), tr("RUN:OUT.csv"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    for (const auto &option : { mapping, preview, save, presets, history, keptAside, json })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("import"), arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool listing = parser.isSet(presets) || parser.isSet(history) || parser.isSet(keptAside);
    if (positional.isEmpty() || positional.size() > 2 || (positional.size() == 1 && !listing))
        return fail(tr("import takes a workspace FILE and a DATA.csv file.\n\n") + parser.helpText(), UsageError);

    const bool readOnly = listing && positional.size() == 1;
    auto workspace = Workspace::open(positional.first(), readOnly ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
    if (!workspace)
        return fail(workspace.errorMessage());
    reportUpgrade(**workspace);
    const bool asJson = parser.isSet(json);

    if (parser.isSet(history))
        return runHistory(**workspace, asJson);
    if (parser.isSet(presets)) {
        auto available = ImportPresets::available(**workspace);
        if (!available)
            return fail(available.errorMessage());
        QJsonArray array;
        QString text;
        for (const ImportPreset &preset : std::as_const(*available)) {
            array.append(QJsonObject { { "id", preset.id }, { "name", preset.mapping.name },
                { "entity", ImportFields::entityName(preset.mapping.entity) },
                { "source", preset.source() },
                { "recognize", QJsonArray::fromStringList(preset.mapping.recognitionColumns()) } });
            text += QStringLiteral("%1  %2 (%3; %4)\n")
                        .arg(preset.id, -24)
                        .arg(preset.mapping.name, ImportFields::entityName(preset.mapping.entity),
                            preset.isBuiltIn() ? tr("preset") : tr("saved"));
        }
        if (asJson)
            printJson(array);
        else
            printText(text);
        return Success;
    }
    if (parser.isSet(keptAside)) {
        const QString value = parser.value(keptAside);
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        bool ok = false;
        const qint64 run = value.left(colon).toLongLong(&ok);
        if (colon <= 0 || !ok || colon + 1 >= value.size())
            return fail(tr("--export-kept-aside takes RUN:OUT.csv, e.g. 3:kept-aside.csv."), UsageError);
        const QString out = value.mid(colon + 1);
        auto written = ImportHistory::exportKeptAside(**workspace, run, out);
        if (!written)
            return fail(written.errorMessage());
        if (asJson)
            printJson(QJsonObject { { "run_id", run }, { "rows", *written }, { "path", QFileInfo(out).absoluteFilePath() } });
        else
            printText(tr("Wrote %1 kept-aside rows of import %2 to %3.").arg(*written).arg(run).arg(out));
        return Success;
    }

    const QString data = positional.at(1);
    ImportPreset chosen;
    if (parser.isSet(mapping)) {
        auto found = ImportPresets::find(**workspace, parser.value(mapping));
        if (!found)
            return fail(found.errorMessage());
        chosen = *found;
    } else {
        auto header = Importer::readHeader(data);
        if (!header)
            return fail(header.errorMessage());
        auto available = ImportPresets::available(**workspace);
        if (!available)
            return fail(available.errorMessage());
        const Recognition recognition = ImportPresets::recognize(*header, *available);
        if (!recognition.preset)
            return fail(recognition.message);
        chosen = *recognition.preset;
    }

    if (parser.isSet(preview)) {
        bool ok = false;
        const int rows = parser.value(preview).toInt(&ok);
        if (!ok || rows < 0)
            return fail(tr("--preview takes a number of rows."), UsageError);
        auto shown = Importer::previewFile(**workspace, data, chosen.mapping, rows);
        if (!shown)
            return fail(shown.errorMessage());
        QJsonArray records;
        QString text = tr("Mapping: %1\n").arg(chosen.mapping.name);
        for (const PreviewRecord &record : std::as_const(shown->records)) {
            QJsonObject values;
            text += tr("line %1: %2\n").arg(record.line).arg(record.status);
            for (const auto &[label, value] : record.shown) {
                values.insert(label, value);
                if (!value.isEmpty())
                    text += QStringLiteral("    %1: %2\n").arg(label, value);
            }
            records.append(QJsonObject { { "line", record.line }, { "kept_aside", record.keptAside },
                { "status", record.status }, { "values", values },
                { "creates", QJsonArray::fromStringList(record.created) } });
        }
        if (asJson)
            printJson(QJsonObject { { "mapping", chosen.mapping.name }, { "records", records },
                { "unused_columns", QJsonArray::fromStringList(shown->unusedColumns) },
                { "missing_columns", QJsonArray::fromStringList(shown->missingColumns) } });
        else
            printText(text);
        return Success;
    }

    QElapsedTimer timer;
    timer.start();
    auto summary = Importer::runFile(**workspace, data, chosen.mapping);
    if (!summary)
        return fail(summary.errorMessage());
    if (parser.isSet(save)) {
        ImportMapping row;
        row.name = parser.value(save).trimmed();
        row.entity = ImportFields::entityName(chosen.mapping.entity);
        MappingDefinition definition = chosen.mapping;
        definition.name = row.name;
        row.definition = QString::fromUtf8(definition.toJson());
        auto existing = Repository<ImportMapping>(**workspace).list(QStringLiteral("name = ?"), { row.name });
        if (!existing)
            return fail(existing.errorMessage());
        if (!existing->isEmpty()) {
            row.id = existing->first().id;
            row.rowVersion = existing->first().rowVersion;
            auto updated = Repository<ImportMapping>(**workspace).update(row);
            if (!updated)
                return fail(updated.errorMessage());
        } else {
            auto added = Repository<ImportMapping>(**workspace).add(row);
            if (!added)
                return fail(added.errorMessage());
        }
    }
    if (asJson) {
        printJson(summaryJson(*summary, chosen));
        return Success;
    }
    QString text = tr("Imported %1 with the mapping \"%2\" (%3 s):\n")
                       .arg(QFileInfo(data).fileName(), chosen.mapping.name)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    text += tr("  read %1, imported %2 new, updated %3, kept aside %4, duplicates %5\n")
                .arg(summary->read)
                .arg(summary->imported)
                .arg(summary->updated)
                .arg(summary->keptAside)
                .arg(summary->duplicates);
    for (const auto &[key, value] : summary->details)
        if (value)
            text += QStringLiteral("  %1: %2\n").arg(key).arg(value);
    if (summary->keptAside > 0)
        text += tr("  The rows kept aside are on the Import page; `baton import %1 --export-kept-aside %2:FILE.csv` "
                   "writes them out.\n")
                    .arg(positional.first())
                    .arg(summary->runId);
    printText(text);
    return Success;
}

} // namespace

QList<Command> importCommands()
{
    return {
        { QStringLiteral("import"), tr("import a CRM's CSV export (handoffs, accounts or owners)"), false, runImport },
    };
}

} // namespace baton::cli
