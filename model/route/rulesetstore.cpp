#include "rulesetstore.h"

#include "core/sql.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::RuleSetStore", text);
}

} // namespace

Result<QList<RoutingRuleSet>> RuleSetStore::ruleSets() const
{
    return Repository<RoutingRuleSet>(m_workspace).list();
}

Result<qint64> RuleSetStore::activeRuleSetId() const
{
    auto active = Repository<RoutingRuleSet>(m_workspace).list(QStringLiteral("status = ?"), { RuleSetStatus::Active });
    if (!active)
        return active.error();
    return active->isEmpty() ? qint64(0) : active->first().id;
}

Result<qint64> RuleSetStore::resolve(qint64 ruleSetId) const
{
    if (ruleSetId == 0) {
        auto active = activeRuleSetId();
        if (!active)
            return active.error();
        if (*active == 0)
            return fail(tr("This workspace has no active rule set; activate one on the Routing rules page."),
                Error::Kind::NotFound);
        return *active;
    }
    auto set = Repository<RoutingRuleSet>(m_workspace).get(ruleSetId);
    if (!set)
        return fail(tr("There is no rule set %1; `baton coverage FILE --json` lists them.").arg(ruleSetId),
            Error::Kind::NotFound);
    return ruleSetId;
}

Result<QList<RoutingRule>> RuleSetStore::rules(qint64 ruleSetId) const
{
    return Repository<RoutingRule>(m_workspace).list(QStringLiteral("rule_set_id = ?"), { ruleSetId });
}

Result<qint64> RuleSetStore::createDraft(const QString &name, qint64 copyFrom)
{
    qint64 id = 0;
    BATON_TRY(m_workspace.transaction([&]() -> Result<void> {
        RoutingRuleSet draft;
        draft.name = name.trimmed().isEmpty() ? tr("Draft") : name.trimmed();
        draft.status = RuleSetStatus::Draft;
        draft.createdAt = QDateTime::currentDateTimeUtc();
        auto added = Repository<RoutingRuleSet>(m_workspace).add(draft);
        if (!added)
            return added.error();
        id = draft.id;
        if (copyFrom == 0)
            return {};
        auto source = rules(copyFrom);
        if (!source)
            return source.error();
        Repository<RoutingRule> repository(m_workspace);
        for (RoutingRule rule : *source) {
            rule.ruleSetId = id;
            BATON_TRY(repository.add(rule));
        }
        return {};
    }));
    return id;
}

Result<void> RuleSetStore::activate(qint64 ruleSetId)
{
    return m_workspace.transaction([&]() -> Result<void> {
        Repository<RoutingRuleSet> sets(m_workspace);
        auto target = sets.get(ruleSetId);
        if (!target)
            return target.error();
        if (target->status == RuleSetStatus::Active)
            return {};
        auto all = sets.list(QStringLiteral("status = ?"), { RuleSetStatus::Active });
        if (!all)
            return all.error();
        // Archive first: at most one set may be active at any moment (unique index).
        for (RoutingRuleSet active : *all) {
            active.status = RuleSetStatus::Archived;
            BATON_TRY(sets.update(active));
        }
        target->status = RuleSetStatus::Active;
        target->activatedAt = QDateTime::currentDateTimeUtc();
        BATON_TRY(sets.update(*target));
        return {};
    });
}

Result<void> RuleSetStore::remove(qint64 ruleSetId)
{
    return m_workspace.transaction([&]() -> Result<void> {
        Repository<RoutingRuleSet> sets(m_workspace);
        auto target = sets.get(ruleSetId);
        if (!target)
            return target.error();
        if (target->status == RuleSetStatus::Active)
            return fail(tr("The active rule set cannot be deleted; activate another set first."), Error::Kind::Invalid);
        auto routed = scalar(m_workspace.db(),
            QStringLiteral("SELECT count(*) FROM handoff h JOIN routing_rule r ON r.id = h.routing_rule_id WHERE r.rule_set_id = ?"),
            { ruleSetId });
        if (!routed)
            return routed.error();
        if (routed->toLongLong() > 0)
            return fail(tr("Handoffs were routed by these rules (%1 of them) and refer to them, so the rule set stays as history.")
                            .arg(routed->toLongLong()),
                Error::Kind::Invalid);
        auto members = rules(ruleSetId);
        if (!members)
            return members.error();
        // Rules one by one, so that the audit log records each of them.
        Repository<RoutingRule> repository(m_workspace);
        for (const RoutingRule &rule : *members)
            BATON_TRY(repository.remove(rule));
        return sets.remove(*target);
    });
}

} // namespace baton
