// The maturity evidence: every rule on hand-made workspaces (governfixture.h) on both sides of each stage
// boundary, the figures it judges compared with SQL over the file, the dimension's stage as the lowest of its
// rules, the self-assessment in force at a week's end, history from the contract's and rule sets' dates, and
// the snapshots recorded per week.

#include "governfixture.h"
#include "testsupport.h"

#include "govern/governhistory.h"
#include "govern/maturityevidence.h"
#include "govern/maturitymatrix.h"
#include "govern/maturitysnapshots.h"
#include "instrument/validator.h"

#include <QJsonArray>
#include <QTest>

using namespace baton;
using namespace baton::test;

Q_DECLARE_METATYPE(GovernRecipe)

namespace {

const MaturityCriterion *criterionOf(const MaturityAssessment &assessment, const QString &key)
{
    for (const DimensionAssessment &d : assessment.dimensions)
        for (const MaturityCriterion &c : d.criteria)
            if (c.key == key)
                return &c;
    return nullptr;
}

} // namespace

class TestMaturity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString nextFile() { return m_dir.filePath(QStringLiteral("w%1.baton").arg(++m_files)); }

    // Builds the recipe's workspace and assesses week 2026-W10.
    MaturityAssessment assess(const GovernRecipe &recipe, GovernFixture *keep = nullptr)
    {
        GovernFixture local;
        GovernFixture &fixture = keep ? *keep : local;
        fixture.build(nextFile(), recipe);
        if (QTest::currentTestFailed())
            return {};
        auto assessment = MaturityEvidence::assess(*fixture.workspace, GovernFixture::Week);
        if (!assessment) {
            QTest::qFail(qPrintable(assessment.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        return *assessment;
    }

    // The stage one rule supports, checked to be the only thing holding its dimension below 3 when it is.
    void expectRule(const GovernRecipe &recipe, const QString &key, int stage)
    {
        const MaturityAssessment assessment = assess(recipe);
        if (QTest::currentTestFailed())
            return;
        const MaturityCriterion *criterion = criterionOf(assessment, key);
        QVERIFY(criterion);
        QCOMPARE(criterion->supports, stage);
        for (const DimensionAssessment &d : assessment.dimensions) {
            const auto it = std::find_if(d.criteria.cbegin(), d.criteria.cend(), [&](const MaturityCriterion &c) { return c.key == key; });
            if (it != d.criteria.cend()) {
                QCOMPARE(d.evidenceStage, stage); // every other rule of the dimension supports 3 in these recipes
                QVERIFY(it->reason.contains(QStringLiteral("stage %1").arg(stage)));
            }
        }
    }

private slots:
    void cleanWorkspaceIsGovernedEverywhere()
    {
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(GovernRecipe {}, &fixture);
        QCOMPARE(assessment.dimensions.size(), 5);
        for (const DimensionAssessment &d : assessment.dimensions) {
            QVERIFY2(d.evidenceStage == 3, qPrintable(d.dimension + QStringLiteral(": ") + d.reasons().join(QStringLiteral(" | "))));
            QCOMPARE(d.criteria.size(), MaturityMatrix::rules(d.dimension).size());
        }
        // The figures, against SQL over the file.
        RawDatabase raw(fixture.workspace->path());
        const MaturityFacts &f = assessment.facts;
        QCOMPARE(f.checked, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE week = 202610")).toLongLong());
        QCOMPARE(f.handoffs, 20);
        QCOMPARE(f.slaDecided, 20);
        QCOMPARE(f.slaMet, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE first_touch_at <= sla_due_at")).toLongLong());
        QCOMPARE(f.signalTypes, 9);
        QCOMPARE(f.signalTypesWithPolicy, 9);
        QCOMPARE(f.policiesWithLadder, 9);
        QCOMPARE(f.reviewedWeeks, 4);
        QCOMPARE(f.contractNumber, 1);
        QCOMPARE(f.partiesSigned, 3);
        // 9 signal types x 1 territory x 1 segment x 1 industry x 1 source ("any other") x owned or not.
        QCOMPARE(f.scenarios, 18);
    }

    void contract_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("stage");
        QTest::newRow("active, signed by all three") << int(GovernRecipe::Contract::ActiveSigned) << 3;
        QTest::newRow("a draft signed by one party") << int(GovernRecipe::Contract::DraftSignedByOne) << 2;
        QTest::newRow("nothing signed") << int(GovernRecipe::Contract::None) << 1;
        QTest::newRow("signed only after the week") << int(GovernRecipe::Contract::ActivatedAfterWeek) << 1;
    }
    void contract()
    {
        QFETCH(int, state);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.contract = GovernRecipe::Contract(state);
        const MaturityAssessment assessment = assess(recipe);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(criterionOf(assessment, QStringLiteral("contract"))->supports, stage);
        QCOMPARE(assessment.dimension(MaturityDimension::Definitions)->evidenceStage, stage);
    }

    void contractSignedLaterCountsFromItsWeek()
    {
        // Signed on Friday 20 March (week 12): not in force in week 10, in force in week 12.
        GovernRecipe recipe;
        recipe.contract = GovernRecipe::Contract::ActivatedAfterWeek;
        GovernFixture fixture;
        fixture.build(nextFile(), recipe);
        auto w10 = MaturityEvidence::gather(*fixture.workspace, GovernFixture::Week);
        auto w12 = MaturityEvidence::gather(*fixture.workspace, IsoWeek { 2026, 12 });
        QVERIFY(w10.ok() && w12.ok());
        QCOMPARE(w10->contractNumber, 0);
        QCOMPARE(w10->partiesSigned, 0);
        QCOMPARE(w12->contractNumber, 1);
        QCOMPARE(w12->partiesSigned, 3);
    }

    void definitionViolations_data()
    {
        QTest::addColumn<int>("broken");
        QTest::addColumn<int>("stage");
        // 20 handoffs: 5 % is 1, 25 % is 5.
        QTest::newRow("1 of 20 = 5 %") << 1 << 3;
        QTest::newRow("2 of 20 = 10 %") << 2 << 2;
        QTest::newRow("5 of 20 = 25 %") << 5 << 2;
        QTest::newRow("6 of 20 = 30 %") << 6 << 1;
    }
    void definitionViolations()
    {
        QFETCH(int, broken);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.notQualified = broken;
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(recipe, &fixture);
        QVERIFY(!QTest::currentTestFailed());
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(assessment.facts.definitionViolations, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE fit_grade = 'D'")).toLongLong());
        QCOMPARE(assessment.facts.definitionViolations, broken);
        QCOMPARE(criterionOf(assessment, QStringLiteral("definition_violations"))->supports, stage);
        QCOMPARE(assessment.dimension(MaturityDimension::Definitions)->evidenceStage, stage);
    }

    void coverage_data()
    {
        QTest::addColumn<int>("coverage");
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("fallbackOnly");
        QTest::addColumn<int>("noOwner");
        QTest::newRow("every scenario by rule") << int(GovernRecipe::Coverage::Full) << 3 << 0 << 0;
        // The rule takes Demo requests only: the other 8 signal types x owned or not reach the fallback queue...
        QTest::newRow("some only the fallback") << int(GovernRecipe::Coverage::FallbackOnly) << 2 << 16 << 0;
        // ... and with nobody in the queue, no owner.
        QTest::newRow("some no owner") << int(GovernRecipe::Coverage::NoOwner) << 1 << 0 << 16;
    }
    void coverage()
    {
        QFETCH(int, coverage);
        QFETCH(int, stage);
        QFETCH(int, fallbackOnly);
        QFETCH(int, noOwner);
        GovernRecipe recipe;
        recipe.coverage = GovernRecipe::Coverage(coverage);
        const MaturityAssessment assessment = assess(recipe);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(assessment.facts.fallbackOnlyScenarios, fallbackOnly);
        QCOMPARE(assessment.facts.noOwnerScenarios, noOwner);
        QCOMPARE(criterionOf(assessment, QStringLiteral("coverage"))->supports, stage);
        QCOMPARE(assessment.dimension(MaturityDimension::Routing)->evidenceStage, stage);
    }

    void fallbackShare_data()
    {
        QTest::addColumn<int>("fallback");
        QTest::addColumn<int>("stage");
        // 50 handoffs: 2 % is 1, 10 % is 5.
        QTest::newRow("1 of 50 = 2 %") << 1 << 3;
        QTest::newRow("2 of 50 = 4 %") << 2 << 2;
        QTest::newRow("5 of 50 = 10 %") << 5 << 2;
        QTest::newRow("6 of 50 = 12 %") << 6 << 1;
    }
    void fallbackShare()
    {
        QFETCH(int, fallback);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.handoffs = 50;
        recipe.fallback = fallback;
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(recipe, &fixture);
        QVERIFY(!QTest::currentTestFailed());
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(assessment.facts.unassignedOrFallback,
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE routed_to_fallback = 1 OR owner_id IS NULL")).toLongLong());
        QCOMPARE(assessment.facts.handoffs, 50);
        QCOMPARE(criterionOf(assessment, QStringLiteral("fallback_share"))->supports, stage);
        QCOMPARE(assessment.dimension(MaturityDimension::Routing)->evidenceStage, stage);
    }

    void policies_data()
    {
        QTest::addColumn<int>("policies");
        QTest::addColumn<int>("stage");
        QTest::newRow("every signal type, every ladder") << int(GovernRecipe::Policies::AllWithLadders) << 3;
        QTest::newRow("a policy without a ladder") << int(GovernRecipe::Policies::OneWithoutLadder) << 2;
        QTest::newRow("a signal type without a policy") << int(GovernRecipe::Policies::OneMissing) << 1;
    }
    void policies()
    {
        QFETCH(int, policies);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.policies = GovernRecipe::Policies(policies);
        expectRule(recipe, QStringLiteral("policies"), stage);
    }

    void weeklyReview_data()
    {
        QTest::addColumn<QList<int>>("weeksBack");
        QTest::addColumn<int>("stage");
        QTest::newRow("4 of 4 weeks") << QList<int> { 0, 1, 2, 3 } << 3;
        QTest::newRow("3 of 4 weeks") << QList<int> { 0, 2, 3 } << 3;
        QTest::newRow("2 of 4 weeks") << QList<int> { 1, 3 } << 2;
        QTest::newRow("1 of 4 weeks") << QList<int> { 3 } << 2;
        QTest::newRow("none") << QList<int> {} << 1;
        QTest::newRow("only before the 4 weeks") << QList<int> { 4, 5, 6 } << 1;
    }
    void weeklyReview()
    {
        QFETCH(QList<int>, weeksBack);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.meetingWeeksBack = weeksBack;
        const MaturityAssessment assessment = assess(recipe);
        QVERIFY(!QTest::currentTestFailed());
        int inWindow = 0;
        for (int back : weeksBack)
            inWindow += back < MaturityThresholds::ReviewWeeks ? 1 : 0;
        QCOMPARE(assessment.facts.reviewedWeeks, inWindow);
        QCOMPARE(criterionOf(assessment, QStringLiteral("weekly_review"))->supports, stage);
    }

    void slaCompliance_data()
    {
        QTest::addColumn<int>("missed");
        QTest::addColumn<int>("stage");
        // 20 decided: 85 % is 17 met, 60 % is 12 met.
        QTest::newRow("17 of 20 = 85 %") << 3 << 3;
        QTest::newRow("16 of 20 = 80 %") << 4 << 2;
        QTest::newRow("12 of 20 = 60 %") << 8 << 2;
        QTest::newRow("11 of 20 = 55 %") << 9 << 1;
    }
    void slaCompliance()
    {
        QFETCH(int, missed);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.slaMissed = missed;
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(recipe, &fixture);
        QVERIFY(!QTest::currentTestFailed());
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(assessment.facts.slaMet, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE first_touch_at <= sla_due_at")).toLongLong());
        QCOMPARE(assessment.facts.slaDecided, 20);
        QCOMPARE(criterionOf(assessment, QStringLiteral("sla_compliance"))->supports, stage);
        QCOMPARE(assessment.dimension(MaturityDimension::Slas)->evidenceStage, stage);
    }

    void slaComplianceWithNothingDecided()
    {
        GovernRecipe recipe;
        recipe.handoffs = 0;
        const MaturityAssessment assessment = assess(recipe);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(assessment.facts.slaDecided, 0);
        QCOMPARE(criterionOf(assessment, QStringLiteral("sla_compliance"))->supports, 1);
    }

    void rejectionReasons_data()
    {
        QTest::addColumn<int>("withoutReason");
        QTest::addColumn<int>("stage");
        // 20 rejections: 5 % is 1.
        QTest::newRow("none without a reason") << 0 << 3;
        QTest::newRow("1 of 20 = 5 %") << 1 << 2;
        QTest::newRow("2 of 20 = 10 %") << 2 << 1;
    }
    void rejectionReasons()
    {
        QFETCH(int, withoutReason);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.rejected = 20;
        recipe.rejectedWithoutReason = withoutReason;
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(recipe, &fixture);
        QVERIFY(!QTest::currentTestFailed());
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(assessment.facts.rejected, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE rejected_at IS NOT NULL")).toLongLong());
        QCOMPARE(assessment.facts.rejectedWithoutReason,
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE rejected_at IS NOT NULL AND rejection_reason_id IS NULL")).toLongLong());
        QCOMPARE(criterionOf(assessment, QStringLiteral("rejection_reasons"))->supports, stage);
        QCOMPARE(assessment.dimension(MaturityDimension::Feedback)->evidenceStage, stage);
    }

    void recyclePlays_data()
    {
        QTest::addColumn<int>("gaps");
        QTest::addColumn<bool>("retiredGap");
        QTest::addColumn<int>("stage");
        QTest::newRow("every reason has a play") << 0 << false << 3;
        QTest::newRow("a retired reason without one does not count") << 0 << true << 3;
        QTest::newRow("1 reason without a play") << 1 << false << 2;
        QTest::newRow("2 reasons without a play") << 2 << false << 1;
    }
    void recyclePlays()
    {
        QFETCH(int, gaps);
        QFETCH(bool, retiredGap);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.reasonsWithoutPlay = gaps;
        recipe.inactiveReasonWithoutPlay = retiredGap;
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(recipe, &fixture);
        QVERIFY(!QTest::currentTestFailed());
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(assessment.facts.reasonsWithoutPlay.size(),
            raw.value(QStringLiteral("SELECT count(*) FROM rejection_reason WHERE active = 1 AND recycle_play_id IS NULL")).toLongLong());
        QCOMPARE(criterionOf(assessment, QStringLiteral("recycle_plays"))->supports, stage);
    }

    void timestampsPresent_data()
    {
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("stage");
        // 50 handoffs: 2 % is 1, 10 % is 5.
        QTest::newRow("1 of 50 = 2 %") << 1 << 3;
        QTest::newRow("2 of 50 = 4 %") << 2 << 2;
        QTest::newRow("5 of 50 = 10 %") << 5 << 2;
        QTest::newRow("6 of 50 = 12 %") << 6 << 1;
    }
    void timestampsPresent()
    {
        QFETCH(int, missing);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.handoffs = 50;
        recipe.missingTimestamp = missing;
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(recipe, &fixture);
        QVERIFY(!QTest::currentTestFailed());
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(assessment.facts.missingTimestamps,
            raw.value(QStringLiteral("SELECT count(*) FROM handoff h JOIN lifecycle_stage s ON s.id = h.stage_id "
                                     "WHERE s.name = 'SAL' AND h.accepted_at IS NULL")).toLongLong());
        QCOMPARE(criterionOf(assessment, QStringLiteral("timestamps_present"))->supports, stage);
        QCOMPARE(assessment.dimension(MaturityDimension::Measurement)->evidenceStage, stage);
    }

    void timestampsInOrder_data()
    {
        QTest::addColumn<int>("disordered");
        QTest::addColumn<int>("stage");
        // 100 handoffs: 1 % is 1, 5 % is 5.
        QTest::newRow("1 of 100 = 1 %") << 1 << 3;
        QTest::newRow("2 of 100 = 2 %") << 2 << 2;
        QTest::newRow("5 of 100 = 5 %") << 5 << 2;
        QTest::newRow("6 of 100 = 6 %") << 6 << 1;
    }
    void timestampsInOrder()
    {
        QFETCH(int, disordered);
        QFETCH(int, stage);
        GovernRecipe recipe;
        recipe.handoffs = 100;
        recipe.disordered = disordered;
        GovernFixture fixture;
        const MaturityAssessment assessment = assess(recipe, &fixture);
        QVERIFY(!QTest::currentTestFailed());
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(assessment.facts.disorderedTimestamps,
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE first_touch_at < handed_off_at")).toLongLong());
        QCOMPARE(criterionOf(assessment, QStringLiteral("timestamps_in_order"))->supports, stage);
    }

    void dimensionTakesItsLowestRule()
    {
        // Pure: facts in, stages out. A signed contract (3) with 30 % of handoffs breaking it (1) is stage 1.
        MaturityFacts facts;
        facts.contractNumber = 1;
        facts.partiesSigned = 3;
        facts.checked = 10;
        facts.definitionViolations = 3;
        const QList<DimensionAssessment> judged = MaturityEvidence::judge(facts);
        QCOMPARE(judged.size(), 5);
        QCOMPARE(judged.first().dimension, MaturityDimension::Definitions);
        QCOMPARE(judged.first().criteria.at(0).supports, 3);
        QCOMPARE(judged.first().criteria.at(1).supports, 1);
        QCOMPARE(judged.first().evidenceStage, 1);
        facts.definitionViolations = 0;
        QCOMPARE(MaturityEvidence::judge(facts).first().evidenceStage, 3);
    }

    void supportsAtTheBoundaries()
    {
        QCOMPARE(MaturityEvidence::supports(0.05, 0.05, 0.25, false), 3);
        QCOMPARE(MaturityEvidence::supports(0.0500001, 0.05, 0.25, false), 2);
        QCOMPARE(MaturityEvidence::supports(0.25, 0.05, 0.25, false), 2);
        QCOMPARE(MaturityEvidence::supports(0.2500001, 0.05, 0.25, false), 1);
        QCOMPARE(MaturityEvidence::supports(0.85, 0.85, 0.60, true), 3);
        QCOMPARE(MaturityEvidence::supports(0.8499999, 0.85, 0.60, true), 2);
        QCOMPARE(MaturityEvidence::supports(0.60, 0.85, 0.60, true), 2);
        QCOMPARE(MaturityEvidence::supports(0.5999999, 0.85, 0.60, true), 1);
    }

    void selfAssessmentInForceAtTheWeeksEnd()
    {
        GovernFixture fixture;
        fixture.build(nextFile(), GovernRecipe {});
        Repository<MaturitySelfAssessment> repository(*fixture.workspace);
        MaturitySelfAssessment early { 0, 0, MaturityDimension::Routing, 2, QDate(2026, 2, 1), QStringLiteral("early") };
        MaturitySelfAssessment sunday { 0, 0, MaturityDimension::Routing, 3, QDate(2026, 3, 8), QStringLiteral("on Sunday") };
        MaturitySelfAssessment later { 0, 0, MaturityDimension::Routing, 1, QDate(2026, 3, 9), QStringLiteral("next Monday") };
        QVERIFY(repository.add(early).ok());
        QVERIFY(repository.add(later).ok());
        QVERIFY(repository.add(sunday).ok());
        auto w10 = MaturityEvidence::assess(*fixture.workspace, GovernFixture::Week);
        QVERIFY(w10.ok());
        const DimensionAssessment *routing = w10->dimension(MaturityDimension::Routing);
        QVERIFY(routing->self.has_value());
        QCOMPARE(routing->self->note, QStringLiteral("on Sunday"));
        QCOMPARE(routing->gap(), 0); // 3 against evidence 3
        QVERIFY(!w10->dimension(MaturityDimension::Slas)->self.has_value());
        auto w9 = MaturityEvidence::assess(*fixture.workspace, IsoWeek { 2026, 9 });
        QVERIFY(w9.ok());
        QCOMPARE(w9->dimension(MaturityDimension::Routing)->self->note, QStringLiteral("early"));
        // JSON: self_stage null where nobody assessed, the stage where somebody did.
        const QJsonArray dimensions = w10->toJson().value(QStringLiteral("dimensions")).toArray();
        QCOMPARE(dimensions.size(), 5);
        for (const QJsonValue &value : dimensions) {
            const QJsonObject d = value.toObject();
            QVERIFY(d.contains(QStringLiteral("self_stage")));
            QCOMPARE(d.value(QStringLiteral("evidence_stage")).toInt(), 3);
            QVERIFY(!d.value(QStringLiteral("reasons")).toArray().isEmpty());
            if (d.value(QStringLiteral("dimension")).toString() == MaturityDimension::Routing)
                QCOMPARE(d.value(QStringLiteral("self_stage")).toInt(), 3);
            else
                QVERIFY(d.value(QStringLiteral("self_stage")).isNull());
        }
    }

    void weekValidationChecksOnlyTheWeek()
    {
        GovernRecipe recipe;
        recipe.notQualified = 2;
        GovernFixture fixture;
        fixture.build(nextFile(), recipe);
        // A second week's handoffs, all not qualified: the week's validation must not see them.
        auto written = fixture.workspace->transaction([&]() -> Result<void> {
            HandoffWriter writer(*fixture.workspace);
            for (int i = 0; i < 5; ++i) {
                Handoff h = fixture.clean(100 + i);
                h.handedOffAt += 7 * 86400;
                h.fitGrade = QStringLiteral("D");
                BATON_TRY(writer.insert(h));
            }
            return {};
        });
        QVERIFY(written.ok());
        auto week = GovernHistory::validateWeek(*fixture.workspace, GovernFixture::Week);
        QVERIFY2(week.ok(), qPrintable(week.errorMessage()));
        QCOMPARE(week->checked, 20);
        QCOMPARE(week->handoffCount(ViolationKind::NotQualified), 2);
        QCOMPARE(GovernHistory::definitionViolations(*week), 2);
        // The unfiltered validator over everything sees both weeks.
        auto validator = Validator::load(*fixture.workspace);
        QVERIFY(validator.ok());
        auto all = validator->run(*fixture.workspace);
        QVERIFY(all.ok());
        QCOMPARE(all->checked, 25);
        QCOMPARE(all->handoffCount(ViolationKind::NotQualified), 7);
    }

    void snapshotsRecordCompleteWeeks()
    {
        GovernFixture fixture;
        fixture.build(nextFile(), GovernRecipe {});
        auto history = MaturitySnapshots::history(*fixture.workspace, GovernFixture::Week, 3);
        QVERIFY2(history.ok(), qPrintable(history.errorMessage()));
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->first().week, (IsoWeek { 2026, 8 }));
        RawDatabase raw(fixture.workspace->path());
        // W8, W9 and W10 ended before the as-of instant (12 March): all three recorded, five rows each.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM maturity_snapshot")).toInt(), 15);
        QCOMPARE(raw.value(QStringLiteral("SELECT stage FROM maturity_snapshot WHERE week = '2026-W10' AND dimension = 'slas'")).toInt(),
            history->last().evidence.value(MaturityDimension::Slas));
        QCOMPARE(history->last().evidence.value(MaturityDimension::Slas), 3);
        // W8 and W9 have no handoffs: no SLA decided there, stage 1.
        QCOMPARE(history->first().evidence.value(MaturityDimension::Slas), 1);

        // A policy loses its ladder: the recorded weeks keep what the evidence said, a recompute replaces it.
        const qint64 webinar = fixture.ids.signalTypes.value(QStringLiteral("Webinar attended"));
        auto policy = Repository<SlaPolicy>(*fixture.workspace).list(QStringLiteral("signal_type_id = ?"), { webinar });
        QVERIFY(policy.ok());
        for (const EscalationStep &step :
            Repository<EscalationStep>(*fixture.workspace).list(QStringLiteral("sla_policy_id = ?"), { policy->first().id }).valueOr({}))
            QVERIFY(Repository<EscalationStep>(*fixture.workspace).remove(step).ok());
        auto again = MaturitySnapshots::history(*fixture.workspace, GovernFixture::Week, 3);
        QVERIFY(again.ok());
        QVERIFY(again->last().recorded);
        QCOMPARE(again->last().evidence.value(MaturityDimension::Slas), 3);
        auto recomputed = MaturitySnapshots::recompute(*fixture.workspace, GovernFixture::Week, 3);
        QVERIFY(recomputed.ok());
        QCOMPARE(recomputed->last().evidence.value(MaturityDimension::Slas), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT stage FROM maturity_snapshot WHERE week = '2026-W10' AND dimension = 'slas'")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM maturity_snapshot")).toInt(), 15);
    }

    void currentWeekIsNotRecorded()
    {
        GovernFixture fixture;
        fixture.build(nextFile(), GovernRecipe {});
        // Week 11 (9 to 15 March) is not over on 12 March: computed, not recorded.
        auto history = MaturitySnapshots::history(*fixture.workspace, IsoWeek { 2026, 11 }, 2);
        QVERIFY(history.ok());
        QVERIFY(history->first().recorded);
        QVERIFY(!history->last().recorded);
        RawDatabase raw(fixture.workspace->path());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM maturity_snapshot WHERE week = '2026-W11'")).toInt(), 0);
    }

    void rulesAreWrittenWithTheirThresholds()
    {
        const QList<MaturityRule> rules = MaturityMatrix::rules();
        QCOMPARE(rules.size(), 11);
        for (const QString &dimension : MaturityDimension::all()) {
            QVERIFY(!MaturityMatrix::rules(dimension).isEmpty());
            for (int stage = 1; stage <= 3; ++stage)
                QVERIFY(!MaturityMatrix::cellDescription(dimension, stage).isEmpty());
        }
        const auto rule = [&](const QString &key) {
            return *std::find_if(rules.cbegin(), rules.cend(), [&](const MaturityRule &r) { return r.key == key; });
        };
        QVERIFY(rule(QStringLiteral("definition_violations")).stage3.contains(QStringLiteral("5 %")));
        QVERIFY(rule(QStringLiteral("definition_violations")).stage2.contains(QStringLiteral("25 %")));
        QVERIFY(rule(QStringLiteral("sla_compliance")).stage3.contains(QStringLiteral("85 %")));
        QVERIFY(rule(QStringLiteral("fallback_share")).stage3.contains(QStringLiteral("2 %")));
        // README.md lists every rule key.
        QFile readme(QStringLiteral(BATON_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        for (const MaturityRule &r : rules)
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(r.key)), qPrintable(r.key));
    }
};

QTEST_GUILESS_MAIN(TestMaturity)
#include "tst_maturity.moc"
