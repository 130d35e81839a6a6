#include "slafacts.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "slaclock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDriver>

#include <sqlite3.h>

#include <memory>

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

// Reads handoffs in id order a chunk at a time and rewrites their facts. On SQLite it works on the
// connection's own statements with plain integers, several times faster than QSqlQuery over a million
// rows; on any other driver it goes through Qt.
class FactsStore final
{
    Q_DISABLE_COPY_MOVE(FactsStore)
public:
    explicit FactsStore(const QSqlDatabase &db)
        : m_read(db), m_write(db, QString::fromLatin1(WriteSql))
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
    }
    ~FactsStore()
    {
        sqlite3_finalize(m_readStatement);
        sqlite3_finalize(m_writeStatement);
    }

    Result<void> prepare()
    {
        const QString read = QStringLiteral("SELECT %1 FROM handoff WHERE id > ? ORDER BY id LIMIT ?").arg(SelectColumns);
        if (!m_db) {
            m_read.setForwardOnly(true);
            if (!m_read.prepare(read))
                return sqlError(m_read.lastError());
            return m_write.prepare();
        }
        if (sqlite3_prepare_v2(m_db, read.toUtf8().constData(), -1, &m_readStatement, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(m_db, WriteSql, -1, &m_writeStatement, nullptr) != SQLITE_OK)
            return sqliteError();
        return {};
    }

    // Visits up to `limit` handoffs with ids above `afterId`; returns how many.
    Result<int> readChunk(qint64 afterId, int limit, const std::function<void(const Handoff &)> &visit)
    {
        int rows = 0;
        if (!m_db) {
            m_read.bindValue(0, afterId);
            m_read.bindValue(1, limit);
            if (!m_read.exec())
                return sqlError(m_read.lastError());
            while (m_read.next()) {
                visit(readRow(m_read));
                ++rows;
            }
            m_read.finish();
            return rows;
        }
        sqlite3_bind_int64(m_readStatement, 1, afterId);
        sqlite3_bind_int64(m_readStatement, 2, limit);
        const auto column = [this](int i) -> std::optional<qint64> {
            if (sqlite3_column_type(m_readStatement, i) == SQLITE_NULL)
                return std::nullopt;
            return sqlite3_column_int64(m_readStatement, i);
        };
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(m_readStatement)) == SQLITE_ROW) {
            Handoff h;
            h.id = sqlite3_column_int64(m_readStatement, 0);
            h.signalTypeId = column(1).value_or(0);
            h.ownerId = column(2).value_or(0);
            h.teamId = column(3).value_or(0);
            h.handedOffAt = column(4).value_or(0);
            h.assignedAt = column(5);
            h.firstTouchAt = column(6);
            if (const auto target = column(7))
                h.slaTargetMinutes = int(*target);
            h.slaDueAt = column(8);
            h.routingDelaySeconds = column(9);
            h.responseSeconds = column(10);
            h.firstTouchSeconds = column(11);
            visit(h);
            ++rows;
        }
        sqlite3_reset(m_readStatement);
        if (rc != SQLITE_DONE)
            return sqliteError();
        return rows;
    }

    Result<void> write(const Handoff &h)
    {
        const std::optional<qint64> values[] = { h.slaTargetMinutes ? std::optional<qint64>(*h.slaTargetMinutes) : std::nullopt,
            h.slaDueAt, h.routingDelaySeconds, h.responseSeconds, h.firstTouchSeconds, h.id };
        if (!m_db) {
            QVariantList bound;
            for (const auto &value : values)
                bound << variantFrom(value);
            return m_write.run(bound);
        }
        for (int i = 0; i < 6; ++i)
            values[i] ? sqlite3_bind_int64(m_writeStatement, i + 1, *values[i]) : sqlite3_bind_null(m_writeStatement, i + 1);
        const int rc = sqlite3_step(m_writeStatement);
        sqlite3_reset(m_writeStatement);
        if (rc != SQLITE_DONE)
            return sqliteError();
        return {};
    }

private:
    static inline const char *const WriteSql = "UPDATE handoff SET sla_target_minutes = ?, sla_due_at = ?, "
                                               "routing_delay_seconds = ?, response_seconds = ?, first_touch_seconds = ? "
                                               "WHERE id = ?";
    Error sqliteError() const
    {
        return Error::make(sqlite3_errcode(m_db) == SQLITE_BUSY ? Error::Kind::Locked : Error::Kind::General,
            QCoreApplication::translate("baton::SlaFacts", "Recomputing the SLA facts failed: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    QSqlQuery m_read;
    PreparedStatement m_write;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_readStatement = nullptr;
    sqlite3_stmt *m_writeStatement = nullptr;
};

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

Result<bool> SlaFacts::checkAndRecord(Workspace &workspace)
{
    const bool recorded = !workspace.setting(FingerprintSetting).isEmpty();
    auto current = areCurrent(workspace);
    if (!current || !*current || recorded || workspace.isReadOnly())
        return current;
    auto digest = fingerprint(workspace);
    if (!digest)
        return digest.error();
    BATON_TRY(workspace.setSetting(FingerprintSetting, *digest));
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
        FactsStore store(workspace.db());
        BATON_TRY(store.prepare());
        // Read a chunk, then rewrite what changed in it: no statement reads the table while another writes it.
        constexpr int Chunk = 20000;
        qint64 lastId = 0;
        QList<Handoff> changed;
        for (;;) {
            changed.clear();
            auto rows = store.readChunk(lastId, Chunk, [&](const Handoff &stored) {
                Handoff computed = stored;
                clock->apply(computed);
                if (!sameFacts(stored, computed))
                    changed.append(computed);
                lastId = stored.id;
            });
            if (!rows)
                return rows.error();
            for (const Handoff &h : std::as_const(changed))
                BATON_TRY(store.write(h));
            summary.handoffs += *rows;
            summary.changed += changed.size();
            if (progress && !progress(summary.handoffs, total->toLongLong()))
                return fail(tr("Recomputing the SLA facts was cancelled; nothing was changed."), Error::Kind::Cancelled);
            if (*rows < Chunk)
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
