// Fuzz target: a workspace file with arbitrary bytes. It is written to a scratch folder and opened
// read-only, then read-write (which may migrate it, after a backup, and switches it to WAL); whenever it
// opens, the reads every page starts with run on it, and on the read-write one the writes that rewrite
// many rows (SLA facts, handoff weeks). Errors are expected and fine; a crash, a hang or a sanitizer
// report is a finding.

#include "fuzztargets.h"

#include "core/repository.h"
#include "core/workspace.h"
#include "core/workspacesettings.h"
#include "data/handoff.h"
#include "data/names.h"
#include "enforce/sla.h"
#include "enforce/slabreaches.h"
#include "enforce/slaclock.h"
#include "enforce/slafacts.h"
#include "enforce/slareport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace baton::fuzz {

namespace {

void readEverything(Workspace &workspace)
{
    (void)workspace.schemaVersion();
    (void)workspace.displayName();
    const qint64 asOf = workspace.asOf();
    (void)workspace.tableCounts();
    (void)Repository<BusinessCalendar>(workspace).list();
    (void)Repository<CalendarHours>(workspace).list();
    (void)Repository<SlaPolicy>(workspace).list();
    (void)Repository<EscalationStep>(workspace).list();
    (void)NameLookup::load(workspace);

    HandoffRepository handoffs(workspace);
    (void)handoffs.count();
    (void)handoffs.reportingZone();
    HandoffFilter filter;
    filter.fromWeek = 202601;
    filter.search = QStringLiteral("a%_\\");
    filter.slaBreachingAsOf = asOf;
    (void)handoffs.count(filter);
    auto page = handoffs.list(0, 25);
    auto clock = SlaClock::load(workspace);
    if (page && clock)
        for (Handoff h : *page)
            clock->apply(h);
    (void)SlaFacts::areCurrent(workspace, 25);
    auto week = SlaReport::lastCompleteWeek(workspace, asOf);
    if (week && week->has_value())
        (void)SlaReport::forWeek(workspace, **week, asOf);
    (void)SlaBreaches::open(workspace, asOf);
}

void writeSome(Workspace &workspace)
{
    (void)SlaFacts::recompute(workspace);
    (void)WorkspaceSettings::set(workspace, WorkspaceSettings::TimeZone, QStringLiteral("Pacific/Pago_Pago"));
    (void)WorkspaceSettings::set(workspace, WorkspaceSettings::Name, QStringLiteral("Fuzzed"));
}

} // namespace

int fuzzWorkspaceFile(const uint8_t *data, size_t size)
{
    clearScratch(QStringLiteral("workspace"));
    const QString path = QDir(scratchFolder(QStringLiteral("workspace"))).filePath(QStringLiteral("fuzzed.baton"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto unchanged = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll() == input;
    };
    if (auto reading = Workspace::open(path, Workspace::Access::ReadOnly))
        readEverything(**reading);
    // Read-only access never writes, and a file Baton refuses is left exactly as it was.
    if (!unchanged())
        violated("opening read-only left the file as it was", input);
    if (auto writing = Workspace::open(path, Workspace::Access::ReadWrite)) {
        readEverything(**writing);
        writeSome(**writing);
    } else if (!unchanged()) {
        violated("a file refused for writing is left as it was", input);
    }
    clearScratch(QStringLiteral("workspace"));
    return 0;
}

} // namespace baton::fuzz
