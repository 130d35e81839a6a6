// baton set: changes one workspace setting (name, time_zone, currency, as_of), validated and audited,
// with whatever derives from it rewritten in the same transaction (WorkspaceSettings in model/core).

#include "cli.h"
#include "commands.h"

#include "core/workspace.h"
#include "core/workspacesettings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace baton::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::cli", text);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

int runSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString keys;
    for (const QString &key : WorkspaceSettings::keys())
        keys += QStringLiteral("\n  %1: %2").arg(key, WorkspaceSettings::describe(key));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("The setting:") + keys);
    parser.addPositionalArgument(QStringLiteral("VALUE"), tr("Its new value."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOption(json);
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("set"), arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return fail(tr("set takes FILE, KEY and VALUE.\n\n") + parser.helpText(), UsageError);
    const QString &key = positional.at(1);
    // A wrong key or value is a wrong command line: say so before touching the file.
    auto normalized = WorkspaceSettings::normalize(key, positional.at(2));
    if (!normalized)
        return fail(normalized.errorMessage(), UsageError);

    auto workspace = Workspace::open(positional.at(0));
    if (!workspace)
        return fail(workspace.errorMessage());
    reportUpgrade(**workspace);
    auto change = WorkspaceSettings::set(**workspace, key, *normalized);
    if (!change)
        return fail(change.errorMessage());
    if (parser.isSet(json)) {
        QJsonObject object { { "key", change->key }, { "old_value", nullIfEmpty(change->oldValue) },
            { "new_value", nullIfEmpty(change->newValue) }, { "changed", change->oldValue != change->newValue } };
        if (key == WorkspaceSettings::TimeZone)
            object.insert(QStringLiteral("weeks_rewritten"), change->weeksChanged);
        printJson(object);
        return Success;
    }
    if (change->oldValue == change->newValue)
        printText(tr("%1 is already %2; nothing changed.").arg(key, change->newValue));
    else if (key == WorkspaceSettings::TimeZone)
        printText(tr("Set %1 to %2 (was %3); the week of %4 of %5 handoffs changed.")
                      .arg(key, change->newValue, change->oldValue.isEmpty() ? tr("unset") : change->oldValue)
                      .arg(change->weeksChanged)
                      .arg(change->handoffs));
    else
        printText(tr("Set %1 to %2 (was %3).")
                      .arg(key, change->newValue.isEmpty() ? tr("unset") : change->newValue,
                          change->oldValue.isEmpty() ? tr("unset") : change->oldValue));
    return Success;
}

} // namespace

QList<Command> settingsCommands()
{
    return {
        { QStringLiteral("set"), tr("change a workspace setting: name, time_zone, currency or as_of"), false, runSet },
    };
}

} // namespace baton::cli
