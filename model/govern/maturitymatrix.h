#pragma once

// The maturity matrix: five dimensions (Definitions, Routing, SLAs, Feedback loop, Measurement) by three
// stages (1 Friction & disputes, 2 Partially aligned, 3 Governed + predictable), what each cell means, and
// the evidence rules with their thresholds (MaturityEvidence applies them; the texts here are what the
// application, `baton matrix` and README.md show, built from the same constants).

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace baton {

// The thresholds of the evidence rules. A criterion supports stage 3 when its figure is at or better than the
// stage-3 threshold, stage 2 when at or better than the stage-2 threshold, else stage 1; a dimension's
// evidence stage is the lowest stage any of its criteria supports.
namespace MaturityThresholds {
// Definitions: share of the week's handoffs that break the contract or the stage map (not qualified, missing
// context, illegal stage change), at most.
constexpr double DefinitionViolationsStage3 = 0.05;
constexpr double DefinitionViolationsStage2 = 0.25;
// Routing: share of the week's handoffs that had no owner or went to the fallback queue, at most.
constexpr double FallbackShareStage3 = 0.02;
constexpr double FallbackShareStage2 = 0.10;
// SLAs: weeks with a governance meeting among the last ReviewWeeks weeks (ending with the week assessed), at least.
constexpr int ReviewWeeks = 4;
constexpr int ReviewsStage3 = 3;
constexpr int ReviewsStage2 = 1;
// SLAs: SLA compliance of the week's handoffs, at least.
constexpr double ComplianceStage3 = 0.85;
constexpr double ComplianceStage2 = 0.60;
// Feedback: share of the week's rejections without a reason, at most; active reasons without a play, at most.
constexpr double UnexplainedRejectionsStage3 = 0.0;
constexpr double UnexplainedRejectionsStage2 = 0.05;
constexpr int ReasonsWithoutPlayStage3 = 0;
constexpr int ReasonsWithoutPlayStage2 = 1;
// Measurement: share of the week's handoffs missing a required timestamp, at most; with timestamps out of order, at most.
constexpr double MissingTimestampsStage3 = 0.02;
constexpr double MissingTimestampsStage2 = 0.10;
constexpr double DisorderedTimestampsStage3 = 0.01;
constexpr double DisorderedTimestampsStage2 = 0.05;
} // namespace MaturityThresholds

// One evidence rule as people read it: what is measured, and what each stage needs.
struct MaturityRule
{
    QString dimension; // MaturityDimension key
    QString key; // criterion key, as in `baton matrix --json`
    QString name;
    QString stage3; // what stage 3 needs
    QString stage2; // what stage 2 needs (below it: stage 1)
};

class MaturityMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(baton::MaturityMatrix)
public:
    static constexpr int StageCount = 3;

    // "Definitions", "Routing", "SLAs", "Feedback loop", "Measurement".
    static QString dimensionTitle(const QString &dimension);
    // "Friction & disputes", "Partially aligned", "Governed + predictable" for 1..3.
    static QString stageTitle(int stage);
    // "Stage 2 · Partially aligned".
    static QString stageLabel(int stage);
    // What a team at `stage` looks like in `dimension`.
    static QString cellDescription(const QString &dimension, int stage);
    // Every evidence rule, in dimension order.
    static QList<MaturityRule> rules();
    static QList<MaturityRule> rules(const QString &dimension);
    // How the rules combine, the evidence window, and what is taken as of past weeks (one paragraph).
    static QString method();

    // A threshold as people write it: "5 %", "2.5 %".
    static QString percentText(double share);
    // A measured share with one decimal: "4.5 %".
    static QString shareText(double share);
};

} // namespace baton
