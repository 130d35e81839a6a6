#include "coverageanalysis.h"

#include "core/workspace.h"
#include "route/ownerroster.h"
#include "route/rulesetstore.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <bit>
#include <climits>
#include <functional>
#include <map>

namespace baton {

namespace {

QString sourceKey(const QString &source)
{
    return source.trimmed().toLower();
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

} // namespace

CoverageAnalysis::CoverageAnalysis(const CoverageModel &model, const QList<RoutingRule> &rules, const CoverageOptions &options)
    : m_options(options)
{
    for (const RoutingRule &rule : rules)
        if (rule.enabled)
            m_rules << rule;
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const RoutingRule &a, const RoutingRule &b) {
        return a.position < b.position || (a.position == b.position && a.id < b.id);
    });
    m_words = std::max(1, int((m_rules.size() + 63) / 64));
    for (const SignalType &type : model.signalTypes)
        m_tiers.insert(type.id, type.intentTier);
    buildAxes(model);

    // Which rules can assign on the day, and whom.
    const OwnerRoster roster(model);
    const bool dated = options.day.isValid();
    const auto available = [&](qint64 ownerId) {
        const int index = roster.indexOf(ownerId);
        return index >= 0 && (!dated || roster.isAvailable(index, options.day));
    };
    const auto staffed = [&](qint64 teamId, bool needCapacity) {
        for (const TeamMember &member : model.members)
            if (member.teamId == teamId && member.weight > 0 && available(member.ownerId)) {
                const Owner *owner = model.owner(member.ownerId);
                if (!needCapacity || (owner && owner->capacityPerDay > 0))
                    return true;
            }
        return false;
    };
    const QString day = dated ? options.day.toString(Qt::ISODate) : QString();
    m_fallbackTeam = model.fallbackTeamId();
    m_fallbackName = model.teamName(m_fallbackTeam);
    m_fallbackStaffed = m_fallbackTeam != 0 && staffed(m_fallbackTeam, false);
    m_effective.assign(2 * size_t(m_words), 0);
    m_ruleReports.resize(size_t(m_rules.size()));
    for (int r = 0; r < m_rules.size(); ++r) {
        const RoutingRule &rule = m_rules.at(r);
        RuleReport &report = m_ruleReports[size_t(r)];
        bool ok = false;
        bool accountOnly = false;
        if (rule.assignKind == AssignKind::Owner) {
            const Owner *owner = model.owner(rule.assignOwnerId);
            ok = owner && available(owner->id);
            report.targetTeamId = owner ? owner->teamId : 0;
            if (!owner)
                report.reason = tr("The owner it names no longer exists.");
            else if (!ok)
                report.reason = tr("%1 is not working on %2.").arg(owner->name, day);
        } else if (rule.assignKind == AssignKind::AccountOwner) {
            ok = true;
            accountOnly = true;
            if (rule.conditions.accountOwned && !*rule.conditions.accountOwned)
                report.reason = tr("It assigns the account's owner, but it only matches leads without an account owner.");
        } else {
            const Team *team = model.team(rule.assignTeamId);
            ok = team && staffed(team->id, true);
            report.targetTeamId = rule.assignTeamId;
            if (!team)
                report.reason = tr("The team it names no longer exists.");
            else if (!ok)
                report.reason = dated ? tr("Nobody in %1 can take leads on %2 (weight, capacity or dates).").arg(team->name, day)
                                      : tr("Nobody in %1 can take leads (weight or capacity).").arg(team->name);
        }
        if (ok && !accountOnly)
            m_effective[size_t(r / 64)] |= quint64(1) << (r % 64);
        if (ok)
            m_effective[size_t(m_words + r / 64)] |= quint64(1) << (r % 64);
    }
    enumerate();
    classify();
    findOverlaps();
}

Result<CoverageAnalysis> CoverageAnalysis::load(Workspace &workspace, qint64 ruleSetId, CoverageOptions options)
{
    RuleSetStore store(workspace);
    auto id = store.resolve(ruleSetId);
    if (!id)
        return id.error();
    auto rules = store.rules(*id);
    if (!rules)
        return rules.error();
    auto model = CoverageModel::load(workspace);
    if (!model)
        return model.error();
    if (!options.day.isValid())
        options.day = QDateTime::fromSecsSinceEpoch(workspace.asOf(), Qt::UTC).date();
    return CoverageAnalysis(*model, *rules, options);
}

void CoverageAnalysis::buildAxes(const CoverageModel &model)
{
    const bool unknown = m_options.includeUnknownValues;
    const int ruleCount = int(m_rules.size());
    std::vector<std::vector<bool>> accepts;
    const auto addValue = [&](AxisValues &values, qint64 id, const QString &name, const std::function<bool(int)> &accept) {
        values.ids << id;
        values.names << name;
        std::vector<bool> row(static_cast<size_t>(ruleCount));
        for (int r = 0; r < ruleCount; ++r)
            row[size_t(r)] = accept(r);
        accepts.push_back(std::move(row));
    };
    const auto byId = [&](const QList<qint64> &(*condition)(const RuleConditions &), qint64 id) {
        return [this, condition, id](int r) {
            const QList<qint64> &ids = condition(m_rules.at(r).conditions);
            return ids.isEmpty() || (id != 0 && ids.contains(id));
        };
    };

    // Signal types, with their intent tier.
    AxisValues &signalValues = m_axes[int(Axis::SignalType)].values;
    for (const SignalType &type : model.signalTypes) {
        addValue(signalValues, type.id, type.name, [&](int r) {
            const RuleConditions &c = m_rules.at(r).conditions;
            return (c.signalTypes.isEmpty() || c.signalTypes.contains(type.id))
                && (c.intentTiers.isEmpty() || c.intentTiers.contains(type.intentTier));
        });
    }
    if (unknown)
        addValue(signalValues, 0, tr("No signal type"), [&](int r) {
            return m_rules.at(r).conditions.signalTypes.isEmpty() && m_rules.at(r).conditions.intentTiers.isEmpty();
        });
    buildClasses(int(Axis::SignalType), accepts);

    accepts.clear();
    AxisValues &territoryValues = m_axes[int(Axis::Territory)].values;
    const auto territories = [](const RuleConditions &c) -> const QList<qint64> & { return c.territories; };
    for (const Territory &territory : model.territories)
        addValue(territoryValues, territory.id, territory.name, byId(territories, territory.id));
    if (unknown)
        addValue(territoryValues, 0, tr("Outside every territory"), byId(territories, 0));
    buildClasses(int(Axis::Territory), accepts);

    accepts.clear();
    AxisValues &segmentValues = m_axes[int(Axis::Segment)].values;
    const auto segments = [](const RuleConditions &c) -> const QList<qint64> & { return c.segments; };
    for (const Segment &segment : model.segments)
        addValue(segmentValues, segment.id, segment.name, byId(segments, segment.id));
    if (unknown)
        addValue(segmentValues, 0, tr("No segment"), byId(segments, 0));
    buildClasses(int(Axis::Segment), accepts);

    accepts.clear();
    AxisValues &industryValues = m_axes[int(Axis::Industry)].values;
    const auto industries = [](const RuleConditions &c) -> const QList<qint64> & { return c.industries; };
    for (const Industry &industry : model.industries)
        addValue(industryValues, industry.id, industry.name, byId(industries, industry.id));
    if (unknown)
        addValue(industryValues, 0, tr("No industry"), byId(industries, 0));
    buildClasses(int(Axis::Industry), accepts);

    // Sources: the ones rules name, then everything else.
    accepts.clear();
    QStringList named;
    for (const RoutingRule &rule : std::as_const(m_rules))
        for (const QString &source : rule.conditions.sources)
            named << sourceKey(source);
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    named.removeAll(QString());
    AxisValues &sourceValues = m_axes[int(Axis::Source)].values;
    qint64 sourceId = 0;
    for (const QString &source : std::as_const(named)) {
        addValue(sourceValues, ++sourceId, source, [&](int r) {
            const QStringList &sources = m_rules.at(r).conditions.sources;
            return sources.isEmpty()
                || std::any_of(sources.begin(), sources.end(), [&](const QString &s) { return sourceKey(s) == source; });
        });
    }
    addValue(sourceValues, 0, named.isEmpty() ? tr("Any source") : tr("Any other source"),
        [&](int r) { return m_rules.at(r).conditions.sources.isEmpty(); });
    buildClasses(int(Axis::Source), accepts);

    accepts.clear();
    AxisValues &ownedValues = m_axes[int(Axis::AccountOwned)].values;
    for (const bool owned : { false, true })
        addValue(ownedValues, owned ? 1 : 0, owned ? tr("Account owned") : tr("Not account owned"), [&](int r) {
            const std::optional<bool> &condition = m_rules.at(r).conditions.accountOwned;
            return !condition || *condition == owned;
        });
    buildClasses(int(Axis::AccountOwned), accepts);
}

void CoverageAnalysis::buildClasses(int axis, const std::vector<std::vector<bool>> &accepts)
{
    AxisData &data = m_axes[axis];
    const size_t words = size_t(m_words);
    std::map<std::vector<quint64>, int> classes;
    data.classOf.assign(accepts.size(), 0);
    for (size_t value = 0; value < accepts.size(); ++value) {
        std::vector<quint64> signature(words, 0);
        for (size_t r = 0; r < accepts[value].size(); ++r)
            if (accepts[value][r])
                signature[r / 64] |= quint64(1) << (r % 64);
        // Account owned is never grouped: which rules can assign depends on it.
        if (axis == int(Axis::AccountOwned))
            signature.push_back(value);
        auto found = classes.find(signature);
        if (found == classes.end()) {
            found = classes.emplace(signature, int(data.members.size())).first;
            data.members.emplace_back();
            data.bits.insert(data.bits.end(), signature.begin(), signature.begin() + qsizetype(words));
        }
        data.classOf[value] = found->second;
        data.members[size_t(found->second)].push_back(int(value));
    }
    m_classSize[axis].clear();
    for (const auto &members : data.members)
        m_classSize[axis].push_back(qint64(members.size()));
}

size_t CoverageAnalysis::tupleIndex(const int classes[AxisCount]) const
{
    size_t index = 0;
    for (int a = 0; a < AxisCount; ++a)
        index = index * m_axes[a].members.size() + size_t(classes[a]);
    return index;
}

void CoverageAnalysis::enumerate()
{
    const size_t words = size_t(m_words);
    m_scenarioCount = 1;
    size_t tuples = 1;
    for (int a = 0; a < AxisCount; ++a) {
        m_scenarioCount *= valueCount(Axis(a));
        tuples *= m_axes[a].members.size();
    }
    m_first.assign(tuples, -1);
    m_reachable.assign(words, 0);
    if (m_scenarioCount == 0)
        return;

    // acc[a] holds the rules matching the classes chosen on axes 0..a.
    std::vector<quint64> acc(AxisCount * words);
    int k[AxisCount];
    for (int a = 0; a < AxisCount; ++a)
        k[a] = int(m_axes[a].members.size());
    int c[AxisCount] = { 0, 0, 0, 0, 0, 0 };
    const auto combine = [&](int a) {
        const quint64 *bits = classBits(a, c[a]);
        quint64 *out = acc.data() + size_t(a) * words;
        if (a == 0) {
            std::copy(bits, bits + words, out);
        } else {
            const quint64 *in = acc.data() + size_t(a - 1) * words;
            for (size_t w = 0; w < words; ++w)
                out[w] = in[w] & bits[w];
        }
    };
    size_t tuple = 0;
    for (c[0] = 0; c[0] < k[0]; ++c[0]) {
        combine(0);
        for (c[1] = 0; c[1] < k[1]; ++c[1]) {
            combine(1);
            for (c[2] = 0; c[2] < k[2]; ++c[2]) {
                combine(2);
                for (c[3] = 0; c[3] < k[3]; ++c[3]) {
                    combine(3);
                    for (c[4] = 0; c[4] < k[4]; ++c[4]) {
                        combine(4);
                        for (c[5] = 0; c[5] < k[5]; ++c[5], ++tuple) {
                            combine(5);
                            const quint64 *matching = acc.data() + 5 * words;
                            const int owned = m_axes[int(Axis::AccountOwned)].members[size_t(c[5])].front();
                            const quint64 *effective = m_effective.data() + size_t(owned) * words;
                            int first = -1;
                            for (size_t w = 0; w < words; ++w) {
                                const quint64 taking = matching[w] & effective[w];
                                if (taking) {
                                    first = int(w) * 64 + std::countr_zero(taking);
                                    // Rules up to the first one that takes the scenario are reached by it.
                                    for (size_t v = 0; v < w; ++v)
                                        m_reachable[v] |= matching[v];
                                    const int bit = first % 64;
                                    const quint64 upTo = bit == 63 ? ~quint64(0) : ((quint64(1) << (bit + 1)) - 1);
                                    m_reachable[w] |= matching[w] & upTo;
                                    break;
                                }
                            }
                            if (first < 0)
                                for (size_t w = 0; w < words; ++w)
                                    m_reachable[w] |= matching[w];
                            m_first[tuple] = first;
                            qint64 block = 1;
                            for (int a = 0; a < AxisCount; ++a)
                                block *= m_classSize[a][size_t(c[a])];
                            m_reachCounts[int(outcomeOfFirst(first).reach)] += block;
                            if (first >= 0)
                                m_ruleReports[size_t(first)].scenarios += block;
                        }
                    }
                }
            }
        }
    }
}

CoverageAnalysis::Outcome CoverageAnalysis::outcomeOfFirst(int first) const
{
    if (first >= 0) {
        const bool toFallback = m_fallbackTeam != 0 && m_ruleReports[size_t(first)].targetTeamId == m_fallbackTeam;
        return { toFallback ? Reach::FallbackOnly : Reach::Rule, first };
    }
    return { m_fallbackStaffed ? Reach::FallbackOnly : Reach::NoOwner, -1 };
}

void CoverageAnalysis::classify()
{
    for (int r = 0; r < m_rules.size(); ++r) {
        RuleReport &report = m_ruleReports[size_t(r)];
        bool matchesSomething = true;
        for (int a = 0; a < AxisCount && matchesSomething; ++a) {
            bool any = false;
            for (size_t cls = 0; cls < m_axes[a].members.size() && !any; ++cls)
                any = hasBit(classBits(a, int(cls)), r);
            matchesSomething = any;
        }
        if (!matchesSomething)
            report.status = RuleStatus::MatchesNothing;
        else if (!hasBit(m_reachable.data(), r))
            report.status = RuleStatus::Shadowed;
        else if (report.scenarios == 0)
            report.status = RuleStatus::CannotAssign;
        else
            report.status = RuleStatus::Fires;
    }
}

void CoverageAnalysis::findOverlaps()
{
    const int ruleCount = int(m_rules.size());
    // Per axis and rule, the classes it accepts.
    std::vector<std::vector<std::vector<int>>> accepted(AxisCount, std::vector<std::vector<int>>(size_t(ruleCount)));
    for (int a = 0; a < AxisCount; ++a)
        for (size_t cls = 0; cls < m_axes[a].members.size(); ++cls)
            for (int r = 0; r < ruleCount; ++r)
                if (hasBit(classBits(a, int(cls)), r))
                    accepted[size_t(a)][size_t(r)].push_back(int(cls));
    for (int i = 0; i < ruleCount; ++i) {
        for (int j = i + 1; j < ruleCount; ++j) {
            qint64 shared = 1;
            for (int a = 0; a < AxisCount && shared > 0; ++a) {
                const std::vector<int> &mine = accepted[size_t(a)][size_t(i)];
                const quint64 *theirs = nullptr;
                qint64 count = 0;
                for (int cls : mine) {
                    theirs = classBits(a, cls);
                    if (hasBit(theirs, j))
                        count += m_classSize[a][size_t(cls)];
                }
                shared *= count;
            }
            if (shared > 0)
                m_overlaps << Overlap { i, j, shared };
        }
    }
}

int CoverageAnalysis::ruleIndex(qint64 ruleId) const
{
    for (int r = 0; r < m_rules.size(); ++r)
        if (m_rules.at(r).id == ruleId)
            return r;
    return -1;
}

CoverageAnalysis::Outcome CoverageAnalysis::outcome(const Scenario &scenario) const
{
    const int values[AxisCount] = { scenario.signalType, scenario.territory, scenario.segment, scenario.industry,
        scenario.source, scenario.accountOwned ? 1 : 0 };
    int classes[AxisCount];
    for (int a = 0; a < AxisCount; ++a)
        classes[a] = m_axes[a].classOf[size_t(values[a])];
    return outcomeOfFirst(m_first[tupleIndex(classes)]);
}

QList<CoverageAnalysis::Scenario> CoverageAnalysis::scenarios(Reach reach) const
{
    QList<Scenario> found;
    if (m_reachCounts[int(reach)] == 0)
        return found;
    int k[AxisCount];
    for (int a = 0; a < AxisCount; ++a)
        k[a] = int(m_axes[a].members.size());
    size_t tuple = 0;
    int c[AxisCount];
    for (c[0] = 0; c[0] < k[0]; ++c[0])
        for (c[1] = 0; c[1] < k[1]; ++c[1])
            for (c[2] = 0; c[2] < k[2]; ++c[2])
                for (c[3] = 0; c[3] < k[3]; ++c[3])
                    for (c[4] = 0; c[4] < k[4]; ++c[4])
                        for (c[5] = 0; c[5] < k[5]; ++c[5], ++tuple) {
                            if (outcomeOfFirst(m_first[tuple]).reach != reach)
                                continue;
                            const auto m = [&](int a) -> const std::vector<int> & { return m_axes[a].members[size_t(c[a])]; };
                            for (int v0 : m(0))
                                for (int v1 : m(1))
                                    for (int v2 : m(2))
                                        for (int v3 : m(3))
                                            for (int v4 : m(4))
                                                for (int v5 : m(5))
                                                    found << Scenario { v0, v1, v2, v3, v4, v5 == 1 };
                        }
    std::sort(found.begin(), found.end(), [](const Scenario &a, const Scenario &b) {
        return std::tie(a.signalType, a.territory, a.segment, a.industry, a.source, a.accountOwned)
            < std::tie(b.signalType, b.territory, b.segment, b.industry, b.source, b.accountOwned);
    });
    return found;
}

QList<int> CoverageAnalysis::rulesWithStatus(RuleStatus status) const
{
    QList<int> found;
    for (int r = 0; r < m_rules.size(); ++r)
        if (m_ruleReports[size_t(r)].status == status)
            found << r;
    return found;
}

CoverageAnalysis::Cell CoverageAnalysis::cell(int signalType, int territory, int segment) const
{
    Cell cell;
    if (m_scenarioCount == 0)
        return cell;
    int c[AxisCount] = { m_axes[0].classOf[size_t(signalType)], m_axes[1].classOf[size_t(territory)],
        m_axes[2].classOf[size_t(segment)], 0, 0, 0 };
    for (c[3] = 0; c[3] < int(m_axes[3].members.size()); ++c[3])
        for (c[4] = 0; c[4] < int(m_axes[4].members.size()); ++c[4])
            for (c[5] = 0; c[5] < int(m_axes[5].members.size()); ++c[5]) {
                const qint64 block = m_classSize[3][size_t(c[3])] * m_classSize[4][size_t(c[4])] * m_classSize[5][size_t(c[5])];
                const Outcome result = outcomeOfFirst(m_first[tupleIndex(c)]);
                cell.scenarios += block;
                if (result.reach == Reach::FallbackOnly)
                    cell.fallbackOnly += block;
                else if (result.reach == Reach::NoOwner)
                    cell.noOwner += block;
                if (result.rule >= 0)
                    cell.byRule[result.rule] += block;
            }
    return cell;
}

bool CoverageAnalysis::accepts(int rule, Axis axis, int value) const
{
    const AxisData &data = m_axes[int(axis)];
    return hasBit(classBits(int(axis), data.classOf[size_t(value)]), rule);
}

CoverageAnalysis::Nearest CoverageAnalysis::nearestRule(const Scenario &scenario) const
{
    const int values[AxisCount] = { scenario.signalType, scenario.territory, scenario.segment, scenario.industry,
        scenario.source, scenario.accountOwned ? 1 : 0 };
    Nearest best;
    for (int r = 0; r < m_rules.size(); ++r) {
        const RuleReport &report = m_ruleReports[size_t(r)];
        const bool canAssign = hasBit(m_effective.data(), r) || hasBit(m_effective.data() + m_words, r);
        if (!canAssign || report.status == RuleStatus::MatchesNothing
            || (m_fallbackTeam != 0 && report.targetTeamId == m_fallbackTeam))
            continue;
        QList<Axis> missed;
        for (int a = 0; a < AxisCount; ++a) {
            bool ok = accepts(r, Axis(a), values[a]);
            if (a == int(Axis::AccountOwned))
                ok = ok && hasBit(m_effective.data() + size_t(values[a]) * size_t(m_words), r);
            if (!ok)
                missed << Axis(a);
        }
        if (missed.isEmpty())
            continue; // it takes the scenario (or an earlier rule does): not a near miss
        if (best.rule < 0 || missed.size() < best.missed.size())
            best = Nearest { r, missed };
    }
    return best;
}

QString CoverageAnalysis::axisName(Axis axis)
{
    switch (axis) {
    case Axis::SignalType:
        return tr("signal type");
    case Axis::Territory:
        return tr("territory");
    case Axis::Segment:
        return tr("segment");
    case Axis::Industry:
        return tr("industry");
    case Axis::Source:
        return tr("source");
    case Axis::AccountOwned:
        return tr("account owner");
    }
    return {};
}

QString CoverageAnalysis::statusName(RuleStatus status)
{
    switch (status) {
    case RuleStatus::Fires:
        return QStringLiteral("fires");
    case RuleStatus::Shadowed:
        return QStringLiteral("shadowed");
    case RuleStatus::CannotAssign:
        return QStringLiteral("cannot_assign");
    case RuleStatus::MatchesNothing:
        return QStringLiteral("matches_nothing");
    }
    return {};
}

QString CoverageAnalysis::statusText(int rule) const
{
    const RuleReport &report = m_ruleReports[size_t(rule)];
    switch (report.status) {
    case RuleStatus::Fires:
        return tr("Scenarios taken: %1").arg(report.scenarios);
    case RuleStatus::Shadowed:
        return tr("Shadowed: earlier rules take all its scenarios");
    case RuleStatus::CannotAssign:
        return report.reason.isEmpty() ? tr("Cannot assign") : tr("Cannot assign: %1").arg(report.reason);
    case RuleStatus::MatchesNothing:
        return tr("Matches no scenario: a condition accepts no value defined in the workspace");
    }
    return {};
}

QJsonObject CoverageAnalysis::scenarioJson(const Scenario &scenario) const
{
    const AxisValues &signal = values(Axis::SignalType);
    const AxisValues &territory = values(Axis::Territory);
    const AxisValues &segment = values(Axis::Segment);
    const AxisValues &industry = values(Axis::Industry);
    const AxisValues &source = values(Axis::Source);
    const qint64 signalId = signal.ids.at(scenario.signalType);
    QJsonObject object {
        { "signal_type", signal.names.at(scenario.signalType) },
        { "signal_type_id", idOrNull(signalId) },
        { "intent_tier", signalId ? QJsonValue(m_tiers.value(signalId)) : QJsonValue() },
        { "territory", territory.names.at(scenario.territory) },
        { "territory_id", idOrNull(territory.ids.at(scenario.territory)) },
        { "segment", segment.names.at(scenario.segment) },
        { "segment_id", idOrNull(segment.ids.at(scenario.segment)) },
        { "industry", industry.names.at(scenario.industry) },
        { "industry_id", idOrNull(industry.ids.at(scenario.industry)) },
        { "source", source.ids.at(scenario.source) ? QJsonValue(source.names.at(scenario.source)) : QJsonValue() },
        { "account_owned", scenario.accountOwned },
    };
    const Outcome result = outcome(scenario);
    if (result.rule >= 0) {
        object.insert(QStringLiteral("rule_id"), m_rules.at(result.rule).id);
        object.insert(QStringLiteral("rule"), m_rules.at(result.rule).name);
    }
    return object;
}

QJsonObject CoverageAnalysis::toJson() const
{
    QJsonArray uncovered;
    for (const Scenario &scenario : scenarios(Reach::NoOwner))
        uncovered << scenarioJson(scenario);
    QJsonArray fallbackOnly;
    for (const Scenario &scenario : scenarios(Reach::FallbackOnly))
        fallbackOnly << scenarioJson(scenario);
    QJsonArray shadowed;
    for (int r : rulesWithStatus(RuleStatus::Shadowed))
        shadowed << m_rules.at(r).id;
    QJsonArray overlapping;
    for (const Overlap &overlap : m_overlaps)
        overlapping << QJsonArray { m_rules.at(overlap.first).id, m_rules.at(overlap.second).id };
    QJsonArray rules;
    for (int r = 0; r < m_rules.size(); ++r) {
        const RuleReport &report = m_ruleReports[size_t(r)];
        QJsonObject rule { { "id", m_rules.at(r).id }, { "name", m_rules.at(r).name },
            { "position", m_rules.at(r).position }, { "status", statusName(report.status) },
            { "scenarios", report.scenarios } };
        if (report.status == RuleStatus::CannotAssign && !report.reason.isEmpty())
            rule.insert(QStringLiteral("reason"), report.reason);
        rules << rule;
    }
    QJsonObject dimensions;
    const char *keys[AxisCount] = { "signal_type", "territory", "segment", "industry", "source", "account_owned" };
    for (int a = 0; a < AxisCount; ++a)
        dimensions.insert(QString::fromLatin1(keys[a]), valueCount(Axis(a)));
    return QJsonObject {
        { "scenarios", m_scenarioCount },
        { "as_of", m_options.day.isValid() ? QJsonValue(m_options.day.toString(Qt::ISODate)) : QJsonValue() },
        { "include_unknown_values", m_options.includeUnknownValues },
        { "dimensions", dimensions },
        { "fallback_queue", m_fallbackTeam ? QJsonValue(m_fallbackName) : QJsonValue() },
        { "covered", m_reachCounts[int(Reach::Rule)] },
        { "uncovered", uncovered },
        { "fallback_only", fallbackOnly },
        { "shadowed_rules", shadowed },
        { "overlapping_rules", overlapping },
        { "rules", rules },
    };
}

} // namespace baton
