#include "accountkpis.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/names.h"
#include "kpiengine.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::AccountKpis", text);
}

// The furthest stage any of the account's handoffs is in: funnel stages before side stages, then by position.
const char *StageOf = "(SELECT st.name FROM handoff sh JOIN lifecycle_stage st ON st.id = sh.stage_id "
                      "WHERE sh.account_id = a.id ORDER BY st.kind = 'funnel' DESC, st.position DESC LIMIT 1)";

QString sortExpression(AccountKpis::Column column)
{
    switch (column) {
    case AccountKpis::Name:
        return QStringLiteral("a.name");
    case AccountKpis::Domain:
        return QStringLiteral("a.domain");
    case AccountKpis::Segment:
        return QStringLiteral("seg.name");
    case AccountKpis::Territory:
        return QStringLiteral("ter.name");
    case AccountKpis::Owner:
        return QStringLiteral("o.name");
    case AccountKpis::Team:
        return QStringLiteral("t.name");
    case AccountKpis::Stage:
        return QString::fromLatin1(StageOf);
    case AccountKpis::Handoffs:
        return QStringLiteral("ifnull(k.handoffs, 0)");
    case AccountKpis::AcceptanceRate:
        return QStringLiteral("(k.accepted * 1.0 / nullif(k.accepted + k.rejected, 0))");
    case AccountKpis::Opportunities:
        return QStringLiteral("ifnull(k.opportunities, 0)");
    case AccountKpis::ConversionRate:
        return QStringLiteral("(k.opportunities * 1.0 / nullif(k.handoffs, 0))");
    case AccountKpis::Won:
        return QStringLiteral("ifnull(k.won, 0)");
    case AccountKpis::Pipeline:
        return QStringLiteral("ifnull(k.pipeline_cents, 0)");
    case AccountKpis::WonAmount:
        return QStringLiteral("ifnull(k.won_cents, 0)");
    case AccountKpis::LastHandoff:
        return QStringLiteral("(SELECT max(lh.handed_off_at) FROM handoff lh WHERE lh.account_id = a.id)");
    case AccountKpis::ColumnCount:
        break;
    }
    return QStringLiteral("a.name");
}

const char *Joins = " FROM account a LEFT JOIN kpi_account k ON k.account_id = a.id "
                    "LEFT JOIN segment seg ON seg.id = a.segment_id LEFT JOIN territory ter ON ter.id = a.territory_id "
                    "LEFT JOIN owner o ON o.id = a.owner_id LEFT JOIN team t ON t.id = a.team_id";

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    return denominator > 0 ? std::optional<double>(double(numerator) / double(denominator)) : std::nullopt;
}

} // namespace

std::optional<double> AccountSummary::acceptanceRate() const
{
    return ratio(counts.accepted, counts.accepted + counts.rejected);
}

std::optional<double> AccountSummary::conversionRate() const
{
    return ratio(counts.opportunities, counts.handoffs);
}

Result<QList<qint64>> AccountKpis::ids(const QString &search, Column sortBy, bool descending) const
{
    QString sql = QStringLiteral("SELECT a.id") + QString::fromLatin1(Joins);
    QVariantList values;
    if (!search.trimmed().isEmpty()) {
        QString pattern = search.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        sql += QStringLiteral(" WHERE (a.name LIKE ? ESCAPE '\\' OR a.domain LIKE ? ESCAPE '\\')");
        values << pattern << pattern;
    }
    // NULLs (no handoffs, no rate) sort last either way; ties by name, then id, so pages never overlap.
    const QString key = sortExpression(sortBy);
    sql += QStringLiteral(" ORDER BY %1 IS NULL, %1 %2, a.name, a.id").arg(key, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    auto query = execSql(m_workspace.db(), sql, values);
    if (!query)
        return query.error();
    QList<qint64> result;
    while (query->next())
        result << query->value(0).toLongLong();
    return result;
}

Result<QList<AccountSummary>> AccountKpis::byIds(const QList<qint64> &accountIds) const
{
    if (accountIds.isEmpty())
        return QList<AccountSummary>();
    QStringList marks;
    QVariantList values;
    for (qint64 id : accountIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    const QString sql = QStringLiteral("SELECT a.id, a.name, a.domain, seg.name, ter.name, o.name, t.name, %1, "
                                       "ifnull(k.handoffs, 0), ifnull(k.accepted, 0), ifnull(k.rejected, 0), "
                                       "ifnull(k.rejected_without_reason, 0), ifnull(k.opportunities, 0), ifnull(k.won, 0), "
                                       "ifnull(k.lost, 0), ifnull(k.pipeline_cents, 0), ifnull(k.won_cents, 0), "
                                       "ifnull(k.unassigned, 0), ifnull(k.accepted_not_converted, 0), %2")
                            .arg(QString::fromLatin1(StageOf), sortExpression(LastHandoff))
        + QString::fromLatin1(Joins) + QStringLiteral(" WHERE a.id IN (%1)").arg(marks.join(u','));
    auto query = execSql(m_workspace.db(), sql, values);
    if (!query)
        return query.error();
    QHash<qint64, AccountSummary> found;
    while (query->next()) {
        AccountSummary s;
        int i = 0;
        s.id = query->value(i++).toLongLong();
        s.name = query->value(i++).toString();
        s.domain = query->value(i++).toString();
        s.segment = query->value(i++).toString();
        s.territory = query->value(i++).toString();
        s.owner = query->value(i++).toString();
        s.team = query->value(i++).toString();
        s.stage = query->value(i++).toString();
        KpiCounts &c = s.counts;
        for (qint64 *field : { &c.handoffs, &c.accepted, &c.rejected, &c.rejectedWithoutReason, &c.opportunities, &c.won,
                 &c.lost, &c.pipelineCents, &c.wonCents, &c.unassigned, &c.acceptedNotConverted })
            *field = query->value(i++).toLongLong();
        if (!query->value(i).isNull())
            s.lastHandoffAt = query->value(i).toLongLong();
        found.insert(s.id, s);
    }
    QList<AccountSummary> ordered;
    for (qint64 id : accountIds)
        if (found.contains(id))
            ordered << found.value(id);
    return ordered;
}

Result<AccountDetail> AccountKpis::detail(qint64 accountId, const HandoffFilter &period) const
{
    auto summaries = byIds({ accountId });
    if (!summaries)
        return summaries.error();
    if (summaries->isEmpty())
        return fail(tr("Account %1 does not exist.").arg(accountId), Error::Kind::NotFound);
    AccountDetail detail;
    detail.summary = summaries->first();
    auto account = execSql(m_workspace.db(),
        QStringLiteral("SELECT ifnull(a.owner_id, 0), ifnull(a.team_id, 0), p.name FROM account a "
                       "LEFT JOIN account p ON p.id = a.parent_id WHERE a.id = ?"),
        { accountId });
    if (!account)
        return account.error();
    if (account->next()) {
        detail.ownerId = account->value(0).toLongLong();
        detail.teamId = account->value(1).toLongLong();
        detail.parent = account->value(2).toString();
    }
    HandoffFilter filter = period;
    filter.accounts = { accountId };
    auto result = KpiEngine(m_workspace).compute(filter, { KpiGrouping { KpiDimension::Owner, std::nullopt, false } });
    if (!result)
        return result.error();
    detail.figures = KpiFigures::from(result->total);
    qint64 byAccountOwner = 0;
    const auto &owners = result->groups.first();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.key().first != 0)
            ++detail.owners;
        if (detail.ownerId != 0 && it.key().first == detail.ownerId)
            byAccountOwner = it.value().counts.handoffs;
    }
    if (detail.ownerId != 0)
        detail.ownerShare = ratio(byAccountOwner, result->total.counts.handoffs);
    return detail;
}

Result<QList<AccountEngagement>> AccountKpis::engagements(qint64 accountId, int limit) const
{
    auto names = NameLookup::load(m_workspace);
    if (!names)
        return names.error();
    auto query = execSql(m_workspace.db(),
        QStringLiteral("SELECT id, ifnull(lead_ref, ''), ifnull(contact_name, ''), signal_type_id, ifnull(source, ''), "
                       "ifnull(campaign, ''), owner_id, handed_off_at, first_touch_at, accepted_at, rejected_at, "
                       "rejection_reason_id, opportunity_at, opportunity_amount, closed_at, outcome, won_amount, "
                       "recycled_from_id FROM handoff WHERE account_id = ? ORDER BY handed_off_at DESC, id DESC LIMIT ?"),
        { accountId, limit });
    if (!query)
        return query.error();
    auto plays = execSql(m_workspace.db(),
        QStringLiteral("SELECT r.id, p.name FROM rejection_reason r JOIN recycle_play p ON p.id = r.recycle_play_id"));
    if (!plays)
        return plays.error();
    QHash<qint64, QString> playOfReason;
    while (plays->next())
        playOfReason.insert(plays->value(0).toLongLong(), plays->value(1).toString());

    QList<AccountEngagement> events;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        const QString lead = query->value(1).toString().isEmpty() ? query->value(2).toString()
                                                                  : QStringLiteral("%1 (%2)").arg(query->value(1).toString(), query->value(2).toString());
        const QString owner = names->owners.value(query->value(6).toLongLong(), tr("(unassigned)"));
        const auto add = [&](int column, const QString &what, const QString &who) {
            if (!query->value(column).isNull())
                events << AccountEngagement { query->value(column).toLongLong(), id, lead, what, who };
        };
        QString origin = query->value(4).toString();
        if (!query->value(5).toString().isEmpty())
            origin += QStringLiteral(" / ") + query->value(5).toString();
        add(7,
            (query->value(17).isNull() ? tr("Handed off: %1 (%2)") : tr("Handed off again by a recycle play: %1 (%2)"))
                .arg(names->signalTypes.value(query->value(3).toLongLong()), origin),
            owner);
        add(8, tr("First touch"), owner);
        add(9, tr("Accepted"), owner);
        const qint64 reason = query->value(11).toLongLong();
        add(10,
            reason == 0 ? tr("Rejected without a reason")
                        : tr("Rejected: %1 → %2")
                              .arg(names->reasons.value(reason), playOfReason.value(reason, tr("no recycle play"))),
            owner);
        add(12, tr("Opportunity: %L1").arg(query->value(13).toDouble(), 0, 'f', 0), owner);
        const QString outcome = query->value(15).toString();
        if (outcome == QStringLiteral("won"))
            add(14, tr("Won: %L1").arg(query->value(16).toDouble(), 0, 'f', 0), owner);
        else if (outcome == QStringLiteral("lost"))
            add(14, tr("Lost"), owner);
    }
    std::stable_sort(events.begin(), events.end(), [](const AccountEngagement &a, const AccountEngagement &b) { return a.at > b.at; });
    return events;
}

} // namespace baton
