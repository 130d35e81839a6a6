// baton kpi: the KPIs of the handoffs, by one dimension, as the Optimize dashboard computes them.

#include "cli.h"
#include "commands.h"

#include "core/workspace.h"
#include "data/handoff.h"
#include "optimize/kpidefinitions.h"
#include "optimize/kpireport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

QString decimal(const std::optional<double> &value, int digits = 1)
{
    return value ? QString::number(*value, 'f', digits) : QStringLiteral("-");
}

QString textTable(const KpiReport &report)
{
    const QStringList header { KpiDimensions::title(report.by), tr("handoffs"), tr("accept"), tr("convert"), tr("win"),
        tr("days>opp"), tr("days>won"), tr("pipe/handoff"), tr("SLA"), tr("touch min") };
    QList<QStringList> rows { header };
    QList<KpiGroup> groups = report.groups;
    groups << report.total;
    for (const KpiGroup &group : std::as_const(groups)) {
        const KpiFigures &f = group.figures;
        rows << QStringList { group.label, QString::number(f.counts.handoffs), percent(f.acceptanceRate),
            percent(f.conversionRate), percent(f.winRate), decimal(f.medianDaysToOpportunity), decimal(f.medianDaysToWon),
            decimal(f.pipelinePerHandoff, 0), percent(f.slaCompliance), decimal(f.medianMinutesToFirstTouch, 0) };
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(std::min<qsizetype>(row.at(i).size(), 40)));
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            text += i == 0 ? row.at(i).left(40).leftJustified(widths[i] + 2) : row.at(i).rightJustified(widths[i] + 2);
        text += QLatin1Char('\n');
    }
    return text;
}

int runKpi(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    QStringList keys;
    for (KpiDimension dimension : KpiDimensions::all())
        keys << KpiDimensions::key(dimension);
    const QCommandLineOption by(QStringLiteral("by"), tr("The dimension to slice by: %1.").arg(keys.join(QStringLiteral(", "))),
        tr("DIMENSION"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Only handoffs handed off on or after this day (YYYY-MM-DD, "
                                                             "in the workspace's time zone)."),
        tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only handoffs handed off on or before this day."), tr("DATE"));
    const QCommandLineOption week(QStringLiteral("week"), tr("Only handoffs of this ISO week (2026-W47)."), tr("WEEK"));
    const QCommandLineOption definitions(QStringLiteral("definitions"), tr("Print the definition of every KPI and exit."));
    for (const auto &option : { by, from, to, week, definitions, QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON.")) })
        parser.addOption(option);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("kpi"), arguments, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(definitions)) {
        QJsonArray array;
        QString text;
        for (const KpiDefinition &definition : KpiDefinitions::all()) {
            array.append(QJsonObject { { "key", definition.key }, { "name", definition.name }, { "definition", definition.definition } });
            text += QStringLiteral("%1\n    %2\n").arg(definition.name, definition.definition);
        }
        if (json)
            printJson(array);
        else
            printText(text);
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(tr("kpi takes exactly one FILE.\n\n") + parser.helpText(), UsageError);
    if (!parser.isSet(by))
        return fail(tr("kpi needs --by DIMENSION (%1).").arg(keys.join(QStringLiteral(", "))), UsageError);
    auto dimension = KpiDimensions::parse(parser.value(by));
    if (!dimension)
        return fail(dimension.errorMessage(), UsageError);

    QDate fromDay;
    QDate toDay;
    for (const auto &[option, day] : { std::pair { &from, &fromDay }, std::pair { &to, &toDay } }) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return fail(tr("--%1 must be a day written like 2026-09-14.").arg(option->names().first()), UsageError);
    }
    if (fromDay.isValid() && toDay.isValid() && fromDay > toDay)
        return fail(tr("--from must not be after --to."), UsageError);
    std::optional<IsoWeek> onlyWeek;
    if (parser.isSet(week)) {
        auto parsed = IsoWeek::parse(parser.value(week));
        if (!parsed)
            return fail(parsed.errorMessage(), UsageError);
        onlyWeek = *parsed;
    }

    auto workspace = Workspace::open(parser.positionalArguments().first(), Workspace::Access::ReadOnly);
    if (!workspace)
        return fail(workspace.errorMessage());
    HandoffFilter filter;
    const LocalDays days(HandoffRepository(**workspace).reportingZone());
    if (fromDay.isValid())
        filter.handedOffFrom = days.startOf(fromDay);
    if (toDay.isValid())
        filter.handedOffBefore = days.startOf(toDay.addDays(1));
    if (onlyWeek) {
        filter.fromWeek = onlyWeek->code();
        filter.toWeek = onlyWeek->code();
    }
    auto report = KpiReport::compute(**workspace, *dimension, filter);
    if (!report)
        return fail(report.errorMessage());
    if (json) {
        QJsonObject object = report->toJson();
        if (fromDay.isValid())
            object.insert(QStringLiteral("from"), fromDay.toString(Qt::ISODate));
        if (toDay.isValid())
            object.insert(QStringLiteral("to"), toDay.toString(Qt::ISODate));
        if (onlyWeek)
            object.insert(QStringLiteral("week"), onlyWeek->label());
        printJson(object);
    } else {
        printText(textTable(*report));
    }
    return Success;
}

} // namespace

QList<Command> kpiCommands()
{
    return {
        { QStringLiteral("kpi"), tr("acceptance, conversion, velocity, yield, SLA and leakage by a dimension"), false, runKpi },
    };
}

} // namespace baton::cli
