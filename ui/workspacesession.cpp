#include "workspacesession.h"

#include "core/workspace.h"
#include "demo/defaultconfiguration.h"

#include <QFile>
#include <QFileInfo>

namespace baton {

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent)
{
    // Every edit changes the data the pages show.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &WorkspaceSession::dataChanged);
}

WorkspaceSession::~WorkspaceSession() = default;

Result<void> WorkspaceSession::open(const QString &path)
{
    auto opened = Workspace::open(path);
    if (!opened)
        return opened.error();
    adopt(std::move(opened.value()));
    return {};
}

Result<void> WorkspaceSession::create(const QString &path)
{
    auto created = Workspace::create(path);
    if (!created)
        return created.error();
    auto configured = applyDefaultConfiguration(**created, QFileInfo(path).completeBaseName());
    if (!configured) {
        created->reset();
        QFile::remove(path);
        return configured.error();
    }
    adopt(std::move(created.value()));
    return {};
}

void WorkspaceSession::adopt(std::unique_ptr<Workspace> workspace)
{
    m_undoStack.clear();
    m_workspace = std::move(workspace);
    emit workspaceChanged();
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    m_undoStack.clear();
    m_workspace.reset();
    emit workspaceChanged();
}

void WorkspaceSession::notifyDataChanged()
{
    emit dataChanged();
}

} // namespace baton
