#include "slafacts.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "slaclock.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::SlaFacts", text);
}

// The columns a recompute reads: what the clock needs, then the facts it may rewrite.
const QString SelectColumns = QStringLiteral(
    "id, signal_type_id, owner_id, team_id, handed_off_at, assigned_at, first_touch_at, "
    "sla_target_minutes, sla_due_at, routing_delay_seconds, response_seconds, first_touch_seconds");

std::optional<qint64> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant variantFrom(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

// Reads one row of SelectColumns into a handoff with the facts as stored.
Handoff readRow(const QSqlQuery &query)
{
    Handoff h;
    h.id = query.value(0).toLongLong();
    h.signalTypeId = query.value(1).toLongLong();
    h.ownerId = query.value(2).toLongLong();
    h.teamId = query.value(3).toLongLong();
    h.handedOffAt = query.value(4).toLongLong();
    h.assignedAt = optionalFrom(query.value(5));
    h.firstTouchAt = optionalFrom(query.value(6));
    if (!query.value(7).isNull())
        h.slaTargetMinutes = query.value(7).toInt();
    h.slaDueAt = optionalFrom(query.value(8));
    h.routingDelaySeconds = optionalFrom(query.value(9));
    h.responseSeconds = optionalFrom(query.value(10));
    h.firstTouchSeconds = optionalFrom(query.value(11));
    return h;
}

bool sameFacts(const Handoff &a, const Handoff &b)
{
    return a.slaTargetMinutes == b.slaTargetMinutes && a.slaDueAt == b.slaDueAt
        && a.routingDelaySeconds == b.routingDelaySeconds && a.responseSeconds == b.responseSeconds
        && a.firstTouchSeconds == b.firstTouchSeconds;
}

} // namespace

Result<QString> SlaFacts::fingerprint(Workspace &workspace)
{
    // Fixed order everywhere, so that the same configuration always gives the same digest.
    const char *const sources[] = {
        "SELECT 'policy', signal_type_id, target_minutes, calendar_source, calendar_id FROM sla_policy "
        "ORDER BY signal_type_id",
        "SELECT 'calendar', id, time_zone FROM business_calendar ORDER BY id",
        "SELECT 'hours', calendar_id, weekday, start_minute, end_minute FROM calendar_hours "
        "ORDER BY calendar_id, weekday, start_minute, end_minute",
        "SELECT 'holiday', calendar_id, day FROM calendar_holiday ORDER BY calendar_id, day",
        "SELECT 'owner', id, calendar_id FROM owner WHERE calendar_id IS NOT NULL ORDER BY id",
        "SELECT 'team', id, calendar_id FROM team WHERE calendar_id IS NOT NULL ORDER BY id",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : sources) {
        auto query = execSql(workspace.db(), QString::fromLatin1(sql));
        if (!query)
            return query.error();
        const int columns = QString::fromLatin1(sql).section(QStringLiteral(" FROM "), 0, 0).count(u',') + 1;
        while (query->next()) {
            for (int i = 0; i < columns; ++i)
                hash.addData((query->value(i).isNull() ? QStringLiteral("-") : query->value(i).toString()).toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return QStringLiteral("v1:") + QString::fromLatin1(hash.result().toHex());
}

Result<bool> SlaFacts::areCurrent(Workspace &workspace, int sample)
{
    auto current = fingerprint(workspace);
    if (!current)
        return current.error();
    const QString stored = workspace.setting(FingerprintSetting);
    if (!stored.isEmpty())
        return stored == *current;
    auto count = scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM handoff"));
    if (!count)
        return count.error();
    if (count->toLongLong() == 0)
        return true;
    auto clock = SlaClock::load(workspace);
    if (!clock)
        return clock.error();
    // Every k-th handoff by id, so the sample spans the whole history.
    const qint64 every = std::max<qint64>(1, count->toLongLong() / std::max(1, sample));
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT %1 FROM handoff WHERE id % ? = 0 ORDER BY id LIMIT ?").arg(SelectColumns),
        { every, sample });
    if (!query)
        return query.error();
    while (query->next()) {
        const Handoff stored = readRow(*query);
        Handoff computed = stored;
        clock->apply(computed);
        if (!sameFacts(stored, computed))
            return false;
    }
    return true;
}

Result<SlaRecomputeSummary> SlaFacts::recompute(Workspace &workspace, const std::function<bool(qint64, qint64)> &progress)
{
    if (workspace.isReadOnly())
        return fail(tr("The workspace is open read-only, so its SLA facts cannot be recomputed."), Error::Kind::ReadOnly);
    SlaRecomputeSummary summary;
    auto done = workspace.transaction([&]() -> Result<void> {
        auto clock = SlaClock::load(workspace);
        if (!clock)
            return clock.error();
        auto total = scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM handoff"));
        if (!total)
            return total.error();
        PreparedStatement update(workspace.db(),
            QStringLiteral("UPDATE handoff SET sla_target_minutes = ?, sla_due_at = ?, routing_delay_seconds = ?, "
                           "response_seconds = ?, first_touch_seconds = ? WHERE id = ?"));
        BATON_TRY(update.prepare());
        QSqlQuery read(workspace.db());
        read.setForwardOnly(true);
        if (!read.prepare(QStringLiteral("SELECT %1 FROM handoff WHERE id > ? ORDER BY id LIMIT ?").arg(SelectColumns)))
            return sqlError(read.lastError());
        // Read a chunk, then rewrite what changed in it: no statement reads the table while another writes it.
        constexpr int Chunk = 20000;
        qint64 lastId = 0;
        QList<Handoff> changed;
        for (;;) {
            read.bindValue(0, lastId);
            read.bindValue(1, Chunk);
            if (!read.exec())
                return sqlError(read.lastError());
            int rows = 0;
            changed.clear();
            while (read.next()) {
                const Handoff stored = readRow(read);
                Handoff computed = stored;
                clock->apply(computed);
                if (!sameFacts(stored, computed))
                    changed.append(computed);
                lastId = stored.id;
                ++rows;
            }
            read.finish();
            for (const Handoff &h : std::as_const(changed))
                BATON_TRY(update.run({ h.slaTargetMinutes ? QVariant(*h.slaTargetMinutes) : QVariant(QMetaType(QMetaType::Int)),
                    variantFrom(h.slaDueAt), variantFrom(h.routingDelaySeconds), variantFrom(h.responseSeconds),
                    variantFrom(h.firstTouchSeconds), h.id }));
            summary.handoffs += rows;
            summary.changed += changed.size();
            if (progress && !progress(summary.handoffs, total->toLongLong()))
                return fail(tr("Recomputing the SLA facts was cancelled; nothing was changed."), Error::Kind::Cancelled);
            if (rows < Chunk)
                break;
        }
        auto digest = fingerprint(workspace);
        if (!digest)
            return digest.error();
        return workspace.setSetting(FingerprintSetting, *digest);
    });
    if (!done)
        return done.error();
    return summary;
}

} // namespace baton
