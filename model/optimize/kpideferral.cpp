#include "kpideferral.h"

#include "core/bulkstatement.h"
#include "core/rowcursor.h"
#include "core/sql.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace baton {

namespace {

// What one deferred handoff adds to a cube, per handoff as the insert trigger of 004_kpi_cube.sql computes it:
// the dimension values, the counts (handoffs = 1 first) and the values its lists get (NULL: none).
const QString DeferredRows = QStringLiteral(
    "SELECT week, ifnull(segment_id, 0), ifnull(territory_id, 0), ifnull(signal_type_id, 0), ifnull(team_id, 0), "
    "ifnull(owner_id, 0), ifnull(source, ''), ifnull(campaign, ''), account_id, "
    "1, (accepted_at IS NOT NULL), (rejected_at IS NOT NULL), (rejected_at IS NOT NULL AND rejection_reason_id IS NULL), "
    "(opportunity_at IS NOT NULL), (outcome = 'won'), (outcome = 'lost'), "
    "CAST(round(ifnull(opportunity_amount, 0) * 100) AS INTEGER), CAST(round(ifnull(won_amount, 0) * 100) AS INTEGER), "
    "(routed_to_fallback <> 0 OR owner_id IS NULL), ifnull(first_touch_at IS NOT NULL AND first_touch_at <= sla_due_at, 0), "
    "(sla_due_at IS NOT NULL AND first_touch_at IS NOT NULL), (sla_due_at IS NOT NULL AND first_touch_at IS NULL), "
    "(accepted_at IS NOT NULL AND opportunity_at IS NULL), "
    "first_touch_seconds, (opportunity_at - handed_off_at), "
    "CASE WHEN outcome = 'won' AND closed_at IS NOT NULL THEN closed_at - handed_off_at END, "
    "CASE WHEN rejected_at IS NOT NULL THEN ifnull(rejection_reason_id, 0) END "
    "FROM handoff WHERE id >= ? ORDER BY week");
constexpr int FirstCount = 9;
constexpr int Counts = 14;
constexpr int FirstList = FirstCount + Counts;
constexpr int Lists = 4;

const QStringList CountColumns = { "handoffs", "accepted", "rejected", "rejected_without_reason", "opportunities", "won",
    "lost", "pipeline_cents", "won_cents", "unassigned", "sla_met", "sla_touched", "sla_untouched",
    "accepted_not_converted" };
const QStringList ListColumns = { "first_touch_list", "opportunity_list", "won_list", "rejection_list" };

// The sums of one cube cell over the deferred handoffs seen so far.
struct Cell
{
    std::array<qint64, 6> ids {}; // week, segment, territory, signal type, team, owner (or the account id first)
    QByteArray source;
    QByteArray campaign;
    std::array<qint64, Counts> counts {};
    std::array<QByteArray, Lists> lists { QByteArray(","), QByteArray(","), QByteArray(","), QByteArray(",") };
};

// One cube: cells keyed by their dimensions, merged into the table like the insert trigger merges one handoff
// (counts added, lists appended).
class CubeSums
{
public:
    CubeSums(QString table, QStringList keyColumns, int ids, bool texts)
        : m_table(std::move(table)), m_keys(std::move(keyColumns)), m_ids(ids), m_texts(texts)
    {
    }

    Result<void> prepare(Workspace &workspace)
    {
        QStringList columns = m_keys;
        columns << CountColumns << ListColumns;
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QStringList sets;
        for (const QString &column : CountColumns)
            sets << QStringLiteral("%1 = %1 + excluded.%1").arg(column);
        for (const QString &column : ListColumns)
            sets << QStringLiteral("%1 = %1 || substr(excluded.%1, 2)").arg(column);
        // Table and column names come from this file.
        auto statement = BulkStatement::prepare(workspace.db(),
            QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
                .arg(m_table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                    m_keys.join(QStringLiteral(", ")), sets.join(QStringLiteral(", "))));
        if (!statement)
            return statement.error();
        m_upsert = std::make_unique<BulkStatement>(std::move(*statement));
        return {};
    }

    void add(const std::array<qint64, 6> &ids, const QByteArray &source, const QByteArray &campaign, const RowCursor &row)
    {
        m_key.resize(0);
        m_key.append(reinterpret_cast<const char *>(ids.data()), qsizetype(sizeof(qint64) * size_t(m_ids)));
        if (m_texts) {
            m_key.append(source);
            m_key.append('\0');
            m_key.append(campaign);
        }
        auto it = m_cells.find(m_key);
        if (it == m_cells.end()) {
            Cell cell;
            cell.ids = ids;
            if (m_texts) {
                cell.source = source;
                cell.campaign = campaign;
            }
            it = m_cells.insert(m_key, cell);
            m_bytes += 256 + m_key.size();
        }
        Cell &cell = it.value();
        for (int i = 0; i < Counts; ++i)
            cell.counts[size_t(i)] += row.integer(FirstCount + i);
        for (int i = 0; i < Lists; ++i) {
            if (row.isNull(FirstList + i))
                continue;
            QByteArray &list = cell.lists[size_t(i)];
            const qsizetype before = list.size();
            list += QByteArray::number(row.integer(FirstList + i));
            list += ',';
            m_bytes += list.size() - before;
        }
    }

    qint64 bytes() const { return m_bytes; }

    Result<void> flush()
    {
        for (const Cell &cell : std::as_const(m_cells)) {
            // The key columns: the ids in order (week ... team, then the owner in the owner cube), then the texts.
            int p = 0;
            for (int i = 0; i < m_ids; ++i)
                m_upsert->bind(++p, cell.ids[size_t(i)]);
            if (m_texts) {
                m_upsert->bindUtf8(++p, cell.source, false);
                m_upsert->bindUtf8(++p, cell.campaign, false);
            }
            for (qint64 count : cell.counts)
                m_upsert->bind(++p, count);
            for (const QByteArray &list : cell.lists)
                m_upsert->bindUtf8(++p, list, false);
            BATON_TRY(m_upsert->run());
        }
        m_cells.clear();
        m_bytes = 0;
        return {};
    }

private:
    QString m_table;
    QStringList m_keys;
    int m_ids;
    bool m_texts;
    std::unique_ptr<BulkStatement> m_upsert;
    QHash<QByteArray, Cell> m_cells;
    QByteArray m_key;
    qint64 m_bytes = 0;
};

// The sums are merged into the tables whenever they hold this much, so memory stays the same however many
// handoffs were deferred.
constexpr qint64 FlushBytes = 24 * 1024 * 1024;

} // namespace

Result<KpiDeferral> KpiDeferral::begin(Workspace &workspace)
{
    if (!workspace.inTransaction())
        return fail(QStringLiteral("KpiDeferral::begin needs a transaction."));
    auto running = scalar(workspace.db(), QStringLiteral("SELECT deferred_from FROM kpi_sync WHERE id = 1"));
    if (!running)
        return running.error();
    if (!running->isNull())
        return fail(QCoreApplication::translate("baton::KpiDeferral",
            "Another bulk write of handoffs is still running in this workspace; try again when it has finished."));
    auto next = scalar(workspace.db(), QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM handoff"));
    if (!next)
        return next.error();
    const qint64 firstId = next->toLongLong();
    BATON_TRY(execSql(workspace.db(), QStringLiteral("UPDATE kpi_sync SET deferred_from = ? WHERE id = 1"), { firstId }));
    return KpiDeferral(workspace, firstId);
}

Result<void> KpiDeferral::finish()
{
    if (m_finished)
        return {};
    // One pass over the deferred handoffs in their final state, week by week (the handoff_week index, no sort),
    // summed per cell in memory. Every kpi_cell and kpi_owner_cell key starts with the week, so a week's cells
    // are complete when the next week starts: they are written then, once each, and memory holds one week's
    // cells however many handoffs were deferred. Accounts span weeks; they are written at the end, or whenever
    // the sums hold FlushBytes.
    CubeSums cells(QStringLiteral("kpi_cell"),
        { "week", "segment_id", "territory_id", "signal_type_id", "team_id", "source", "campaign" }, 5, true);
    CubeSums ownerCells(QStringLiteral("kpi_owner_cell"),
        { "week", "segment_id", "territory_id", "signal_type_id", "team_id", "owner_id", "source", "campaign" }, 6, true);
    CubeSums accounts(QStringLiteral("kpi_account"), { "account_id" }, 1, false);
    for (CubeSums *cube : { &cells, &ownerCells, &accounts })
        BATON_TRY(cube->prepare(*m_workspace));
    auto rows = RowCursor::open(m_workspace->db(), DeferredRows, { m_firstId });
    if (!rows)
        return rows.error();
    std::array<qint64, 6> ids {};
    std::array<qint64, 6> account {};
    QByteArray source;
    QByteArray campaign;
    const QByteArray none;
    qint64 week = -1;
    while (rows->next()) {
        if (rows->integer(0) != week) {
            BATON_TRY(cells.flush());
            BATON_TRY(ownerCells.flush());
            week = rows->integer(0);
        }
        for (int i = 0; i < 6; ++i)
            ids[size_t(i)] = rows->integer(i);
        const std::string_view sourceText = rows->text(6);
        source = QByteArray(sourceText.data(), qsizetype(sourceText.size()));
        const std::string_view campaignText = rows->text(7);
        campaign = QByteArray(campaignText.data(), qsizetype(campaignText.size()));
        cells.add(ids, source, campaign, *rows);
        ownerCells.add(ids, source, campaign, *rows);
        if (!rows->isNull(8)) {
            account[0] = rows->integer(8);
            accounts.add(account, none, none, *rows);
        }
        if (cells.bytes() + ownerCells.bytes() + accounts.bytes() > FlushBytes)
            for (CubeSums *cube : { &cells, &ownerCells, &accounts })
                BATON_TRY(cube->flush());
    }
    BATON_TRY(rows->status());
    for (CubeSums *cube : { &cells, &ownerCells, &accounts })
        BATON_TRY(cube->flush());
    BATON_TRY(execSql(m_workspace->db(), QStringLiteral("UPDATE kpi_sync SET deferred_from = NULL WHERE id = 1")));
    m_finished = true;
    return {};
}

} // namespace baton
