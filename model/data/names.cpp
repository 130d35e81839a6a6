#include "names.h"

#include "core/sql.h"
#include "core/workspace.h"

namespace baton {

Result<NameLookup> NameLookup::load(Workspace &workspace)
{
    NameLookup names;
    const std::pair<QHash<qint64, QString> *, const char *> sources[] = {
        { &names.signalTypes, "SELECT id, name FROM signal_type" },
        { &names.owners, "SELECT id, name FROM owner" },
        { &names.teams, "SELECT id, name FROM team" },
        { &names.territories, "SELECT id, name FROM territory" },
        { &names.segments, "SELECT id, name FROM segment" },
        { &names.industries, "SELECT id, name FROM industry" },
        { &names.reasons, "SELECT id, name FROM rejection_reason" },
        { &names.stages, "SELECT id, name FROM lifecycle_stage" },
        { &names.rules, "SELECT id, name FROM routing_rule" },
        { &names.accounts, "SELECT id, name FROM account" },
    };
    for (const auto &[target, sql] : sources) {
        auto query = execSql(workspace.db(), QString::fromLatin1(sql));
        if (!query)
            return query.error();
        while (query->next())
            target->insert(query->value(0).toLongLong(), query->value(1).toString());
    }
    return names;
}

} // namespace baton
