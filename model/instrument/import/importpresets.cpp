#include "importpresets.h"

#include "core/workspace.h"
#include "instrument/datastandard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace baton {

QString ImportPreset::source() const
{
    return !filePath.isEmpty() ? QStringLiteral("file") : savedId != 0 ? QStringLiteral("saved") : QStringLiteral("preset");
}

const QList<ImportPreset> &ImportPresets::builtIn()
{
    static const QList<ImportPreset> presets = []() {
        QList<ImportPreset> list;
        const QDir dir(QStringLiteral(":/presets"));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto mapping = MappingDefinition::fromJson(file.readAll());
            if (!mapping) {
                qWarning("The import preset %s is invalid: %s", qPrintable(name), qPrintable(mapping.errorMessage()));
                continue;
            }
            list.append({ QFileInfo(name).completeBaseName(), *mapping, 0, {} });
        }
        return list;
    }();
    return presets;
}

Result<QList<ImportPreset>> ImportPresets::available(Workspace &workspace)
{
    auto saved = Repository<ImportMapping>(workspace).list();
    if (!saved)
        return saved.error();
    QList<ImportPreset> list;
    for (const ImportMapping &row : std::as_const(*saved)) {
        auto mapping = MappingDefinition::fromJson(row.definition.toUtf8());
        if (!mapping)
            continue; // a mapping this version cannot read is left out rather than stopping every import
        mapping->name = row.name;
        list.append({ row.name, *mapping, row.id, {} });
    }
    list << builtIn();
    return list;
}

Recognition ImportPresets::recognize(const QStringList &header, const QList<ImportPreset> &candidates)
{
    Recognition recognition;
    QSet<QString> columns;
    for (const QString &name : header)
        columns.insert(name.trimmed().toLower());
    QList<PresetMatch> matches;
    for (int i = 0; i < candidates.size(); ++i) {
        PresetMatch match;
        match.candidate = i;
        const QStringList needed = candidates.at(i).mapping.recognitionColumns();
        match.needed = int(needed.size());
        for (const QString &column : needed) {
            if (columns.contains(column.trimmed().toLower()))
                ++match.found;
            else
                match.missing << column;
        }
        matches << match;
    }
    // A full match wins; among full matches the one naming the most columns (the most specific), then the first.
    const PresetMatch *best = nullptr;
    for (const PresetMatch &match : std::as_const(matches))
        if (match.needed > 0 && match.found == match.needed && (!best || match.needed > best->needed))
            best = &match;
    if (best) {
        recognition.preset = candidates.at(best->candidate);
        return recognition;
    }
    std::stable_sort(matches.begin(), matches.end(), [](const PresetMatch &a, const PresetMatch &b) {
        return double(a.found) / std::max(1, a.needed) > double(b.found) / std::max(1, b.needed);
    });
    for (const PresetMatch &match : std::as_const(matches))
        if (match.found > 0 && recognition.closest.size() < 3)
            recognition.closest << match;
    QSet<QString> placed;
    for (const ImportPreset &candidate : candidates)
        for (const QString &name : candidate.mapping.columnNames())
            placed.insert(name.trimmed().toLower());
    for (const QString &name : header)
        if (!name.trimmed().isEmpty() && !placed.contains(name.trimmed().toLower()))
            recognition.unplaced << name.trimmed();

    QStringList closest;
    for (const PresetMatch &match : std::as_const(recognition.closest)) {
        const ImportPreset &preset = candidates.at(match.candidate);
        closest << tr("%1 (%2 of %3 columns; missing %4)")
                       .arg(preset.mapping.name.isEmpty() ? preset.id : preset.mapping.name)
                       .arg(match.found)
                       .arg(match.needed)
                       .arg(match.missing.join(QStringLiteral(", ")));
    }
    recognition.message = tr("Baton does not recognise this file's columns as a known export.");
    if (!closest.isEmpty())
        recognition.message += QLatin1Char(' ') + tr("Closest: %1.").arg(closest.join(QStringLiteral("; ")));
    else
        recognition.message += QLatin1Char(' ') + tr("No preset or saved mapping shares a column with it.");
    if (!recognition.unplaced.isEmpty())
        recognition.message += QLatin1Char(' ')
            + tr("Columns no mapping places: %1.").arg(recognition.unplaced.join(QStringLiteral(", ")));
    recognition.message += QLatin1Char(' ') + tr("Choose a mapping (a saved one, a preset, or a mapping.json file).");
    return recognition;
}

Result<MappingDefinition> ImportPresets::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the mapping %1: %2").arg(path, file.errorString()), Error::Kind::Io);
    if (file.size() > 1024 * 1024)
        return fail(tr("The mapping %1 is larger than 1 MB; a mapping is a short JSON file.").arg(path), Error::Kind::Invalid);
    auto mapping = MappingDefinition::fromJson(file.readAll());
    if (!mapping)
        return fail(tr("The mapping %1 cannot be used: %2").arg(QFileInfo(path).fileName(), mapping.errorMessage()),
            Error::Kind::Invalid);
    if (mapping->name.isEmpty())
        mapping->name = QFileInfo(path).completeBaseName();
    return *mapping;
}

Result<ImportPreset> ImportPresets::find(Workspace &workspace, const QString &nameOrPath)
{
    if (nameOrPath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || QFileInfo(nameOrPath).isFile()) {
        auto mapping = readFile(nameOrPath);
        if (!mapping)
            return mapping.error();
        return ImportPreset { mapping->name, *mapping, 0, QFileInfo(nameOrPath).absoluteFilePath() };
    }
    auto candidates = available(workspace);
    if (!candidates)
        return candidates.error();
    const QString wanted = nameOrPath.trimmed();
    for (const ImportPreset &candidate : std::as_const(*candidates))
        if (candidate.id.compare(wanted, Qt::CaseInsensitive) == 0
            || candidate.mapping.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return candidate;
    QStringList names;
    for (const ImportPreset &candidate : std::as_const(*candidates))
        names << (candidate.isBuiltIn() ? candidate.id : candidate.mapping.name);
    return fail(tr("There is no mapping called \"%1\". Use a mapping.json file or one of: %2.")
                    .arg(wanted, names.join(QStringLiteral(", "))),
        Error::Kind::NotFound);
}

} // namespace baton
