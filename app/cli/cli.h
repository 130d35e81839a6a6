#pragma once

// Baton's command line: `baton COMMAND [options]`, for automation and headless jobs.
// Every command that reports takes --json; errors go to stderr with a non-zero exit code:
// 1 when the operation failed, 2 when the command line itself was wrong.

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace baton {
class Workspace;
}

namespace baton::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Command
{
    QString name;
    QString summary;
    // Needs a QApplication (painting, charts); it is created offscreen when there is no display.
    bool needsGui = false;
    // Receives the arguments after the command name, with the program name first (as QCommandLineParser expects).
    std::function<int(const QStringList &arguments)> run;
};

// The registered commands, in the order `baton --help` lists them.
QList<Command> commands();

// True when argv asks for the command line rather than the window.
bool isCommandLine(int argc, char **argv);
int run(int argc, char **argv);

// Output helpers shared by the commands.
void printText(const QString &text);
void printJson(const QJsonValue &value);
int fail(const QString &message, ExitCode code = Failure);
// After opening a workspace for writing: when the open upgraded its schema, says on stderr where the backup of
// the previous version went (the window says it in its status bar).
void reportUpgrade(const Workspace &workspace);

// Parses `arguments` for `command`; on error prints usage and returns false with *exitCode set.
// With --help it prints the help and returns false with exitCode Success.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode);

} // namespace baton::cli
