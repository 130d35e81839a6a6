#include "fuzztargets.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <memory>

#include <cstdio>
#include <cstdlib>

namespace baton::fuzz {

QList<FuzzTarget> fuzzTargets()
{
    return {
        { "workspace_file", fuzzWorkspaceFile },
        { "iso_week", fuzzIsoWeek },
        { "configuration_text", fuzzConfigurationText },
        { "csv_import", fuzzCsvImport },
        { "date_time", fuzzDateTime },
        { "mapping_file", fuzzMappingFile },
    };
}

QString scratchFolder(const QString &name)
{
    static QHash<QString, std::shared_ptr<QTemporaryDir>> folders;
    auto &folder = folders[name];
    if (!folder) {
        const QString pattern = QStringLiteral("baton-fuzz-%1-XXXXXX").arg(name);
        folder = std::make_shared<QTemporaryDir>(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                ? QStringLiteral("/dev/shm/") + pattern
                : QDir::temp().filePath(pattern));
    }
    return folder->path();
}

void clearScratch(const QString &name)
{
    QDir dir(scratchFolder(name));
    for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(file);
}

void violated(const char *property, const QByteArray &input)
{
    std::fprintf(stderr, "Fuzz property violated: %s\nInput (hex): %s\n", property, input.toHex().constData());
    std::abort();
}

} // namespace baton::fuzz
