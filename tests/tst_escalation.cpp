// Escalation ladders and open SLA clocks: the step each open breach has reached, against the hand-made
// workspace of slafixture.h (breaches at 100 %, 250 % and 900 %, a running clock at 50 %).

#include "data/handoff.h"
#include "enforce/escalation.h"
#include "enforce/slabreaches.h"
#include "slafixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestEscalation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SlaFixture m_fixture;

    static const OpenSlaClock *find(const QList<OpenSlaClock> &clocks, qint64 handoffId)
    {
        for (const OpenSlaClock &c : clocks)
            if (c.handoffId == handoffId)
                return &c;
        return nullptr;
    }

private slots:
    void initTestCase() { m_fixture.build(m_dir.filePath(QStringLiteral("escalation.baton"))); }

    void stepsFireAtTheirThresholds()
    {
        const QList<EscalationRung> ladder { { 100, EscalationAction::NotifyManager }, { 200, EscalationAction::Reassign } };
        const qint64 target = 3600;
        QCOMPARE(EscalationLadders::reachedOn(ladder, 1800, target).step, 0); // 50 %
        QCOMPARE(EscalationLadders::reachedOn(ladder, 3599, target).step, 0);
        QCOMPARE(EscalationLadders::reachedOn(ladder, 3600, target).step, 1); // exactly 100 %
        QCOMPARE(EscalationLadders::reachedOn(ladder, 3600, target).action, EscalationAction::NotifyManager);
        QCOMPARE(EscalationLadders::reachedOn(ladder, 7199, target).step, 1);
        QCOMPARE(EscalationLadders::reachedOn(ladder, 9000, target).step, 2); // 250 %
        QCOMPARE(EscalationLadders::reachedOn(ladder, 9000, target).action, EscalationAction::Reassign);
        QCOMPARE(EscalationLadders::reachedOn(ladder, 9000, target).steps, 2);
        QCOMPARE(EscalationLadders::reachedOn({}, 9000, target).step, 0);
        QCOMPARE(EscalationLadders::reachedOn(ladder, 9000, 0).step, 0); // no target, no escalation
    }

    void laddersAreOrderedByThreshold()
    {
        // The fixture stores 200 %, 50 %, 100 % in that position order.
        auto ladders = EscalationLadders::load(*m_fixture.workspace);
        QVERIFY2(ladders.ok(), qPrintable(ladders.errorMessage()));
        const QList<EscalationRung> ladder = ladders->ladder(m_fixture.demo);
        QCOMPARE(ladder.size(), 3);
        QCOMPARE(ladder.at(0).thresholdPercent, 50);
        QCOMPARE(ladder.at(1).thresholdPercent, 100);
        QCOMPARE(ladder.at(2).thresholdPercent, 200);
        QCOMPARE(ladders->reached(m_fixture.demo, 2 * 3600, 3600).action, EscalationAction::Reassign);
        QVERIFY(ladders->ladder(m_fixture.content).isEmpty());
    }

    void openBreachesWithTheirSteps()
    {
        auto breaches = SlaBreaches::open(*m_fixture.workspace, m_fixture.asOf);
        QVERIFY2(breaches.ok(), qPrintable(breaches.errorMessage()));
        // h3 at 900 %, h6 at 250 %, h7 at 100 %, most elapsed first.
        QCOMPARE(breaches->size(), 3);
        QCOMPARE(breaches->at(0).handoffId, m_fixture.h[3]);
        QCOMPARE(breaches->at(1).handoffId, m_fixture.h[6]);
        QCOMPARE(breaches->at(2).handoffId, m_fixture.h[7]);

        const OpenSlaClock &h3 = breaches->at(0);
        QCOMPARE(h3.elapsedSeconds, 540 * 60);
        QCOMPARE(h3.elapsedPercent, 900.0);
        QCOMPARE(h3.step, 3);
        QCOMPARE(h3.action, EscalationAction::Reassign);
        QCOMPARE(h3.owner, QStringLiteral("Anna"));
        QCOMPARE(h3.team, QStringLiteral("EMEA"));
        QCOMPARE(h3.signalType, QStringLiteral("Demo request"));
        QCOMPARE(h3.lead, QStringLiteral("L-3"));
        QCOMPARE(h3.dueAt, SlaFixture::inBerlin(24, 12));
        QVERIFY(h3.breaching);

        const OpenSlaClock &h6 = breaches->at(1);
        QCOMPARE(h6.elapsedSeconds, 600 * 60); // on Tokyo's hours: Tuesday 15-17, Wednesday 9-17
        QCOMPARE(h6.elapsedPercent, 250.0);
        QCOMPARE(h6.step, 3);
        QCOMPARE(h6.action, EscalationAction::Reassign);

        const OpenSlaClock &h7 = breaches->at(2);
        QCOMPARE(h7.dueAt, m_fixture.asOf);
        QVERIFY(h7.breaching); // due exactly at the instant: breaching, as SlaSql says
        QCOMPARE(h7.elapsedPercent, 100.0);
        QCOMPARE(h7.step, 2);
        QCOMPARE(h7.action, EscalationAction::NotifyManager);
    }

    void runningClocksCanEscalateBeforeTheTarget()
    {
        auto clocks = SlaBreaches::open(*m_fixture.workspace, m_fixture.asOf, {}, true);
        QVERIFY(clocks.ok());
        QCOMPARE(clocks->size(), 4);
        const OpenSlaClock *h4 = find(*clocks, m_fixture.h[4]);
        QVERIFY(h4);
        QCOMPARE(h4->elapsedPercent, 50.0);
        QVERIFY(!h4->breaching);
        QCOMPARE(h4->step, 1);
        QCOMPARE(h4->action, EscalationAction::NotifyOwner);
        // Without the 50 % step, the same clock has reached nothing yet.
        EscalationLadders ladders;
        ladders.setLadder(m_fixture.demo, { { 100, EscalationAction::NotifyManager }, { 200, EscalationAction::Reassign } });
        QCOMPARE(ladders.reached(m_fixture.demo, h4->elapsedSeconds, 3600).step, 0);
    }

    void breachesFollowTheFilterAndTheInstant()
    {
        HandoffFilter apac;
        apac.teams = { m_fixture.apac };
        auto breaches = SlaBreaches::open(*m_fixture.workspace, m_fixture.asOf, apac);
        QVERIFY(breaches.ok());
        QCOMPARE(breaches->size(), 1);
        QCOMPARE(breaches->first().handoffId, m_fixture.h[6]);
        // A minute before asOf, h7 (due at asOf) is not breaching yet.
        auto earlier = SlaBreaches::open(*m_fixture.workspace, m_fixture.asOf - 60);
        QVERIFY(earlier.ok());
        QCOMPARE(earlier->size(), 2);
        QVERIFY(!find(*earlier, m_fixture.h[7]));
        // The list is SlaSql's breaching set: the same handoffs the filter flag selects.
        HandoffFilter flag;
        flag.slaBreachingAsOf = m_fixture.asOf;
        auto ids = HandoffRepository(*m_fixture.workspace).ids(flag);
        QVERIFY(ids.ok());
        QCOMPARE(*ids, (QList<qint64> { m_fixture.h[3], m_fixture.h[6], m_fixture.h[7] }));
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
