// Exporting the PDF scorecard of one week on a workspace of 10^6 handoffs, against the 2-second target.
// Usage: bench_scorecard FILE.baton [--runs N] [--week 2026-W47] [--baton PATH] [--result FILE]
//
//   data        ScorecardData::build: KPIs of the trend weeks from the cubes, SLA compliance of two weeks,
//               the week's validation (maturity evidence and agenda), coverage, the contract and the meeting
//   render      ScorecardRenderer::render: layout pass, then the PDF with its charts
//   export      both, as File > Export Scorecard does them (the sum, measured in one go)
//   process     `baton scorecard FILE --week W -o PDF` (start, open, build, render, write), when --baton is given
//
// FILE is generated (`baton demo --handoffs 1000000 --weeks 52`) when it does not exist and --baton is given.
// --result FILE appends a RESULT line (op=scorecard: the export in process) for tests/bench/scale.sh.

#include "benchresult.h"
#include "core/workspace.h"
#include "govern/scorecarddata.h"
#include "scorecard/scorecardrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace baton;

namespace {

constexpr double Target = 2.0;


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
    return process.waitForFinished(1800000) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int runs = 5;
    QString weekText;
    QString baton;
    QString file;
    QString resultFile;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QStringLiteral("--week") && i + 1 < args.size())
            weekText = args.at(++i);
        else if (args.at(i) == QStringLiteral("--baton") && i + 1 < args.size())
            baton = args.at(++i);
        else if (args.at(i) == QStringLiteral("--result") && i + 1 < args.size())
            resultFile = args.at(++i);
        else
            file = args.at(i);
    }
    if (file.isEmpty()) {
        err << "usage: bench_scorecard FILE.baton [--runs N] [--week 2026-W47] [--baton PATH] [--result FILE]\n";
        return 2;
    }
    if (!QFileInfo::exists(file)) {
        if (baton.isEmpty()) {
            err << file << " does not exist; pass --baton to generate it\n";
            return 2;
        }
        out << "generating " << file << " (10^6 handoffs, 52 weeks)...\n" << Qt::flush;
        if (!runProcess(baton, { QStringLiteral("demo"), file, QStringLiteral("--handoffs"), QStringLiteral("1000000"),
                                   QStringLiteral("--weeks"), QStringLiteral("52") })) {
            err << "baton demo failed\n";
            return 1;
        }
    }
    auto workspace = Workspace::open(file, Workspace::Access::ReadOnly);
    if (!workspace) {
        err << workspace.errorMessage() << '\n';
        return 1;
    }
    IsoWeek week { 2026, 47 };
    if (!weekText.isEmpty()) {
        auto parsed = IsoWeek::parse(weekText);
        if (!parsed) {
            err << parsed.errorMessage() << '\n';
            return 2;
        }
        week = *parsed;
    }
    auto count = (*workspace)->tableCounts();
    qint64 handoffs = 0;
    for (const auto &[table, rows] : count.valueOr({}))
        if (table == QStringLiteral("handoff"))
            handoffs = rows;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("scorecard.pdf"));

    std::optional<ScorecardData> data;
    const double build = measure(runs, [&]() {
        auto built = ScorecardData::build(**workspace, week);
        if (!built) {
            err << built.errorMessage() << '\n';
            return false;
        }
        data = *built;
        return true;
    });
    const double render = measure(runs, [&]() { return ScorecardRenderer::render(*data, pdf).ok(); });
    const double both = measure(runs, [&]() {
        auto built = ScorecardData::build(**workspace, week);
        return built.ok() && ScorecardRenderer::render(*built, pdf).ok();
    });
    double process = -1;
    if (!baton.isEmpty())
        process = measure(runs, [&]() {
            return runProcess(baton, { QStringLiteral("scorecard"), file, QStringLiteral("--week"), week.label(),
                                         QStringLiteral("-o"), pdf });
        });

    out << QStringLiteral("scorecard of %1 on %2 handoffs (%3 handoffs that week), median of %4 runs\n")
               .arg(week.label())
               .arg(handoffs)
               .arg(data->thisWeek.counts.handoffs)
               .arg(runs);
    const auto line = [&](const QString &what, double seconds) {
        out << QStringLiteral("%1 %2 s   %3 of the %4 s target\n")
                   .arg(what.leftJustified(44), QString::number(seconds, 'f', 3).rightJustified(8),
                       QString::number(seconds / Target, 'f', 2) + QLatin1Char('x'), QString::number(Target, 'f', 0));
    };
    line(QStringLiteral("data (engines, in process)"), build);
    line(QStringLiteral("render (layout + PDF with charts)"), render);
    line(QStringLiteral("export (data + render, in process)"), both);
    if (process >= 0)
        line(QStringLiteral("baton scorecard (a process)"), process);
    bench::appendResult(resultFile, QStringLiteral("scorecard"), handoffs, both, -1, bench::peakRssKb(), runs,
        { QStringLiteral("week=%1").arg(week.label()), QStringLiteral("week_handoffs=%1").arg(data->thisWeek.counts.handoffs),
            QStringLiteral("data=%1").arg(bench::seconds(build)), QStringLiteral("render=%1").arg(bench::seconds(render)),
            QStringLiteral("cli=%1").arg(bench::seconds(process)) });
    return both >= 0 && both < Target ? 0 : 1;
}
