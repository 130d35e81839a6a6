#pragma once

// An undoable edit made of two model calls, for edits that must go through a model service rather than a
// plain repository (the contract: ContractService enforces that signed versions never change). Like
// EntityCommand, a step that fails reports its message and drops the command from the stack.

#include "core/result.h"

#include <QUndoCommand>

#include <functional>

namespace baton {

class Workspace;
class WorkspaceSession;

class FunctionCommand final : public QUndoCommand
{
public:
    using Step = std::function<Result<void>(Workspace &workspace)>;

    FunctionCommand(WorkspaceSession *session, const QString &text, Step redo, Step undo);

    // After a successful redo, drop the command from the stack: what it did cannot be taken back (a
    // signature that activated a contract version).
    void setFinalAfterRedo(std::function<bool()> isFinal) { m_isFinal = std::move(isFinal); }

    void redo() override;
    void undo() override;

private:
    void run(const Step &step);

    WorkspaceSession *m_session;
    Step m_redo;
    Step m_undo;
    std::function<bool()> m_isFinal;
};

} // namespace baton
