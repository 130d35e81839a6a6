#include "settings.h"

#include <QFileInfo>

namespace baton::Settings {

void addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces().get();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    recentWorkspaces().set(recent);
}

void removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces().get();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recentWorkspaces().set(recent);
}

} // namespace baton::Settings
