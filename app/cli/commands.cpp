#include "commands.h"

namespace baton::cli {

QList<Command> commands()
{
    QList<Command> all;
    all << workspaceCommands();
    all << slaCommands();
    all << routeCommands();
    all << validateCommands();
    all << kpiCommands();
    all << settingsCommands();
    all << governCommands();
    all << importCommands();
    return all;
}

} // namespace baton::cli
