#pragma once

// Route: proof that routing gives every scenario an owner, before the rules go live.
//
// The scenario space is the cartesian product of signal type x territory x segment x industry x source
// x account owned, over the values defined in the workspace (intent tier follows from the signal type).
// Sources are the ones the rules name plus one value for "any other source", so a source condition is
// judged exactly. With includeUnknownValues, each of the first four also gets a "none" value (a lead
// outside every territory, of unknown size, ...).
//
// Each scenario is followed through the rules as the Router does (coverage analysis and routing share
// one definition, see router.h), with owners' availability judged on one day and capacity left out:
//  - it reaches a rule: the first matching rule that can assign takes it;
//  - it reaches only the fallback: no rule takes it (or the rule that does assigns the fallback queue),
//    and the fallback queue has somebody available;
//  - it reaches no owner: no rule takes it and the fallback queue is missing or nobody in it is available.
// A rule can assign on the day when its named owner is available, when its team has an available member
// with a weight and a capacity above 0, and (account-owner rules) only in account-owned scenarios.
//
// Rules are reported as shadowed when every scenario they match is taken by an earlier rule (they fire
// only when those earlier rules cannot assign at that moment: everyone away or at capacity), as matching
// nothing when some condition accepts no value, as unable to assign, and in overlapping pairs when both
// match at least one common scenario.
//
// The analysis is exact: the values of each dimension that no rule tells apart are grouped, the groups'
// product is enumerated with one AND of rule bitsets per step, and every result stands for a known
// number of scenarios.

#include "route/coveragemodel.h"
#include "route/routingrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>

#include <vector>

namespace baton {

class Workspace;

struct CoverageOptions
{
    QDate day; // availability is judged on this day; invalid = everyone counts as available
    bool includeUnknownValues = false;
};

class CoverageAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(baton::CoverageAnalysis)
public:
    enum class Axis { SignalType, Territory, Segment, Industry, Source, AccountOwned };
    static constexpr int AxisCount = 6;
    enum class Reach { Rule, FallbackOnly, NoOwner };
    enum class RuleStatus { Fires, Shadowed, CannotAssign, MatchesNothing };

    struct AxisValues
    {
        QList<qint64> ids; // 0 = the "none" value (or, for sources, any other source)
        QStringList names;
    };
    // Indexes into the axes' values.
    struct Scenario
    {
        int signalType = 0;
        int territory = 0;
        int segment = 0;
        int industry = 0;
        int source = 0;
        bool accountOwned = false;
        bool operator==(const Scenario &) const = default;
    };
    struct Outcome
    {
        Reach reach = Reach::NoOwner;
        int rule = -1; // index into rules(); -1 when no rule takes the scenario
    };
    struct RuleReport
    {
        RuleStatus status = RuleStatus::Fires;
        qint64 scenarios = 0; // scenarios this rule takes
        qint64 targetTeamId = 0; // the team it assigns (0: the account's, or a named owner without team)
        QString reason; // why it cannot assign
    };
    struct Overlap
    {
        int first = 0; // rule indexes, first < second
        int second = 0;
        qint64 scenarios = 0; // scenarios both match
    };
    // The scenarios of one signal type x territory x segment (over industries, sources, account owned).
    struct Cell
    {
        qint64 scenarios = 0;
        qint64 fallbackOnly = 0;
        qint64 noOwner = 0;
        QMap<int, qint64> byRule; // rule index -> scenarios it takes
        qint64 gaps() const { return fallbackOnly + noOwner; }
    };
    // The rule that comes closest to taking a scenario, and the conditions that keep it from doing so.
    struct Nearest
    {
        int rule = -1;
        QList<Axis> missed;
    };

    CoverageAnalysis(const CoverageModel &model, const QList<RoutingRule> &rules, const CoverageOptions &options = {});
    // The rule set (0 = active) of a workspace, on `options.day` (invalid: the workspace's as-of day).
    static Result<CoverageAnalysis> load(Workspace &workspace, qint64 ruleSetId, CoverageOptions options = {});

    const CoverageOptions &options() const { return m_options; }
    const AxisValues &values(Axis axis) const { return m_axes[int(axis)].values; }
    int valueCount(Axis axis) const { return int(m_axes[int(axis)].values.ids.size()); }
    qint64 scenarioCount() const { return m_scenarioCount; }
    // The enabled rules in routing order.
    const QList<RoutingRule> &rules() const { return m_rules; }
    int ruleIndex(qint64 ruleId) const;
    const RuleReport &ruleReport(int rule) const { return m_ruleReports[size_t(rule)]; }
    qint64 fallbackTeamId() const { return m_fallbackTeam; }
    bool fallbackStaffed() const { return m_fallbackStaffed; }

    Outcome outcome(const Scenario &scenario) const;
    // Every scenario with this reach, in axis order.
    QList<Scenario> scenarios(Reach reach) const;
    qint64 count(Reach reach) const { return m_reachCounts[int(reach)]; }
    QList<int> rulesWithStatus(RuleStatus status) const;
    const QList<Overlap> &overlaps() const { return m_overlaps; }
    Cell cell(int signalType, int territory, int segment) const;
    Nearest nearestRule(const Scenario &scenario) const;
    bool accepts(int rule, Axis axis, int value) const;

    static QString axisName(Axis axis);
    static QString statusName(RuleStatus status); // for JSON: fires, shadowed, cannot_assign, matches_nothing
    QString statusText(int rule) const; // for people
    QJsonObject scenarioJson(const Scenario &scenario) const;
    // {"scenarios": N, "uncovered": [...], "fallback_only": [...], "shadowed_rules": [...], ...}
    QJsonObject toJson() const;

private:
    struct AxisData
    {
        AxisValues values;
        std::vector<int> classOf; // value -> class
        std::vector<std::vector<int>> members; // class -> values
        std::vector<quint64> bits; // class x words: rules whose condition accepts the class
    };
    void buildAxes(const CoverageModel &model);
    void buildClasses(int axis, const std::vector<std::vector<bool>> &accepts);
    void enumerate();
    void classify();
    void findOverlaps();
    size_t tupleIndex(const int classes[AxisCount]) const;
    const quint64 *classBits(int axis, int cls) const
    {
        return m_axes[axis].bits.data() + size_t(cls) * size_t(m_words);
    }
    bool hasBit(const quint64 *bits, int rule) const { return (bits[rule / 64] >> (rule % 64)) & 1; }
    Outcome outcomeOfFirst(int first) const;

    CoverageOptions m_options;
    QList<RoutingRule> m_rules;
    int m_words = 1;
    AxisData m_axes[AxisCount];
    std::vector<qint64> m_classSize[AxisCount];
    std::vector<quint64> m_effective; // 2 x words: rules that can assign, not account-owned / account-owned
    std::vector<int> m_first; // per class tuple: the rule that takes it, -1 none
    std::vector<quint64> m_reachable; // rules that are first among the matching ones somewhere
    std::vector<RuleReport> m_ruleReports;
    QList<Overlap> m_overlaps;
    qint64 m_scenarioCount = 0;
    qint64 m_reachCounts[3] = { 0, 0, 0 };
    qint64 m_fallbackTeam = 0;
    bool m_fallbackStaffed = false;
    QHash<qint64, QString> m_tiers;
    QString m_fallbackName;
};

} // namespace baton
