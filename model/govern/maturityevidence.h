#pragma once

// The stage of each maturity dimension that the evidence in a workspace supports for one ISO week, next to
// the team's self-assessment. The rules and thresholds are in maturitymatrix.h; the figures come from the
// engines of the other steps, never computed another way here:
//   Definitions  ContractService (the version active at the week's end and its signatures) and the Validator
//                (the week's handoffs, against that version, the stage map and the data standard)
//   Routing      CoverageAnalysis (the rule set active at the week's end) and KpiEngine (unassigned or fallback)
//   SLAs         SLA policies, EscalationLadders, governance meetings, SlaReport (compliance of the week)
//   Feedback     RecyclingReport (the week's rejections by reason, and reasons without a play)
//   Measurement  the Validator (missing_timestamp and timestamp_order among the week's handoffs)
//
// gather() reads the figures (MaturityFacts); judge() turns facts into stages and reasons and is pure, so the
// boundaries can be tested on facts as well as on hand-made workspaces.

#include "core/isoweek.h"
#include "core/result.h"
#include "governance.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace baton {

class Workspace;
struct ValidationReport;

// The figures the rules judge, for one week.
struct MaturityFacts
{
    // Definitions
    int contractNumber = 0; // the version active at the week's end, 0 when none
    int partiesSigned = 0; // signatures on it (or, with none active, the most on any version), of 3
    qint64 checked = 0; // the week's handoffs the validator checked
    qint64 definitionViolations = 0; // of them, breaking the contract or the stage map
    // Routing
    bool hasRules = false; // a routing rule set was active at the week's end
    qint64 scenarios = 0;
    qint64 noOwnerScenarios = 0;
    qint64 fallbackOnlyScenarios = 0;
    qint64 handoffs = 0; // the week's handoffs (KPI engine)
    qint64 unassignedOrFallback = 0;
    // SLAs
    int signalTypes = 0;
    int signalTypesWithPolicy = 0;
    int policiesWithLadder = 0;
    int policies = 0;
    int reviewedWeeks = 0; // of the last MaturityThresholds::ReviewWeeks, weeks with a governance meeting
    qint64 slaMet = 0;
    qint64 slaDecided = 0;
    // Feedback
    qint64 rejected = 0;
    qint64 rejectedWithoutReason = 0;
    QStringList reasonsWithoutPlay; // active reasons without a recycle play
    // Measurement
    qint64 missingTimestamps = 0; // handoffs with a missing_timestamp violation
    qint64 disorderedTimestamps = 0; // handoffs with a timestamp_order violation

    bool operator==(const MaturityFacts &) const = default;
};

// One rule applied: the stage it supports and why, in a sentence.
struct MaturityCriterion
{
    QString key; // MaturityRule::key
    int supports = 1;
    QString reason;
    std::optional<double> value; // the figure judged (a share or a count), when there is one
};

struct DimensionAssessment
{
    QString dimension; // MaturityDimension key
    int evidenceStage = 1; // the lowest stage its criteria support
    QList<MaturityCriterion> criteria;
    std::optional<MaturitySelfAssessment> self; // the latest self-assessment on or before the week's end

    QStringList reasons() const;
    // Self-assessed stage minus evidence stage: positive when the team sees itself further than the evidence.
    std::optional<int> gap() const
    {
        return self ? std::optional<int>(self->stage - evidenceStage) : std::nullopt;
    }
};

struct MaturityAssessment
{
    IsoWeek week;
    qint64 asOf = 0;
    MaturityFacts facts;
    QList<DimensionAssessment> dimensions; // in MaturityDimension::all() order

    const DimensionAssessment *dimension(const QString &key) const;
    // {"week", "as_of", "dimensions": [{"dimension", "title", "self_stage", "self_assessed_on", "self_note",
    //  "evidence_stage", "reasons", "criteria": [{"key", "supports", "value"}]}]}
    QJsonObject toJson() const;
};

class MaturityEvidence final
{
    Q_DECLARE_TR_FUNCTIONS(baton::MaturityEvidence)
public:
    // The figures of `week`, judged as of the workspace's as-of instant. `validation` is the week's validation
    // (GovernHistory::validateWeek) when the caller has it already.
    static Result<MaturityFacts> gather(Workspace &workspace, const IsoWeek &week,
        const ValidationReport *validation = nullptr);
    // The stages and reasons the facts support (self-assessments not filled in).
    static QList<DimensionAssessment> judge(const MaturityFacts &facts);
    // gather + judge + the self-assessments in force at the week's end.
    static Result<MaturityAssessment> assess(Workspace &workspace, const IsoWeek &week,
        const ValidationReport *validation = nullptr);
    // The latest self-assessment per dimension made on or before `day` (all of them when `day` is invalid).
    static Result<QHash<QString, MaturitySelfAssessment>> selfAssessments(Workspace &workspace, const QDate &day = {});

    // The week assessed when none is named: the last complete week of the data (SlaReport::lastCompleteWeek),
    // else the week of the as-of instant.
    static Result<IsoWeek> defaultWeek(Workspace &workspace);

    // The stage a figure supports: `higherIsBetter` compares with >=, else with <=.
    static int supports(double value, double stage3, double stage2, bool higherIsBetter);
};

} // namespace baton
