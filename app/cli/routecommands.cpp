// baton coverage, baton route, baton roster: proving routing before it goes live.

#include "cli.h"
#include "commands.h"

#include "core/workspace.h"
#include "data/names.h"
#include "route/coverageanalysis.h"
#include "route/leadcsv.h"
#include "route/leadresolver.h"
#include "route/rosterwhatif.h"
#include "route/routingsimulation.h"
#include "route/rulesetstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON."));
}

QCommandLineOption ruleSetOption()
{
    return QCommandLineOption(QStringLiteral("rule-set"), tr("The rule set to use (default: the active one)."), tr("ID"));
}

// Reads --rule-set; false (with a message) when it is not a number.
bool ruleSetId(const QCommandLineParser &parser, qint64 *id)
{
    *id = 0;
    if (!parser.isSet(QStringLiteral("rule-set")))
        return true;
    bool ok = false;
    *id = parser.value(QStringLiteral("rule-set")).toLongLong(&ok);
    return ok && *id > 0;
}

bool dateValue(const QCommandLineParser &parser, const QString &option, QDate *date)
{
    *date = QDate::fromString(parser.value(option), Qt::ISODate);
    return date->isValid();
}

QString scenarioText(const CoverageAnalysis &analysis, const CoverageAnalysis::Scenario &s)
{
    using Axis = CoverageAnalysis::Axis;
    QStringList parts { analysis.values(Axis::SignalType).names.at(s.signalType),
        analysis.values(Axis::Territory).names.at(s.territory), analysis.values(Axis::Segment).names.at(s.segment),
        analysis.values(Axis::Industry).names.at(s.industry) };
    if (analysis.valueCount(Axis::Source) > 1)
        parts << analysis.values(Axis::Source).names.at(s.source);
    parts << (s.accountOwned ? tr("account owned") : tr("not account owned"));
    return parts.join(QStringLiteral(" x "));
}

// Gaps grouped by territory x segment x source x account owned; a group that spans a product of signal
// types and industries is one line.
QString gapLines(const CoverageAnalysis &analysis, const QList<CoverageAnalysis::Scenario> &scenarios)
{
    using Axis = CoverageAnalysis::Axis;
    using Key = std::tuple<int, int, int, bool>;
    QMap<Key, QList<CoverageAnalysis::Scenario>> groups;
    for (const auto &s : scenarios)
        groups[Key { s.territory, s.segment, s.source, s.accountOwned }] << s;
    const auto listOf = [&](Axis axis, const QSet<int> &values, const QString &every) {
        if (values.size() == analysis.valueCount(axis))
            return every;
        QList<int> sorted(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList names;
        for (int value : sorted)
            names << analysis.values(axis).names.at(value);
        return names.join(QStringLiteral(", "));
    };
    QString text;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QSet<int> signalTypes;
        QSet<int> industries;
        for (const auto &s : it.value()) {
            signalTypes.insert(s.signalType);
            industries.insert(s.industry);
        }
        if (qsizetype(signalTypes.size()) * industries.size() != it.value().size()) {
            for (const auto &s : it.value())
                text += QStringLiteral("  ") + scenarioText(analysis, s) + QLatin1Char('\n');
            continue;
        }
        const auto &[territory, segment, source, owned] = it.key();
        QStringList parts { analysis.values(Axis::Territory).names.at(territory),
            analysis.values(Axis::Segment).names.at(segment) };
        if (analysis.valueCount(Axis::Source) > 1)
            parts << analysis.values(Axis::Source).names.at(source);
        parts << (owned ? tr("account owned") : tr("not account owned"));
        text += tr("  %1: %2; %3 (%4 scenarios)\n")
                    .arg(parts.join(QStringLiteral(" x ")),
                        listOf(Axis::SignalType, signalTypes, tr("every signal type")),
                        listOf(Axis::Industry, industries, tr("every industry")))
                    .arg(it.value().size());
    }
    return text;
}

int runCoverage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Follows every scenario (signal type x territory x segment x industry x source "
                                        "x account owned) through the routing rules and reports the gaps."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        tr("Judge owners' availability on this day, YYYY-MM-DD (default: the workspace's as-of day)."), tr("DATE"));
    const QCommandLineOption unknown(QStringLiteral("include-unknown"),
        tr("Also follow leads without a signal type, territory, segment or industry."));
    for (const auto &option : { ruleSetOption(), asOf, unknown, jsonOption() })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("coverage"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("coverage takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    qint64 ruleSet = 0;
    if (!ruleSetId(parser, &ruleSet))
        return fail(tr("--rule-set must be a rule set's id."), UsageError);
    CoverageOptions options;
    options.includeUnknownValues = parser.isSet(unknown);
    if (parser.isSet(asOf) && !dateValue(parser, asOf.names().first(), &options.day))
        return fail(tr("--as-of must be a date like 2026-11-20."), UsageError);

    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    auto resolved = RuleSetStore(**workspace).resolve(ruleSet);
    if (!resolved)
        return fail(resolved.errorMessage());
    auto analysis = CoverageAnalysis::load(**workspace, *resolved, options);
    if (!analysis)
        return fail(analysis.errorMessage());
    auto set = Repository<RoutingRuleSet>(**workspace).get(*resolved);
    if (!set)
        return fail(set.errorMessage());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = analysis->toJson();
        json.insert(QStringLiteral("rule_set"),
            QJsonObject { { "id", set->id }, { "name", set->name }, { "status", set->status } });
        printJson(json);
        return Success;
    }
    using Reach = CoverageAnalysis::Reach;
    QString text = tr("Rule set \"%1\" (%2), availability on %3\n")
                       .arg(set->name, set->status, analysis->options().day.toString(Qt::ISODate));
    text += tr("%1 scenarios: %2 reach a rule's owner, %3 only the fallback queue, %4 no owner.\n")
                .arg(analysis->scenarioCount())
                .arg(analysis->count(Reach::Rule))
                .arg(analysis->count(Reach::FallbackOnly))
                .arg(analysis->count(Reach::NoOwner));
    for (const auto &[reach, title] : { std::pair { Reach::NoOwner, tr("\nReach no owner:\n") },
             std::pair { Reach::FallbackOnly, tr("\nReach only the fallback queue:\n") } }) {
        const auto scenarios = analysis->scenarios(reach);
        if (scenarios.isEmpty())
            continue;
        text += title + gapLines(*analysis, scenarios);
    }
    for (int r = 0; r < analysis->rules().size(); ++r)
        if (analysis->ruleReport(r).status != CoverageAnalysis::RuleStatus::Fires)
            text += tr("\nRule \"%1\": %2").arg(analysis->rules().at(r).name, analysis->statusText(r));
    if (!analysis->overlaps().isEmpty()) {
        text += tr("\n\nOverlapping rules (the earlier one wins where both match):\n");
        for (const auto &overlap : analysis->overlaps())
            text += tr("  \"%1\" and \"%2\": %3 scenarios\n")
                        .arg(analysis->rules().at(overlap.first).name, analysis->rules().at(overlap.second).name)
                        .arg(overlap.scenarios);
    }
    printText(text.trimmed());
    return Success;
}

int runRoute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates routing: runs a CSV file of leads (columns: %1), or the workspace's own handoffs over a date "
           "range, through a rule set and reports who gets what, the load per owner against capacity, and what "
           "changes against the active rules.")
            .arg(LeadCsvReader::columns().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption simulate(QStringLiteral("simulate"), tr("The CSV file of leads to route."), tr("LEADS.csv"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Route the handoffs handed off from this day (YYYY-MM-DD)."),
        tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("... up to this day, inclusive (default: the as-of day)."), tr("DATE"));
    for (const auto &option : { simulate, from, to, ruleSetOption(), jsonOption() })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("route"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("route takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    if (parser.isSet(simulate) == parser.isSet(from))
        return fail(tr("route needs either --simulate LEADS.csv or --from DATE.\n\n") + parser.helpText(), UsageError);
    qint64 ruleSet = 0;
    if (!ruleSetId(parser, &ruleSet))
        return fail(tr("--rule-set must be a rule set's id."), UsageError);
    QDate fromDay;
    QDate toDay;
    if (parser.isSet(from) && !dateValue(parser, from.names().first(), &fromDay))
        return fail(tr("--from must be a date like 2026-11-20."), UsageError);
    if (parser.isSet(to) && !dateValue(parser, to.names().first(), &toDay))
        return fail(tr("--to must be a date like 2026-11-20."), UsageError);

    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    Workspace &ws = **workspace;
    const QDate asOfDay = QDateTime::fromSecsSinceEpoch(ws.asOf(), Qt::UTC).date();
    auto model = CoverageModel::load(ws);
    if (!model)
        return fail(model.errorMessage());
    RuleSetStore store(ws);
    auto resolved = store.resolve(ruleSet);
    if (!resolved)
        return fail(resolved.errorMessage());
    auto active = store.activeRuleSetId();
    if (!active)
        return fail(active.errorMessage());

    QList<RoutingLead> leads;
    QStringList problems;
    if (parser.isSet(simulate)) {
        auto file = LeadCsvReader::read(parser.value(simulate));
        if (!file)
            return fail(file.errorMessage());
        auto resolver = LeadResolver::load(ws, *model);
        if (!resolver)
            return fail(resolver.errorMessage());
        problems = file->problems;
        for (const LeadRow &row : std::as_const(file->rows))
            leads << resolver->resolve(row, asOfDay, &problems);
    } else {
        auto handoffs = RoutingSimulation::handoffLeads(ws, fromDay, toDay.isValid() ? toDay : asOfDay);
        if (!handoffs)
            return fail(handoffs.errorMessage());
        leads = *handoffs;
    }
    const qint64 compareWith = (*active != 0 && *active != *resolved) ? *active : 0;
    auto result = RoutingSimulation::run(ws, leads, *resolved, compareWith);
    if (!result)
        return fail(result.errorMessage());
    auto names = NameLookup::load(ws);
    if (!names)
        return fail(names.errorMessage());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = RoutingSimulation::toJson(*result, *names, *model);
        json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
        printJson(json);
        return Success;
    }
    QString text = tr("%1 leads: %2 assigned, %3 unassigned, %4 to the fallback queue, over %5 days.\n\n")
                       .arg(result->leads)
                       .arg(result->leads - result->unassigned)
                       .arg(result->unassigned)
                       .arg(result->fallback)
                       .arg(result->days);
    text += tr("%1 %2 %3 %4 %5\n")
                .arg(tr("owner").leftJustified(24), tr("leads").rightJustified(7), tr("per day").rightJustified(8),
                    tr("capacity").rightJustified(9), tr("days over").rightJustified(10));
    for (const OwnerLoad &load : std::as_const(result->owners))
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(names->owners.value(load.ownerId).leftJustified(24))
                    .arg(load.leads, 7)
                    .arg(result->days ? double(load.leads) / result->days : 0.0, 8, 'f', 1)
                    .arg(load.capacityPerDay, 9)
                    .arg(load.daysOverCapacity, 10);
    if (result->comparedRuleSetId)
        text += tr("\nAgainst the active rules: %1 leads change team, %2 change owner, %3 change rule; fallback %4 -> %5.\n")
                    .arg(result->teamChanged)
                    .arg(result->ownerChanged)
                    .arg(result->ruleChanged)
                    .arg(result->fallbackBefore)
                    .arg(result->fallback);
    for (const QString &problem : std::as_const(problems))
        text += QLatin1Char('\n') + problem;
    printText(text.trimmed());
    return Success;
}

int runRoster(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What-if: which scenarios lose their owner and how the load moves when an owner "
                                        "leaves or is away. Nothing is saved."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption owner(QStringLiteral("owner"), tr("The owner's name or id."), tr("OWNER"));
    const QCommandLineOption leaving(QStringLiteral("leaving"), tr("The first day the owner no longer works."), tr("DATE"));
    const QCommandLineOption away(QStringLiteral("away"), tr("The first day of an absence."), tr("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), tr("The last day of the absence."), tr("DATE"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), tr("Weeks of handoffs to project the load from (default 4)."),
        tr("N"), QStringLiteral("4"));
    for (const auto &option : { owner, leaving, away, until, weeks, jsonOption() })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("roster"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(owner) || parser.isSet(leaving) == parser.isSet(away))
        return fail(tr("roster takes one FILE, --owner and either --leaving DATE or --away DATE --until DATE.\n\n")
                + parser.helpText(),
            UsageError);
    RosterChange change;
    change.kind = parser.isSet(leaving) ? RosterChange::Kind::Leaving : RosterChange::Kind::Away;
    if (!dateValue(parser, parser.isSet(leaving) ? leaving.names().first() : away.names().first(), &change.from))
        return fail(tr("Dates must look like 2026-11-20."), UsageError);
    if (change.kind == RosterChange::Kind::Away && !dateValue(parser, until.names().first(), &change.to))
        return fail(tr("--away needs --until with the last day of the absence, like 2026-11-27."), UsageError);
    bool ok = false;
    const int weekCount = parser.value(weeks).toInt(&ok);
    if (!ok || weekCount < 1 || weekCount > 52)
        return fail(tr("--weeks must be between 1 and 52."), UsageError);

    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    auto model = CoverageModel::load(**workspace);
    if (!model)
        return fail(model.errorMessage());
    const QString wanted = parser.value(owner).trimmed();
    for (const Owner &candidate : std::as_const(model->owners))
        if (QString::number(candidate.id) == wanted || candidate.name.compare(wanted, Qt::CaseInsensitive) == 0)
            change.ownerId = candidate.id;
    if (change.ownerId == 0)
        return fail(tr("There is no owner \"%1\".").arg(wanted));
    auto result = RosterWhatIf::run(**workspace, change, weekCount);
    if (!result)
        return fail(result.errorMessage());

    const CoverageAnalysis &after = *result->after;
    const auto target = [&](const CoverageAnalysis &analysis, const CoverageAnalysis::Outcome &outcome) {
        if (outcome.rule >= 0)
            return analysis.rules().at(outcome.rule).name;
        return outcome.reach == CoverageAnalysis::Reach::NoOwner ? tr("(no owner)") : tr("(fallback queue)");
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray shifts;
        for (const ScenarioShift &shift : std::as_const(result->shifts)) {
            QJsonObject object = after.scenarioJson(shift.scenario);
            object.remove(QStringLiteral("rule"));
            object.remove(QStringLiteral("rule_id"));
            object.insert(QStringLiteral("before"), target(*result->before, shift.before));
            object.insert(QStringLiteral("after"), target(after, shift.after));
            shifts << object;
        }
        QJsonArray loads;
        for (const ProjectedLoad &load : std::as_const(result->loads))
            loads << QJsonObject { { "id", load.ownerId }, { "name", model->ownerName(load.ownerId) },
                { "team", model->teamName(load.teamId) }, { "capacity_per_day", load.capacityPerDay },
                { "leads_before", load.leadsBefore }, { "leads_after", load.leadsAfter },
                { "per_day_before", load.perDayBefore }, { "per_day_after", load.perDayAfter },
                { "over_capacity", load.overCapacity() } };
        printJson(QJsonObject { { "owner", model->ownerName(change.ownerId) },
            { "scenarios_changed", shifts }, { "window", QJsonObject { { "from", result->windowFrom.toString(Qt::ISODate) },
                                                     { "to", result->windowTo.toString(Qt::ISODate) },
                                                     { "weekdays", result->weekdays } } },
            { "replayed_leads", result->replayedLeads }, { "fallback_before", result->fallbackBefore },
            { "fallback_after", result->fallbackAfter }, { "loads", loads },
            { "owned_accounts", result->ownedAccounts }, { "open_handoffs", result->openHandoffs } });
        return Success;
    }
    QString text = tr("%1 scenarios change their owner:\n").arg(result->shifts.size());
    for (const ScenarioShift &shift : std::as_const(result->shifts))
        text += tr("  %1: %2 -> %3\n").arg(scenarioText(after, shift.scenario), target(*result->before, shift.before),
            target(after, shift.after));
    text += tr("\nProjected load from %1 handoffs, %2 to %3 (per weekday):\n")
                .arg(result->replayedLeads)
                .arg(result->windowFrom.toString(Qt::ISODate), result->windowTo.toString(Qt::ISODate));
    for (const ProjectedLoad &load : std::as_const(result->loads))
        text += QStringLiteral("  %1 %2 -> %3 (capacity %4)%5\n")
                    .arg(model->ownerName(load.ownerId).leftJustified(24))
                    .arg(load.perDayBefore, 6, 'f', 1)
                    .arg(load.perDayAfter, 6, 'f', 1)
                    .arg(load.capacityPerDay)
                    .arg(load.overCapacity() ? tr("  over capacity") : QString());
    text += tr("\n%1 accounts and %2 open handoffs stay with %3 until someone reassigns them.")
                .arg(result->ownedAccounts)
                .arg(result->openHandoffs)
                .arg(model->ownerName(change.ownerId));
    printText(text);
    return Success;
}

} // namespace

QList<Command> routeCommands()
{
    return {
        { QStringLiteral("coverage"), tr("prove that every routing scenario reaches an owner"), false, runCoverage },
        { QStringLiteral("route"), tr("simulate routing leads or handoffs through a rule set"), false, runRoute },
        { QStringLiteral("roster"), tr("what-if: an owner leaves or is away"), false, runRoster },
    };
}

} // namespace baton::cli
