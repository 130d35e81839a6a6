#include "commands.h"

namespace baton::cli {

QList<Command> commands()
{
    QList<Command> all;
    all << workspaceCommands();
    all << slaCommands();
    all << settingsCommands();
    return all;
}

} // namespace baton::cli
