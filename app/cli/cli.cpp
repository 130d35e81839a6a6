#include "cli.h"

#include "core/workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

QString usage()
{
    QString text = tr("Usage: baton [WORKSPACE.baton]          open the window\n"
                      "       baton COMMAND [options]          run a headless command\n\n"
                      "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(12), command.summary);
    text += tr("\nOptions:\n"
               "  --help, -h       show this help; `baton COMMAND --help` shows a command's options\n"
               "  --version, -v    show Baton's version\n\n"
               "Exit codes: 0 success, 1 the operation failed, 2 the command line was wrong.\n");
    return text;
}

QString versionText()
{
    return QStringLiteral("Baton %1 (Qt %2)").arg(QStringLiteral(BATON_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace

void printText(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    if (!text.endsWith(QLatin1Char('\n')))
        out << '\n';
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream out(stdout);
    out << document.toJson(QJsonDocument::Indented);
}

int fail(const QString &message, ExitCode code)
{
    QTextStream err(stderr);
    err << "baton: " << message << '\n';
    return code;
}

void reportUpgrade(const Workspace &workspace)
{
    if (workspace.migrationBackupPath().isEmpty())
        return;
    QTextStream err(stderr);
    err << "baton: "
        << tr("upgraded %1 to schema version %2; the previous version was saved as %3")
               .arg(workspace.path())
               .arg(workspace.schemaVersion())
               .arg(workspace.migrationBackupPath())
        << '\n';
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int *exitCode)
{
    parser.setApplicationDescription(command);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText() + QStringLiteral("\n\n") + parser.helpText(), UsageError);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("baton ") + command);
        printText(text);
        *exitCode = Success;
        return false;
    }
    return true;
}

bool isCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") || first == QStringLiteral("--version")
        || first == QStringLiteral("-v") || first == QStringLiteral("help"))
        return true;
    for (const Command &command : commands())
        if (command.name == first)
            return true;
    return false;
}

int run(int argc, char **argv)
{
    const QString first = QString::fromLocal8Bit(argv[1]);
    const QList<Command> all = commands();
    const Command *command = nullptr;
    for (const Command &candidate : all)
        if (candidate.name == first)
            command = &candidate;

    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        // Headless jobs that paint (PDF, charts) still need a QApplication; without a display use offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        printText(versionText());
        return Success;
    }
    if (!command) {
        printText(usage());
        return Success;
    }
    QStringList arguments = app->arguments();
    arguments.removeAt(1); // the command name; argument 0 stays the program
    return command->run(arguments);
}

} // namespace baton::cli
