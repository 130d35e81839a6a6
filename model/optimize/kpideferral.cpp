#include "kpideferral.h"

#include "core/bulkstatement.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace baton {

namespace {

constexpr int Counts = 14;
constexpr int Lists = 4;

const QStringList CountColumns = { "handoffs", "accepted", "rejected", "rejected_without_reason", "opportunities", "won",
    "lost", "pipeline_cents", "won_cents", "unassigned", "sla_met", "sla_touched", "sla_untouched",
    "accepted_not_converted" };
const QStringList ListColumns = { "first_touch_list", "opportunity_list", "won_list", "rejection_list" };

// What one handoff adds to every cube it is in, as the insert trigger of 004_kpi_cube.sql computes it from the
// stored row: its counts (handoffs = 1 first) and the values its lists get. Ids of 0 are stored as NULL and
// empty texts as NULL (HandoffStore, BulkStatement::bindId).
struct Contribution
{
    std::array<qint64, Counts> counts {};
    std::array<std::optional<qint64>, Lists> lists;
};

Contribution contributionOf(const Handoff &h)
{
    const auto cents = [](const std::optional<double> &amount) {
        // SQLite's round(): half away from zero.
        const double r = amount.value_or(0) * 100;
        return qint64(r + (r < 0 ? -0.5 : 0.5));
    };
    const bool accepted = h.acceptedAt.has_value();
    const bool rejected = h.rejectedAt.has_value();
    const bool opportunity = h.opportunityAt.has_value();
    const bool touched = h.firstTouchAt.has_value();
    const bool due = h.slaDueAt.has_value();
    Contribution c;
    c.counts = { 1, accepted, rejected, rejected && h.rejectionReasonId <= 0, opportunity, h.outcome == Outcome::Won,
        h.outcome == Outcome::Lost, cents(h.opportunityAmount), cents(h.wonAmount), h.routedToFallback || h.ownerId <= 0,
        touched && due && *h.firstTouchAt <= *h.slaDueAt, due && touched, due && !touched, accepted && !opportunity };
    c.lists[0] = h.firstTouchSeconds;
    if (opportunity)
        c.lists[1] = *h.opportunityAt - h.handedOffAt;
    if (h.outcome == Outcome::Won && h.closedAt)
        c.lists[2] = *h.closedAt - h.handedOffAt;
    if (rejected)
        c.lists[3] = std::max<qint64>(h.rejectionReasonId, 0);
    return c;
}

// A cell's dimensions: up to six ids (week, segment, territory, signal type, team, owner; or the account), then
// the source and the campaign as numbers of texts (KpiSums::Data::texts). Unused places are 0.
struct CellKey
{
    std::array<qint64, 6> ids {};
    qint32 source = 0;
    qint32 campaign = 0;

    bool operator==(const CellKey &other) const { return std::memcmp(this, &other, sizeof(CellKey)) == 0; }
};
static_assert(sizeof(CellKey) == 56, "CellKey is compared as bytes");

// A cheap mix of the key's words for the cells' table (the key is compared whole on a match).
quint64 hashOf(const CellKey &key)
{
    quint64 h = quint64(key.source) * 0x9e3779b97f4a7c15ULL ^ quint64(key.campaign) * 0xc2b2ae3d27d4eb4fULL;
    for (qint64 id : key.ids) {
        h ^= quint64(id) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h *= 0xff51afd7ed558ccdULL;
    }
    return h ^ (h >> 29);
}

// About what a cell and a list value cost in memory (a cell with its place in the table, a value of a list).
constexpr qint64 CellBytes = 400;
constexpr qint64 ValueBytes = 16;

// One cube: its cells, merged into its table like the insert trigger merges one handoff (counts added, lists
// appended). The cells sit in one array, found through an open-addressing table of their positions; the values
// of their lists in one log, each value linked to the one before it in its cell's list, so that adding a handoff
// allocates nothing but the log's growth.
class CubeSums
{
public:
    CubeSums(QString table, QStringList keyColumns, int ids, bool texts)
        : m_table(std::move(table)), m_keys(std::move(keyColumns)), m_ids(ids), m_texts(texts)
    {
    }

    qint64 size() const { return qint64(m_cells.size()); }

    // Adds (sign 1) or takes back (sign -1) one handoff's contribution.
    qint64 add(const CellKey &key, const Contribution &contribution, int sign)
    {
        qint64 grown = 0;
        qint32 &slot = slotOf(key);
        qint32 position = slot;
        if (position < 0) {
            position = slot = qint32(m_cells.size());
            m_cells.push_back(Cell { key, {}, { -1, -1, -1, -1 }, {} });
            grown += CellBytes;
            if (m_cells.size() * 2 > m_slots.size())
                rehash(m_slots.size() * 2);
        }
        Cell &cell = m_cells[size_t(position)];
        for (int i = 0; i < Counts; ++i)
            cell.counts[size_t(i)] += sign * contribution.counts[size_t(i)];
        for (size_t i = 0; i < Lists; ++i) {
            if (!contribution.lists[i])
                continue;
            const qint64 value = *contribution.lists[i];
            if (sign > 0) {
                cell.last[i] = append(Value { value, cell.last[i] });
                ++cell.length[i];
                grown += ValueBytes;
                continue;
            }
            // A list is a multiset (medians): one occurrence goes, the last one takes its place.
            for (qint32 at = cell.last[i]; at >= 0; at = valueAt(at).previous) {
                if (valueAt(at).value != value)
                    continue;
                const qint32 last = cell.last[i];
                valueAt(at).value = valueAt(last).value;
                cell.last[i] = valueAt(last).previous;
                --cell.length[i];
                break;
            }
        }
        return grown;
    }

    // Merges the cells in steps (beginMerge, then mergeNext until it says done), so that a writer can spread a
    // merge over the rows it writes; add() must not be called in between.
    Result<void> beginMerge(Workspace &workspace, const QList<QByteArray> &texts)
    {
        m_order.clear();
        m_next = 0;
        if (m_cells.empty())
            return {};
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
        auto upsert = BulkStatement::prepare(workspace.db(),
            QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
                .arg(m_table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                    m_keys.join(QStringLiteral(", ")), sets.join(QStringLiteral(", "))));
        if (!upsert)
            return upsert.error();
        m_upsert = std::move(*upsert);
        // In key order, as the table sorts (numbers, then texts byte by byte): its B-tree is then written front to
        // back instead of at random places. A cell whose handoffs were all taken back again adds nothing.
        m_order.reserve(m_cells.size());
        for (const Cell &cell : m_cells)
            if (cell.counts[0] != 0)
                m_order.push_back(&cell);
        std::sort(m_order.begin(), m_order.end(), [&](const Cell *a, const Cell *b) {
            if (a->key.ids != b->key.ids)
                return a->key.ids < b->key.ids;
            if (a->key.source != b->key.source)
                return texts.at(a->key.source) < texts.at(b->key.source);
            return texts.at(a->key.campaign) < texts.at(b->key.campaign);
        });
        return {};
    }

    // Merges up to `cells` more cells, counting down `cells`; true once every cell is merged (the sums are then
    // empty).
    Result<bool> mergeNext(const QList<QByteArray> &texts, size_t &cells)
    {
        const size_t from = m_next;
        const auto spend = qScopeGuard([&] { cells -= std::min(cells, m_next - from); });
        char number[24];
        for (const size_t end = std::min(m_order.size(), m_next + cells); m_next < end; ++m_next) {
            const Cell &cell = *m_order[m_next];
            int p = 0;
            for (int i = 0; i < m_ids; ++i)
                m_upsert->bind(++p, cell.key.ids[size_t(i)]);
            // Texts are read by SQLite in place: they live until the statement ran. '' is bound as a text, not NULL.
            const auto text = [&](const QByteArray &value) {
                m_upsert->bindUtf8Static(++p, value.isEmpty() ? QByteArrayView("", 0) : QByteArrayView(value));
            };
            if (m_texts) {
                text(texts.at(cell.key.source));
                text(texts.at(cell.key.campaign));
            }
            for (qint64 count : cell.counts)
                m_upsert->bind(++p, count);
            for (size_t i = 0; i < Lists; ++i) {
                // The list in the order its values came, from its last value back.
                m_list.resize(size_t(cell.length[i]));
                qint32 at = cell.last[i];
                for (size_t k = m_list.size(); k > 0; --k, at = valueAt(at).previous)
                    m_list[k - 1] = valueAt(at).value;
                QByteArray &written = m_lists[i];
                written.resize(0);
                written += ',';
                for (qint64 value : m_list) {
                    const auto end = std::to_chars(number, number + sizeof number, value);
                    written.append(number, end.ptr - number);
                    written += ',';
                }
                text(written);
            }
            BATON_TRY(m_upsert->run());
        }
        if (m_next < m_order.size())
            return false;
        m_order = {};
        m_next = 0;
        m_upsert.reset();
        m_cells = {};
        m_slots = {};
        m_values.clear();
        m_values.shrink_to_fit();
        m_valueCount = 0;
        return true;
    }

private:
    struct Cell
    {
        CellKey key;
        std::array<qint64, Counts> counts;
        std::array<qint32, Lists> last; // the list's last value in m_values, -1 for none
        std::array<qint32, Lists> length;
    };
    struct Value
    {
        qint64 value;
        qint32 previous; // the value before it in its list, -1 for none
    };

    // The values sit in blocks that never move (a vector that doubled would hold both copies for a moment).
    static constexpr int BlockBits = 16;
    Value &valueAt(qint32 at) { return m_values[size_t(at) >> BlockBits][size_t(at) & ((1u << BlockBits) - 1)]; }
    qint32 append(const Value &value)
    {
        if ((m_valueCount & ((1 << BlockBits) - 1)) == 0)
            m_values.push_back(std::make_unique<Value[]>(size_t(1) << BlockBits));
        valueAt(m_valueCount) = value;
        return m_valueCount++;
    }

    // The table's place for `key`: the cell's position, or -1 to fill in for a new cell.
    qint32 &slotOf(const CellKey &key)
    {
        if (m_slots.empty())
            m_slots.assign(1024, -1);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hashOf(key)) & mask;; i = (i + 1) & mask) {
            qint32 &slot = m_slots[i];
            if (slot < 0 || m_cells[size_t(slot)].key == key)
                return slot;
        }
    }
    void rehash(size_t size)
    {
        m_slots.assign(size, -1);
        const size_t mask = size - 1;
        for (size_t cell = 0; cell < m_cells.size(); ++cell) {
            size_t i = size_t(hashOf(m_cells[cell].key)) & mask;
            while (m_slots[i] >= 0)
                i = (i + 1) & mask;
            m_slots[i] = qint32(cell);
        }
    }

    QString m_table;
    QStringList m_keys;
    int m_ids;
    bool m_texts;
    std::vector<Cell> m_cells;
    std::vector<qint32> m_slots; // positions in m_cells, -1 for empty; at most half full
    std::vector<std::unique_ptr<Value[]>> m_values;
    qint32 m_valueCount = 0;
    // A merge in steps: the cells in key order, the next one to merge, and the statement.
    std::vector<const Cell *> m_order;
    size_t m_next = 0;
    std::optional<BulkStatement> m_upsert;
    std::vector<qint64> m_list;
    std::array<QByteArray, Lists> m_lists;
};

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
    // The insert trigger would skip every handoff inserted now (its WHEN clause), but evaluating that and handing
    // it the new row costs about a third of writing the row: it is dropped for the deferral and made again, from
    // its own text, by finish() (a rollback brings it back too).
    auto trigger = scalar(workspace.db(),
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'handoff_kpi_insert'"));
    if (!trigger)
        return trigger.error();
    KpiDeferral deferral(workspace, firstId);
    deferral.m_insertTrigger = trigger->toString();
    if (!deferral.m_insertTrigger.isEmpty())
        BATON_TRY(execSql(workspace.db(), QStringLiteral("DROP TRIGGER handoff_kpi_insert")));
    return deferral;
}

Result<void> KpiDeferral::finish()
{
    if (m_finished)
        return {};
    if (!m_insertTrigger.isEmpty())
        BATON_TRY(execSql(m_workspace->db(), m_insertTrigger));
    BATON_TRY(execSql(m_workspace->db(), QStringLiteral("UPDATE kpi_sync SET deferred_from = NULL WHERE id = 1")));
    m_finished = true;
    return {};
}

Result<void> KpiDeferral::throughTriggers(const std::function<Result<void>()> &write)
{
    BATON_TRY(execSql(m_workspace->db(), QStringLiteral("UPDATE kpi_sync SET deferred_from = NULL WHERE id = 1")));
    BATON_TRY(write());
    auto restored = execSql(m_workspace->db(), QStringLiteral("UPDATE kpi_sync SET deferred_from = ? WHERE id = 1"), { m_firstId });
    return restored ? Result<void>() : Result<void>(restored.error());
}

struct KpiSums::Data
{
    CubeSums cells { QStringLiteral("kpi_cell"),
        { "week", "segment_id", "territory_id", "signal_type_id", "team_id", "source", "campaign" }, 5, true };
    CubeSums ownerCells { QStringLiteral("kpi_owner_cell"),
        { "week", "segment_id", "territory_id", "signal_type_id", "team_id", "owner_id", "source", "campaign" }, 6, true };
    CubeSums accounts { QStringLiteral("kpi_account"), { "account_id" }, 1, false };
    // Sources and campaigns by number, as UTF-8 (0 is the empty text, which the cubes store for NULL).
    QHash<QString, qint32> textIds { { QString(), 0 } };
    QList<QByteArray> texts { QByteArray() };
    qint64 bytes = 0;
    int merging = -1; // during a merge in steps: the cube being merged

    qint32 textId(const QString &text)
    {
        auto it = textIds.constFind(text);
        if (it != textIds.constEnd())
            return *it;
        texts << text.toUtf8();
        bytes += 64 + 3 * text.size();
        return textIds.insert(text, qint32(texts.size() - 1)).value();
    }
};

KpiSums::KpiSums() : d(std::make_unique<Data>()) { }
KpiSums::~KpiSums() = default;
KpiSums::KpiSums(KpiSums &&) noexcept = default;
KpiSums &KpiSums::operator=(KpiSums &&) noexcept = default;

void KpiSums::add(const Handoff &handoff, int sign)
{
    const auto id = [](qint64 value) { return std::max<qint64>(value, 0); };
    const Contribution contribution = contributionOf(handoff);
    CellKey key;
    key.ids = { qint64(handoff.week), id(handoff.segmentId), id(handoff.territoryId), id(handoff.signalTypeId),
        id(handoff.teamId), 0 };
    key.source = d->textId(handoff.source);
    key.campaign = d->textId(handoff.campaign);
    d->bytes += d->cells.add(key, contribution, sign);
    key.ids[5] = id(handoff.ownerId);
    d->bytes += d->ownerCells.add(key, contribution, sign);
    if (handoff.accountId > 0) {
        CellKey account;
        account.ids[0] = handoff.accountId;
        d->bytes += d->accounts.add(account, contribution, sign);
    }
}

qint64 KpiSums::bytes() const
{
    return d->bytes;
}

qint64 KpiSums::cells() const
{
    return d->cells.size() + d->ownerCells.size() + d->accounts.size();
}

Result<void> KpiSums::merge(Workspace &workspace)
{
    if (d->merging < 0)
        BATON_TRY(beginMerge(workspace));
    for (;;) {
        auto done = mergeSome(std::numeric_limits<qint64>::max());
        if (!done)
            return done.error();
        if (*done)
            return {};
    }
}

Result<void> KpiSums::beginMerge(Workspace &workspace)
{
    for (CubeSums *cube : { &d->cells, &d->ownerCells, &d->accounts })
        BATON_TRY(cube->beginMerge(workspace, d->texts));
    d->merging = 0;
    return {};
}

Result<bool> KpiSums::mergeSome(qint64 cells)
{
    if (d->merging < 0)
        return true;
    CubeSums *cubes[] = { &d->cells, &d->ownerCells, &d->accounts };
    size_t budget = size_t(std::max<qint64>(cells, 0));
    for (; d->merging < 3; ++d->merging) {
        auto done = cubes[d->merging]->mergeNext(d->texts, budget);
        if (!done)
            return done.error();
        if (!*done)
            return false;
    }
    *d = Data();
    return true;
}

} // namespace baton
