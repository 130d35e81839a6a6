#include "kpideferral.h"

#include "core/bulkstatement.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
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
static_assert(sizeof(CellKey) == 56, "CellKey is compared and hashed as bytes");

size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashBits(&key, sizeof(CellKey), seed);
}

// The sums of one cell: counts added, list values kept as numbers until they are merged.
struct CellSums
{
    std::array<qint64, Counts> counts {};
    std::array<std::vector<qint64>, Lists> lists;
};

// About what a cell and a list value cost in memory (the hash's node, the vectors' blocks as they grow).
constexpr qint64 CellBytes = 400;
constexpr qint64 ValueBytes = 16;

// One cube: its cells, merged into its table like the insert trigger merges one handoff (counts added, lists
// appended).
class CubeSums
{
public:
    CubeSums(QString table, QStringList keyColumns, int ids, bool texts)
        : m_table(std::move(table)), m_keys(std::move(keyColumns)), m_ids(ids), m_texts(texts)
    {
    }

    // Adds (sign 1) or takes back (sign -1) one handoff's contribution.
    qint64 add(const CellKey &key, const Contribution &contribution, int sign)
    {
        qint64 grown = 0;
        auto it = m_cells.find(key);
        if (it == m_cells.end()) {
            it = m_cells.insert(key, CellSums());
            grown += CellBytes;
        }
        CellSums &cell = it.value();
        for (int i = 0; i < Counts; ++i)
            cell.counts[size_t(i)] += sign * contribution.counts[size_t(i)];
        for (int i = 0; i < Lists; ++i) {
            if (!contribution.lists[size_t(i)])
                continue;
            std::vector<qint64> &list = cell.lists[size_t(i)];
            const qint64 value = *contribution.lists[size_t(i)];
            if (sign > 0) {
                list.push_back(value);
                grown += ValueBytes;
            } else if (auto found = std::find(list.rbegin(), list.rend(), value); found != list.rend()) {
                // A list is a multiset (medians): one occurrence goes, the last one takes its place.
                *found = list.back();
                list.pop_back();
            }
        }
        return grown;
    }

    Result<void> merge(Workspace &workspace, const QList<QByteArray> &texts)
    {
        if (m_cells.isEmpty())
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
        // In key order, as the table sorts (numbers, then texts byte by byte): its B-tree is then written front to
        // back instead of at random places. A cell whose handoffs were all taken back again adds nothing.
        std::vector<std::pair<const CellKey *, const CellSums *>> cells;
        cells.reserve(size_t(m_cells.size()));
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
            if (it.value().counts[0] != 0)
                cells.emplace_back(&it.key(), &it.value());
        std::sort(cells.begin(), cells.end(), [&](const auto &a, const auto &b) {
            if (a.first->ids != b.first->ids)
                return a.first->ids < b.first->ids;
            if (a.first->source != b.first->source)
                return texts.at(a.first->source) < texts.at(b.first->source);
            return texts.at(a.first->campaign) < texts.at(b.first->campaign);
        });
        std::array<QByteArray, Lists> lists;
        char number[24];
        for (const auto &[key, sums] : cells) {
            int p = 0;
            for (int i = 0; i < m_ids; ++i)
                upsert->bind(++p, key->ids[size_t(i)]);
            // Texts are read by SQLite in place: they live until the statement ran. '' is bound as a text, not NULL.
            const auto text = [&](const QByteArray &value) {
                upsert->bindUtf8Static(++p, value.isEmpty() ? QByteArrayView("", 0) : QByteArrayView(value));
            };
            if (m_texts) {
                text(texts.at(key->source));
                text(texts.at(key->campaign));
            }
            for (qint64 count : sums->counts)
                upsert->bind(++p, count);
            for (int i = 0; i < Lists; ++i) {
                QByteArray &list = lists[size_t(i)];
                list.resize(0);
                list += ',';
                for (qint64 value : sums->lists[size_t(i)]) {
                    const auto written = std::to_chars(number, number + sizeof number, value);
                    list.append(number, written.ptr - number);
                    list += ',';
                }
                text(list);
            }
            BATON_TRY(upsert->run());
        }
        m_cells.clear();
        return {};
    }

private:
    QString m_table;
    QStringList m_keys;
    int m_ids;
    bool m_texts;
    QHash<CellKey, CellSums> m_cells;
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

Result<void> KpiSums::merge(Workspace &workspace)
{
    for (CubeSums *cube : { &d->cells, &d->ownerCells, &d->accounts })
        BATON_TRY(cube->merge(workspace, d->texts));
    *d = Data();
    return {};
}

} // namespace baton
