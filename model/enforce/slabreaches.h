#pragma once

// Open SLA clocks and the escalation step each has reached. An open breach is a handoff that is
// breaching as of an instant (SlaSql::breaching: untouched, its due instant passed); with running clocks
// included, untouched handoffs still within their target are listed too (a ladder may act before 100 %).
//
// Elapsed time is business time from the handoff to the instant, on the handoff's calendar (SlaClock);
// elapsed percent = elapsed / the handoff's stored target. The step is the number of the policy's
// escalation thresholds that percent has passed (EscalationLadders).

#include "core/result.h"
#include "data/handofffilter.h"

#include <QList>
#include <QString>

namespace baton {

class Workspace;

struct OpenSlaClock
{
    qint64 handoffId = 0;
    QString lead; // the lead id, else the email, else the company
    QString company;
    qint64 signalTypeId = 0;
    qint64 ownerId = 0;
    qint64 teamId = 0;
    QString signalType;
    QString owner;
    QString team;
    QString outcome;
    int week = 0;
    qint64 handedOffAt = 0;
    qint64 dueAt = 0;
    int targetMinutes = 0;
    qint64 elapsedSeconds = 0; // business seconds from the handoff to the instant
    double elapsedPercent = 0;
    bool breaching = false;
    int step = 0; // escalation steps passed; 0 = none
    int steps = 0; // steps on the ladder
    QString action; // the action of the step reached, empty for step 0
};

class SlaBreaches final
{
public:
    // The open breaches as of `asOf` among the handoffs `filter` selects (with `includeRunning`, also the
    // untouched handoffs whose clock is still running), most elapsed first.
    static Result<QList<OpenSlaClock>> open(Workspace &workspace, qint64 asOf, const HandoffFilter &filter = {},
        bool includeRunning = false);
};

} // namespace baton
