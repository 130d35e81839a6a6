#include "router.h"

#include "route/rulesetstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::Router", text);
}

constexpr qint64 DenseLimit = qint64(1) << 20;

QString sourceKey(const QString &source)
{
    return source.trimmed().toLower();
}

void setBit(std::vector<quint64> &bits, int value, int words, int rule)
{
    bits[size_t(value) * size_t(words) + size_t(rule / 64)] |= quint64(1) << (rule % 64);
}

} // namespace

int Router::Axis::valueOf(qint64 id) const
{
    if (id >= 0 && id < qint64(denseById.size()))
        return denseById[size_t(id)];
    return sparseById.value(id, 0);
}

Result<Router> Router::load(Workspace &workspace, qint64 ruleSetId)
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
    return compile(*model, *rules);
}

Result<Router> Router::compile(const CoverageModel &model, const QList<RoutingRule> &rules)
{
    Router router;
    router.m_fallbackTeam = model.fallbackTeamId();
    if (router.m_fallbackTeam == 0)
        return fail(tr("This workspace has no fallback queue. Mark one queue as the fallback on the Routing rules "
                       "page (Teams and queues), so that every lead has somewhere to go."),
            Error::Kind::Invalid);

    for (const RoutingRule &rule : rules)
        if (rule.enabled)
            router.m_rules << rule;
    std::stable_sort(router.m_rules.begin(), router.m_rules.end(), [](const RoutingRule &a, const RoutingRule &b) {
        return a.position < b.position || (a.position == b.position && a.id < b.id);
    });
    const int ruleCount = int(router.m_rules.size());
    for (int r = 0; r < ruleCount; ++r)
        router.m_ruleIndex.insert(router.m_rules.at(r).id, r);
    const int words = std::max(1, (ruleCount + 63) / 64);
    router.m_words = words;

    // The roster and one round-robin pool per team.
    router.m_roster = OwnerRoster(model);
    for (const Team &team : model.teams) {
        router.m_poolByTeam.insert(team.id, int(router.m_pools.size()));
        router.m_pools.push_back(Pool { team.id, {} });
    }
    for (const TeamMember &member : model.members) {
        const int pool = router.poolIndex(member.teamId);
        const int owner = router.m_roster.indexOf(member.ownerId);
        if (pool >= 0 && owner >= 0)
            router.m_pools[size_t(pool)].members.push_back(Member { owner, member.weight, 0 });
    }
    for (const RoutingRule &rule : std::as_const(router.m_rules)) {
        Target target;
        if (rule.assignKind == AssignKind::Owner) {
            target.kind = Kind::Owner;
            target.owner = router.m_roster.indexOf(rule.assignOwnerId);
        } else if (rule.assignKind == AssignKind::AccountOwner) {
            target.kind = Kind::AccountOwner;
        } else {
            target.kind = Kind::Pool;
            target.pool = router.poolIndex(rule.assignTeamId);
        }
        router.m_targets.push_back(target);
    }

    // Signal types: a rule accepts a signal type when both its signal-type and intent-tier conditions do.
    QHash<qint64, QString> tiers;
    QList<qint64> signalIds;
    for (const SignalType &type : model.signalTypes) {
        tiers.insert(type.id, type.intentTier);
        signalIds << type.id;
    }
    for (const RoutingRule &rule : std::as_const(router.m_rules))
        signalIds << rule.conditions.signalTypes;
    buildAxis(&router.m_signal, signalIds, words);
    QList<qint64> territoryIds, segmentIds, industryIds;
    for (const RoutingRule &rule : std::as_const(router.m_rules)) {
        territoryIds << rule.conditions.territories;
        segmentIds << rule.conditions.segments;
        industryIds << rule.conditions.industries;
    }
    buildAxis(&router.m_territory, territoryIds, words);
    buildAxis(&router.m_segment, segmentIds, words);
    buildAxis(&router.m_industry, industryIds, words);
    for (const RoutingRule &rule : std::as_const(router.m_rules))
        for (const QString &source : rule.conditions.sources)
            if (!router.m_sources.contains(sourceKey(source)))
                router.m_sources.insert(sourceKey(source), int(router.m_sources.size()) + 1);
    router.m_sourceBits.assign(size_t(router.m_sources.size() + 1) * size_t(words), 0);
    router.m_ownedBits.assign(2 * size_t(words), 0);

    for (int r = 0; r < ruleCount; ++r) {
        const RuleConditions &c = router.m_rules.at(r).conditions;
        // Signal types (value 0: a signal type the workspace does not know).
        if (c.signalTypes.isEmpty() && c.intentTiers.isEmpty())
            setBit(router.m_signal.bits, 0, words, r);
        for (qint64 id : std::as_const(signalIds)) {
            const bool bySignal = c.signalTypes.isEmpty() || c.signalTypes.contains(id);
            const bool byTier = c.intentTiers.isEmpty() || c.intentTiers.contains(tiers.value(id));
            if (bySignal && byTier)
                setBit(router.m_signal.bits, router.m_signal.valueOf(id), words, r);
        }
        const auto fill = [&](Axis &axis, const QList<qint64> &condition) {
            if (condition.isEmpty()) {
                for (size_t value = 0; value < axis.bits.size() / size_t(words); ++value)
                    setBit(axis.bits, int(value), words, r);
                return;
            }
            for (qint64 id : condition)
                setBit(axis.bits, axis.valueOf(id), words, r);
        };
        fill(router.m_territory, c.territories);
        fill(router.m_segment, c.segments);
        fill(router.m_industry, c.industries);
        if (c.sources.isEmpty()) {
            for (int value = 0; value <= router.m_sources.size(); ++value)
                setBit(router.m_sourceBits, value, words, r);
        } else {
            for (const QString &source : c.sources)
                setBit(router.m_sourceBits, router.m_sources.value(sourceKey(source)), words, r);
        }
        if (!c.accountOwned || !*c.accountOwned)
            setBit(router.m_ownedBits, 0, words, r);
        if (!c.accountOwned || *c.accountOwned)
            setBit(router.m_ownedBits, 1, words, r);
    }
    return router;
}

void Router::buildAxis(Axis *axis, const QList<qint64> &ids, int words)
{
    QList<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    const qint64 largest = unique.isEmpty() ? 0 : unique.last();
    if (largest >= 0 && largest < DenseLimit)
        axis->denseById.assign(size_t(largest + 1), 0);
    int value = 0;
    for (qint64 id : std::as_const(unique)) {
        ++value;
        if (id >= 0 && id < qint64(axis->denseById.size()))
            axis->denseById[size_t(id)] = value;
        else
            axis->sparseById.insert(id, value);
    }
    axis->bits.assign(size_t(value + 1) * size_t(words), 0);
}

int Router::sourceValue(const QString &source) const
{
    if (m_sources.isEmpty() || source.isEmpty())
        return 0;
    // Most sources arrive in lower case already: look them up without building a new string.
    const QString trimmed = source.trimmed();
    return m_sources.value(trimmed.isLower() ? trimmed : trimmed.toLower(), 0);
}

void Router::matchBits(const RoutingLead &lead, quint64 *out) const
{
    const size_t w = size_t(m_words);
    const quint64 *signal = m_signal.bits.data() + size_t(m_signal.valueOf(lead.signalTypeId)) * w;
    const quint64 *territory = m_territory.bits.data() + size_t(m_territory.valueOf(lead.territoryId)) * w;
    const quint64 *segment = m_segment.bits.data() + size_t(m_segment.valueOf(lead.segmentId)) * w;
    const quint64 *industry = m_industry.bits.data() + size_t(m_industry.valueOf(lead.industryId)) * w;
    const quint64 *source = m_sourceBits.data() + size_t(sourceValue(lead.source)) * w;
    const quint64 *owned = m_ownedBits.data() + (lead.accountOwnerId != 0 ? w : 0);
    for (size_t i = 0; i < w; ++i)
        out[i] = signal[i] & territory[i] & segment[i] & industry[i] & source[i] & owned[i];
}

QString Router::ruleName(qint64 ruleId) const
{
    const int index = m_ruleIndex.value(ruleId, -1);
    return index >= 0 ? m_rules.at(index).name : QString();
}

int Router::firstMatch(const RoutingLead &lead) const
{
    quint64 stack[8];
    std::vector<quint64> heap;
    quint64 *bits = stack;
    if (m_words > 8) {
        heap.resize(size_t(m_words));
        bits = heap.data();
    }
    matchBits(lead, bits);
    for (int w = 0; w < m_words; ++w)
        if (bits[size_t(w)])
            return w * 64 + std::countr_zero(bits[size_t(w)]);
    return -1;
}

int Router::pickFromPool(Pool &pool, qint64 day, bool dated, bool respectCapacity)
{
    qint64 total = 0;
    Member *best = nullptr;
    for (Member &member : pool.members) {
        if (member.weight <= 0)
            continue;
        if (dated && !m_roster.isAvailable(member.owner, day))
            continue;
        if (respectCapacity && (dated ? !m_roster.hasCapacity(member.owner, day) : m_roster.capacityPerDay(member.owner) <= 0))
            continue;
        member.current += member.weight;
        total += member.weight;
        if (!best || member.current > best->current)
            best = &member;
    }
    if (!best)
        return -1;
    best->current -= total;
    return best->owner;
}

bool Router::assign(const Target &target, const RoutingLead &lead, qint64 day, bool dated, RoutingDecision *decision)
{
    int owner = -1;
    qint64 team = 0;
    switch (target.kind) {
    case Kind::Owner:
        if (target.owner >= 0 && (!dated || m_roster.isAvailable(target.owner, day))) {
            owner = target.owner;
            team = m_roster.teamId(owner);
        }
        break;
    case Kind::Pool:
        if (target.pool >= 0) {
            owner = pickFromPool(m_pools[size_t(target.pool)], day, dated, true);
            team = m_pools[size_t(target.pool)].teamId;
        }
        break;
    case Kind::AccountOwner: {
        const int accountOwner = lead.accountOwnerId ? m_roster.indexOf(lead.accountOwnerId) : -1;
        if (accountOwner >= 0 && (!dated || m_roster.isAvailable(accountOwner, day))) {
            owner = accountOwner;
            team = m_roster.teamId(owner) ? m_roster.teamId(owner) : lead.accountTeamId;
        } else if (const int pool = lead.accountTeamId ? poolIndex(lead.accountTeamId) : -1; pool >= 0) {
            owner = pickFromPool(m_pools[size_t(pool)], day, dated, true);
            team = lead.accountTeamId;
        }
        break;
    }
    }
    if (owner < 0)
        return false;
    if (dated)
        m_roster.addLoad(owner, day);
    decision->ownerId = m_roster.ownerId(owner);
    decision->teamId = team;
    return true;
}

RoutingDecision Router::route(const RoutingLead &lead)
{
    const bool dated = lead.day.isValid();
    const qint64 day = dated ? lead.day.toJulianDay() : 0;
    RoutingDecision decision;
    quint64 stack[8];
    std::vector<quint64> heap;
    quint64 *bits = stack;
    if (m_words > 8) {
        heap.resize(size_t(m_words));
        bits = heap.data();
    }
    matchBits(lead, bits);
    for (int w = 0; w < m_words; ++w) {
        for (quint64 m = bits[w]; m; m &= m - 1) {
            const int rule = w * 64 + std::countr_zero(m);
            if (assign(m_targets[size_t(rule)], lead, day, dated, &decision)) {
                decision.ruleId = m_rules.at(rule).id;
                decision.fallback = decision.teamId == m_fallbackTeam;
                return decision;
            }
        }
    }
    decision.fallback = true;
    decision.teamId = m_fallbackTeam;
    if (const int pool = poolIndex(m_fallbackTeam); pool >= 0) {
        const int owner = pickFromPool(m_pools[size_t(pool)], day, dated, false);
        if (owner >= 0) {
            decision.ownerId = m_roster.ownerId(owner);
            if (dated)
                m_roster.addLoad(owner, day);
        }
    }
    return decision;
}

} // namespace baton
