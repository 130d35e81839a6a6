#pragma once

// Route: rule sets and their rules. One rule set is active (it routes new leads); drafts sit beside
// it until they are activated, which archives the previous active set. Every write goes through the
// audited repositories, in one transaction per operation.

#include "route/routingrules.h"

namespace baton {

class Workspace;

namespace RuleSetStatus {
inline const QString Draft = QStringLiteral("draft");
inline const QString Active = QStringLiteral("active");
inline const QString Archived = QStringLiteral("archived");
} // namespace RuleSetStatus

class RuleSetStore final
{
public:
    explicit RuleSetStore(Workspace &workspace) : m_workspace(workspace) { }

    Result<QList<RoutingRuleSet>> ruleSets() const;
    // The active rule set's id, 0 when there is none.
    Result<qint64> activeRuleSetId() const;
    // `ruleSetId` itself, or the active set's id when it is 0; fails when there is no such set.
    Result<qint64> resolve(qint64 ruleSetId) const;
    // The rules of a set in routing order (position, then id), disabled ones included.
    Result<QList<RoutingRule>> rules(qint64 ruleSetId) const;

    // A new draft holding a copy of `copyFrom`'s rules (none when 0); returns the draft's id.
    Result<qint64> createDraft(const QString &name, qint64 copyFrom);
    // Makes a draft the active set; the previous active set is archived.
    Result<void> activate(qint64 ruleSetId);
    // Deletes a draft or archived set with its rules. The active set, and sets whose rules routed handoffs
    // (the handoffs refer to them), cannot be deleted.
    Result<void> remove(qint64 ruleSetId);

private:
    Workspace &m_workspace;
};

} // namespace baton
