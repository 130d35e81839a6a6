#include "stagemap.h"

#include "core/sql.h"
#include "core/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::StageMap", text);
}

} // namespace

StageMap::StageMap(QList<LifecycleStage> stages, QList<StageTransition> transitions)
    : m_stages(std::move(stages)), m_transitions(std::move(transitions))
{
    std::stable_sort(m_stages.begin(), m_stages.end(),
        [](const LifecycleStage &a, const LifecycleStage &b) { return a.position < b.position; });
    for (int i = 0; i < m_stages.size(); ++i)
        m_index.insert(m_stages.at(i).id, i);
    for (const StageTransition &transition : std::as_const(m_transitions))
        m_allowed.insert({ transition.fromStageId, transition.toStageId });
}

Result<StageMap> StageMap::load(Workspace &workspace)
{
    auto stages = Repository<LifecycleStage>(workspace).list();
    if (!stages)
        return stages.error();
    auto transitions = Repository<StageTransition>(workspace).list();
    if (!transitions)
        return transitions.error();
    return StageMap(*stages, *transitions);
}

const LifecycleStage *StageMap::stage(qint64 stageId) const
{
    const auto it = m_index.constFind(stageId);
    return it == m_index.constEnd() ? nullptr : &m_stages.at(*it);
}

QString StageMap::stageName(qint64 stageId) const
{
    const LifecycleStage *found = stage(stageId);
    return found ? found->name : tr("(missing stage %1)").arg(stageId);
}

bool StageMap::allows(qint64 fromStageId, qint64 toStageId) const
{
    return fromStageId == 0 || m_allowed.contains({ fromStageId, toStageId });
}

QList<qint64> StageMap::nextStages(qint64 stageId) const
{
    QList<qint64> next;
    for (const StageTransition &transition : m_transitions)
        if (transition.fromStageId == stageId && stage(transition.toStageId))
            next << transition.toStageId;
    std::sort(next.begin(), next.end(), [this](qint64 a, qint64 b) { return m_index.value(a) < m_index.value(b); });
    return next;
}

QList<qint64> StageMap::previousStages(qint64 stageId) const
{
    QList<qint64> previous;
    for (const StageTransition &transition : m_transitions)
        if (transition.toStageId == stageId && stage(transition.fromStageId))
            previous << transition.fromStageId;
    return previous;
}

qint64 StageMap::entryStageId() const
{
    for (const LifecycleStage &s : m_stages)
        if (s.kind != QStringLiteral("side"))
            return s.id;
    return 0;
}

bool StageMap::isEndState(qint64 stageId) const
{
    const LifecycleStage *s = stage(stageId);
    if (!s || s->workflowAction != WorkflowAction::None)
        return false;
    if (s->kind == QStringLiteral("side"))
        return true;
    // The last funnel stage.
    for (auto it = m_stages.crbegin(); it != m_stages.crend(); ++it)
        if (it->kind != QStringLiteral("side"))
            return it->id == stageId;
    return false;
}

QSet<qint64> StageMap::reachable() const
{
    QSet<qint64> seen;
    const qint64 entry = entryStageId();
    if (!entry)
        return seen;
    QList<qint64> queue { entry };
    seen.insert(entry);
    while (!queue.isEmpty()) {
        const qint64 current = queue.takeFirst();
        for (qint64 next : nextStages(current))
            if (!seen.contains(next)) {
                seen.insert(next);
                queue << next;
            }
    }
    return seen;
}

QList<StageWarning> StageMap::warnings() const
{
    QList<StageWarning> warnings;
    if (m_stages.isEmpty()) {
        warnings.append({ StageWarning::Kind::NoStages, 0, 0, tr("There are no lifecycle stages yet; add the stages a lead goes through.") });
        return warnings;
    }
    const qint64 entry = entryStageId();
    if (!entry)
        warnings.append({ StageWarning::Kind::NoStages, 0, 0,
            tr("Every stage is a side stage; make the stage where leads enter a funnel stage.") });
    const QSet<qint64> reached = reachable();
    for (const LifecycleStage &s : m_stages) {
        if (entry && !reached.contains(s.id))
            warnings.append({ StageWarning::Kind::Unreachable, s.id, 0,
                previousStages(s.id).isEmpty()
                    ? tr("%1 cannot be reached: no stage leads to it.").arg(s.name)
                    : tr("%1 cannot be reached from %2: only stages that are themselves unreachable lead to it.")
                          .arg(s.name, stageName(entry)) });
        if (nextStages(s.id).isEmpty() && !isEndState(s.id))
            warnings.append({ StageWarning::Kind::DeadEnd, s.id, 0,
                tr("%1 cannot be left: it has no allowed next stage, but it is not an end state (an end state has "
                   "the workflow action None and is a side stage or the last funnel stage).")
                    .arg(s.name) });
    }
    for (const StageTransition &t : m_transitions) {
        if (!stage(t.fromStageId) || !stage(t.toStageId))
            warnings.append({ StageWarning::Kind::TransitionToNowhere, stage(t.fromStageId) ? t.fromStageId : 0, t.id,
                tr("The transition %1 → %2 leads nowhere: a stage it names does not exist.")
                    .arg(stageName(t.fromStageId), stageName(t.toStageId)) });
        else if (t.fromStageId == t.toStageId)
            warnings.append({ StageWarning::Kind::TransitionToNowhere, t.fromStageId, t.id,
                tr("The transition %1 → %1 leads nowhere: it goes back to the same stage.").arg(stageName(t.fromStageId)) });
    }
    return warnings;
}

Result<qint64> StageMap::handoffsUsing(Workspace &workspace, qint64 stageId)
{
    auto count = scalar(workspace.db(),
        QStringLiteral("SELECT count(*) FROM (SELECT id FROM handoff WHERE stage_id = ? UNION "
                       "SELECT handoff_id FROM stage_change WHERE to_stage_id = ? OR from_stage_id = ?)"),
        { stageId, stageId, stageId });
    if (!count)
        return count.error();
    return count->toLongLong();
}

QString StageMap::actionLabel(const QString &action)
{
    if (action == WorkflowAction::Nurture)
        return tr("Nurture");
    if (action == WorkflowAction::Alert)
        return tr("Alert");
    if (action == WorkflowAction::TaskCreation)
        return tr("Task creation");
    if (action == WorkflowAction::SequenceEnrollment)
        return tr("Sequence enrollment");
    if (action == WorkflowAction::SdrQueue)
        return tr("SDR queue");
    if (action == WorkflowAction::None)
        return tr("None");
    return action;
}

} // namespace baton
