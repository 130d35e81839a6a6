#pragma once

// Each group of commands lives in its own file and is listed in commands.cpp.

#include "cli.h"

namespace baton::cli {

QList<Command> workspaceCommands();
QList<Command> slaCommands();
QList<Command> routeCommands();
QList<Command> validateCommands();
QList<Command> kpiCommands();
QList<Command> settingsCommands();
QList<Command> governCommands();
QList<Command> importCommands();

} // namespace baton::cli
