// baton new, baton demo, baton info: creating and inspecting workspaces.

#include "cli.h"
#include "commands.h"

#include "core/migrations.h"
#include "core/workspace.h"
#include "demo/defaultconfiguration.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

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

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file to create (.baton)."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The workspace's display name."), tr("NAME"));
    parser.addOption(name);
    parser.addOption(jsonOption());
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("new"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("new takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    const QString path = parser.positionalArguments().first();
    auto workspace = Workspace::create(path);
    if (!workspace)
        return fail(workspace.errorMessage());
    const QString displayName = parser.isSet(name) ? parser.value(name) : QFileInfo(path).completeBaseName();
    auto configured = applyDefaultConfiguration(**workspace, displayName);
    if (!configured) {
        workspace->reset();
        QFile::remove(path);
        return fail(configured.errorMessage());
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonObject { { "path", QFileInfo(path).absoluteFilePath() },
            { "schema_version", (*workspace)->schemaVersion() }, { "name", displayName } });
    else
        printText(tr("Created %1 with the default configuration.").arg(path));
    return Success;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file to create (.baton)."));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 2026)."), tr("N"), QStringLiteral("2026"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), tr("Number of weeks (default 26)."), tr("N"), QStringLiteral("26"));
    const QCommandLineOption handoffs(QStringLiteral("handoffs"), tr("Number of handoffs (default 20000)."), tr("N"),
        QStringLiteral("20000"));
    const QCommandLineOption endWeek(QStringLiteral("end-week"), tr("The last week of data (default 2026-W47)."),
        tr("WEEK"), QStringLiteral("2026-W47"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace FILE if it exists."));
    for (const auto &option : { seed, weeks, handoffs, endWeek, force, jsonOption() })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("demo"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("demo takes exactly one FILE.\n\n") + parser.helpText(), UsageError);

    DemoOptions options;
    bool ok = true;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a non-negative integer."), UsageError);
    options.weeks = parser.value(weeks).toInt(&ok);
    if (!ok || options.weeks < 1 || options.weeks > 520)
        return fail(tr("--weeks must be between 1 and 520."), UsageError);
    options.handoffs = parser.value(handoffs).toLongLong(&ok);
    if (!ok || options.handoffs < 0)
        return fail(tr("--handoffs must be a non-negative integer."), UsageError);
    auto week = IsoWeek::parse(parser.value(endWeek));
    if (!week)
        return fail(week.errorMessage(), UsageError);
    options.endWeek = *week;

    const QString path = parser.positionalArguments().first();
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(force))
            return fail(tr("%1 already exists; use --force to replace it.").arg(path));
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
    auto summary = createDemoWorkspace(path, options);
    if (!summary)
        return fail(summary.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        const DemoStory &story = summary->story;
        printJson(QJsonObject {
            { "path", QFileInfo(path).absoluteFilePath() },
            { "handoffs", summary->handoffs },
            { "accounts", summary->accounts },
            { "owners", summary->owners },
            { "stage_changes", summary->stageChanges },
            { "pipeline_amount", summary->pipelineAmount },
            { "won_amount", summary->wonAmount },
            { "stories",
                QJsonObject { { "slow_team", story.slowTeam }, { "bad_fit_source", story.badFitSource },
                    { "bad_fit_campaign", story.badFitCampaign }, { "gap_territory", story.gapTerritory },
                    { "gap_segment", story.gapSegment }, { "acceptance_drop_week", story.acceptanceDropWeek.label() },
                    { "departed_owner", story.departedOwner }, { "shadowed_rule", story.shadowedRule } } } });
    } else {
        printText(tr("Created %1: %2 handoffs, %3 accounts, %4 owners over %5 weeks ending %6.")
                      .arg(path)
                      .arg(summary->handoffs)
                      .arg(summary->accounts)
                      .arg(summary->owners)
                      .arg(options.weeks)
                      .arg(options.endWeek.label()));
    }
    return Success;
}

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    parser.addOption(jsonOption());
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("info"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("info takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    auto counts = (*workspace)->tableCounts();
    if (!counts)
        return fail(counts.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject countObject;
        for (const auto &[table, count] : *counts)
            countObject.insert(table, count);
        printJson(QJsonObject { { "schema_version", (*workspace)->schemaVersion() },
            { "name", (*workspace)->displayName() }, { "path", (*workspace)->path() }, { "counts", countObject } });
        return Success;
    }
    QString text = tr("%1 (%2)\nSchema version %3 (this Baton knows up to %4)\n\n")
                       .arg((*workspace)->displayName(), (*workspace)->path())
                       .arg((*workspace)->schemaVersion())
                       .arg(Migrations::latestVersion());
    for (const auto &[table, count] : *counts)
        text += QStringLiteral("%1 %2\n").arg(table.leftJustified(26, QLatin1Char('.')), QString::number(count).rightJustified(10));
    printText(text);
    return Success;
}

} // namespace

QList<Command> workspaceCommands()
{
    return {
        { QStringLiteral("new"), tr("create an empty workspace with the default configuration"), false, runNew },
        { QStringLiteral("demo"), tr("create a demo workspace with realistic generated data"), false, runDemo },
        { QStringLiteral("info"), tr("show a workspace's schema version and row counts"), false, runInfo },
    };
}

} // namespace baton::cli
