// Fuzz target: a CSV file imported into a small workspace, as `baton import FILE` does without --mapping: the
// shipped preset whose columns the header has (Olist, Maven, Salesforce, HubSpot), else the Salesforce lead
// preset. Every run starts from the same workspace (the default configuration, made once per process and
// written afresh each time), so runs do not depend on each other. Besides "no crash", it checks the promises of
// importer.h: an import that succeeds counts read = imported + updated + kept aside, keeps aside one row per
// record it counts as kept aside, records those counts in its import_run and adds one handoff per record
// imported; an import that fails says why and leaves the workspace exactly as it was.

#include "fuzztargets.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "demo/defaultconfiguration.h"
#include "instrument/import/csvreader.h"
#include "instrument/import/importer.h"
#include "instrument/import/importpresets.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

namespace baton::fuzz {

namespace {

// Everything the database holds, every table's rows sorted (the order rows come back in does not matter).
QByteArray contentDigest(Workspace &workspace)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto tables = workspace.tableNames();
    if (!tables)
        qFatal("fuzz csv_import: cannot list the tables: %s", qPrintable(tables.errorMessage()));
    for (const QString &table : *tables) {
        QSqlQuery query(workspace.db());
        if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(QString(table).replace(u'"', QStringLiteral("\"\"")))))
            qFatal("fuzz csv_import: cannot read %s", qPrintable(table));
        QStringList rows;
        const int columns = query.record().count();
        while (query.next()) {
            QString row;
            for (int i = 0; i < columns; ++i)
                row += (query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString()) + QChar(0x1f);
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        hash.addData(table.toUtf8() + ':' + QByteArray::number(rows.size()) + '\n');
        for (const QString &row : std::as_const(rows))
            hash.addData(row.toUtf8() + '\x1e');
    }
    return hash.result();
}

struct Template
{
    QByteArray bytes; // the workspace file every run starts from
    QByteArray digest; // its content
};

const Template &startingWorkspace()
{
    static const Template made = [] {
        clearScratch(QStringLiteral("import"));
        const QString path = QDir(scratchFolder(QStringLiteral("import"))).filePath(QStringLiteral("template.baton"));
        Template result;
        {
            auto created = Workspace::create(path);
            if (!created)
                qFatal("fuzz csv_import: cannot create a workspace: %s", qPrintable(created.errorMessage()));
            if (auto defaults = applyDefaultConfiguration(**created, QStringLiteral("Fuzz")); !defaults)
                qFatal("fuzz csv_import: %s", qPrintable(defaults.errorMessage()));
        } // closed: the last connection folds the write-ahead log into the file
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("fuzz csv_import: cannot read %s", qPrintable(path));
        result.bytes = file.readAll();
        // The content as a run sees it, after opening the file as every run does.
        auto reopened = Workspace::open(path);
        if (!reopened)
            qFatal("fuzz csv_import: cannot open the workspace: %s", qPrintable(reopened.errorMessage()));
        result.digest = contentDigest(**reopened);
        reopened->reset();
        clearScratch(QStringLiteral("import"));
        return result;
    }();
    return made;
}

const MappingDefinition &mappingFor(const QByteArray &csv)
{
    const QList<ImportPreset> &presets = ImportPresets::builtIn();
    static const MappingDefinition fallback = [&presets] {
        for (const ImportPreset &preset : presets)
            if (preset.id == QStringLiteral("salesforce-leads"))
                return preset.mapping;
        qFatal("fuzz csv_import: the Salesforce lead preset is missing");
    }();
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord record;
    if (auto first = reader.next(&record); !first || !*first)
        return fallback;
    QStringList header;
    for (const QString &name : record.texts())
        header << name.trimmed();
    const Recognition recognition = ImportPresets::recognize(header, presets);
    if (!recognition.preset)
        return fallback;
    for (const ImportPreset &preset : presets)
        if (preset.id == recognition.preset->id)
            return preset.mapping;
    return fallback;
}

qint64 number(Workspace &workspace, const QString &sql, const QVariantList &values = {})
{
    auto value = scalar(workspace.db(), sql, values);
    if (!value)
        qFatal("fuzz csv_import: %s", qPrintable(value.errorMessage()));
    return value->toLongLong();
}

} // namespace

int fuzzCsvImport(const uint8_t *data, size_t size)
{
    const Template &start = startingWorkspace();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    clearScratch(QStringLiteral("import"));
    const QString path = QDir(scratchFolder(QStringLiteral("import"))).filePath(QStringLiteral("import.baton"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(start.bytes) != start.bytes.size())
            qFatal("fuzz csv_import: cannot write %s", qPrintable(path));
    }
    auto opened = Workspace::open(path);
    if (!opened)
        qFatal("fuzz csv_import: cannot open the starting workspace: %s", qPrintable(opened.errorMessage()));
    Workspace &workspace = **opened;
    const MappingDefinition &mapping = mappingFor(input);
    const qint64 handoffsBefore = number(workspace, QStringLiteral("SELECT count(*) FROM handoff"));

    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.fileName = QStringLiteral("fuzzed.csv");
    const auto summary = Importer::run(workspace, device, mapping, options);
    if (!summary) {
        if (summary.errorMessage().isEmpty())
            violated("a failed import says why", input);
        if (workspace.inTransaction() || contentDigest(workspace) != start.digest)
            violated("a failed import leaves the workspace as it was", input);
    } else {
        if (summary->read != summary->imported + summary->updated + summary->keptAside)
            violated("read = imported + updated + kept aside", input);
        const qint64 keptRows = number(workspace,
            QStringLiteral("SELECT count(*) FROM kept_aside_row WHERE import_run_id = ?"), { summary->runId });
        if (keptRows != summary->keptAside)
            violated("one kept-aside row per record kept aside", input);
        const qint64 recorded = number(workspace,
            QStringLiteral("SELECT count(*) FROM import_run WHERE id = ? AND rows_read = ? AND imported = ? AND updated = ? "
                           "AND kept_aside = ? AND duplicates = ? AND finished_at IS NOT NULL"),
            { summary->runId, summary->read, summary->imported, summary->updated, summary->keptAside, summary->duplicates });
        if (recorded != 1)
            violated("the import run records the counts", input);
        if (mapping.entity == ImportEntity::Handoff
            && number(workspace, QStringLiteral("SELECT count(*) FROM handoff")) != handoffsBefore + summary->imported)
            violated("a handoff import adds one handoff per record imported", input);
    }
    opened->reset();
    clearScratch(QStringLiteral("import"));
    return 0;
}

} // namespace baton::fuzz
