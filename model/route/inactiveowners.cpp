#include "inactiveowners.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "route/ownerroster.h"

#include <QCoreApplication>

namespace baton {

namespace {

// "?,?,?" for a list of bound values.
QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(u',');
}

QVariantList variants(const QList<qint64> &ids)
{
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    return values;
}

Result<QMap<qint64, qint64>> countByOwner(Workspace &workspace, const QString &sqlWithMarks, const QList<qint64> &owners)
{
    QMap<qint64, qint64> counts;
    if (owners.isEmpty())
        return counts;
    auto query = execSql(workspace.db(), sqlWithMarks.arg(marks(owners.size())), variants(owners));
    if (!query)
        return query.error();
    while (query->next())
        counts.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return counts;
}

} // namespace

qint64 InactiveOwnerFlags::accounts() const
{
    qint64 total = 0;
    for (qint64 count : accountsByOwner)
        total += count;
    return total;
}

qint64 InactiveOwnerFlags::openHandoffs() const
{
    qint64 total = 0;
    for (qint64 count : openHandoffsByOwner)
        total += count;
    return total;
}

HandoffFilter InactiveOwnerFlags::openHandoffsFilter() const
{
    HandoffFilter filter;
    filter.owners = inactiveOwners + awayOwners;
    if (filter.owners.isEmpty())
        filter.owners << -1; // nobody: select nothing rather than everything
    filter.outcomes = { Outcome::Open };
    filter.description = QCoreApplication::translate("baton::InactiveOwners", "Open handoffs of owners who are not there");
    return filter;
}

Result<InactiveOwnerFlags> InactiveOwners::find(Workspace &workspace, const CoverageModel &model, const QDate &day)
{
    InactiveOwnerFlags flags;
    flags.day = day;
    const OwnerRoster roster(model);
    for (const Owner &owner : model.owners) {
        if (!owner.isActiveOn(day))
            flags.inactiveOwners << owner.id;
        else if (!roster.isAvailable(roster.indexOf(owner.id), day))
            flags.awayOwners << owner.id;
    }
    auto accounts = countByOwner(workspace,
        QStringLiteral("SELECT owner_id, count(*) FROM account WHERE owner_id IN (%1) GROUP BY owner_id"), flags.inactiveOwners);
    if (!accounts)
        return accounts.error();
    flags.accountsByOwner = *accounts;
    auto open = countByOwner(workspace,
        QStringLiteral("SELECT owner_id, count(*) FROM handoff WHERE outcome = 'open' AND owner_id IN (%1) GROUP BY owner_id"),
        flags.inactiveOwners + flags.awayOwners);
    if (!open)
        return open.error();
    flags.openHandoffsByOwner = *open;

    LocalDays days(HandoffRepository(workspace).reportingZone());
    for (const Owner &owner : model.owners) {
        if (!owner.activeUntil.isValid())
            continue;
        auto after = scalar(workspace.db(),
            QStringLiteral("SELECT count(*) FROM handoff WHERE owner_id = ? AND handed_off_at >= ?"),
            { owner.id, days.startOf(owner.activeUntil.addDays(1)) });
        if (!after)
            return after.error();
        flags.assignedAfterLeaving += after->toLongLong();
    }
    return flags;
}

} // namespace baton
