// Stage map warnings: unreachable stages, dead ends (stages that cannot be left but are not end states)
// and transitions to nowhere, each shown to appear when the map is broken and to go away when it is not.

#include "core/workspace.h"
#include "demo/defaultconfiguration.h"
#include "map/stagemap.h"
#include "testsupport.h"

#include <QTest>

using namespace baton;

namespace {

LifecycleStage stage(qint64 id, const QString &name, int position, const QString &kind = QStringLiteral("funnel"),
    const QString &action = WorkflowAction::TaskCreation)
{
    return LifecycleStage { id, 1, name, position, kind, action, {} };
}

StageTransition transition(qint64 id, qint64 from, qint64 to)
{
    return StageTransition { id, 1, from, to };
}

QList<StageWarning::Kind> kindsFor(const QList<StageWarning> &warnings, qint64 stageId)
{
    QList<StageWarning::Kind> kinds;
    for (const StageWarning &warning : warnings)
        if (warning.stageId == stageId)
            kinds << warning.kind;
    return kinds;
}

// Lead(1) -> MQL(2) -> Customer(3, end); MQL -> Disqualified(4, side end); MQL -> Nurture(5) -> MQL.
QList<LifecycleStage> healthyStages()
{
    return { stage(1, QStringLiteral("Lead"), 1), stage(2, QStringLiteral("MQL"), 2),
        stage(3, QStringLiteral("Customer"), 3, QStringLiteral("funnel"), WorkflowAction::None),
        stage(4, QStringLiteral("Disqualified"), 4, QStringLiteral("side"), WorkflowAction::None),
        stage(5, QStringLiteral("Nurture"), 5, QStringLiteral("side"), WorkflowAction::Nurture) };
}

QList<StageTransition> healthyTransitions()
{
    return { transition(1, 1, 2), transition(2, 2, 3), transition(3, 2, 4), transition(4, 2, 5), transition(5, 5, 2) };
}

} // namespace

class TestStageMap : public QObject
{
    Q_OBJECT

private slots:
    void aHealthyMapHasNoWarnings()
    {
        const StageMap map(healthyStages(), healthyTransitions());
        QVERIFY(map.warnings().isEmpty());
        QCOMPARE(map.entryStageId(), qint64(1));
        QVERIFY(map.isEndState(3)); // last funnel stage with action None
        QVERIFY(map.isEndState(4)); // side stage with action None
        QVERIFY(!map.isEndState(5)); // Nurture has work to do
        QVERIFY(!map.isEndState(2));
        QCOMPARE(map.reachable().size(), 5);
    }

    void theDefaultConfigurationHasNoWarnings()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("map.baton")));
        QVERIFY(workspace.ok());
        QVERIFY(applyDefaultConfiguration(**workspace, QStringLiteral("Map")).ok());
        auto map = StageMap::load(**workspace);
        QVERIFY(map.ok());
        QCOMPARE(map->stages().size(), 9);
        for (const StageWarning &warning : map->warnings())
            qWarning() << warning.message;
        QVERIFY(map->warnings().isEmpty());
        QVERIFY(map->allows(map->stages().at(2).id, map->stages().at(3).id)); // MQL -> SAL
        QVERIFY(!map->allows(map->stages().at(2).id, map->stages().at(5).id)); // MQL -> Opportunity
        QVERIFY(map->allows(0, map->stages().at(5).id)); // entering from outside
    }

    void unreachableStagesAreFound()
    {
        // An orphan with a way out but no way in.
        QList<LifecycleStage> stages = healthyStages();
        stages << stage(6, QStringLiteral("Orphan"), 6, QStringLiteral("side"), WorkflowAction::Alert);
        QList<StageTransition> transitions = healthyTransitions();
        transitions << transition(6, 6, 2);
        StageMap broken(stages, transitions);
        QCOMPARE(kindsFor(broken.warnings(), 6), QList<StageWarning::Kind> { StageWarning::Kind::Unreachable });
        QCOMPARE(broken.warnings().size(), 1);
        QVERIFY(broken.warnings().first().message.contains(QStringLiteral("no stage leads to it")));
        // A stage reachable only from the orphan is unreachable as well, and says why.
        stages << stage(7, QStringLiteral("Behind the orphan"), 7, QStringLiteral("side"), WorkflowAction::Alert);
        transitions << transition(7, 6, 7) << transition(8, 7, 2);
        StageMap chain(stages, transitions);
        QCOMPARE(kindsFor(chain.warnings(), 7), QList<StageWarning::Kind> { StageWarning::Kind::Unreachable });
        QVERIFY(kindsFor(chain.warnings(), 7).size() == 1);
        // Fixed: a way in from MQL.
        transitions << transition(9, 2, 6);
        QVERIFY(StageMap(stages, transitions).warnings().isEmpty());
    }

    void deadEndsAreFoundButEndStatesAreFine()
    {
        // Nurture loses its way back: it cannot be left, and it is not an end state.
        QList<StageTransition> transitions = healthyTransitions();
        transitions.removeLast();
        StageMap broken(healthyStages(), transitions);
        QCOMPARE(kindsFor(broken.warnings(), 5), QList<StageWarning::Kind> { StageWarning::Kind::DeadEnd });
        QCOMPARE(broken.warnings().size(), 1);
        // A funnel stage in the middle with action None and no exit is a dead end too (not the last one).
        QList<LifecycleStage> stages = healthyStages();
        stages[1].workflowAction = WorkflowAction::None;
        QList<StageTransition> noExitFromMql = { transition(1, 1, 2) };
        const auto warnings = StageMap(stages, noExitFromMql).warnings();
        QVERIFY(kindsFor(warnings, 2).contains(StageWarning::Kind::DeadEnd));
        // Customer (last funnel, None) and Disqualified (side, None) never count as dead ends.
        QVERIFY(!kindsFor(warnings, 3).contains(StageWarning::Kind::DeadEnd));
        QVERIFY(!kindsFor(warnings, 4).contains(StageWarning::Kind::DeadEnd));
        // Giving Customer work to do makes it a stage that must have a way out.
        stages = healthyStages();
        stages[2].workflowAction = WorkflowAction::Alert;
        QCOMPARE(kindsFor(StageMap(stages, healthyTransitions()).warnings(), 3),
            QList<StageWarning::Kind> { StageWarning::Kind::DeadEnd });
    }

    void transitionsToNowhereAreFound()
    {
        QList<StageTransition> transitions = healthyTransitions();
        transitions << transition(10, 2, 99); // a stage that does not exist
        transitions << transition(11, 5, 5); // back to itself
        const auto warnings = StageMap(healthyStages(), transitions).warnings();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).kind, StageWarning::Kind::TransitionToNowhere);
        QCOMPARE(warnings.at(0).transitionId, qint64(10));
        QCOMPARE(warnings.at(1).transitionId, qint64(11));
        QVERIFY(warnings.at(1).message.contains(QStringLiteral("Nurture → Nurture")));
        // A dangling transition does not make its target reachable or its source leavable.
        QVERIFY(!StageMap(healthyStages(), transitions).nextStages(2).contains(99));
        QVERIFY(StageMap(healthyStages(), healthyTransitions()).warnings().isEmpty());
    }

    void anEmptyMapSaysSo()
    {
        const auto warnings = StageMap({}, {}).warnings();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, StageWarning::Kind::NoStages);
    }
};

QTEST_GUILESS_MAIN(TestStageMap)
#include "tst_stagemap.moc"
