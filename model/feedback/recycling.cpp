#include "recycling.h"

#include "core/repository.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "feedback.h"

#include <QCoreApplication>
#include <QHash>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::RecyclingReport", text);
}

} // namespace

void RecycleOutcome::add(const RecycleOutcome &o)
{
    rejected += o.rejected;
    cameBack += o.cameBack;
    acceptedThen += o.acceptedThen;
    convertedThen += o.convertedThen;
    wonThen += o.wonThen;
}

Result<RecyclingReport> RecyclingReport::compute(Workspace &workspace, const HandoffFilter &period)
{
    auto reasons = Repository<RejectionReason>(workspace).list();
    if (!reasons)
        return reasons.error();
    auto plays = Repository<RecyclePlay>(workspace).list();
    if (!plays)
        return plays.error();

    // One pass over the rejected handoffs of the period, each joined to what its comebacks did: the
    // comebacks are found through the partial index on recycled_from_id (migration 003).
    QVariantList values;
    HandoffFilter rejected = period;
    QString condition = rejected.whereClause(&values, QStringLiteral("h"));
    condition = QStringLiteral("h.rejected_at IS NOT NULL") + (condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition);
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT ifnull(h.rejection_reason_id, 0), count(*), count(back.origin), ifnull(sum(back.accepted), 0), "
                       "ifnull(sum(back.converted), 0), ifnull(sum(back.won), 0) FROM handoff h "
                       "LEFT JOIN (SELECT recycled_from_id AS origin, max(accepted_at IS NOT NULL) AS accepted, "
                       "max(opportunity_at IS NOT NULL) AS converted, max(outcome = 'won') AS won FROM handoff "
                       "WHERE recycled_from_id IS NOT NULL GROUP BY recycled_from_id) back ON back.origin = h.id "
                       "WHERE %1 GROUP BY 1")
            .arg(condition),
        values);
    if (!query)
        return query.error();
    QHash<qint64, RecycleOutcome> byReason;
    while (query->next())
        byReason.insert(query->value(0).toLongLong(),
            { query->value(1).toLongLong(), query->value(2).toLongLong(), query->value(3).toLongLong(),
                query->value(4).toLongLong(), query->value(5).toLongLong() });

    RecyclingReport report;
    QHash<qint64, const RecyclePlay *> playById;
    for (const RecyclePlay &play : std::as_const(*plays)) {
        playById.insert(play.id, &play);
        report.plays << PlayRecycling { play.id, play.name, play.kind, play.reentryDays, {}, {} };
    }
    report.plays << PlayRecycling { 0, tr("(nowhere)"), QString(), 0, {}, {} };
    const auto playRow = [&](qint64 playId) -> PlayRecycling & {
        for (PlayRecycling &row : report.plays)
            if (row.playId == playId)
                return row;
        return report.plays.last();
    };
    for (const RejectionReason &reason : std::as_const(*reasons)) {
        ReasonRecycling row;
        row.reasonId = reason.id;
        row.reason = reason.name;
        row.active = reason.active;
        if (const RecyclePlay *play = playById.value(reason.recyclePlayId)) {
            row.playId = play->id;
            row.play = play->name;
            row.playKind = play->kind;
            row.reentryDays = play->reentryDays;
        } else {
            report.gaps << reason.name;
        }
        row.outcome = byReason.value(reason.id);
        report.reasons << row;
        PlayRecycling &play = playRow(row.playId);
        play.reasons << reason.id;
        play.outcome.add(row.outcome);
        report.total.add(row.outcome);
    }
    ReasonRecycling none;
    none.reason = tr("(no reason)");
    none.outcome = byReason.value(0);
    report.reasons << none;
    playRow(0).outcome.add(none.outcome);
    report.total.add(none.outcome);
    // Reasons deleted since their rejections were recorded still count, as "nowhere".
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
        bool known = it.key() == 0;
        for (const RejectionReason &reason : std::as_const(*reasons))
            known = known || reason.id == it.key();
        if (!known) {
            playRow(0).outcome.add(it.value());
            report.total.add(it.value());
        }
    }
    return report;
}

Result<qint64> RecyclingReport::rejectionsWith(Workspace &workspace, qint64 reasonId)
{
    auto count = scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM handoff WHERE rejection_reason_id = ?"), { reasonId });
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace baton
