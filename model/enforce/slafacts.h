#pragma once

// The SLA facts stored with every handoff (migration 002) and whether they still match the SLA
// configuration they were computed from.
//
// Facts are written with each handoff (import, demo) from the policies and calendars in force then.
// When a policy's target or calendar source, a calendar's time zone, hours or holidays, or an owner's
// or team's calendar changes, the stored facts describe the old configuration. Baton does not rewrite
// every handoff on each such edit (an edit is often one of several, and undo would rewrite them all
// again); it keeps a fingerprint of the configuration the facts were computed from (workspace setting
// 'sla_fingerprint') and shows that they are stale until someone recomputes them: the Enforce pages
// offer "Recompute", the command line `baton sla FILE --recompute`. Escalation ladders are not part of
// the facts (steps are worked out when asked), so editing them never makes facts stale.

#include "core/result.h"

#include <QString>

#include <functional>

namespace baton {

class Workspace;

struct SlaRecomputeSummary
{
    qint64 handoffs = 0; // handoffs looked at
    qint64 changed = 0; // of them, handoffs whose facts changed and were rewritten
};

class SlaFacts final
{
public:
    static inline const QString FingerprintSetting = QStringLiteral("sla_fingerprint");

    // A digest of everything the stored facts depend on: each policy's signal type, target, calendar source
    // and calendar; each calendar's time zone, hours and holidays; which calendar each owner and team uses.
    static Result<QString> fingerprint(Workspace &workspace);

    // True when the stored facts were computed from the current configuration. A workspace that never
    // recorded a fingerprint (written by the demo generator or an import) is checked by recomputing the
    // facts of a sample of up to `sample` handoffs spread over all of them and comparing.
    static Result<bool> areCurrent(Workspace &workspace, int sample = 1000);
    // areCurrent(), and when the sample found the facts current, records the fingerprint (writable workspaces
    // only), so that from then on any edit of the configuration is noticed, not only the ones a sample shows.
    static Result<bool> checkAndRecord(Workspace &workspace);

    // Recomputes the facts of every handoff from the current configuration in one transaction, rewriting
    // only the handoffs whose facts change, and records the fingerprint. `progress(done, total)` is called after
    // every 20,000 handoffs; returning false cancels, leaving the workspace as it was.
    static Result<SlaRecomputeSummary> recompute(Workspace &workspace,
        const std::function<bool(qint64 done, qint64 total)> &progress = {});
};

} // namespace baton
