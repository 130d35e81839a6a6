#include "rulesetcommands.h"

#include "core/workspace.h"
#include "route/rulesetstore.h"
#include "workspacesession.h"

#include <QCoreApplication>

namespace baton {

namespace {

// Puts a deleted set and its rules back with their ids.
Result<void> restoreSet(Workspace &workspace, RoutingRuleSet set, QList<RoutingRule> rules)
{
    return workspace.transaction([&]() -> Result<void> {
        BATON_TRY(Repository<RoutingRuleSet>(workspace).restore(set));
        Repository<RoutingRule> repository(workspace);
        for (RoutingRule &rule : rules)
            BATON_TRY(repository.restore(rule));
        return {};
    });
}

void report(QUndoCommand *command, WorkspaceSession *session, const Result<void> &outcome)
{
    if (outcome)
        return;
    command->setObsolete(true);
    emit session->errorReported(outcome.errorMessage());
}

} // namespace

CreateDraftCommand::CreateDraftCommand(WorkspaceSession *session, const QString &name, qint64 copyFrom)
    : m_session(session), m_name(name), m_copyFrom(copyFrom)
{
    setText(QCoreApplication::translate("baton::RuleSetCommands", "New draft rule set"));
}

void CreateDraftCommand::redo()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        setObsolete(true);
        return;
    }
    if (m_set.id) {
        report(this, m_session, restoreSet(*workspace, m_set, m_rules));
        return;
    }
    RuleSetStore store(*workspace);
    auto id = store.createDraft(m_name, m_copyFrom);
    if (!id) {
        report(this, m_session, id.error());
        return;
    }
    auto set = Repository<RoutingRuleSet>(*workspace).get(*id);
    auto rules = store.rules(*id);
    if (set && rules) {
        m_set = *set;
        m_rules = *rules;
    }
}

void CreateDraftCommand::undo()
{
    if (Workspace *workspace = m_session->workspace(); workspace && m_set.id)
        report(this, m_session, RuleSetStore(*workspace).remove(m_set.id));
}

DeleteRuleSetCommand::DeleteRuleSetCommand(WorkspaceSession *session, const RoutingRuleSet &set, const QList<RoutingRule> &rules)
    : m_session(session), m_set(set), m_rules(rules)
{
    setText(QCoreApplication::translate("baton::RuleSetCommands", "Delete rule set %1").arg(set.name));
}

void DeleteRuleSetCommand::redo()
{
    if (Workspace *workspace = m_session->workspace())
        report(this, m_session, RuleSetStore(*workspace).remove(m_set.id));
}

void DeleteRuleSetCommand::undo()
{
    if (Workspace *workspace = m_session->workspace())
        report(this, m_session, restoreSet(*workspace, m_set, m_rules));
}

} // namespace baton
