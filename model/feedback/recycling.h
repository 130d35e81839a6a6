#pragma once

// The feedback loop in numbers: per rejection reason, the recycle play its rejected handoffs went to, and
// what became of them: how many came back as a new handoff (recycled_from_id), how many of those were
// accepted, became an opportunity or were won. Reasons without a play are governance gaps; rejections
// without a reason are leakage.

#include "core/result.h"
#include "data/handofffilter.h"

#include <QList>
#include <QString>

namespace baton {

class Workspace;

struct RecycleOutcome
{
    qint64 rejected = 0; // rejected handoffs
    qint64 cameBack = 0; // of them, handed off again by the play (a later handoff recycled from it)
    qint64 acceptedThen = 0; // ... and that comeback was accepted
    qint64 convertedThen = 0; // ... became an opportunity
    qint64 wonThen = 0; // ... was won

    void add(const RecycleOutcome &other);
};

struct ReasonRecycling
{
    qint64 reasonId = 0; // 0: rejected without a reason
    QString reason;
    bool active = true;
    qint64 playId = 0; // 0: no play (a governance gap)
    QString play;
    QString playKind;
    int reentryDays = 0;
    RecycleOutcome outcome;
    bool isGap() const { return reasonId != 0 && playId == 0; }
};

struct PlayRecycling
{
    qint64 playId = 0; // 0: nowhere (no reason, or a reason without a play)
    QString play;
    QString playKind;
    int reentryDays = 0;
    QList<qint64> reasons; // the reasons mapped to it
    RecycleOutcome outcome;
};

struct RecyclingReport
{
    QList<ReasonRecycling> reasons; // every reason in catalogue order, then "(no reason)"
    QList<PlayRecycling> plays; // every play, then "(nowhere)"
    RecycleOutcome total;
    QStringList gaps; // reasons without a play, by name

    // Rejected handoffs (of those `period` selects), by reason and play; comebacks are counted whenever
    // they happened.
    static Result<RecyclingReport> compute(Workspace &workspace, const HandoffFilter &period = {});
    // How many handoffs were ever rejected with this reason (a reason in use cannot be deleted, only retired).
    static Result<qint64> rejectionsWith(Workspace &workspace, qint64 reasonId);
};

} // namespace baton
