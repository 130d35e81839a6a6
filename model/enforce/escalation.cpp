#include "escalation.h"

#include "core/repository.h"
#include "sla.h"

#include <algorithm>

namespace baton {

Result<EscalationLadders> EscalationLadders::load(Workspace &workspace)
{
    auto policies = Repository<SlaPolicy>(workspace).list();
    if (!policies)
        return policies.error();
    auto steps = Repository<EscalationStep>(workspace).list();
    if (!steps)
        return steps.error();
    QHash<qint64, qint64> signalOfPolicy;
    for (const SlaPolicy &policy : std::as_const(*policies))
        signalOfPolicy.insert(policy.id, policy.signalTypeId);
    QHash<qint64, QList<EscalationRung>> rungs;
    for (const EscalationStep &step : std::as_const(*steps))
        if (signalOfPolicy.contains(step.slaPolicyId))
            rungs[signalOfPolicy.value(step.slaPolicyId)].append({ step.thresholdPercent, step.action });
    EscalationLadders ladders;
    for (auto it = rungs.begin(); it != rungs.end(); ++it)
        ladders.setLadder(it.key(), it.value());
    return ladders;
}

void EscalationLadders::setLadder(qint64 signalTypeId, QList<EscalationRung> rungs)
{
    // Steps are stored in position order; they fire in threshold order (stable, so equal thresholds keep it).
    std::stable_sort(rungs.begin(), rungs.end(),
        [](const EscalationRung &a, const EscalationRung &b) { return a.thresholdPercent < b.thresholdPercent; });
    m_ladders.insert(signalTypeId, rungs);
}

EscalationReached EscalationLadders::reached(qint64 signalTypeId, qint64 elapsedSeconds, qint64 targetSeconds) const
{
    return reachedOn(m_ladders.value(signalTypeId), elapsedSeconds, targetSeconds);
}

EscalationReached EscalationLadders::reachedOn(const QList<EscalationRung> &ladder, qint64 elapsedSeconds, qint64 targetSeconds)
{
    EscalationReached result;
    result.steps = int(ladder.size());
    if (targetSeconds <= 0)
        return result;
    for (int i = 0; i < ladder.size(); ++i) {
        if (elapsedSeconds * 100 < qint64(ladder.at(i).thresholdPercent) * targetSeconds)
            break;
        result.step = i + 1;
        result.thresholdPercent = ladder.at(i).thresholdPercent;
        result.action = ladder.at(i).action;
    }
    return result;
}

} // namespace baton
