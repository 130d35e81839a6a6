// baton matrix: the maturity matrix of a week, by the team's self-assessment and by the evidence.
// baton scorecard: the week's PDF scorecard, headless.

#include "cli.h"
#include "commands.h"

#include "core/workspace.h"
#include "govern/maturityevidence.h"
#include "govern/maturitymatrix.h"
#include "govern/scorecarddata.h"
#include "scorecard/scorecardrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

// The week named by --week, else the default week of the workspace.
Result<IsoWeek> weekOption(QCommandLineParser &parser, const QCommandLineOption &option, Workspace &workspace)
{
    if (parser.isSet(option))
        return IsoWeek::parse(parser.value(option));
    return MaturityEvidence::defaultWeek(workspace);
}

int runMatrix(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption week(QStringLiteral("week"),
        tr("The ISO week to assess (2026-W47); default: the last complete week of the data."), tr("WEEK"));
    const QCommandLineOption rules(QStringLiteral("rules"), tr("Print the evidence rules with their thresholds and exit."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    for (const auto &option : { week, rules, json })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("matrix"), arguments, &exitCode))
        return exitCode;
    if (parser.isSet(rules)) {
        QJsonArray array;
        QString text;
        for (const MaturityRule &rule : MaturityMatrix::rules()) {
            array.append(QJsonObject { { "dimension", rule.dimension }, { "key", rule.key }, { "name", rule.name },
                { "stage3", rule.stage3 }, { "stage2", rule.stage2 } });
            text += QStringLiteral("%1 / %2\n    stage 3: %3\n    stage 2: %4\n")
                        .arg(MaturityMatrix::dimensionTitle(rule.dimension), rule.name, rule.stage3, rule.stage2);
        }
        if (parser.isSet(json))
            printJson(array);
        else
            printText(text + QLatin1Char('\n') + MaturityMatrix::method());
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(tr("matrix takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    if (parser.isSet(week) && !IsoWeek::parse(parser.value(week)))
        return fail(IsoWeek::parse(parser.value(week)).errorMessage(), UsageError);

    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    auto chosen = weekOption(parser, week, **workspace);
    if (!chosen)
        return fail(chosen.errorMessage());
    auto assessment = MaturityEvidence::assess(**workspace, *chosen);
    if (!assessment)
        return fail(assessment.errorMessage());
    if (parser.isSet(json)) {
        printJson(assessment->toJson());
        return Success;
    }
    QString text = tr("Maturity, week %1 (self-assessment / evidence)\n").arg(assessment->week.label());
    for (const DimensionAssessment &d : assessment->dimensions) {
        text += QStringLiteral("\n%1: %2 / %3\n")
                    .arg(MaturityMatrix::dimensionTitle(d.dimension),
                        d.self ? QString::number(d.self->stage) : QStringLiteral("-"), QString::number(d.evidenceStage));
        for (const QString &reason : d.reasons())
            text += QStringLiteral("    - %1\n").arg(reason);
    }
    printText(text);
    return Success;
}

int runScorecard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption week(QStringLiteral("week"),
        tr("The ISO week of the scorecard (2026-W47); default: the last complete week of the data."), tr("WEEK"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") }, tr("The PDF file to write."), tr("PDF"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), tr("a4 or letter (default: by the locale)."), tr("SIZE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print what was written as JSON."));
    for (const auto &option : { week, output, pageSize, json })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("scorecard"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("scorecard takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    if (!parser.isSet(output))
        return fail(tr("scorecard needs -o PDF, the file to write."), UsageError);
    if (parser.isSet(week) && !IsoWeek::parse(parser.value(week)))
        return fail(IsoWeek::parse(parser.value(week)).errorMessage(), UsageError);
    ScorecardOptions options;
    options.pageSize = ScorecardRenderer::localePageSize();
    if (parser.isSet(pageSize)) {
        auto size = ScorecardRenderer::parsePageSize(parser.value(pageSize));
        if (!size)
            return fail(size.errorMessage(), UsageError);
        options.pageSize = *size;
    }

    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    auto chosen = weekOption(parser, week, **workspace);
    if (!chosen)
        return fail(chosen.errorMessage());
    auto data = ScorecardData::build(**workspace, *chosen);
    if (!data)
        return fail(data.errorMessage());
    const QString path = parser.value(output);
    auto pages = ScorecardRenderer::render(*data, path, options);
    if (!pages)
        return fail(pages.errorMessage());
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (parser.isSet(json))
        printJson(QJsonObject { { "file", QFileInfo(path).absoluteFilePath() }, { "week", chosen->label() }, { "pages", *pages },
            { "page_size", options.pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4") },
            { "seconds", seconds } });
    else
        printText(tr("Wrote %1: the scorecard of week %2, %3 pages.").arg(path, chosen->label()).arg(*pages));
    return Success;
}

} // namespace

QList<Command> governCommands()
{
    return {
        { QStringLiteral("matrix"), tr("the maturity matrix of a week: self-assessment, evidence and reasons"), false, runMatrix },
        { QStringLiteral("scorecard"), tr("writes the week's PDF scorecard"), true, runScorecard },
    };
}

} // namespace baton::cli
