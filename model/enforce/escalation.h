#pragma once

// Escalation ladders: per SLA policy, steps that fire when an untouched handoff has used a share of its
// target (for example: notify the manager at 100 %, reassign at 200 %). The step an open clock has
// reached is the number of thresholds it has passed: step 0 means none yet, step N the N-th threshold
// in ascending order, whose action applies. Elapsed time is business time on the handoff's calendar.

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace baton {

class Workspace;

struct EscalationRung
{
    int thresholdPercent = 100;
    QString action;
};

struct EscalationReached
{
    int step = 0; // 0 = no threshold passed yet
    int steps = 0; // how many steps the ladder has
    int thresholdPercent = 0; // of the step reached
    QString action; // of the step reached; empty for step 0
};

class EscalationLadders final
{
public:
    // Every policy's ladder, keyed by the policy's signal type.
    static Result<EscalationLadders> load(Workspace &workspace);

    // The ladder of a signal type's policy, ascending by threshold (empty: no policy or no steps).
    QList<EscalationRung> ladder(qint64 signalTypeId) const { return m_ladders.value(signalTypeId); }
    void setLadder(qint64 signalTypeId, QList<EscalationRung> rungs);

    // The step reached when `elapsedSeconds` of a `targetSeconds` target have passed. Exact in integers:
    // a threshold of P % is passed when elapsed * 100 >= P * target.
    EscalationReached reached(qint64 signalTypeId, qint64 elapsedSeconds, qint64 targetSeconds) const;
    static EscalationReached reachedOn(const QList<EscalationRung> &ladder, qint64 elapsedSeconds, qint64 targetSeconds);

private:
    QHash<qint64, QList<EscalationRung>> m_ladders;
};

} // namespace baton
