// The compiled router: rule order, weighted round robin, capacity, absences and active dates, account
// owners, the fallback queue, the resolvers, and a property test against a plain first-match
// interpretation of the rules written independently here.

#include "route/router.h"
#include "route/segmentresolver.h"
#include "route/territoryresolver.h"
#include "routefixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace baton;
using namespace baton::test;

namespace {

const QDate Monday(2026, 11, 16);

RoutingLead lead(qint64 signal, qint64 territory, qint64 segment = RouteFixture::SMB, qint64 industry = RouteFixture::Software)
{
    RoutingLead l;
    l.signalTypeId = signal;
    l.territoryId = territory;
    l.segmentId = segment;
    l.industryId = industry;
    l.source = QStringLiteral("organic_search");
    l.day = Monday;
    return l;
}

// A plain reading of the rules, written from the documented semantics without the router's tables:
// walk the enabled rules in position order, test each condition on the lead, try to assign.
class Interpreter
{
public:
    Interpreter(const CoverageModel &model, const QList<RoutingRule> &rules) : m_model(model)
    {
        for (const RoutingRule &rule : rules)
            if (rule.enabled)
                m_rules << rule;
        std::stable_sort(m_rules.begin(), m_rules.end(), [](const RoutingRule &a, const RoutingRule &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        });
        for (const TeamMember &member : model.members)
            if (model.owner(member.ownerId))
                m_pools[member.teamId].append({ member.ownerId, member.weight, 0 });
    }

    RoutingDecision route(const RoutingLead &lead)
    {
        for (const RoutingRule &rule : std::as_const(m_rules)) {
            if (!matches(rule.conditions, lead))
                continue;
            RoutingDecision d;
            if (rule.assignKind == AssignKind::Owner) {
                const Owner *owner = m_model.owner(rule.assignOwnerId);
                if (owner && available(owner->id, lead.day)) {
                    d.ownerId = owner->id;
                    d.teamId = owner->teamId;
                }
            } else if (rule.assignKind == AssignKind::Pool) {
                if (m_model.team(rule.assignTeamId)) {
                    d.ownerId = pick(rule.assignTeamId, lead.day, true);
                    d.teamId = rule.assignTeamId;
                }
            } else {
                const Owner *owner = m_model.owner(lead.accountOwnerId);
                if (owner && available(owner->id, lead.day)) {
                    d.ownerId = owner->id;
                    d.teamId = owner->teamId ? owner->teamId : lead.accountTeamId;
                } else if (lead.accountTeamId && m_model.team(lead.accountTeamId)) {
                    d.ownerId = pick(lead.accountTeamId, lead.day, true);
                    d.teamId = lead.accountTeamId;
                }
            }
            if (d.ownerId == 0)
                continue;
            count(d.ownerId, lead.day);
            d.ruleId = rule.id;
            d.fallback = d.teamId == m_model.fallbackTeamId();
            return d;
        }
        RoutingDecision d;
        d.fallback = true;
        d.teamId = m_model.fallbackTeamId();
        d.ownerId = pick(d.teamId, lead.day, false);
        if (d.ownerId)
            count(d.ownerId, lead.day);
        return d;
    }

private:
    struct Slot
    {
        qint64 owner;
        int weight;
        qint64 current;
    };

    static bool listHas(const QList<qint64> &list, qint64 value) { return list.isEmpty() || list.contains(value); }

    bool matches(const RuleConditions &c, const RoutingLead &lead) const
    {
        const SignalType *signal = m_model.signalType(lead.signalTypeId);
        if (!c.signalTypes.isEmpty() && !c.signalTypes.contains(lead.signalTypeId))
            return false;
        if (!c.intentTiers.isEmpty() && (!signal || !c.intentTiers.contains(signal->intentTier)))
            return false;
        if (!listHas(c.territories, lead.territoryId) || !listHas(c.segments, lead.segmentId)
            || !listHas(c.industries, lead.industryId))
            return false;
        if (!c.sources.isEmpty()) {
            bool found = false;
            for (const QString &source : c.sources)
                found = found || source.trimmed().compare(lead.source.trimmed(), Qt::CaseInsensitive) == 0;
            if (!found || lead.source.isEmpty())
                return false;
        }
        if (c.accountOwned && *c.accountOwned != (lead.accountOwnerId != 0))
            return false;
        return true;
    }

    bool available(qint64 ownerId, const QDate &day) const
    {
        if (!day.isValid())
            return true;
        const Owner *owner = m_model.owner(ownerId);
        if (!owner->isActiveOn(day))
            return false;
        for (const OwnerAbsence &absence : m_model.absences)
            if (absence.ownerId == ownerId && day >= absence.startsOn && day <= absence.endsOn)
                return false;
        return true;
    }

    qint64 pick(qint64 team, const QDate &day, bool capacity)
    {
        QList<Slot> &pool = m_pools[team];
        int total = 0;
        int best = -1;
        for (int i = 0; i < pool.size(); ++i) {
            Slot &slot = pool[i];
            if (slot.weight <= 0 || !available(slot.owner, day))
                continue;
            const int limit = m_model.owner(slot.owner)->capacityPerDay;
            if (capacity && (day.isValid() ? m_load.value({ slot.owner, day }) >= limit : limit <= 0))
                continue;
            slot.current += slot.weight;
            total += slot.weight;
            if (best < 0 || slot.current > pool[best].current)
                best = i;
        }
        if (best < 0)
            return 0;
        pool[best].current -= total;
        return pool[best].owner;
    }

    void count(qint64 owner, const QDate &day)
    {
        if (day.isValid())
            ++m_load[{ owner, day }];
    }

    const CoverageModel &m_model;
    QList<RoutingRule> m_rules;
    QHash<qint64, QList<Slot>> m_pools;
    QHash<std::pair<qint64, QDate>, int> m_load;
};

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void theFirstRuleInPositionOrderWins()
    {
        RouteFixture f;
        // Listed out of order on purpose: position decides, not the list; the disabled rule never fires.
        RoutingRule disabled = RouteFixture::rule(9, 0, {}, AssignKind::Owner, RouteFixture::Eve);
        disabled.enabled = false;
        const QList<RoutingRule> rules { RouteFixture::rule(2, 2, RouteFixture::territories({ RouteFixture::NA }),
                                             AssignKind::Pool, 0, RouteFixture::SdrTeam),
            RouteFixture::rule(1, 1, RouteFixture::territories({ RouteFixture::NA }), AssignKind::Owner, RouteFixture::Dan),
            disabled };
        auto router = Router::compile(f.model, rules);
        QVERIFY2(router.ok(), qPrintable(router.errorMessage()));
        QCOMPARE(router->rules().size(), 2);
        const RoutingDecision d = router->route(lead(RouteFixture::Demo, RouteFixture::NA));
        QCOMPARE(d.ruleId, 1);
        QCOMPARE(d.ownerId, RouteFixture::Dan);
        QCOMPARE(d.teamId, RouteFixture::AeTeam);
        QVERIFY(!d.fallback);
        // Swap the positions and the other rule wins.
        QList<RoutingRule> swapped = rules;
        swapped[0].position = 0;
        auto second = Router::compile(f.model, swapped);
        QCOMPARE(second->route(lead(RouteFixture::Demo, RouteFixture::NA)).ruleId, 2);
    }

    void aShadowedRuleFiresOnlyWhenTheEarlierOneCannotAssign()
    {
        RouteFixture f;
        RuleConditions webinarsInNa = RouteFixture::territories({ RouteFixture::NA });
        webinarsInNa.signalTypes = { RouteFixture::Webinar };
        const QList<RoutingRule> rules { RouteFixture::rule(1, 1, RouteFixture::territories({ RouteFixture::NA }),
                                             AssignKind::Owner, RouteFixture::Dan),
            RouteFixture::rule(2, 2, webinarsInNa, AssignKind::Owner, RouteFixture::Eve) };
        auto router = Router::compile(f.model, rules);
        QCOMPARE(router->route(lead(RouteFixture::Webinar, RouteFixture::NA)).ruleId, 1);
        // Dan is away that week: the lead goes on to the next matching rule.
        f.model.absences << OwnerAbsence { 1, 1, RouteFixture::Dan, Monday, Monday.addDays(4), {} };
        auto away = Router::compile(f.model, rules);
        const RoutingDecision d = away->route(lead(RouteFixture::Webinar, RouteFixture::NA));
        QCOMPARE(d.ruleId, 2);
        QCOMPARE(d.ownerId, RouteFixture::Eve);
        // A day after the absence Dan is back.
        RoutingLead later = lead(RouteFixture::Webinar, RouteFixture::NA);
        later.day = Monday.addDays(5);
        QCOMPARE(away->route(later).ownerId, RouteFixture::Dan);
    }

    void roundRobinFollowsTheWeights()
    {
        RouteFixture f; // Ann 3, Ben 2, Cat 1
        auto router = Router::compile(f.model, { RouteFixture::rule(1, 1, {}, AssignKind::Pool, 0, RouteFixture::SdrTeam) });
        QMap<qint64, int> counts;
        const QMap<qint64, double> share { { RouteFixture::Ann, 3 / 6.0 }, { RouteFixture::Ben, 2 / 6.0 },
            { RouteFixture::Cat, 1 / 6.0 } };
        RoutingLead l = lead(RouteFixture::Demo, RouteFixture::NA);
        l.day = QDate(); // no dates: capacity does not apply
        for (int n = 1; n <= 600; ++n) {
            ++counts[router->route(l).ownerId];
            // At every point of the run each owner is within one lead of their weighted share.
            for (auto it = share.cbegin(); it != share.cend(); ++it)
                QVERIFY2(std::abs(counts.value(it.key()) - n * it.value()) <= 1.0,
                    qPrintable(QStringLiteral("after %1 leads owner %2 has %3").arg(n).arg(it.key()).arg(counts.value(it.key()))));
        }
        QCOMPARE(counts.value(RouteFixture::Ann), 300);
        QCOMPARE(counts.value(RouteFixture::Ben), 200);
        QCOMPARE(counts.value(RouteFixture::Cat), 100);
    }

    void capacityPerDayIsRespected()
    {
        RouteFixture f;
        f.owner(RouteFixture::Ann).capacityPerDay = 2;
        f.owner(RouteFixture::Ben).capacityPerDay = 3;
        f.owner(RouteFixture::Cat).capacityPerDay = 0; // takes no round-robin leads at all
        auto router = Router::compile(f.model, { RouteFixture::rule(1, 1, {}, AssignKind::Pool, 0, RouteFixture::SdrTeam) });
        QMap<qint64, int> counts;
        for (int i = 0; i < 9; ++i)
            ++counts[router->route(lead(RouteFixture::Demo, RouteFixture::NA)).ownerId];
        // 2 + 3 fit; the other 4 leads find the team full and go to the fallback queue.
        QCOMPARE(counts.value(RouteFixture::Ann), 2);
        QCOMPARE(counts.value(RouteFixture::Ben), 3);
        QCOMPARE(counts.value(RouteFixture::Cat), 0);
        QCOMPARE(counts.value(RouteFixture::Triage), 4); // the fallback ignores its capacity of 1
        QCOMPARE(router->roster().load(router->roster().indexOf(RouteFixture::Ben), Monday.toJulianDay()), 3);
        // The next day starts empty again.
        RoutingLead tomorrow = lead(RouteFixture::Demo, RouteFixture::NA);
        tomorrow.day = Monday.addDays(1);
        QCOMPARE(router->route(tomorrow).teamId, RouteFixture::SdrTeam);
    }

    void absentAndInactiveOwnersGetNothing()
    {
        RouteFixture f;
        f.model.absences << OwnerAbsence { 1, 1, RouteFixture::Ann, Monday.addDays(-2), Monday, {} };
        f.owner(RouteFixture::Ben).activeUntil = Monday.addDays(-1); // left last week
        f.owner(RouteFixture::Cat).activeFrom = Monday.addDays(1); // starts tomorrow
        auto router = Router::compile(f.model, { RouteFixture::rule(1, 1, {}, AssignKind::Pool, 0, RouteFixture::SdrTeam) });
        // Nobody in the team works on Monday: fallback.
        const RoutingDecision monday = router->route(lead(RouteFixture::Demo, RouteFixture::NA));
        QVERIFY(monday.fallback);
        QCOMPARE(monday.ruleId, 0);
        QCOMPARE(monday.ownerId, RouteFixture::Triage);
        // On Tuesday Ann is back and Cat has started, in a 3:1 rhythm; Ben never comes back.
        QMap<qint64, int> counts;
        RoutingLead tuesday = lead(RouteFixture::Demo, RouteFixture::NA);
        tuesday.day = Monday.addDays(1);
        for (int i = 0; i < 8; ++i)
            ++counts[router->route(tuesday).ownerId];
        QCOMPARE(counts, (QMap<qint64, int> { { RouteFixture::Ann, 6 }, { RouteFixture::Cat, 2 } }));
    }

    void accountOwnersGetTheirAccountsLeads()
    {
        RouteFixture f;
        RuleConditions owned;
        owned.accountOwned = true;
        const QList<RoutingRule> rules { RouteFixture::rule(1, 1, owned, AssignKind::AccountOwner),
            RouteFixture::rule(2, 2, {}, AssignKind::Pool, 0, RouteFixture::SdrTeam) };
        auto router = Router::compile(f.model, rules);
        RoutingLead l = lead(RouteFixture::Demo, RouteFixture::EMEA);
        l.accountId = 7;
        l.accountOwnerId = RouteFixture::Eve;
        l.accountTeamId = RouteFixture::AeTeam;
        RoutingDecision d = router->route(l);
        QCOMPARE(d.ruleId, 1);
        QCOMPARE(d.ownerId, RouteFixture::Eve);
        QCOMPARE(d.teamId, RouteFixture::AeTeam);
        // A lead without an owned account does not match the rule.
        RoutingLead unowned = lead(RouteFixture::Demo, RouteFixture::EMEA);
        unowned.accountId = 8;
        unowned.accountTeamId = RouteFixture::AeTeam;
        QCOMPARE(router->route(unowned).ruleId, 2);
        // Eve has left: her account's leads go to the account's team instead.
        f.owner(RouteFixture::Eve).activeUntil = Monday.addDays(-30);
        auto afterLeaving = Router::compile(f.model, rules);
        d = afterLeaving->route(l);
        QCOMPARE(d.ruleId, 1);
        QCOMPARE(d.ownerId, RouteFixture::Dan);
        QCOMPARE(d.teamId, RouteFixture::AeTeam);
        // ... and without an account team, to the next rule.
        l.accountTeamId = 0;
        QCOMPARE(afterLeaving->route(l).ruleId, 2);
    }

    void theFallbackQueueTakesWhatNoRuleAssigns()
    {
        RouteFixture f;
        auto router = Router::compile(f.model, { RouteFixture::rule(1, 1, RouteFixture::territories({ RouteFixture::NA }),
                                                   AssignKind::Pool, 0, RouteFixture::SdrTeam) });
        const RoutingDecision d = router->route(lead(RouteFixture::Demo, RouteFixture::APAC));
        QVERIFY(d.fallback);
        QCOMPARE(d.ruleId, 0);
        QCOMPARE(d.teamId, RouteFixture::Fallback);
        QCOMPARE(d.ownerId, RouteFixture::Triage);
        // A rule that names the fallback queue also counts as the fallback.
        auto naming = Router::compile(f.model, { RouteFixture::rule(1, 1, {}, AssignKind::Pool, 0, RouteFixture::Fallback) });
        const RoutingDecision named = naming->route(lead(RouteFixture::Demo, RouteFixture::NA));
        QCOMPARE(named.ruleId, 1);
        QVERIFY(named.fallback);
        // Without a fallback queue there is no router: a lead must never stay unassigned.
        f.model.teams[1].isFallback = false;
        auto none = Router::compile(f.model, {});
        QVERIFY(!none.ok());
        QVERIFY(none.errorMessage().contains(QStringLiteral("fallback")));
    }

    void sourcesAndIntentTiersAreConditions()
    {
        RouteFixture f;
        RuleConditions webinarSource;
        webinarSource.sources = { QStringLiteral("Webinar") };
        RuleConditions highIntent;
        highIntent.intentTiers = { QStringLiteral("high") };
        auto router = Router::compile(f.model, { RouteFixture::rule(1, 1, webinarSource, AssignKind::Owner, RouteFixture::Dan),
                                                   RouteFixture::rule(2, 2, highIntent, AssignKind::Owner, RouteFixture::Eve) });
        RoutingLead l = lead(RouteFixture::Pricing, RouteFixture::NA);
        l.source = QStringLiteral(" webinar ");
        QCOMPARE(router->route(l).ruleId, 1); // sources compare without case and blanks
        l.source = QStringLiteral("events");
        QCOMPARE(router->route(l).ruleId, 0); // medium intent, another source: nothing matches
        l.signalTypeId = RouteFixture::Demo;
        QCOMPARE(router->route(l).ruleId, 2); // the tier follows from the signal type
        l.signalTypeId = 999; // unknown signal type: no tier either
        QCOMPARE(router->firstMatch(l), -1);
    }

    void resolversFindTerritoryAndSegment()
    {
        const QList<TerritoryArea> areas { { 1, 1, 10, "US", "" }, { 2, 1, 11, "US", "CA" }, { 3, 1, 12, "DE", "" } };
        TerritoryResolver territories(areas);
        QCOMPARE(territories.territoryFor("US", "NY"), 10); // the whole country
        QCOMPARE(territories.territoryFor("us", " ca "), 11); // the region wins, without case
        QCOMPARE(territories.territoryFor("DE", "BY"), 12);
        QCOMPARE(territories.territoryFor("FR", ""), 0);
        QCOMPARE(territories.territoryFor("", "CA"), 0);

        RouteFixture f;
        Segment byRevenue;
        byRevenue.id = 22;
        byRevenue.position = 3;
        byRevenue.minRevenue = 1e9;
        SegmentResolver segments(f.model.segments + QList<Segment> { byRevenue });
        QCOMPARE(segments.segmentFor(12, std::nullopt), RouteFixture::SMB);
        QCOMPARE(segments.segmentFor(999, std::nullopt), RouteFixture::SMB);
        QCOMPARE(segments.segmentFor(1000, std::nullopt), RouteFixture::Enterprise);
        QCOMPARE(segments.segmentFor(std::nullopt, 2e9), 22);
        QCOMPARE(segments.segmentFor(std::nullopt, 1e6), 0);
        QCOMPARE(segments.segmentFor(std::nullopt, std::nullopt), 0);
    }

    void compiledRouterAgreesWithPlainFirstMatch_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u })
            QTest::addRow("seed %u", seed) << seed;
    }

    void compiledRouterAgreesWithPlainFirstMatch()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        RouteFixture f;
        for (Owner &owner : f.model.owners)
            owner.capacityPerDay = int(random.bounded(0, 6));
        f.owner(RouteFixture::Ben).activeUntil = Monday.addDays(int(random.bounded(0, 8)));
        f.model.absences << OwnerAbsence { 1, 1, RouteFixture::Dan, Monday.addDays(2), Monday.addDays(4), {} };
        f.model.members[2].weight = int(random.bounded(0, 3));

        const auto someOf = [&](const QList<qint64> &values) {
            QList<qint64> chosen;
            if (random.bounded(10) < 6)
                return chosen; // no condition
            for (qint64 value : values)
                if (random.bounded(2))
                    chosen << value;
            if (random.bounded(10) == 0)
                chosen << 777; // a value that no longer exists
            return chosen;
        };
        const QStringList sources { "webinar", "Events", "paid_social", "email" };
        const QList<qint64> owners { RouteFixture::Ann, RouteFixture::Ben, RouteFixture::Dan, RouteFixture::Eve, 888 };
        const QList<qint64> teams { RouteFixture::SdrTeam, RouteFixture::AeTeam, RouteFixture::Fallback, 999 };
        QList<RoutingRule> rules;
        const int ruleCount = int(random.bounded(1, 150)); // up to three words of rule bits
        for (int i = 0; i < ruleCount; ++i) {
            RuleConditions c;
            c.signalTypes = someOf({ RouteFixture::Demo, RouteFixture::Pricing, RouteFixture::Webinar });
            if (random.bounded(5) == 0)
                c.intentTiers = { random.bounded(2) ? QStringLiteral("high") : QStringLiteral("low") };
            c.territories = someOf({ RouteFixture::NA, RouteFixture::EMEA, RouteFixture::APAC });
            c.segments = someOf({ RouteFixture::SMB, RouteFixture::Enterprise });
            c.industries = someOf({ RouteFixture::Software, RouteFixture::Health });
            if (random.bounded(4) == 0)
                c.sources = { sources.at(int(random.bounded(4))) };
            if (random.bounded(3) == 0)
                c.accountOwned = random.bounded(2) == 1;
            const int kind = int(random.bounded(3));
            RoutingRule r = RouteFixture::rule(i + 1, int(random.bounded(0, 40)), c,
                kind == 0 ? AssignKind::Owner : kind == 1 ? AssignKind::Pool : AssignKind::AccountOwner,
                owners.at(int(random.bounded(owners.size()))), teams.at(int(random.bounded(teams.size()))));
            r.enabled = random.bounded(8) != 0;
            rules << r;
        }
        auto router = Router::compile(f.model, rules);
        QVERIFY(router.ok());
        Interpreter plain(f.model, rules);
        const QList<qint64> signalIds { RouteFixture::Demo, RouteFixture::Pricing, RouteFixture::Webinar, 0, 5 };
        const QList<qint64> territoryIds { RouteFixture::NA, RouteFixture::EMEA, RouteFixture::APAC, 0, 777 };
        const QStringList leadSources { "WEBINAR", "events", "paid_social", "direct", "" };
        for (int i = 0; i < 3000; ++i) {
            RoutingLead l;
            l.signalTypeId = signalIds.at(int(random.bounded(signalIds.size())));
            l.territoryId = territoryIds.at(int(random.bounded(territoryIds.size())));
            l.segmentId = QList<qint64> { RouteFixture::SMB, RouteFixture::Enterprise, 0 }.at(int(random.bounded(3)));
            l.industryId = QList<qint64> { RouteFixture::Software, RouteFixture::Health, 0 }.at(int(random.bounded(3)));
            l.source = leadSources.at(int(random.bounded(leadSources.size())));
            if (random.bounded(2)) {
                l.accountId = 1 + random.bounded(50);
                l.accountOwnerId = QList<qint64> { 0, RouteFixture::Dan, RouteFixture::Eve, RouteFixture::Ben, 555 }.at(int(random.bounded(5)));
                l.accountTeamId = QList<qint64> { 0, RouteFixture::AeTeam, RouteFixture::SdrTeam }.at(int(random.bounded(3)));
            }
            l.day = random.bounded(20) == 0 ? QDate() : Monday.addDays(i / 300);
            const RoutingDecision expected = plain.route(l);
            const RoutingDecision actual = router->route(l);
            QVERIFY2(actual.ruleId == expected.ruleId && actual.ownerId == expected.ownerId && actual.teamId == expected.teamId
                    && actual.fallback == expected.fallback,
                qPrintable(QStringLiteral("lead %1: rule %2/%3 owner %4/%5 team %6/%7")
                               .arg(i)
                               .arg(actual.ruleId)
                               .arg(expected.ruleId)
                               .arg(actual.ownerId)
                               .arg(expected.ownerId)
                               .arg(actual.teamId)
                               .arg(expected.teamId)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
