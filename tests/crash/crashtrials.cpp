// crash_trials: kills real `baton` commands with SIGKILL at random moments and checks what is left.
//
//   crash_trials --baton PATH [--trials N] [--handoffs N] [--weeks N] [--operation NAME]... [--seed N] [--work DIR]
//
// For each operation (crashoperation.h): a demo workspace is generated and prepared (the state before);
// the command is run once to completion on a copy (the state after, and its run time T); then each trial
// copies the "before" file, starts the command, waits a random time in [0, 1.2 T] and sends SIGKILL. The
// copy must then open as a workspace (Workspace::open, which recovers the WAL or rolls back a journal), pass PRAGMA
// integrity_check, and its digest (workspacedigest.h, leaving out the wall-clock times in Ignored) must equal the state
// before or the state after. A trial is counted as killed mid-transaction when the killed process had
// written pages to the WAL (or a rollback journal) and the workspace still holds the state before: SQLite discarded them.
// Exit code 0 when every trial passed, 1 otherwise, 2 for a wrong command line.

#include "crashoperation.h"
#include "workspacedigest.h"

#include "core/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace baton;
using namespace baton::crash;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Wall-clock times a command records (when an edit was made, when an import ran) differ between the reference
// run and a trial; everything else must match.
const QStringList Ignored { QStringLiteral("audit_log.at"), QStringLiteral("import_run.started_at"),
    QStringLiteral("import_run.finished_at") };

bool removeWorkspace(const QString &path)
{
    bool ok = true;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        if (QFileInfo::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    return ok;
}

bool copyWorkspace(const QString &from, const QString &to)
{
    return removeWorkspace(to) && QFile::copy(from, to);
}

// Opens as the user would (recovering the WAL), then digests read-only.
DigestResult verify(const QString &path)
{
    {
        auto workspace = Workspace::open(path);
        if (!workspace) {
            DigestResult failed;
            failed.error = QStringLiteral("Workspace::open failed: %1").arg(workspace.errorMessage());
            return failed;
        }
    }
    return digestWorkspace(path, Ignored);
}

struct Run
{
    bool started = false;
    bool killed = false;
    int exitCode = -1;
    bool crashed = false;
    qint64 elapsedMs = 0;
    QByteArray errors;
};

// Runs baton with `arguments`; kills it after `killAfterMs` unless it finished first (-1: never kill).
Run runBaton(const QString &baton, const QStringList &arguments, int killAfterMs)
{
    QProcess process;
    process.setProgram(baton);
    process.setArguments(arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    Run run;
    QElapsedTimer timer;
    timer.start();
    process.start();
    run.started = process.waitForStarted(30000);
    if (!run.started)
        return run;
    const bool finished = process.waitForFinished(killAfterMs < 0 ? -1 : std::max(1, killAfterMs));
    if (!finished) {
        process.kill(); // SIGKILL on Unix: no handler, no cleanup, like a power cut for the process
        process.waitForFinished(-1);
        run.killed = true;
    }
    run.elapsedMs = timer.elapsed();
    run.crashed = !run.killed && process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.errors = process.readAllStandardError();
    return run;
}

struct Tally
{
    int trials = 0;
    int killedBeforeWriting = 0;
    int killedMidTransaction = 0;
    int killedAfterCommit = 0;
    int finished = 0;
    int stateBefore = 0;
    int stateAfter = 0;
    int failures = 0;
};

bool runOperation(const CrashOperation &operation, const QString &baton, const QString &demo, const QString &work,
    int trials, QRandomGenerator &random)
{
    const QString dir = QDir(work).filePath(operation.name);
    QDir().mkpath(dir);
    const QString before = QDir(dir).filePath(QStringLiteral("before.baton"));
    const QString after = QDir(dir).filePath(QStringLiteral("after.baton"));
    const QString trial = QDir(dir).filePath(QStringLiteral("trial.baton"));

    if (!copyWorkspace(demo, before)) {
        out() << operation.name << ": cannot copy the demo workspace\n";
        return false;
    }
    auto prepared = operation.prepare(before, dir);
    if (!prepared) {
        out() << operation.name << ": preparing failed: " << prepared.errorMessage() << '\n';
        return false;
    }
    const DigestResult stateBefore = verify(before);
    if (!stateBefore.ok || stateBefore.integrity != QStringLiteral("ok")) {
        out() << operation.name << ": the prepared workspace is not sound: " << stateBefore.error << stateBefore.integrity << '\n';
        return false;
    }

    // The reference run: the state after, and how long the whole command takes.
    copyWorkspace(before, after);
    const Run reference = runBaton(baton, operation.arguments(after, dir), -1);
    if (reference.exitCode != 0 || reference.crashed) {
        out() << operation.name << ": the command failed without a kill: " << reference.errors << '\n';
        return false;
    }
    const DigestResult stateAfter = verify(after);
    if (!stateAfter.ok || stateAfter.integrity != QStringLiteral("ok") || stateAfter.digest == stateBefore.digest) {
        out() << operation.name << ": the reference run left no change or an unsound file " << stateAfter.error << '\n';
        return false;
    }

    Tally tally;
    const int window = int(reference.elapsedMs * 12 / 10) + 1;
    for (int i = 0; i < trials; ++i) {
        ++tally.trials;
        copyWorkspace(before, trial);
        const int delay = int(random.bounded(window));
        const Run run = runBaton(baton, operation.arguments(trial, dir), delay);
        // Pages written and not committed: in the WAL, or (a large import, Importer::run) in the file itself with
        // their old content in a rollback journal that opening rolls back.
        const qint64 walBytes = QFileInfo(trial + QStringLiteral("-wal")).size();
        const qint64 journalBytes = QFileInfo(trial + QStringLiteral("-journal")).size();
        const DigestResult state = verify(trial);
        QString problem;
        if (!run.started)
            problem = QStringLiteral("baton did not start");
        else if (!run.killed && (run.crashed || run.exitCode != 0))
            problem = QStringLiteral("baton failed without a kill: %1").arg(QString::fromLocal8Bit(run.errors));
        else if (!state.ok)
            problem = state.error;
        else if (state.integrity != QStringLiteral("ok"))
            problem = QStringLiteral("integrity_check: %1").arg(state.integrity);
        else if (state.digest != stateBefore.digest && state.digest != stateAfter.digest)
            problem = QStringLiteral("the content is neither the state before nor the state after");
        const bool isBefore = state.ok && state.digest == stateBefore.digest;
        if (!problem.isEmpty()) {
            ++tally.failures;
            const QString kept = QDir(dir).filePath(QStringLiteral("failed-%1.baton").arg(i + 1));
            QFile::copy(trial, kept);
            out() << operation.name << " trial " << i + 1 << " (killed after " << delay << " ms): " << problem
                  << "; kept as " << kept << '\n';
        } else if (isBefore) {
            ++tally.stateBefore;
        } else {
            ++tally.stateAfter;
        }
        if (!run.killed)
            ++tally.finished;
        else if (problem.isEmpty() && !isBefore)
            ++tally.killedAfterCommit;
        else if (problem.isEmpty() && (walBytes > 0 || journalBytes > 0))
            ++tally.killedMidTransaction;
        else if (problem.isEmpty())
            ++tally.killedBeforeWriting;
    }
    removeWorkspace(trial);

    out() << QStringLiteral("%1: %2 trials, command %3 s uninterrupted (%4 rows)\n")
                 .arg(operation.name)
                 .arg(tally.trials)
                 .arg(double(reference.elapsedMs) / 1000.0, 0, 'f', 2)
                 .arg(stateAfter.rows);
    out() << QStringLiteral("  killed %1: before writing %2, mid-transaction (written pages discarded) %3, after the "
                            "commit %4; finished before the kill %5\n")
                 .arg(tally.trials - tally.finished)
                 .arg(tally.killedBeforeWriting)
                 .arg(tally.killedMidTransaction)
                 .arg(tally.killedAfterCommit)
                 .arg(tally.finished);
    out() << QStringLiteral("  afterwards: opens and integrity ok, state before %1, state after %2; failures %3\n")
                 .arg(tally.stateBefore)
                 .arg(tally.stateAfter)
                 .arg(tally.failures);
    out().flush();
    return tally.failures == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills baton commands at random moments and checks the workspace."));
    parser.addHelpOption();
    const QCommandLineOption baton(QStringLiteral("baton"), QStringLiteral("The baton executable."), QStringLiteral("PATH"));
    const QCommandLineOption trials(QStringLiteral("trials"), QStringLiteral("Kill trials per operation (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption handoffs(QStringLiteral("handoffs"),
        QStringLiteral("Handoffs in the demo workspace (default 20000)."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption weeks(QStringLiteral("weeks"), QStringLiteral("Weeks of demo data (default 26)."),
        QStringLiteral("N"), QStringLiteral("26"));
    const QCommandLineOption operationOption(QStringLiteral("operation"),
        QStringLiteral("Only this operation (repeatable; default all)."), QStringLiteral("NAME"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the kill moments (default random)."),
        QStringLiteral("N"));
    const QCommandLineOption workOption(QStringLiteral("work"),
        QStringLiteral("Directory for the workspaces (default a temporary one, removed unless a trial failed)."),
        QStringLiteral("DIR"));
    for (const auto &option : { baton, trials, handoffs, weeks, operationOption, seed, workOption })
        parser.addOption(option);
    parser.process(app);
    if (!parser.isSet(baton)) {
        QTextStream(stderr) << "crash_trials: --baton PATH is required\n";
        return 2;
    }
    const QStringList wanted = parser.values(operationOption);
    QList<CrashOperation> operations;
    for (const CrashOperation &operation : crashOperations())
        if (wanted.isEmpty() || wanted.contains(operation.name))
            operations << operation;
    if (operations.isEmpty() || operations.size() < wanted.size()) {
        QTextStream(stderr) << "crash_trials: unknown operation; the operations are:\n";
        for (const CrashOperation &operation : crashOperations())
            QTextStream(stderr) << "  " << operation.name << ": " << operation.description << '\n';
        return 2;
    }
    const quint32 seedValue = parser.isSet(seed) ? parser.value(seed).toUInt() : QRandomGenerator::global()->generate();
    QRandomGenerator random(seedValue);

    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    QDir().mkpath(work);
    const QString demo = QDir(work).filePath(QStringLiteral("demo.baton"));
    removeWorkspace(demo);
    const Run generated = runBaton(parser.value(baton),
        { QStringLiteral("demo"), demo, QStringLiteral("--handoffs"), parser.value(handoffs), QStringLiteral("--weeks"),
            parser.value(weeks) },
        -1);
    if (generated.exitCode != 0) {
        out() << "baton demo failed: " << generated.errors << '\n';
        return 1;
    }
    out() << QStringLiteral("Crash trials (seed %1): SIGKILL at a random moment in [0, 1.2 x the uninterrupted run "
                            "time]; left out of the comparison (wall-clock times of the runs): %2\n")
                 .arg(seedValue)
                 .arg(Ignored.join(QStringLiteral(", ")));
    out().flush();

    bool allPassed = true;
    for (const CrashOperation &operation : std::as_const(operations))
        allPassed = runOperation(operation, parser.value(baton), demo, work, parser.value(trials).toInt(), random)
            && allPassed;
    if (!allPassed && !parser.isSet(workOption)) {
        temporary.setAutoRemove(false);
        out() << "The workspaces are kept in " << work << '\n';
    }
    return allPassed ? 0 : 1;
}
