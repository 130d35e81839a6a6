// baton sla: SLA compliance for a week, the open breaches with their escalation steps, and the
// recompute of the SLA facts after policies or calendars changed.

#include "cli.h"
#include "commands.h"

#include "core/workspace.h"
#include "enforce/slabreaches.h"
#include "enforce/slafacts.h"
#include "enforce/slareport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

QJsonValue rounded(std::optional<double> value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QString isoInstant(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject groupJson(const SlaGroupStats &g)
{
    return QJsonObject {
        { "group", g.name },
        { "id", g.id > 0 ? QJsonValue(g.id) : QJsonValue::Null },
        { "handoffs", g.handoffs },
        { "with_sla", g.withSla },
        { "met", g.met },
        { "decided", g.decided },
        { "missed", g.missed() },
        { "breaching", g.breaching },
        { "pending", g.pending() },
        { "compliance", rounded(g.compliance(), 4) },
        { "median_first_touch_minutes", rounded(g.medianFirstTouchMinutes, 1) },
        { "p90_first_touch_minutes", rounded(g.p90FirstTouchMinutes, 1) },
        { "median_routing_delay_minutes", rounded(g.medianRoutingDelayMinutes, 1) },
        { "median_response_minutes", rounded(g.medianResponseMinutes, 1) },
    };
}

QJsonObject breachJson(const OpenSlaClock &c)
{
    return QJsonObject {
        { "handoff_id", c.handoffId },
        { "lead", c.lead },
        { "company", c.company },
        { "owner", c.owner.isEmpty() ? QJsonValue::Null : QJsonValue(c.owner) },
        { "team", c.team.isEmpty() ? QJsonValue::Null : QJsonValue(c.team) },
        { "signal_type", c.signalType },
        { "week", IsoWeek::fromCode(c.week).label() },
        { "handed_off_at", isoInstant(c.handedOffAt) },
        { "due_at", isoInstant(c.dueAt) },
        { "target_minutes", c.targetMinutes },
        { "elapsed_minutes", rounded(double(c.elapsedSeconds) / 60.0, 1) },
        { "elapsed_percent", rounded(c.elapsedPercent, 1) },
        { "step", c.step },
        { "steps", c.steps },
        { "action", c.action.isEmpty() ? QJsonValue::Null : QJsonValue(c.action) },
        { "outcome", c.outcome },
    };
}

QString minutesText(std::optional<double> minutes)
{
    return minutes ? QString::number(*minutes, 'f', 0) : QStringLiteral("-");
}

QString groupTable(const QString &title, const QList<SlaGroupStats> &groups, const SlaGroupStats &total)
{
    QString text = title + QLatin1Char('\n');
    text += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                .arg(tr("group"), -26)
                .arg(tr("handoffs"), 9)
                .arg(tr("met"), 6)
                .arg(tr("decided"), 8)
                .arg(tr("breach"), 7)
                .arg(tr("compl."), 7)
                .arg(tr("1st touch"), 10)
                .arg(tr("routing"), 8)
                .arg(tr("response"), 9);
    QList<SlaGroupStats> rows = groups;
    rows << total;
    for (const SlaGroupStats &g : std::as_const(rows))
        text += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                    .arg(g.name.left(26), -26)
                    .arg(g.handoffs, 9)
                    .arg(g.met, 6)
                    .arg(g.decided, 8)
                    .arg(g.breaching, 7)
                    .arg(g.compliance() ? QStringLiteral("%1%").arg(*g.compliance() * 100, 0, 'f', 1) : QStringLiteral("-"), 7)
                    .arg(minutesText(g.medianFirstTouchMinutes), 10)
                    .arg(minutesText(g.medianRoutingDelayMinutes), 8)
                    .arg(minutesText(g.medianResponseMinutes), 9);
    return text;
}

int runRecompute(const QString &path, bool json)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return fail(workspace.errorMessage());
    reportUpgrade(**workspace);
    QElapsedTimer timer;
    timer.start();
    auto summary = SlaFacts::recompute(**workspace);
    if (!summary)
        return fail(summary.errorMessage());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (json)
        printJson(QJsonObject { { "handoffs", summary->handoffs }, { "changed", summary->changed },
            { "seconds", std::round(seconds * 1000) / 1000 },
            { "fingerprint", (*workspace)->setting(SlaFacts::FingerprintSetting) } });
    else
        printText(tr("Recomputed the SLA facts of %1 handoffs in %2 s; %3 changed.")
                      .arg(summary->handoffs)
                      .arg(seconds, 0, 'f', 2)
                      .arg(summary->changed));
    return Success;
}

int runSla(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption week(QStringLiteral("week"),
        tr("The ISO week to report, like 2026-W47 (default: the last complete week of the data)."), tr("WEEK"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
        tr("Judge open SLAs as of this instant, ISO 8601 (default: the workspace's as-of setting, else now)."), tr("INSTANT"));
    const QCommandLineOption recompute(QStringLiteral("recompute"),
        tr("Recompute the SLA facts of every handoff from the current policies and calendars."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    for (const auto &option : { week, asOf, recompute, json })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("sla"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("sla takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    const QString path = parser.positionalArguments().first();
    if (parser.isSet(recompute)) {
        if (parser.isSet(week) || parser.isSet(asOf))
            return fail(tr("--recompute takes no --week or --as-of.\n\n") + parser.helpText(), UsageError);
        return runRecompute(path, parser.isSet(json));
    }
    std::optional<IsoWeek> chosen;
    if (parser.isSet(week)) {
        auto parsed = IsoWeek::parse(parser.value(week));
        if (!parsed)
            return fail(parsed.errorMessage(), UsageError);
        chosen = *parsed;
    }
    std::optional<qint64> instant;
    if (parser.isSet(asOf)) {
        const QDateTime parsed = QDateTime::fromString(parser.value(asOf), Qt::ISODate);
        if (!parsed.isValid())
            return fail(tr("--as-of must be an ISO 8601 instant such as 2026-11-22T23:59:59Z."), UsageError);
        instant = parsed.toSecsSinceEpoch();
    }

    auto opened = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!opened)
        return fail(opened.errorMessage());
    Workspace &workspace = **opened;
    const qint64 at = instant.value_or(workspace.asOf());
    if (!chosen) {
        auto last = SlaReport::lastCompleteWeek(workspace, at);
        if (!last)
            return fail(last.errorMessage());
        if (!last->has_value())
            return fail(tr("The workspace has no handoffs yet, so there is no week to report."));
        chosen = **last;
    }
    auto report = SlaReport::forWeek(workspace, *chosen, at);
    if (!report)
        return fail(report.errorMessage());
    auto breaches = SlaBreaches::open(workspace, at);
    if (!breaches)
        return fail(breaches.errorMessage());
    auto current = SlaFacts::areCurrent(workspace);
    if (!current)
        return fail(current.errorMessage());

    if (parser.isSet(json)) {
        const auto groups = [](const QList<SlaGroupStats> &list) {
            QJsonArray array;
            for (const SlaGroupStats &g : list)
                array.append(groupJson(g));
            return array;
        };
        QJsonArray breachArray;
        for (const OpenSlaClock &c : std::as_const(*breaches))
            breachArray.append(breachJson(c));
        printJson(QJsonObject {
            { "week", chosen->label() },
            { "as_of", isoInstant(at) },
            { "facts_current", *current },
            { "compliance",
                QJsonObject { { "by_signal_type", groups(report->bySignalType) }, { "by_team", groups(report->byTeam) },
                    { "by_owner", groups(report->byOwner) }, { "total", groupJson(report->total) } } },
            { "breaches", breachArray },
        });
        return Success;
    }
    if (!*current)
        fail(tr("Warning: the SLA policies or calendars changed since the SLA facts were computed; "
                "run `baton sla %1 --recompute`.")
                 .arg(path));
    QString text = tr("SLA compliance for %1 (handed off that week), judged as of %2\n"
                      "Compliance = met / decided; durations are median business minutes.\n\n")
                       .arg(chosen->label(), isoInstant(at));
    text += groupTable(tr("By signal type"), report->bySignalType, report->total) + QLatin1Char('\n');
    text += groupTable(tr("By team"), report->byTeam, report->total) + QLatin1Char('\n');
    text += groupTable(tr("By owner"), report->byOwner, report->total) + QLatin1Char('\n');
    text += tr("Open breaches as of %1: %2\n").arg(isoInstant(at)).arg(breaches->size());
    constexpr int Shown = 25;
    for (qsizetype i = 0; i < std::min<qsizetype>(Shown, breaches->size()); ++i) {
        const OpenSlaClock &c = breaches->at(i);
        text += QStringLiteral("  %1 %2 %3 %4 %5% step %6/%7 %8\n")
                    .arg(c.lead.left(14), -14)
                    .arg(c.signalType.left(22), -22)
                    .arg(c.owner.left(20), -20)
                    .arg(c.team.left(16), -16)
                    .arg(c.elapsedPercent, 7, 'f', 0)
                    .arg(c.step)
                    .arg(c.steps)
                    .arg(c.action.isEmpty() ? QStringLiteral("-") : c.action);
    }
    if (breaches->size() > Shown)
        text += tr("  ... and %1 more (--json lists them all)\n").arg(breaches->size() - Shown);
    printText(text);
    return Success;
}

} // namespace

QList<Command> slaCommands()
{
    return {
        { QStringLiteral("sla"), tr("SLA compliance for a week, open breaches with escalation steps; --recompute"), false,
            runSla },
    };
}

} // namespace baton::cli
