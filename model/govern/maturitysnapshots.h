#pragma once

// The maturity matrix over time. Evidence is computed as of each past week (MaturityEvidence, with the
// contract, rule set and meetings in force at the week's end); the first time a complete week (one that had
// ended by the as-of instant) is computed in a writable workspace, its evidence stages and reasons are recorded
// in maturity_snapshot, and from then on that week shows what was recorded, so the history keeps what the
// evidence said then even after configuration without history (SLA policies, reasons and plays) changes.
// recompute() computes the weeks again and replaces their snapshots.

#include "core/isoweek.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace baton {

class Workspace;
struct MaturityAssessment;

struct MaturitySnapshot
{
    IsoWeek week;
    QString dimension;
    int stage = 1;
    QStringList reasons;
};

// One week of the history: per dimension the evidence stage (and reasons) and the self-assessed stage then.
struct MaturityWeek
{
    IsoWeek week;
    bool recorded = false; // read from maturity_snapshot (else computed now)
    QHash<QString, int> evidence; // dimension -> stage
    QHash<QString, QStringList> reasons;
    QHash<QString, int> self; // dimension -> self-assessed stage in force at the week's end (absent: none)
};

class MaturitySnapshots final
{
public:
    // Snapshots of the weeks in [from, to], by week then dimension.
    static Result<QList<MaturitySnapshot>> list(Workspace &workspace, const IsoWeek &from, const IsoWeek &to);
    // Records (or replaces) the evidence of an assessment's week, one row per dimension, in one transaction.
    static Result<void> record(Workspace &workspace, const MaturityAssessment &assessment);

    // The `weeks` weeks ending with `last`, oldest first: recorded weeks from their snapshots, the others
    // computed (and recorded when complete and the workspace is writable). `progress(done, total)` may cancel.
    static Result<QList<MaturityWeek>> history(Workspace &workspace, const IsoWeek &last, int weeks,
        const std::function<bool(int, int)> &progress = {});
    // Computes the weeks again from the data and replaces their snapshots (complete weeks only).
    static Result<QList<MaturityWeek>> recompute(Workspace &workspace, const IsoWeek &last, int weeks,
        const std::function<bool(int, int)> &progress = {});

private:
    static Result<QList<MaturityWeek>> build(Workspace &workspace, const IsoWeek &last, int weeks, bool useRecorded,
        const std::function<bool(int, int)> &progress);
};

} // namespace baton
