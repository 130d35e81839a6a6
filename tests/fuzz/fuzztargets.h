#pragma once

// Baton's fuzz targets, as plain functions: libFuzzer drives them in the fuzz build (BATON_FUZZ, one
// executable per target made from fuzzmain.cpp), and tst_fuzzregressions replays the committed seed
// corpus and every input a fuzzer once found (tests/fuzz/regressions/<target>/) through the same
// functions in the normal test suite. A target returns 0; a broken property aborts (a finding).
//
// To add a target: write `int fuzzSomething(const uint8_t *data, size_t size)` in its own file, list
// it in fuzzTargets() (fuzztargets.cpp) and add one baton_add_fuzzer(...) line in CMakeLists.txt.

#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace baton::fuzz {

// The bytes are a workspace file: opened read-write and read-only, and read when it opens.
int fuzzWorkspaceFile(const uint8_t *data, size_t size);
// The bytes are a label such as 2026-W47 for IsoWeek::parse.
int fuzzIsoWeek(const uint8_t *data, size_t size);
// The first byte chooses a parser of configuration text kept in workspaces or typed by users (routing
// conditions as JSON, the JSON list helpers, workspace settings, time zone ids, CSV fields); the rest is the text.
int fuzzConfigurationText(const uint8_t *data, size_t size);
// The bytes are a CSV file, imported into a small workspace with the preset its header matches (else the
// Salesforce lead preset).
int fuzzCsvImport(const uint8_t *data, size_t size);
// The bytes are a date or date-time for the importer's DateParser, read in every format and three time zones.
int fuzzDateTime(const uint8_t *data, size_t size);
// The bytes are an import mapping file (JSON) for MappingDefinition::fromJson.
int fuzzMappingFile(const uint8_t *data, size_t size);

struct FuzzTarget
{
    const char *name; // the executable, fuzz_<name>, and the folders corpus/<name>, regressions/<name>
    int (*run)(const uint8_t *data, size_t size);
};

QList<FuzzTarget> fuzzTargets();

// A scratch folder of this process for the target `name` (on a RAM disk when there is one), made on first use and
// removed at exit; each target has its own, so one target's clearing leaves another's files alone.
QString scratchFolder(const QString &name);
// Removes the files in the target's scratch folder (a workspace and its -wal and -shm).
void clearScratch(const QString &name);

// Stops the process with a message: a property that must hold did not (libFuzzer records the input).
[[noreturn]] void violated(const char *property, const QByteArray &input);

} // namespace baton::fuzz
