#pragma once

// Bulk writes of handoffs without the KPI cubes' per-row trigger work (migration 005_kpi_bulk.sql).
//
// The triggers that keep kpi_cell, kpi_owner_cell and kpi_account equal to the sums over the handoffs cost
// about 12 microseconds per handoff written. A bulk writer (the CSV importer) that inserts many handoffs in
// one transaction defers that work instead:
//
//   workspace.transaction([&]() -> Result<void> {
//       auto deferral = KpiDeferral::begin(workspace);   // handoffs inserted from now on skip the triggers
//       ... insert and update handoffs ...
//       return deferral->finish();                        // adds them to the cubes in one pass
//   });
//
// Only handoffs inserted after begin() (ids above the largest id then) are deferred; updates and deletes of
// older handoffs keep going through the triggers, and updates of deferred ones cost nothing since finish()
// reads their final state. finish() must run before the transaction commits; when the transaction rolls back
// instead (an error, a cancel), the deferral is rolled back with it and the cubes are as they were.

#include "core/result.h"

namespace baton {

class Workspace;

class KpiDeferral final
{
public:
    // Starts deferring; must be called inside a transaction. Fails if a deferral is already running.
    static Result<KpiDeferral> begin(Workspace &workspace);

    // The first id that is deferred: handoffs with this id or above are not in the cubes until finish().
    qint64 firstDeferredId() const { return m_firstId; }

    // Adds the deferred handoffs to the cubes and ends the deferral.
    Result<void> finish();

private:
    KpiDeferral(Workspace &workspace, qint64 firstId) : m_workspace(&workspace), m_firstId(firstId) { }
    Workspace *m_workspace;
    qint64 m_firstId = 0;
    bool m_finished = false;
};

} // namespace baton
