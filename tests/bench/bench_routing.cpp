// Benchmark: the compiled router and the coverage analysis on the demo workspace's dimensions with 300
// random rules. Targets from the Route issue: 1,000,000 leads routed in under 2 s, coverage analysis
// in under 1 s. Prints the median of --runs runs of each, the ratio to the target, and for context a
// plain first-match interpretation of the same rules on the same leads.
//
// Usage: bench_routing [--runs N] [--leads N] [--rules N] [--result FILE]
// --result FILE appends RESULT lines (op=route and op=coverage) for tests/bench/scale.sh (benchresult.h).

#include "benchresult.h"
#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "route/coverageanalysis.h"
#include "route/router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace baton;

namespace {


template <typename T>
QList<T> someOf(QRandomGenerator &random, const QList<T> &values, int percentEmpty)
{
    QList<T> chosen;
    if (int(random.bounded(100)) < percentEmpty)
        return chosen;
    for (const T &value : values)
        if (random.bounded(3) == 0)
            chosen << value;
    if (chosen.isEmpty())
        chosen << values.at(int(random.bounded(values.size())));
    return chosen;
}

// The rules read one by one, as a router that interprets the rule set per lead would.
int plainFirstMatch(const QList<RoutingRule> &rules, const QHash<qint64, QString> &tiers, const RoutingLead &lead)
{
    for (int r = 0; r < rules.size(); ++r) {
        const RuleConditions &c = rules.at(r).conditions;
        if ((!c.signalTypes.isEmpty() && !c.signalTypes.contains(lead.signalTypeId))
            || (!c.intentTiers.isEmpty() && !c.intentTiers.contains(tiers.value(lead.signalTypeId)))
            || (!c.territories.isEmpty() && !c.territories.contains(lead.territoryId))
            || (!c.segments.isEmpty() && !c.segments.contains(lead.segmentId))
            || (!c.industries.isEmpty() && !c.industries.contains(lead.industryId))
            || (c.accountOwned && *c.accountOwned != (lead.accountOwnerId != 0)))
            continue;
        if (!c.sources.isEmpty()
            && std::none_of(c.sources.begin(), c.sources.end(),
                [&](const QString &s) { return s.compare(lead.source, Qt::CaseInsensitive) == 0; }))
            continue;
        return r;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    qint64 leadCount = 1000000;
    int ruleCount = 300;
    QString resultFile;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QStringLiteral("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QStringLiteral("--leads"))
            leadCount = std::max<qint64>(1, args.at(i + 1).toLongLong());
        else if (args.at(i) == QStringLiteral("--rules"))
            ruleCount = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QStringLiteral("--result"))
            resultFile = args.at(i + 1);
    }

    // The demo workspace's dimensions: signal types, territories, segments, industries, teams and owners.
    QTemporaryDir dir;
    DemoOptions options;
    options.handoffs = 100;
    options.weeks = 2;
    const QString path = dir.filePath(QStringLiteral("bench.baton"));
    if (auto demo = createDemoWorkspace(path, options); !demo) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.errorMessage()));
        return 1;
    }
    auto workspace = Workspace::open(path);
    auto model = CoverageModel::load(**workspace);
    if (!model)
        return 1;

    QRandomGenerator random(2026);
    QList<qint64> signalIds, territories, segments, industries, owners, teams;
    QHash<qint64, QString> tiers;
    for (const SignalType &s : model->signalTypes) {
        signalIds << s.id;
        tiers.insert(s.id, s.intentTier);
    }
    for (const Territory &t : model->territories)
        territories << t.id;
    for (const Segment &s : model->segments)
        segments << s.id;
    for (const Industry &i : model->industries)
        industries << i.id;
    for (const Owner &o : model->owners)
        owners << o.id;
    for (const Team &t : model->teams)
        teams << t.id;
    const QStringList sources { "organic_search", "paid_search", "paid_social", "email", "events", "webinar", "partner",
        "direct", "referral", "review_site", "podcast", "community" };

    QList<RoutingRule> rules;
    for (int i = 0; i < ruleCount; ++i) {
        RoutingRule rule;
        rule.id = i + 1;
        rule.ruleSetId = 1;
        rule.position = i + 1;
        rule.name = QStringLiteral("Rule %1").arg(i + 1);
        rule.conditions.signalTypes = someOf(random, signalIds, 60);
        if (random.bounded(8) == 0)
            rule.conditions.intentTiers = { QStringLiteral("high") };
        rule.conditions.territories = someOf(random, territories, 30);
        rule.conditions.segments = someOf(random, segments, 50);
        rule.conditions.industries = someOf(random, industries, 70);
        if (random.bounded(5) == 0)
            rule.conditions.sources = someOf(random, sources, 0);
        if (random.bounded(4) == 0)
            rule.conditions.accountOwned = random.bounded(2) == 1;
        const int kind = int(random.bounded(10));
        rule.assignKind = kind < 6 ? AssignKind::Pool : kind < 9 ? AssignKind::Owner : AssignKind::AccountOwner;
        rule.assignTeamId = teams.at(int(random.bounded(teams.size())));
        rule.assignOwnerId = owners.at(int(random.bounded(owners.size())));
        rules << rule;
    }

    // A year of leads, a few thousand a day, 40 % of them from accounts with an owner.
    QList<RoutingLead> leads;
    leads.reserve(leadCount);
    const QDate first(2026, 1, 5);
    for (qint64 i = 0; i < leadCount; ++i) {
        RoutingLead lead;
        lead.signalTypeId = signalIds.at(int(random.bounded(signalIds.size())));
        lead.territoryId = random.bounded(50) == 0 ? 0 : territories.at(int(random.bounded(territories.size())));
        lead.segmentId = segments.at(int(random.bounded(segments.size())));
        lead.industryId = industries.at(int(random.bounded(industries.size())));
        lead.source = sources.at(int(random.bounded(sources.size())));
        if (random.bounded(10) < 4) {
            lead.accountId = 1 + random.bounded(600);
            lead.accountOwnerId = owners.at(int(random.bounded(owners.size())));
            lead.accountTeamId = teams.at(int(random.bounded(teams.size())));
        }
        lead.day = first.addDays(i * 365 / leadCount);
        leads << lead;
    }

    QList<double> compileTimes, routeTimes, matchTimes, plainTimes, coverageTimes;
    qint64 checksum = 0;
    qint64 scenarios = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto router = Router::compile(*model, rules);
        compileTimes << timer.nsecsElapsed() / 1e9;
        if (!router)
            return 1;
        timer.restart();
        for (const RoutingLead &lead : std::as_const(leads))
            checksum += router->route(lead).ownerId;
        routeTimes << timer.nsecsElapsed() / 1e9;

        timer.restart();
        for (const RoutingLead &lead : std::as_const(leads))
            checksum += router->firstMatch(lead);
        matchTimes << timer.nsecsElapsed() / 1e9;

        timer.restart();
        for (const RoutingLead &lead : std::as_const(leads))
            checksum += plainFirstMatch(rules, tiers, lead);
        plainTimes << timer.nsecsElapsed() / 1e9;

        timer.restart();
        CoverageAnalysis analysis(*model, rules, { QDate(2026, 11, 20), false });
        coverageTimes << timer.nsecsElapsed() / 1e9;
        scenarios = analysis.scenarioCount() + (checksum & 0); // keep the work observable
    }
    const double route = bench::median(routeTimes);
    const double coverage = bench::median(coverageTimes);
    std::printf("%-52s %10s %10s %10s\n", "operation", "median s", "target s", "ratio");
    std::printf("%-52s %10.4f %10s %10s\n", qPrintable(QStringLiteral("compile %1 rules").arg(ruleCount)),
        bench::median(compileTimes), "-", "-");
    std::printf("%-52s %10.3f %10.1f %10.3f\n",
        qPrintable(QStringLiteral("route %1 leads through %2 rules").arg(leadCount).arg(ruleCount)), route, 2.0, route / 2.0);
    std::printf("%-52s %10.3f %10s %10s\n", "  of which finding the first matching rule", bench::median(matchTimes), "-", "-");
    std::printf("%-52s %10.3f %10s %10s\n", "  for context: rules read one by one, matching only", bench::median(plainTimes), "-",
        "-");
    std::printf("%-52s %10.4f %10.1f %10.4f\n",
        qPrintable(QStringLiteral("coverage analysis, %1 rules, %2 scenarios").arg(ruleCount).arg(scenarios)), coverage, 1.0,
        coverage / 1.0);
    std::printf("(checksum %lld, %d runs)\n", static_cast<long long>(checksum), runs);
    const qint64 peak = bench::peakRssKb();
    bench::appendResult(resultFile, QStringLiteral("route"), leadCount, route, -1, peak, runs,
        { QStringLiteral("rules=%1").arg(ruleCount), QStringLiteral("compile=%1").arg(bench::seconds(bench::median(compileTimes))),
            QStringLiteral("plain=%1").arg(bench::seconds(bench::median(plainTimes))) });
    bench::appendResult(resultFile, QStringLiteral("coverage"), leadCount, coverage, -1, peak, runs,
        { QStringLiteral("rules=%1").arg(ruleCount), QStringLiteral("scenarios=%1").arg(scenarios) });
    return 0;
}
