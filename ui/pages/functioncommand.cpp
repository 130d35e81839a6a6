#include "functioncommand.h"

#include "workspacesession.h"

namespace baton {

FunctionCommand::FunctionCommand(WorkspaceSession *session, const QString &text, Step redo, Step undo)
    : m_session(session), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

void FunctionCommand::run(const Step &step)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        setObsolete(true);
        return;
    }
    const Result<void> outcome = step(*workspace);
    if (!outcome) {
        setObsolete(true);
        emit m_session->errorReported(outcome.errorMessage());
    }
}

void FunctionCommand::redo()
{
    run(m_redo);
    if (!isObsolete() && m_isFinal && m_isFinal())
        setObsolete(true);
}

void FunctionCommand::undo()
{
    run(m_undo);
}

} // namespace baton
