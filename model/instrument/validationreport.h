#pragma once

// What the validator found: violations by kind, the rules they broke, and data-quality scores per source
// and per campaign. Definitions (also in README.md, "What the numbers mean"):
// - violation: one rule broken by one handoff; a handoff missing two context fields has two violations.
// - violations of a kind: the number of violations of that kind; handoffs of a kind: the number of handoffs
//   with at least one violation of that kind.
// - data-quality score of a source or campaign: the share of its checked handoffs that have no violation
//   of any kind (clean handoffs / handoffs); handoffs without a source or campaign are counted under
//   "(none)".

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace baton {

enum class ViolationKind {
    MissingContext, // a context field the contract term requires is missing
    MissingField, // a field the data standard requires at a stage the handoff reached is missing
    MissingTimestamp, // a timestamp the data standard requires at a reached stage is missing
    TimestampOrder, // a timestamp is earlier than one the lifecycle puts before it
    NotQualified, // fit below the term's minimum, a required attribute missing, or no term for its signal
    NonstandardUtm, // a source, campaign or UTM value breaks its convention
    UnmatchedAccount, // no account linked, but matching finds one
    Duplicate, // the same lead as an earlier handoff under an identity rule
    IllegalTransition, // a stage change the stage map does not allow
};
constexpr int ViolationKindCount = 9;

namespace ViolationKinds {
QList<ViolationKind> all();
// Stable machine name used in JSON and settings: "missing_context", ...
QString key(ViolationKind kind);
bool fromKey(const QString &key, ViolationKind *kind);
// Short name for people: "Missing context field".
QString label(ViolationKind kind);
// What the kind means, in one or two sentences (tooltips, the Definitions panel, README).
QString definition(ViolationKind kind);
} // namespace ViolationKinds

struct Violation
{
    qint64 handoffId = 0;
    qint64 relatedId = 0; // Duplicate: the original handoff; UnmatchedAccount: the account it matches
    ViolationKind kind = ViolationKind::MissingContext;
    int rule = 0; // index into ValidationReport::rules
    int source = 0; // index into ValidationReport::bySource
    int campaign = 0; // index into ValidationReport::byCampaign
};

struct QualityScore
{
    QString name; // the source or campaign, "" for handoffs without one
    qint64 handoffs = 0;
    qint64 clean = 0; // handoffs without any violation
    std::array<qint64, ViolationKindCount> byKind {}; // handoffs with at least one violation of each kind
    double score() const { return handoffs > 0 ? double(clean) / double(handoffs) : 1.0; }
};

struct ValidationReport
{
    qint64 checked = 0;
    qint64 handoffsWithViolations = 0;
    std::array<qint64, ViolationKindCount> violations {}; // violations per kind
    std::array<qint64, ViolationKindCount> handoffs {}; // handoffs with at least one violation per kind
    QStringList rules; // the rules broken, as sentences
    QList<qint64> ruleCounts; // violations per rule (parallel to rules)
    QList<ViolationKind> ruleKinds; // the kind of each rule (parallel to rules)
    QList<Violation> details; // every violation, in handoff order (empty unless kept)
    QList<QualityScore> bySource;
    QList<QualityScore> byCampaign;
    qint64 contractVersionId = 0; // the active version checked against, 0 when none is active
    int contractNumber = 0;

    qint64 count(ViolationKind kind) const { return violations.at(int(kind)); }
    qint64 handoffCount(ViolationKind kind) const { return handoffs.at(int(kind)); }
    qint64 totalViolations() const;
    qint64 clean() const { return checked - handoffsWithViolations; }
    // The data-quality score over every checked handoff.
    double score() const { return checked > 0 ? double(clean()) / double(checked) : 1.0; }
};

} // namespace baton
