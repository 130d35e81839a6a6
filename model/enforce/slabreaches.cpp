#include "slabreaches.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/names.h"
#include "escalation.h"
#include "slaclock.h"
#include "slasql.h"

#include <algorithm>

namespace baton {

Result<QList<OpenSlaClock>> SlaBreaches::open(Workspace &workspace, qint64 asOf, const HandoffFilter &filter, bool includeRunning)
{
    auto clock = SlaClock::load(workspace);
    if (!clock)
        return clock.error();
    auto ladders = EscalationLadders::load(workspace);
    if (!ladders)
        return ladders.error();
    auto names = NameLookup::load(workspace);
    if (!names)
        return names.error();

    QVariantList values;
    QString where = includeRunning ? QStringLiteral("(handoff.first_touch_at IS NULL AND handoff.sla_due_at IS NOT NULL "
                                                    "AND handoff.handed_off_at <= %1)")
                                         .arg(asOf)
                                   : SlaSql::breaching(asOf);
    const QString narrowed = filter.whereClause(&values);
    if (!narrowed.isEmpty())
        where += QStringLiteral(" AND ") + narrowed;
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT id, lead_ref, email, company, signal_type_id, owner_id, team_id, outcome, week, handed_off_at, "
                       "sla_due_at, sla_target_minutes FROM handoff WHERE %1")
            .arg(where),
        values);
    if (!query)
        return query.error();
    QList<OpenSlaClock> clocks;
    while (query->next()) {
        OpenSlaClock c;
        c.handoffId = query->value(0).toLongLong();
        c.company = query->value(3).toString();
        for (int i : { 1, 2, 3 })
            if (c.lead.isEmpty())
                c.lead = query->value(i).toString();
        if (c.lead.isEmpty())
            c.lead = QStringLiteral("#%1").arg(c.handoffId);
        c.signalTypeId = query->value(4).toLongLong();
        c.ownerId = query->value(5).toLongLong();
        c.teamId = query->value(6).toLongLong();
        c.signalType = names->signalTypes.value(c.signalTypeId);
        c.owner = names->owners.value(c.ownerId);
        c.team = names->teams.value(c.teamId);
        c.outcome = query->value(7).toString();
        c.week = query->value(8).toInt();
        c.handedOffAt = query->value(9).toLongLong();
        c.dueAt = query->value(10).toLongLong();
        c.targetMinutes = query->value(11).toInt();
        c.breaching = c.dueAt <= asOf;
        c.elapsedSeconds = clock->clockFor(c.signalTypeId, c.ownerId, c.teamId).secondsBetween(c.handedOffAt, asOf);
        const qint64 target = qint64(c.targetMinutes) * 60;
        c.elapsedPercent = target > 0 ? 100.0 * double(c.elapsedSeconds) / double(target) : 0.0;
        const EscalationReached reached = ladders->reached(c.signalTypeId, c.elapsedSeconds, target);
        c.step = reached.step;
        c.steps = reached.steps;
        c.action = reached.action;
        clocks << c;
    }
    std::sort(clocks.begin(), clocks.end(), [](const OpenSlaClock &a, const OpenSlaClock &b) {
        return a.elapsedPercent != b.elapsedPercent ? a.elapsedPercent > b.elapsedPercent : a.handoffId < b.handoffId;
    });
    return clocks;
}

} // namespace baton
