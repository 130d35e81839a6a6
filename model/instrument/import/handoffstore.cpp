#include "handoffstore.h"

#include "core/workspace.h"
#include "core/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace baton {

namespace {

// The number of columns bindColumns() binds, in Handoff::columns() order.
constexpr int BoundColumns = 45;

// Appends `text` as UTF-8: ASCII byte by byte, anything else through Qt's converter.
void appendUtf8(QByteArray &out, const QString &text)
{
    const qsizetype from = out.size();
    out.resize(from + text.size());
    char *write = out.data() + from;
    const QChar *read = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (read[i].unicode() >= 0x80) {
            out.resize(from + i);
            out += QStringView(text).mid(i).toUtf8();
            return;
        }
        write[i] = char(read[i].unicode());
    }
}

// The columns that refer to another table, and the table.
struct Reference
{
    qint64 Handoff::*column;
    const char *table;
};
const Reference References[] = { { &Handoff::accountId, "account" }, { &Handoff::signalTypeId, "signal_type" },
    { &Handoff::segmentId, "segment" }, { &Handoff::territoryId, "territory" }, { &Handoff::industryId, "industry" },
    { &Handoff::stageId, "lifecycle_stage" }, { &Handoff::ownerId, "owner" }, { &Handoff::teamId, "team" },
    { &Handoff::routingRuleId, "routing_rule" }, { &Handoff::rejectionReasonId, "rejection_reason" },
    { &Handoff::recycledFromId, "handoff" } };

} // namespace

Result<HandoffStore> HandoffStore::open(Workspace &workspace, const QString &keyColumn)
{
    const QStringList columns = Handoff::columns();
    if (columns.size() != BoundColumns)
        return fail(QStringLiteral("HandoffStore binds %1 handoff columns but Handoff has %2; update handoffstore.cpp.")
                        .arg(BoundColumns)
                        .arg(columns.size()));
    QStringList marks;
    QStringList sets;
    for (const QString &column : columns) {
        marks << QStringLiteral("?");
        sets << column + QStringLiteral(" = ?");
    }
    auto insert = BulkStatement::prepare(workspace.db(),
        QStringLiteral("INSERT INTO handoff(%1) VALUES (%2)").arg(columns.join(u','), marks.join(u',')));
    if (!insert)
        return insert.error();
    QStringList rows;
    for (int i = 0; i < BatchRows; ++i)
        rows << QLatin1Char('(') + marks.join(u',') + QLatin1Char(')');
    auto batch = BulkStatement::prepare(workspace.db(),
        QStringLiteral("INSERT INTO handoff(%1) VALUES %2").arg(columns.join(u','), rows.join(u',')));
    if (!batch)
        return batch.error();
    auto next = scalar(workspace.db(), QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM handoff"));
    if (!next)
        return next.error();
    auto update = BulkStatement::prepare(workspace.db(),
        QStringLiteral("UPDATE handoff SET %1 WHERE id = ?").arg(sets.join(u',')));
    if (!update)
        return update.error();
    std::optional<BulkStatement> find;
    if (!keyColumn.isEmpty()) {
        if (keyColumn != QLatin1String("lead_ref") && keyColumn != QLatin1String("opportunity_ref")
            && keyColumn != QLatin1String("email"))
            return fail(QStringLiteral("Handoffs cannot be looked up by %1.").arg(keyColumn), Error::Kind::Invalid);
        // Emails are looked up without case, through an index made the first time an import is keyed by email
        // (every later bulk write maintains it, so it is not made before anyone needs it).
        if (keyColumn == QLatin1String("email"))
            BATON_TRY(execSql(workspace.db(), QStringLiteral("CREATE INDEX IF NOT EXISTS handoff_email "
                                                             "ON handoff(email COLLATE NOCASE) WHERE email IS NOT NULL")));
        // The column name is one of the three above.
        const QString condition = keyColumn == QLatin1String("email") ? QStringLiteral("email = ? COLLATE NOCASE")
                                                                       : keyColumn + QStringLiteral(" = ?");
        auto statement = BulkStatement::prepare(workspace.db(),
            QStringLiteral("SELECT id FROM handoff WHERE %1 ORDER BY id DESC LIMIT 1").arg(condition));
        if (!statement)
            return statement.error();
        find = std::move(*statement);
    }
    return HandoffStore(std::move(*insert), std::move(*batch), std::move(*update), std::move(find),
        LocalDays(HandoffRepository(workspace).reportingZone()), keyColumn, next->toLongLong());
}

HandoffStore::HandoffStore(BulkStatement insert, BulkStatement batch, BulkStatement update,
    std::optional<BulkStatement> find, LocalDays days, QString keyColumn, qint64 nextId)
    : m_insert(std::move(insert)), m_batch(std::move(batch)), m_update(std::move(update)), m_find(std::move(find)),
      m_days(std::move(days)), m_keyColumn(std::move(keyColumn)), m_nextId(nextId)
{
    m_waiting.reserve(BatchRows);
}

void HandoffStore::bindColumns(BulkStatement &s, const Handoff &h, int offset)
{
    noteReferences(h);
    // Texts are bound as UTF-8 from the arena without a copy (SQLite would otherwise convert UTF-16 itself, with an
    // allocation per value); the arena is not touched again until the statement ran.
    const auto text = [&](int index, const QString &value) {
        if (value.isEmpty()) {
            s.bindNull(index);
            return;
        }
        const qsizetype from = m_arena.size();
        appendUtf8(m_arena, value);
        m_texts.push_back({ index, from, m_arena.size() - from });
    };
    int i = offset;
    text(++i, h.leadRef);
    text(++i, h.opportunityRef);
    text(++i, h.email);
    text(++i, h.contactName);
    text(++i, h.company);
    s.bindId(++i, h.accountId);
    s.bindId(++i, h.signalTypeId);
    text(++i, h.source);
    text(++i, h.campaign);
    text(++i, h.utmSource);
    text(++i, h.utmMedium);
    text(++i, h.utmCampaign);
    text(++i, h.country);
    text(++i, h.region);
    s.bind(++i, h.employees);
    s.bind(++i, h.revenue);
    s.bindId(++i, h.segmentId);
    s.bindId(++i, h.territoryId);
    s.bindId(++i, h.industryId);
    text(++i, h.fitGrade);
    s.bindId(++i, h.stageId);
    s.bindId(++i, h.ownerId);
    s.bindId(++i, h.teamId);
    s.bindId(++i, h.routingRuleId);
    s.bind(++i, qint64(h.routedToFallback ? 1 : 0));
    s.bind(++i, h.createdAt);
    s.bind(++i, h.handedOffAt);
    s.bind(++i, h.assignedAt);
    s.bind(++i, h.firstTouchAt);
    s.bind(++i, h.acceptedAt);
    s.bind(++i, h.rejectedAt);
    s.bindId(++i, h.rejectionReasonId);
    s.bind(++i, h.opportunityAt);
    s.bind(++i, h.opportunityAmount);
    s.bind(++i, h.closedAt);
    s.bind(++i, h.wonAmount);
    text(++i, h.outcome);
    s.bindId(++i, h.recycledFromId);
    s.bind(++i, qint64(h.week));
    text(++i, h.context);
    s.bind(++i, h.slaTargetMinutes ? std::optional<qint64>(*h.slaTargetMinutes) : std::nullopt);
    s.bind(++i, h.slaDueAt);
    s.bind(++i, h.routingDelaySeconds);
    s.bind(++i, h.responseSeconds);
    s.bind(++i, h.firstTouchSeconds);
    Q_ASSERT(i == offset + BoundColumns);
}

void HandoffStore::noteReferences(const Handoff &handoff)
{
    static_assert(std::size(References) == ReferenceColumns);
    for (int i = 0; i < ReferenceColumns; ++i) {
        const qint64 id = handoff.*References[i].column;
        if (id > 0 && id != m_lastReferenced[size_t(i)]) {
            m_referenced[size_t(i)].insert(id);
            m_lastReferenced[size_t(i)] = id;
        }
    }
}

Result<void> HandoffStore::checkReferences(Workspace &workspace) const
{
    for (int i = 0; i < ReferenceColumns; ++i) {
        const QSet<qint64> &ids = m_referenced[size_t(i)];
        if (ids.isEmpty())
            continue;
        QJsonArray list;
        for (qint64 id : ids)
            list.append(id);
        // The table name is one of References' names, written above.
        auto found = scalar(workspace.db(),
            QStringLiteral("SELECT count(*) FROM %1 WHERE id IN (SELECT value FROM json_each(?))")
                .arg(QLatin1String(References[i].table)),
            { QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)) });
        if (!found)
            return found.error();
        if (found->toLongLong() != ids.size())
            return fail(QStringLiteral("Handoffs were written that refer to a row of %1 that does not exist.")
                            .arg(QLatin1String(References[i].table)));
    }
    return {};
}

void HandoffStore::bindTexts(BulkStatement &statement)
{
    for (const TextSlot &slot : m_texts)
        statement.bindUtf8Static(slot.index, QByteArrayView(m_arena.constData() + slot.from, slot.size));
    m_texts.clear();
}

Result<qint64> HandoffStore::insert(Handoff &handoff)
{
    BATON_TRY(number(handoff));
    m_copies.push_back(handoff);
    return queue(&m_copies.back());
}

Result<qint64> HandoffStore::insertInPlace(Handoff &handoff)
{
    BATON_TRY(number(handoff));
    return queue(&handoff);
}

Result<void> HandoffStore::number(Handoff &handoff)
{
    handoff.week = m_days.weekCodeOf(handoff.handedOffAt);
    if (handoff.id != 0 && handoff.id != m_nextId)
        return fail(QStringLiteral("A handoff was given id %1 where the next one is %2.").arg(handoff.id).arg(m_nextId));
    handoff.id = m_nextId++;
    return {};
}

Result<qint64> HandoffStore::queue(Handoff *handoff)
{
    m_waiting.push_back(handoff);
    const qint64 id = handoff->id;
    if (m_waiting.size() == size_t(BatchRows))
        BATON_TRY(flush());
    return id;
}

Result<void> HandoffStore::flush()
{
    if (m_waiting.empty())
        return {};
    if (m_waiting.size() == size_t(BatchRows)) {
        m_arena.resize(0);
        for (int row = 0; row < BatchRows; ++row)
            bindColumns(m_batch, *m_waiting[size_t(row)], row * BoundColumns);
        bindTexts(m_batch);
        BATON_TRY(m_batch.run());
    } else {
        for (const Handoff *handoff : m_waiting) {
            m_arena.resize(0);
            bindColumns(m_insert, *handoff);
            bindTexts(m_insert);
            BATON_TRY(m_insert.run());
        }
    }
    // Rows take the next ids in order; anything else would break the ids handed out already.
    const qint64 last = m_waiting.back()->id;
    if (m_insert.lastInsertId() != last)
        return fail(QStringLiteral("Handoffs were written with ids other than expected (%1, expected %2).")
                        .arg(m_insert.lastInsertId())
                        .arg(last));
    m_waiting.clear();
    m_copies.clear();
    return {};
}

Handoff *HandoffStore::waiting(qint64 id) const
{
    if (m_waiting.empty() || id < m_waiting.front()->id)
        return nullptr;
    const size_t index = size_t(id - m_waiting.front()->id);
    return index < m_waiting.size() ? m_waiting[index] : nullptr;
}

Result<void> HandoffStore::update(Handoff &handoff)
{
    handoff.week = m_days.weekCodeOf(handoff.handedOffAt);
    if (Handoff *pending = waiting(handoff.id)) {
        if (pending != &handoff)
            *pending = handoff;
        return {};
    }
    m_arena.resize(0);
    bindColumns(m_update, handoff);
    bindTexts(m_update);
    m_update.bind(BoundColumns + 1, handoff.id);
    return m_update.run();
}

Result<std::optional<qint64>> HandoffStore::find(const QString &key)
{
    if (!m_find || key.isEmpty())
        return std::optional<qint64>();
    // The newest waiting row with the key wins, as the newest written one would.
    const bool byEmail = m_keyColumn == QLatin1String("email");
    const bool byOpportunity = m_keyColumn == QLatin1String("opportunity_ref");
    for (auto it = m_waiting.rbegin(); it != m_waiting.rend(); ++it) {
        const Handoff &pending = **it;
        const QString &value = byEmail ? pending.email : byOpportunity ? pending.opportunityRef : pending.leadRef;
        if (value.size() == key.size() && (byEmail ? value.compare(key, Qt::CaseInsensitive) == 0 : value == key))
            return std::optional<qint64>(pending.id);
    }
    m_find->bind(1, key);
    return m_find->firstInteger();
}

Result<Handoff> HandoffStore::load(Workspace &workspace, qint64 id) const
{
    if (const Handoff *pending = waiting(id))
        return *pending;
    return HandoffRepository(workspace).get(id);
}

} // namespace baton
