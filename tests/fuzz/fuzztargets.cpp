#include "fuzztargets.h"

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

void violated(const char *property, const QByteArray &input)
{
    std::fprintf(stderr, "Fuzz property violated: %s\nInput (hex): %s\n", property, input.toHex().constData());
    std::abort();
}

} // namespace baton::fuzz
