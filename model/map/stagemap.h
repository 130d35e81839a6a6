#pragma once

// The lifecycle stage map as a graph: which stage may follow which, where leads enter, which stages are
// end states, and what is wrong with the map.
//
// Rules (shown in the app next to the warnings):
// - Leads enter the map at the first funnel stage (lowest position); a stage that cannot be reached from
//   it by allowed transitions is *unreachable*.
// - A stage whose workflow action is "none" and that is either a side stage or the last funnel stage is an
//   *end state* (Customer, Disqualified). Every other stage must have a way out; one without is a *dead end*.
// - A transition from or to a stage that does not exist, or from a stage to itself, leads *nowhere*.

#include "stages.h"

#include <QHash>
#include <QSet>

namespace baton {

class Workspace;

struct StageWarning
{
    enum class Kind { Unreachable, DeadEnd, TransitionToNowhere, NoStages };
    Kind kind = Kind::Unreachable;
    qint64 stageId = 0; // the stage concerned (0 for a transition warning without a known source)
    qint64 transitionId = 0; // for TransitionToNowhere
    QString message; // a sentence for people
};

class StageMap final
{
public:
    StageMap() = default;
    StageMap(QList<LifecycleStage> stages, QList<StageTransition> transitions);
    static Result<StageMap> load(Workspace &workspace);

    const QList<LifecycleStage> &stages() const { return m_stages; }
    const QList<StageTransition> &transitions() const { return m_transitions; }
    const LifecycleStage *stage(qint64 stageId) const;
    QString stageName(qint64 stageId) const;

    // Whether a lead may move from one stage to the other; entering the map (from 0) is always allowed.
    bool allows(qint64 fromStageId, qint64 toStageId) const;
    QList<qint64> nextStages(qint64 stageId) const;
    QList<qint64> previousStages(qint64 stageId) const;
    // The first funnel stage by position (0 when there is none).
    qint64 entryStageId() const;
    bool isEndState(qint64 stageId) const;
    // Stages reachable from the entry stage (the entry included).
    QSet<qint64> reachable() const;

    QList<StageWarning> warnings() const;

    // How many handoffs are in the stage or passed through it (a stage in use cannot be removed).
    static Result<qint64> handoffsUsing(Workspace &workspace, qint64 stageId);
    // A sentence for people about the workflow action: "SDR queue", "Nurture", ...
    static QString actionLabel(const QString &workflowAction);

private:
    QList<LifecycleStage> m_stages; // by position
    QList<StageTransition> m_transitions;
    QHash<qint64, int> m_index;
    QSet<std::pair<qint64, qint64>> m_allowed;
};

} // namespace baton
