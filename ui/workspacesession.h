#pragma once

// The workspace the window is showing, shared by every page: opening and closing it, the undo
// stack of configuration edits, and the signals that tell pages to reload.

#include "core/result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace baton {

class Workspace;

class WorkspaceSession final : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace *workspace() const { return m_workspace.get(); }
    bool isOpen() const { return m_workspace != nullptr; }
    QUndoStack *undoStack() { return &m_undoStack; }

    Result<void> open(const QString &path);
    // Creates a workspace with the default configuration and opens it.
    Result<void> create(const QString &path);
    // Takes over a workspace opened elsewhere (for tests and the demo generator).
    void adopt(std::unique_ptr<Workspace> workspace);
    void close();

    // Call after something changed the data outside the undo stack (an import, say).
    void notifyDataChanged();

signals:
    void workspaceChanged();
    void dataChanged();
    // An edit or a background job failed; the main window shows the message.
    void errorReported(const QString &message);

private:
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack m_undoStack;
};

} // namespace baton
