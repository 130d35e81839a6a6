#pragma once

// Bulk writes of handoffs without the KPI cubes' per-row trigger work (migration 005_kpi_bulk.sql).
//
// The triggers that keep kpi_cell, kpi_owner_cell and kpi_account equal to the sums over the handoffs cost
// about 12 microseconds for every handoff written. A bulk writer (the CSV importer) that inserts many handoffs
// in one transaction defers that work and sums the cubes of what it inserts itself (KpiSums):
//
//   workspace.transaction([&]() -> Result<void> {
//       auto deferral = KpiDeferral::begin(workspace);   // handoffs inserted from now on skip the triggers
//       KpiSums sums;
//       ... insert handoffs, sums.add(handoff) for each; now and then sums.merge(workspace) ...
//       BATON_TRY(sums.merge(workspace));
//       return deferral->finish();
//   });
//
// Only handoffs inserted after begin() (ids from firstDeferredId() on) are deferred; updates and deletes of
// older handoffs keep going through the triggers. A writer that updates a deferred handoff takes back what its
// sums have for it (sums.add(old, -1), then add the new state) or, once those sums were merged, writes the update
// through throughTriggers(). finish() must run before the transaction commits; when the transaction rolls back
// instead (an error, a cancel), the deferral is rolled back with it and the cubes are as they were.

#include "core/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace baton {

class Workspace;
struct Handoff;

class KpiDeferral final
{
public:
    // Starts deferring; must be called inside a transaction. Fails if a deferral is already running.
    static Result<KpiDeferral> begin(Workspace &workspace);

    // The first id that is deferred: handoffs with this id or above are not in the cubes until finish().
    qint64 firstDeferredId() const { return m_firstId; }

    // Ends the deferral; the writer has merged the sums of every handoff it inserted.
    Result<void> finish();
    // Runs `write`, an update of a deferred handoff whose sums were merged already, with the triggers applying to
    // it: the cubes lose what they had for its old state and get its new one.
    Result<void> throughTriggers(const std::function<Result<void>()> &write);

private:
    KpiDeferral(Workspace &workspace, qint64 firstId) : m_workspace(&workspace), m_firstId(firstId) { }
    Workspace *m_workspace;
    qint64 m_firstId = 0;
    bool m_finished = false;
    QString m_insertTrigger; // its CREATE TRIGGER text, while it is dropped
};

// The cube sums of the handoffs a bulk writer inserts, from the handoffs as it writes them: nothing reads the
// rows again. add() a handoff's final state; add(h, -1) takes back what add() added for it (an update of a
// handoff added since the last merge); merge() adds the sums to the cube tables (inside the deferral's
// transaction) and empties them. The sums are the triggers' (004_kpi_cube.sql), computed from the Handoff;
// tests/importfixture.h checks the cubes against the handoffs with plain SQL.
class KpiSums final
{
public:
    KpiSums();
    ~KpiSums();
    KpiSums(KpiSums &&) noexcept;
    KpiSums &operator=(KpiSums &&) noexcept;

    void add(const Handoff &handoff, int sign = 1);
    // About how much memory the sums hold.
    qint64 bytes() const;
    // How many cells of the cubes they hold.
    qint64 cells() const;
    Result<void> merge(Workspace &workspace);
    // merge() in steps, for a writer that spreads it over the rows it writes: beginMerge(), then mergeSome()
    // until it says true (every cell merged, the sums empty). add() must not be called in between; merge()
    // finishes a merge in steps that has begun.
    Result<void> beginMerge(Workspace &workspace);
    Result<bool> mergeSome(qint64 cells);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace baton
