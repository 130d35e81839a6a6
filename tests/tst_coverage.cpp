// Coverage analysis: hand-made rule sets whose gaps are worked out by hand, every rule status, sources
// as a dimension, a brute-force check of every scenario on random rule sets, agreement with the
// router, and the demo workspace's planted gap and shadowed rule (in the model and on the command line).

#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "route/coverageanalysis.h"
#include "route/router.h"
#include "routefixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace baton;
using namespace baton::test;

using Axis = CoverageAnalysis::Axis;
using Reach = CoverageAnalysis::Reach;
using Status = CoverageAnalysis::RuleStatus;

namespace {

const QDate Monday(2026, 11, 16);

// R1: NA -> SDR pool; R2: EMEA SMB -> Dan; R3: NA webinars -> Eve (after R1: shadowed); R4: owned -> account owner.
QList<RoutingRule> handMadeRules()
{
    RuleConditions emeaSmb = RouteFixture::territories({ RouteFixture::EMEA });
    emeaSmb.segments = { RouteFixture::SMB };
    RuleConditions naWebinars = RouteFixture::territories({ RouteFixture::NA });
    naWebinars.signalTypes = { RouteFixture::Webinar };
    RuleConditions owned;
    owned.accountOwned = true;
    return { RouteFixture::rule(1, 1, RouteFixture::territories({ RouteFixture::NA }), AssignKind::Pool, 0, RouteFixture::SdrTeam),
        RouteFixture::rule(2, 2, emeaSmb, AssignKind::Owner, RouteFixture::Dan),
        RouteFixture::rule(3, 3, naWebinars, AssignKind::Owner, RouteFixture::Eve),
        RouteFixture::rule(4, 4, owned, AssignKind::AccountOwner) };
}

int indexOfId(const CoverageAnalysis::AxisValues &values, qint64 id)
{
    return int(values.ids.indexOf(id));
}

// Every scenario of an analysis, in axis order.
QList<CoverageAnalysis::Scenario> everyScenario(const CoverageAnalysis &a)
{
    QList<CoverageAnalysis::Scenario> all;
    CoverageAnalysis::Scenario s;
    for (s.signalType = 0; s.signalType < a.valueCount(Axis::SignalType); ++s.signalType)
        for (s.territory = 0; s.territory < a.valueCount(Axis::Territory); ++s.territory)
            for (s.segment = 0; s.segment < a.valueCount(Axis::Segment); ++s.segment)
                for (s.industry = 0; s.industry < a.valueCount(Axis::Industry); ++s.industry)
                    for (s.source = 0; s.source < a.valueCount(Axis::Source); ++s.source)
                        for (bool owned : { false, true }) {
                            s.accountOwned = owned;
                            all << s;
                        }
    return all;
}

// The brute-force reading: does rule r's every condition hold in scenario s (from the rule's own lists)?
bool plainMatch(const RoutingRule &rule, const CoverageAnalysis &a, const CoverageAnalysis::Scenario &s, const CoverageModel &m)
{
    const RuleConditions &c = rule.conditions;
    const qint64 signal = a.values(Axis::SignalType).ids.at(s.signalType);
    const SignalType *type = m.signalType(signal);
    const auto has = [](const QList<qint64> &list, qint64 id) { return list.isEmpty() || (id != 0 && list.contains(id)); };
    if (!has(c.signalTypes, signal))
        return false;
    if (!c.intentTiers.isEmpty() && (!type || !c.intentTiers.contains(type->intentTier)))
        return false;
    if (!has(c.territories, a.values(Axis::Territory).ids.at(s.territory))
        || !has(c.segments, a.values(Axis::Segment).ids.at(s.segment))
        || !has(c.industries, a.values(Axis::Industry).ids.at(s.industry)))
        return false;
    if (!c.sources.isEmpty()) {
        if (a.values(Axis::Source).ids.at(s.source) == 0)
            return false; // "any other source" is none of the named ones
        const QString source = a.values(Axis::Source).names.at(s.source);
        bool found = false;
        for (const QString &named : c.sources)
            found = found || named.trimmed().toLower() == source;
        if (!found)
            return false;
    }
    return !c.accountOwned || *c.accountOwned == s.accountOwned;
}

// Whether the rule can assign on `day` in scenario s, from the documented definition.
bool plainCanAssign(const RoutingRule &rule, const CoverageAnalysis::Scenario &s, const CoverageModel &m, const QDate &day)
{
    const auto available = [&](qint64 id) {
        const Owner *o = m.owner(id);
        if (!o || !o->isActiveOn(day))
            return false;
        for (const OwnerAbsence &absence : m.absences)
            if (absence.ownerId == id && day >= absence.startsOn && day <= absence.endsOn)
                return false;
        return true;
    };
    if (rule.assignKind == AssignKind::Owner)
        return available(rule.assignOwnerId);
    if (rule.assignKind == AssignKind::AccountOwner)
        return s.accountOwned;
    for (const TeamMember &member : m.members)
        if (member.teamId == rule.assignTeamId && member.weight > 0 && available(member.ownerId)
            && m.owner(member.ownerId)->capacityPerDay > 0)
            return true;
    return false;
}

QJsonObject runJson(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(BATON_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    *exitCode = process.exitCode();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void gapsOfAHandMadeRuleSet()
    {
        RouteFixture f;
        CoverageAnalysis a(f.model, handMadeRules(), { Monday, false });
        // 3 signal types x 3 territories x 2 segments x 2 industries x 1 source x 2 (account owned).
        QCOMPARE(a.scenarioCount(), 72);
        QCOMPARE(a.valueCount(Axis::Source), 1);
        // By hand: NA 24 -> R1; EMEA SMB 12 -> R2; EMEA Enterprise and APAC: owned 6 + 12 -> R4, the rest 18 fallback.
        QCOMPARE(a.count(Reach::Rule), 54);
        QCOMPARE(a.count(Reach::FallbackOnly), 18);
        QCOMPARE(a.count(Reach::NoOwner), 0);
        QCOMPARE(a.ruleReport(0).scenarios, 24);
        QCOMPARE(a.ruleReport(1).scenarios, 12);
        QCOMPARE(a.ruleReport(2).scenarios, 0);
        QCOMPARE(a.ruleReport(3).scenarios, 18);
        const auto gaps = a.scenarios(Reach::FallbackOnly);
        QCOMPARE(gaps.size(), 18);
        const int emea = indexOfId(a.values(Axis::Territory), RouteFixture::EMEA);
        const int apac = indexOfId(a.values(Axis::Territory), RouteFixture::APAC);
        const int enterprise = indexOfId(a.values(Axis::Segment), RouteFixture::Enterprise);
        for (const auto &gap : gaps) {
            QVERIFY(!gap.accountOwned);
            QVERIFY(gap.territory == apac || (gap.territory == emea && gap.segment == enterprise));
        }
        // The only shadowed rule is R3; R1 and R3, and R4 with each of the others, overlap.
        QCOMPARE(a.rulesWithStatus(Status::Shadowed), QList<int> { 2 });
        QCOMPARE(a.rulesWithStatus(Status::Fires), (QList<int> { 0, 1, 3 }));
        QList<std::tuple<qint64, qint64, qint64>> overlaps;
        for (const auto &o : a.overlaps())
            overlaps << std::tuple { a.rules().at(o.first).id, a.rules().at(o.second).id, o.scenarios };
        // R1&R3: NA webinars (1 x 2 x 2 x 2 = 8); R1&R4: NA owned (3 x 2 x 2 = 12); R2&R4: EMEA SMB owned (3 x 2 = 6);
        // R3&R4: NA webinars owned (2 x 2 = 4).
        QCOMPARE(overlaps, (QList<std::tuple<qint64, qint64, qint64>> { { 1, 3, 8 }, { 1, 4, 12 }, { 2, 4, 6 }, { 3, 4, 4 } }));

        // The grid cell Demo x EMEA x Enterprise: 2 industries x 2 owned; the owned half goes to R4.
        const auto cell = a.cell(indexOfId(a.values(Axis::SignalType), RouteFixture::Demo), emea, enterprise);
        QCOMPARE(cell.scenarios, 4);
        QCOMPARE(cell.fallbackOnly, 2);
        QCOMPARE(cell.byRule, (QMap<int, qint64> { { 3, 2 } }));
        // The nearest rule to that gap: R1, R2 and R4 each miss by one condition; the earliest is named.
        const auto nearest = a.nearestRule(gaps.first());
        QCOMPARE(nearest.rule, 0);
        QCOMPARE(nearest.missed, QList<Axis> { Axis::Territory });

        const QJsonObject json = a.toJson();
        QCOMPARE(json.value("scenarios").toInteger(), 72);
        QCOMPARE(json.value("fallback_only").toArray().size(), 18);
        QCOMPARE(json.value("uncovered").toArray().size(), 0);
        QCOMPARE(json.value("shadowed_rules").toArray(), QJsonArray { 3 });
        QCOMPARE(json.value("overlapping_rules").toArray().first().toArray(), (QJsonArray { 1, 3 }));
        const QJsonObject first = json.value("fallback_only").toArray().first().toObject();
        QCOMPARE(first.value("signal_type").toString(), QStringLiteral("Demo request"));
        QCOMPARE(first.value("intent_tier").toString(), QStringLiteral("high"));
        QCOMPARE(first.value("territory").toString(), QStringLiteral("EMEA"));
        QCOMPARE(first.value("segment").toString(), QStringLiteral("Enterprise"));
        QCOMPARE(first.value("territory_id").toInteger(), RouteFixture::EMEA);
        QCOMPARE(first.value("account_owned").toBool(), false);
    }

    void withNobodyInTheFallbackQueueGapsReachNoOwner()
    {
        RouteFixture f;
        f.model.absences << OwnerAbsence { 1, 1, RouteFixture::Triage, Monday, Monday, {} };
        CoverageAnalysis a(f.model, handMadeRules(), { Monday, false });
        QVERIFY(!a.fallbackStaffed());
        QCOMPARE(a.count(Reach::NoOwner), 18);
        QCOMPARE(a.count(Reach::FallbackOnly), 0);
        QCOMPARE(a.toJson().value("uncovered").toArray().size(), 18);
        // The next day Triage is back.
        CoverageAnalysis tuesday(f.model, handMadeRules(), { Monday.addDays(1), false });
        QCOMPARE(tuesday.count(Reach::NoOwner), 0);
    }

    void everyRuleStatusIsFound()
    {
        RouteFixture f;
        f.owner(RouteFixture::Eve).activeUntil = Monday.addDays(-1);
        for (qint64 sdr : { RouteFixture::Ann, RouteFixture::Ben, RouteFixture::Cat })
            f.model.absences << OwnerAbsence { 0, 1, sdr, Monday, Monday.addDays(4), {} };
        RuleConditions unowned;
        unowned.accountOwned = false;
        const QList<RoutingRule> rules { RouteFixture::rule(1, 1, RouteFixture::territories({ 777 }), AssignKind::Owner, RouteFixture::Dan),
            RouteFixture::rule(2, 2, RouteFixture::territories({ RouteFixture::NA }), AssignKind::Owner, RouteFixture::Eve),
            RouteFixture::rule(3, 3, RouteFixture::territories({ RouteFixture::NA }), AssignKind::Pool, 0, RouteFixture::SdrTeam),
            RouteFixture::rule(4, 4, unowned, AssignKind::AccountOwner),
            RouteFixture::rule(5, 5, RouteFixture::territories({ RouteFixture::NA }), AssignKind::Owner, RouteFixture::Dan) };
        CoverageAnalysis a(f.model, rules, { Monday, false });
        QCOMPARE(a.ruleReport(0).status, Status::MatchesNothing);
        QCOMPARE(a.ruleReport(1).status, Status::CannotAssign); // Eve has left
        QVERIFY(a.ruleReport(1).reason.contains(QStringLiteral("Eve")));
        QCOMPARE(a.ruleReport(2).status, Status::CannotAssign); // the whole SDR team is away
        QCOMPARE(a.ruleReport(3).status, Status::CannotAssign); // account owner for leads without one
        // So NA falls through to Dan: 3 x 2 x 2 x 2 = 24 scenarios.
        QCOMPARE(a.ruleReport(4).status, Status::Fires);
        QCOMPARE(a.ruleReport(4).scenarios, 24);
        // Without a day, everyone counts as available and the SDR pool takes NA; Dan's rule is then shadowed.
        CoverageAnalysis undated(f.model, rules, {});
        QCOMPARE(undated.ruleReport(1).status, Status::Fires);
        QCOMPARE(undated.ruleReport(4).status, Status::Shadowed);
    }

    void namedSourcesAreADimension()
    {
        RouteFixture f;
        RuleConditions webinars;
        webinars.sources = { QStringLiteral("Webinar"), QStringLiteral("events ") };
        CoverageAnalysis a(f.model, { RouteFixture::rule(1, 1, webinars, AssignKind::Owner, RouteFixture::Dan) }, { Monday, false });
        QCOMPARE(a.values(Axis::Source).names, (QStringList { "events", "webinar", "Any other source" }));
        QCOMPARE(a.scenarioCount(), 3 * 3 * 2 * 2 * 3 * 2);
        // The rule takes exactly the two named sources; every other source reaches only the fallback.
        QCOMPARE(a.ruleReport(0).scenarios, 3 * 3 * 2 * 2 * 2 * 2);
        QCOMPARE(a.count(Reach::FallbackOnly), 3 * 3 * 2 * 2 * 1 * 2);
        for (const auto &gap : a.scenarios(Reach::FallbackOnly))
            QCOMPARE(a.values(Axis::Source).ids.at(gap.source), 0);
    }

    void unknownValuesCanBeFollowedToo()
    {
        RouteFixture f;
        CoverageAnalysis a(f.model, handMadeRules(), { Monday, true });
        // One more value on each of signal type, territory, segment and industry: 4 x 4 x 3 x 3 x 1 x 2.
        QCOMPARE(a.scenarioCount(), 288);
        const int outside = indexOfId(a.values(Axis::Territory), 0);
        QCOMPARE(a.values(Axis::Territory).names.at(outside), QStringLiteral("Outside every territory"));
        CoverageAnalysis::Scenario s;
        s.territory = outside;
        QCOMPARE(a.outcome(s).reach, Reach::FallbackOnly);
        s.accountOwned = true;
        QCOMPARE(a.outcome(s).rule, 3);
    }

    void agreesWithBruteForceOnRandomRuleSets_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void agreesWithBruteForceOnRandomRuleSets()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        RouteFixture f;
        f.owner(RouteFixture::Ben).activeUntil = Monday.addDays(-1);
        f.model.absences << OwnerAbsence { 1, 1, RouteFixture::Dan, Monday, Monday, {} };
        if (seed % 3 == 0)
            f.model.absences << OwnerAbsence { 2, 1, RouteFixture::Triage, Monday, Monday, {} };
        f.owner(RouteFixture::Cat).capacityPerDay = 0;
        const auto someOf = [&](const QList<qint64> &values) {
            QList<qint64> chosen;
            if (random.bounded(10) < 5)
                return chosen;
            for (qint64 value : values)
                if (random.bounded(2))
                    chosen << value;
            return chosen;
        };
        QList<RoutingRule> rules;
        const int count = int(random.bounded(1, 90));
        for (int i = 0; i < count; ++i) {
            RuleConditions c;
            c.signalTypes = someOf({ RouteFixture::Demo, RouteFixture::Pricing, RouteFixture::Webinar });
            if (random.bounded(6) == 0)
                c.intentTiers = { random.bounded(2) ? QStringLiteral("high") : QStringLiteral("medium") };
            c.territories = someOf({ RouteFixture::NA, RouteFixture::EMEA, RouteFixture::APAC });
            c.segments = someOf({ RouteFixture::SMB, RouteFixture::Enterprise });
            c.industries = someOf({ RouteFixture::Software, RouteFixture::Health });
            if (random.bounded(5) == 0)
                c.sources = { QStringList { "webinar", "Events", "email" }.at(int(random.bounded(3))) };
            if (random.bounded(3) == 0)
                c.accountOwned = random.bounded(2) == 1;
            const int kind = int(random.bounded(3));
            RoutingRule r = RouteFixture::rule(i + 1, int(random.bounded(50)), c,
                kind == 0 ? AssignKind::Owner : kind == 1 ? AssignKind::Pool : AssignKind::AccountOwner,
                QList<qint64> { RouteFixture::Ann, RouteFixture::Ben, RouteFixture::Dan, RouteFixture::Eve }.at(int(random.bounded(4))),
                QList<qint64> { RouteFixture::SdrTeam, RouteFixture::AeTeam, RouteFixture::Fallback }.at(int(random.bounded(3))));
            r.enabled = random.bounded(10) != 0;
            rules << r;
        }
        CoverageAnalysis a(f.model, rules, { Monday, seed % 2 == 0 });
        const QList<RoutingRule> &ordered = a.rules();
        const auto scenarios = everyScenario(a);
        QCOMPARE(qint64(scenarios.size()), a.scenarioCount());

        // Per scenario: the first matching rule that can assign, by walking the rules.
        QList<bool> matchedSomewhere(ordered.size(), false);
        QList<bool> firstSomewhere(ordered.size(), false);
        qint64 reach[3] = { 0, 0, 0 };
        for (const auto &s : scenarios) {
            int first = -1;
            for (int r = 0; r < ordered.size(); ++r) {
                if (!plainMatch(ordered.at(r), a, s, f.model))
                    continue;
                matchedSomewhere[r] = true;
                if (first < 0)
                    firstSomewhere[r] = true; // no earlier rule took it: r is not shadowed
                if (first < 0 && plainCanAssign(ordered.at(r), s, f.model, Monday))
                    first = r;
            }
            Reach expected = Reach::Rule;
            if (first < 0)
                expected = a.fallbackStaffed() ? Reach::FallbackOnly : Reach::NoOwner;
            else if (ordered.at(first).assignKind == AssignKind::Pool && ordered.at(first).assignTeamId == RouteFixture::Fallback)
                expected = Reach::FallbackOnly;
            ++reach[int(expected)];
            const auto actual = a.outcome(s);
            QCOMPARE(actual.rule, first);
            QCOMPARE(actual.reach, expected);
        }
        QCOMPARE(a.count(Reach::Rule), reach[0]);
        QCOMPARE(a.count(Reach::FallbackOnly), reach[1]);
        QCOMPARE(a.count(Reach::NoOwner), reach[2]);
        QCOMPARE(qint64(a.scenarios(Reach::FallbackOnly).size()), reach[1]);
        for (int r = 0; r < ordered.size(); ++r) {
            const bool shadowed = matchedSomewhere[r] && !firstSomewhere[r];
            QCOMPARE(a.ruleReport(r).status == Status::Shadowed, shadowed);
            QCOMPARE(a.ruleReport(r).status == Status::MatchesNothing, !matchedSomewhere[r]);
        }
        // Overlaps: pairs of rules that both match some scenario, with the number of such scenarios.
        QMap<std::pair<int, int>, qint64> shared;
        for (const auto &s : scenarios) {
            QList<int> matching;
            for (int r = 0; r < ordered.size(); ++r)
                if (plainMatch(ordered.at(r), a, s, f.model))
                    matching << r;
            for (int i = 0; i < matching.size(); ++i)
                for (int j = i + 1; j < matching.size(); ++j)
                    ++shared[{ matching.at(i), matching.at(j) }];
        }
        QMap<std::pair<int, int>, qint64> found;
        for (const auto &o : a.overlaps())
            found[{ o.first, o.second }] = o.scenarios;
        QCOMPARE(found, shared);
    }

    void routerAndAnalysisAgree()
    {
        // Every scenario routed as an undated lead reaches the rule (or the fallback) the analysis says.
        RouteFixture f;
        const QList<RoutingRule> rules = handMadeRules();
        CoverageAnalysis a(f.model, rules, {});
        auto router = Router::compile(f.model, rules);
        QVERIFY(router.ok());
        for (const auto &s : everyScenario(a)) {
            RoutingLead lead;
            lead.signalTypeId = a.values(Axis::SignalType).ids.at(s.signalType);
            lead.territoryId = a.values(Axis::Territory).ids.at(s.territory);
            lead.segmentId = a.values(Axis::Segment).ids.at(s.segment);
            lead.industryId = a.values(Axis::Industry).ids.at(s.industry);
            lead.accountOwnerId = s.accountOwned ? qint64(RouteFixture::Eve) : 0;
            const RoutingDecision d = router->route(lead);
            const auto outcome = a.outcome(s);
            QCOMPARE(d.ruleId, outcome.rule >= 0 ? a.rules().at(outcome.rule).id : 0);
            QCOMPARE(d.fallback, outcome.reach == Reach::FallbackOnly);
        }
    }

    void theDemoShowsItsPlantedGapAndShadowedRule()
    {
        DemoOptions options;
        options.handoffs = 400;
        options.weeks = 3;
        const QString path = m_dir.filePath(QStringLiteral("demo.baton"));
        auto summary = createDemoWorkspace(path, options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        RawDatabase raw(path);
        const int signalTypes = raw.value(QStringLiteral("SELECT count(*) FROM signal_type")).toInt();
        const int industries = raw.value(QStringLiteral("SELECT count(*) FROM industry")).toInt();
        {
            auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
            QVERIFY(workspace.ok());
            auto a = CoverageAnalysis::load(**workspace, 0);
            QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
            const auto gaps = a->scenarios(Reach::FallbackOnly);
            QCOMPARE(gaps.size(), signalTypes * industries);
            for (const auto &gap : gaps) {
                QCOMPARE(a->values(Axis::Territory).names.at(gap.territory), summary->story.gapTerritory);
                QCOMPARE(a->values(Axis::Segment).names.at(gap.segment), summary->story.gapSegment);
                QVERIFY(!gap.accountOwned);
            }
            QCOMPARE(a->count(Reach::NoOwner), 0);
            const QList<int> shadowed = a->rulesWithStatus(Status::Shadowed);
            QCOMPARE(shadowed.size(), 1);
            QCOMPARE(a->rules().at(shadowed.first()).name, summary->story.shadowedRule);
        }
        // The command line says the same.
        int exitCode = -1;
        const QJsonObject json = runJson({ "coverage", path, "--json" }, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value("scenarios").toInteger(),
            qint64(signalTypes) * industries * raw.value("SELECT count(*) FROM territory").toInt()
                * raw.value("SELECT count(*) FROM segment").toInt() * 2);
        const QJsonArray fallbackOnly = json.value("fallback_only").toArray();
        QCOMPARE(fallbackOnly.size(), signalTypes * industries);
        for (const QJsonValue &gap : fallbackOnly) {
            QCOMPARE(gap["territory"].toString(), summary->story.gapTerritory);
            QCOMPARE(gap["segment"].toString(), summary->story.gapSegment);
            QCOMPARE(gap["account_owned"].toBool(), false);
        }
        QCOMPARE(json.value("uncovered").toArray().size(), 0);
        const QJsonArray shadowedIds = json.value("shadowed_rules").toArray();
        QCOMPARE(shadowedIds.size(), 1);
        QCOMPARE(raw.value("SELECT name FROM routing_rule WHERE id = ?", { shadowedIds.first().toInteger() }).toString(),
            summary->story.shadowedRule);
        QVERIFY(!json.value("overlapping_rules").toArray().isEmpty());
        // A usage error and a missing file are told apart by the exit code.
        runJson({ "coverage", path, "--rule-set", "x" }, &exitCode);
        QCOMPARE(exitCode, 2);
        runJson({ "coverage", m_dir.filePath("missing.baton") }, &exitCode);
        QCOMPARE(exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
