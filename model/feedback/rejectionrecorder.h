#pragma once

// Records Sales' rejection of a handoff. A rejection always names a reason, and so a recycle play: without
// one it is refused, so no new rejection can leak out of the feedback loop. (Imported history may still
// hold rejections without a reason; the KPIs count them as leakage.)

#include "core/result.h"

namespace baton {

class Workspace;

class RejectionRecorder final
{
public:
    explicit RejectionRecorder(Workspace &workspace) : m_workspace(workspace) { }

    // Marks the open handoff rejected at `at` (seconds since the epoch) with `reasonId`; refuses a missing,
    // unknown or retired reason and a handoff that was already decided.
    Result<void> reject(qint64 handoffId, qint64 reasonId, qint64 at);

private:
    Workspace &m_workspace;
};

} // namespace baton
