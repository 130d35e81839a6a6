// The KPI engine side by side with the straightforward GROUP BY over the raw handoffs in the sqlite3 shell,
// measured in the same run on the same workspace file.
// Usage: bench_kpi FILE.baton [--runs N] [--baton PATH] [--result FILE]
//
//   reference      sqlite3 FILE "SELECT source, count(*), ... FROM handoff GROUP BY source" (a process)
//   baton kpi      baton kpi FILE --by source --json (a process: start, open, compute, print)
//   engine         KpiReport::compute in process, from the KPI cubes and from the handoffs
//   dashboard      what the KPI dashboard computes on a change of filter (engine and reports, no painting)
//
// --result FILE appends, for tests/bench/scale.sh (benchresult.h), the slowest dashboard change to one filter
// (one segment, source or owner, or the last 13 weeks) against the reference.

#include "benchresult.h"
#include "core/workspace.h"
#include "optimize/kpiengine.h"
#include "optimize/kpireport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace baton;

namespace {


double measure(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times << double(timer.nsecsElapsed()) / 1e9;
    }
    return bench::median(times);
}

bool runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    return process.waitForFinished(600000) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty()) {
        out << "usage: bench_kpi FILE.baton [--runs N] [--baton PATH] [--result FILE]\n";
        return 2;
    }
    const QString file = args.takeFirst();
    int runs = 5;
    QString resultFile;
    QString only; // run only the operations whose name starts with this (for profiling)
    QString baton = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/baton");
    while (args.size() >= 2) {
        const QString option = args.takeFirst();
        const QString value = args.takeFirst();
        if (option == QStringLiteral("--runs"))
            runs = value.toInt();
        else if (option == QStringLiteral("--baton"))
            baton = value;
        else if (option == QStringLiteral("--only"))
            only = value;
        else if (option == QStringLiteral("--result"))
            resultFile = value;
    }
    auto opened = Workspace::open(file, Workspace::Access::ReadOnly);
    if (!opened) {
        out << opened.errorMessage() << '\n';
        return 1;
    }
    Workspace &workspace = **opened;
    const qint64 handoffs = KpiEngine(workspace).compute({}, {}, false)->total.counts.handoffs;
    out << QStringLiteral("KPI engine benchmark: %1 handoffs, median of %2 runs\n\n").arg(handoffs).arg(runs);
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("operation").leftJustified(64), QStringLiteral("median s").rightJustified(10));
    const auto timed = [&](const QString &name, int times, const std::function<bool()> &work) {
        if (!only.isEmpty() && !name.startsWith(only))
            return 1.0;
        const double seconds = measure(times, work);
        out << QStringLiteral("%1 %2\n").arg(name.leftJustified(64), QString::number(seconds, 'f', 4).rightJustified(10));
        out.flush();
        return seconds;
    };

    // The reference: what one would type into the sqlite3 shell.
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString reference = QStringLiteral(
        "SELECT source, count(*), sum(accepted_at IS NOT NULL), sum(rejected_at IS NOT NULL), sum(opportunity_at IS NOT NULL), "
        "sum(outcome = 'won'), total(opportunity_amount), total(won_amount), sum(first_touch_at <= sla_due_at) FROM handoff GROUP BY source;");
    double shell = -1;
    if (!sqlite.isEmpty())
        shell = timed(QStringLiteral("reference: sqlite3 shell, GROUP BY source over the handoffs"), runs,
            [&]() { return runProcess(sqlite, { file, reference }); });
    else
        out << "sqlite3 not found: no reference\n";
    const double cli = timed(QStringLiteral("baton kpi --by source --json (process, all KPIs and medians)"), runs,
        [&]() { return runProcess(baton, { QStringLiteral("kpi"), file, QStringLiteral("--by"), QStringLiteral("source"), QStringLiteral("--json") }); });
    timed(QStringLiteral("baton --version (process start, for scale)"), runs,
        [&]() { return runProcess(baton, { QStringLiteral("--version") }); });

    out << '\n';
    QList<double> cube;
    for (KpiDimension d : { KpiDimension::Source, KpiDimension::Segment, KpiDimension::Campaign, KpiDimension::Week, KpiDimension::Owner }) {
        cube << timed(QStringLiteral("engine, by %1, from the cubes").arg(KpiDimensions::key(d)), runs,
            [&]() { return KpiReport::compute(workspace, d, {}).ok(); });
    }
    const double raw = timed(QStringLiteral("engine, by source, from the handoffs (one pass, no cube)"), std::min(runs, 3),
        [&]() { return KpiReport::compute(workspace, KpiDimension::Source, {}, KpiEngine::Path::Handoffs).ok(); });

    // The dashboard's work on a change of filter.
    auto weeks = KpiEngine(workspace).weeks();
    auto names = NameLookup::load(workspace);
    auto sources = KpiEngine(workspace).texts(KpiDimension::Source);
    // As DashboardPage::recomputeTab for the Overview tab: the weekly trend, acceptance by source, the leakage
    // funnel and the tiles (with medians), and rejection reasons by campaign/offer.
    const auto dashboard = [&](const HandoffFilter &filter) {
        KpiEngine engine(workspace);
        auto result = engine.compute(filter,
            { { KpiDimension::Week, std::nullopt, false }, { KpiDimension::Source, std::nullopt, false },
                { KpiDimension::Campaign, KpiDimension::RejectionReason, false } },
            true);
        if (!result)
            return false;
        const KpiFigures total = KpiFigures::from(result->total);
        for (int g = 0; g < 2; ++g)
            KpiReport::fromResult(*result, g, *names, filter, &total);
        total.leakage();
        return true;
    };
    out << '\n';
    QList<std::pair<QString, HandoffFilter>> scenarios { { QStringLiteral("all weeks, no filter"), {} } };
    if (weeks && weeks->size() > 13) {
        HandoffFilter recent;
        recent.fromWeek = weeks->at(weeks->size() - 13);
        scenarios.append({ QStringLiteral("last 13 weeks"), recent });
    }
    if (names && !names->segments.isEmpty()) {
        HandoffFilter segment;
        segment.segments = { names->segments.keys().first() };
        scenarios.append({ QStringLiteral("one segment, all weeks"), segment });
    }
    if (sources && !sources->isEmpty()) {
        HandoffFilter source;
        source.sources = { sources->first() };
        scenarios.append({ QStringLiteral("one source, all weeks"), source });
    }
    if (names && !names->owners.isEmpty()) {
        HandoffFilter owner;
        owner.owners = { names->owners.keys().first() };
        scenarios.append({ QStringLiteral("one owner, all weeks (owner cube)"), owner });
    }
    double worst = 0;
    double worstOneFilter = 0;
    QString worstOneFilterName;
    for (const auto &[name, filter] : scenarios) {
        const double seconds = timed(QStringLiteral("dashboard filter change: %1").arg(name), runs, [&]() { return dashboard(filter); });
        worst = std::max(worst, seconds);
        if (!filter.isEmpty() && seconds > worstOneFilter) {
            worstOneFilter = seconds;
            worstOneFilterName = name;
        }
    }
    bench::appendResult(resultFile, QStringLiteral("kpi_engine"), handoffs, worstOneFilter, shell, bench::peakRssKb(), runs,
        { QStringLiteral("slowest=%1").arg(QString(worstOneFilterName).replace(QLatin1Char(' '), QLatin1Char('_')).remove(QLatin1Char(','))),
            QStringLiteral("cli=%1").arg(bench::seconds(cli)) });

    out << '\n';
    if (!only.isEmpty())
        return 0;
    if (shell > 0) {
        out << QStringLiteral("baton kpi (process) vs sqlite3 shell (process): %1 x faster\n").arg(shell / cli, 0, 'f', 1);
        out << QStringLiteral("engine by source (cubes) vs sqlite3 shell:     %1 x faster\n").arg(shell / cube.first(), 0, 'f', 1);
    }
    out << QStringLiteral("engine from the cubes vs from the handoffs:    %1 x faster\n").arg(raw / cube.first(), 0, 'f', 1);
    out << QStringLiteral("slowest dashboard filter change (no painting): %1 ms\n").arg(worst * 1000, 0, 'f', 0);
    return 0;
}
