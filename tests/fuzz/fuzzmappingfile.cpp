// Fuzz target: an import mapping file (mapping.json, a preset, or the definition a workspace keeps in
// import_mapping) with arbitrary bytes, read by MappingDefinition::fromJson. A refusal is expected and fine.
// A mapping it accepts must survive being saved: toJson() is what Baton writes into the workspace when a
// mapping is saved, so reading it back must give the same definition. And what an accepted mapping promises
// the importer must hold: a file whose header has every column it names is recognised and can be imported.

#include "fuzztargets.h"

#include "instrument/import/importpresets.h"
#include "instrument/import/rowconverter.h"

namespace baton::fuzz {

namespace {

bool sameRule(const ColumnRule &a, const ColumnRule &b)
{
    return a.columns == b.columns && a.field == b.field && a.constant == b.constant && a.required == b.required
        && a.append == b.append && a.dateFormat == b.dateFormat && a.values == b.values && a.unknown == b.unknown
        && a.scale == b.scale;
}

bool sameDefinition(const MappingDefinition &a, const MappingDefinition &b)
{
    if (a.rules.size() != b.rules.size())
        return false;
    for (qsizetype i = 0; i < a.rules.size(); ++i)
        if (!sameRule(a.rules.at(i), b.rules.at(i)))
            return false;
    return a.name == b.name && a.description == b.description && a.entity == b.entity && a.recognize == b.recognize
        && a.delimiter == b.delimiter && a.decimal == b.decimal && a.timeZone == b.timeZone && a.key == b.key
        && a.mode == b.mode && a.duplicatesKeptAside == b.duplicatesKeptAside && a.newOwnerRole == b.newOwnerRole
        && a.newOwnerTeam == b.newOwnerTeam;
}

} // namespace

int fuzzMappingFile(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto mapping = MappingDefinition::fromJson(input);
    if (!mapping) {
        if (mapping.errorMessage().isEmpty())
            violated("a refused mapping says why", input);
        return 0;
    }

    const QByteArray saved = mapping->toJson();
    const auto again = MappingDefinition::fromJson(saved);
    if (!again)
        violated("a saved mapping (toJson) reads back", input);
    if (!sameDefinition(*mapping, *again))
        violated("a saved mapping (toJson) reads back as the same definition", input);
    if (again->toJson() != saved)
        violated("saving a mapping read back from a save gives the same text", input);

    // A header with exactly the columns recognition looks for picks this mapping.
    const QStringList recognition = mapping->recognitionColumns();
    const QList<ImportPreset> candidates { { QStringLiteral("fuzzed"), *mapping, 0, {} } };
    if (!recognition.isEmpty() && !ImportPresets::recognize(recognition, candidates).preset)
        violated("a header with the recognition columns is recognised", input);

    // A header with every column the rules name leaves no required column or key missing.
    const QStringList header = mapping->columnNames();
    (void)ImportPresets::recognize(header, candidates);
    const auto zone = mapping->timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(mapping->timeZone.toUtf8());
    const auto converter = RowConverter::prepare(*mapping, header, zone);
    if (!converter)
        violated("a mapping can convert a file that has every column it names", input);
    if (!converter->missingColumns().isEmpty())
        violated("a file with every column the mapping names has none missing", input);
    return 0;
}

} // namespace baton::fuzz
