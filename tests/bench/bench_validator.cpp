// Times the validator over a million handoffs (the target: under 10 seconds).
//
//   bench_validator [FILE] [--runs N] [--handoffs N]
//
// FILE is reused when it exists; otherwise a demo workspace is generated there first (like
// `baton demo FILE --handoffs 1000000 --weeks 104`). Prints each run, the median and its ratio to the
// 10 s target, measured in the same process.

#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "instrument/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace baton;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    qint64 handoffs = 1000000;
    QString file;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--handoffs") && i + 1 < args.size())
            handoffs = args.at(++i).toLongLong();
        else
            file = args.at(i);
    }
    QTemporaryDir dir;
    if (file.isEmpty())
        file = dir.filePath(QStringLiteral("bench.baton"));
    if (!QFileInfo::exists(file)) {
        out << "generating " << handoffs << " handoffs over 104 weeks in " << file << " ..." << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.handoffs = handoffs;
        options.weeks = 104;
        auto summary = createDemoWorkspace(file, options);
        if (!summary) {
            QTextStream(stderr) << summary.errorMessage() << Qt::endl;
            return 1;
        }
        out << "generated in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    QList<double> seconds;
    qint64 checked = 0;
    qint64 violations = 0;
    for (int run = 0; run < std::max(1, runs); ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        // Validation only reads: read-only, as `baton validate` opens it.
        auto workspace = Workspace::open(file, Workspace::Access::ReadOnly);
        if (!workspace) {
            QTextStream(stderr) << workspace.errorMessage() << Qt::endl;
            return 1;
        }
        auto validator = Validator::load(**workspace);
        if (!validator) {
            QTextStream(stderr) << validator.errorMessage() << Qt::endl;
            return 1;
        }
        ValidationOptions options;
        options.keepDetails = false;
        auto report = validator->run(**workspace, options);
        if (!report) {
            QTextStream(stderr) << report.errorMessage() << Qt::endl;
            return 1;
        }
        seconds << timer.elapsed() / 1000.0;
        checked = report->checked;
        violations = report->totalViolations();
        out << "run " << run + 1 << ": " << seconds.last() << " s wall, "
            << double(std::clock() - cpuStart) / CLOCKS_PER_SEC << " s CPU" << Qt::endl;
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds.size() % 2 ? seconds.at(seconds.size() / 2)
                                             : (seconds.at(seconds.size() / 2 - 1) + seconds.at(seconds.size() / 2)) / 2;
    out << "validated " << checked << " handoffs (" << violations << " violations): median " << median
        << " s over " << seconds.size() << " runs; " << median / 10.0 << " of the 10 s target" << Qt::endl;
    return median < 10.0 ? 0 : 1;
}
