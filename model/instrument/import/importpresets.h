#pragma once

// Instrument/import: the mappings an import can use without being told: the presets shipped with Baton
// (resources/presets/*.json: a Salesforce lead export, a HubSpot contact export, and the sample datasets in
// README.md) and the mappings saved in the workspace (import_mapping). recognize() picks the one whose columns
// the file's header has; when none fits, it names the closest ones and the columns nothing places.

#include "importmapping.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace baton {

class Workspace;

struct ImportPreset
{
    QString id; // file name without .json for presets ("salesforce-leads"); the saved mapping's name otherwise
    MappingDefinition mapping;
    qint64 savedId = 0; // the import_mapping row, 0 for a built-in preset or a file
    QString filePath; // the mapping.json file it was read from, empty otherwise
    bool isBuiltIn() const { return savedId == 0 && filePath.isEmpty(); }
    // Where the mapping came from, for --json: "preset", "saved" or "file".
    QString source() const;
};

struct PresetMatch
{
    int candidate = -1; // index into the candidates
    int found = 0; // recognition columns the header has
    int needed = 0; // recognition columns the mapping names
    QStringList missing; // the ones the header lacks
};

struct Recognition
{
    std::optional<ImportPreset> preset; // the mapping to use, when one fits
    QList<PresetMatch> closest; // up to three, best first, when none fits
    QStringList unplaced; // header columns no candidate maps
    QString message; // for the user when none fits
};

class ImportPresets final
{
    Q_DECLARE_TR_FUNCTIONS(baton::ImportPresets)
public:
    static const QList<ImportPreset> &builtIn();
    // Saved mappings first (so a team's own mapping wins), then the built-in presets.
    static Result<QList<ImportPreset>> available(Workspace &workspace);
    static Recognition recognize(const QStringList &header, const QList<ImportPreset> &candidates);

    // A mapping by name (a saved mapping's name, or a preset's id or name), or from a mapping.json file.
    static Result<ImportPreset> find(Workspace &workspace, const QString &nameOrPath);
    // Reads a mapping file (JSON, at most 1 MB).
    static Result<MappingDefinition> readFile(const QString &path);
};

} // namespace baton
