#pragma once

// Undoable operations on whole rule sets: a new draft copied from another set, and deleting a set
// with its rules. Both go through RuleSetStore (audited, one transaction); undo and redo restore the
// rows with their ids, so later commands that refer to them keep working.

#include "route/routingrules.h"

#include <QUndoCommand>

namespace baton {

class WorkspaceSession;

class CreateDraftCommand final : public QUndoCommand
{
public:
    CreateDraftCommand(WorkspaceSession *session, const QString &name, qint64 copyFrom);
    qint64 ruleSetId() const { return m_set.id; }
    void redo() override;
    void undo() override;

private:
    WorkspaceSession *m_session;
    QString m_name;
    qint64 m_copyFrom;
    RoutingRuleSet m_set;
    QList<RoutingRule> m_rules;
};

class DeleteRuleSetCommand final : public QUndoCommand
{
public:
    DeleteRuleSetCommand(WorkspaceSession *session, const RoutingRuleSet &set, const QList<RoutingRule> &rules);
    void redo() override;
    void undo() override;

private:
    WorkspaceSession *m_session;
    RoutingRuleSet m_set;
    QList<RoutingRule> m_rules;
};

} // namespace baton
