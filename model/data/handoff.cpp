#include "handoff.h"

#include "core/sql.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace baton {

namespace {

QVariant instant(const Handoff::Instant &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

Handoff::Instant instantFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant refValue(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

template <typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

QString Outcome::label(const QString &outcome)
{
    if (outcome == Open)
        return QCoreApplication::translate("baton::Outcome", "Open", "handoff outcome");
    if (outcome == Accepted)
        return QCoreApplication::translate("baton::Outcome", "Accepted", "handoff outcome");
    if (outcome == Rejected)
        return QCoreApplication::translate("baton::Outcome", "Rejected", "handoff outcome");
    if (outcome == Opportunity)
        return QCoreApplication::translate("baton::Outcome", "Opportunity", "handoff outcome");
    if (outcome == Won)
        return QCoreApplication::translate("baton::Outcome", "Won", "handoff outcome");
    if (outcome == Lost)
        return QCoreApplication::translate("baton::Outcome", "Lost", "handoff outcome");
    return outcome;
}

QStringList Handoff::columns()
{
    return { "lead_ref", "opportunity_ref", "email", "contact_name", "company", "account_id", "signal_type_id", "source",
        "campaign", "utm_source", "utm_medium", "utm_campaign", "country", "region", "employees", "revenue",
        "segment_id", "territory_id", "industry_id", "fit_grade", "stage_id", "owner_id", "team_id", "routing_rule_id",
        "routed_to_fallback", "created_at", "handed_off_at", "assigned_at", "first_touch_at", "accepted_at",
        "rejected_at", "rejection_reason_id", "opportunity_at", "opportunity_amount", "closed_at", "won_amount",
        "outcome", "recycled_from_id", "week", "context", "sla_target_minutes", "sla_due_at", "routing_delay_seconds",
        "response_seconds", "first_touch_seconds" };
}

QVariantList Handoff::values() const
{
    return { text(leadRef), text(opportunityRef), text(email), text(contactName), text(company), refValue(accountId),
        refValue(signalTypeId), text(source), text(campaign), text(utmSource), text(utmMedium), text(utmCampaign),
        text(country), text(region), optional(employees), optional(revenue), refValue(segmentId), refValue(territoryId),
        refValue(industryId), text(fitGrade), refValue(stageId), refValue(ownerId), refValue(teamId), refValue(routingRuleId),
        routedToFallback ? 1 : 0, instant(createdAt), handedOffAt, instant(assignedAt), instant(firstTouchAt),
        instant(acceptedAt), instant(rejectedAt), refValue(rejectionReasonId), instant(opportunityAt),
        optional(opportunityAmount), instant(closedAt), optional(wonAmount), outcome, refValue(recycledFromId), week,
        text(context), optional(slaTargetMinutes), instant(slaDueAt), optional(routingDelaySeconds),
        optional(responseSeconds), optional(firstTouchSeconds) };
}

Handoff Handoff::fromValues(const QVariantList &v)
{
    Handoff h;
    int i = 0;
    h.leadRef = v[i++].toString();
    h.opportunityRef = v[i++].toString();
    h.email = v[i++].toString();
    h.contactName = v[i++].toString();
    h.company = v[i++].toString();
    h.accountId = v[i++].toLongLong();
    h.signalTypeId = v[i++].toLongLong();
    h.source = v[i++].toString();
    h.campaign = v[i++].toString();
    h.utmSource = v[i++].toString();
    h.utmMedium = v[i++].toString();
    h.utmCampaign = v[i++].toString();
    h.country = v[i++].toString();
    h.region = v[i++].toString();
    if (!v[i].isNull())
        h.employees = v[i].toLongLong();
    ++i;
    if (!v[i].isNull())
        h.revenue = v[i].toDouble();
    ++i;
    h.segmentId = v[i++].toLongLong();
    h.territoryId = v[i++].toLongLong();
    h.industryId = v[i++].toLongLong();
    h.fitGrade = v[i++].toString();
    h.stageId = v[i++].toLongLong();
    h.ownerId = v[i++].toLongLong();
    h.teamId = v[i++].toLongLong();
    h.routingRuleId = v[i++].toLongLong();
    h.routedToFallback = v[i++].toInt() != 0;
    h.createdAt = instantFrom(v[i++]);
    h.handedOffAt = v[i++].toLongLong();
    h.assignedAt = instantFrom(v[i++]);
    h.firstTouchAt = instantFrom(v[i++]);
    h.acceptedAt = instantFrom(v[i++]);
    h.rejectedAt = instantFrom(v[i++]);
    h.rejectionReasonId = v[i++].toLongLong();
    h.opportunityAt = instantFrom(v[i++]);
    if (!v[i].isNull())
        h.opportunityAmount = v[i].toDouble();
    ++i;
    h.closedAt = instantFrom(v[i++]);
    if (!v[i].isNull())
        h.wonAmount = v[i].toDouble();
    ++i;
    h.outcome = v[i++].toString();
    h.recycledFromId = v[i++].toLongLong();
    h.week = v[i++].toInt();
    h.context = v[i++].toString();
    if (!v[i].isNull())
        h.slaTargetMinutes = v[i].toInt();
    ++i;
    h.slaDueAt = instantFrom(v[i++]);
    for (std::optional<qint64> *field : { &h.routingDelaySeconds, &h.responseSeconds, &h.firstTouchSeconds }) {
        if (!v[i].isNull())
            *field = v[i].toLongLong();
        ++i;
    }
    return h;
}

Result<qint64> HandoffRepository::count(const HandoffFilter &filter) const
{
    QVariantList values;
    const QString where = filter.whereClause(&values);
    auto value = scalar(m_workspace.db(),
        QStringLiteral("SELECT count(*) FROM handoff") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
        values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

QString HandoffRepository::orderClause(const QString &orderBy, bool descending)
{
    // Ties are broken by id so that the order is total and pages never overlap.
    return QStringLiteral(" ORDER BY %1 %2, id").arg(orderBy, descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
}

Result<QList<Handoff>> HandoffRepository::list(const HandoffFilter &filter, qint64 offset, qint64 limit,
    const QString &orderBy, bool descending) const
{
    // The sort column is spliced into the statement, so it must be one of ours.
    if (orderBy != QStringLiteral("id") && !Handoff::columns().contains(orderBy))
        return fail(QStringLiteral("Cannot sort handoffs by %1.").arg(orderBy), Error::Kind::Invalid);
    QVariantList values;
    const QString condition = filter.whereClause(&values);
    return list(offset, limit, (condition.isEmpty() ? QStringLiteral("1") : condition) + orderClause(orderBy, descending),
        values);
}

Result<QList<qint64>> HandoffRepository::ids(const HandoffFilter &filter, const QString &orderBy, bool descending) const
{
    if (orderBy != QStringLiteral("id") && !Handoff::columns().contains(orderBy))
        return fail(QStringLiteral("Cannot sort handoffs by %1.").arg(orderBy), Error::Kind::Invalid);
    QVariantList values;
    const QString condition = filter.whereClause(&values);
    auto query = execSql(m_workspace.db(),
        QStringLiteral("SELECT id FROM handoff") + (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition)
            + orderClause(orderBy, descending),
        values);
    if (!query)
        return query.error();
    QList<qint64> result;
    while (query->next())
        result.append(query->value(0).toLongLong());
    return result;
}

Result<QList<Handoff>> HandoffRepository::byIds(const QList<qint64> &handoffIds) const
{
    if (handoffIds.isEmpty())
        return QList<Handoff>();
    QStringList marks;
    QVariantList values;
    for (qint64 handoffId : handoffIds) {
        marks << QStringLiteral("?");
        values << handoffId;
    }
    auto rows = list(0, handoffIds.size(), QStringLiteral("id IN (%1)").arg(marks.join(u',')), values);
    if (!rows)
        return rows.error();
    // Back into the order asked for.
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < rows->size(); ++i)
        position.insert(rows->at(i).id, i);
    QList<Handoff> ordered;
    ordered.reserve(handoffIds.size());
    for (qint64 handoffId : handoffIds)
        if (position.contains(handoffId))
            ordered << rows->at(position.value(handoffId));
    return ordered;
}

Result<QList<Handoff>> HandoffRepository::list(qint64 offset, qint64 limit, const QString &where,
    const QVariantList &values) const
{
    QString sql = QStringLiteral("SELECT id, %1 FROM handoff").arg(Handoff::columns().join(u','));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    // A `where` that brings its own ORDER BY keeps it.
    if (!where.contains(QStringLiteral("ORDER BY")))
        sql += QStringLiteral(" ORDER BY id");
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList bound = values;
    bound << limit << offset;
    auto query = execSql(m_workspace.db(), sql, bound);
    if (!query)
        return query.error();
    const int columns = int(Handoff::columns().size());
    QList<Handoff> handoffs;
    while (query->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query->value(i + 1);
        Handoff handoff = Handoff::fromValues(row);
        handoff.id = query->value(0).toLongLong();
        handoffs << handoff;
    }
    return handoffs;
}

Result<Handoff> HandoffRepository::get(qint64 handoffId) const
{
    auto rows = list(0, 1, QStringLiteral("id = ?"), { handoffId });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail(QStringLiteral("Handoff %1 does not exist.").arg(handoffId), Error::Kind::NotFound);
    return rows->first();
}

Result<QList<StageChange>> HandoffRepository::stageChanges(qint64 handoffId) const
{
    auto query = execSql(m_workspace.db(),
        QStringLiteral("SELECT from_stage_id, to_stage_id, changed_at FROM stage_change WHERE handoff_id = ? "
                       "ORDER BY changed_at, id"),
        { handoffId });
    if (!query)
        return query.error();
    QList<StageChange> changes;
    while (query->next())
        changes.append({ handoffId, query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toLongLong() });
    return changes;
}

QTimeZone HandoffRepository::reportingZone() const
{
    const QTimeZone zone(m_workspace.setting(QStringLiteral("time_zone"), QStringLiteral("UTC")).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

struct HandoffWriter::Statements
{
    PreparedStatement handoff;
    PreparedStatement stageChange;
};

HandoffWriter::HandoffWriter(Workspace &workspace)
    : m_workspace(workspace), m_days(HandoffRepository(workspace).reportingZone())
{
    QStringList marks;
    for (int i = 0; i < Handoff::columns().size(); ++i)
        marks << QStringLiteral("?");
    m_statements.reset(new Statements {
        PreparedStatement(workspace.db(),
            QStringLiteral("INSERT INTO handoff(%1) VALUES (%2)").arg(Handoff::columns().join(u','), marks.join(u','))),
        PreparedStatement(workspace.db(),
            QStringLiteral("INSERT INTO stage_change(handoff_id, from_stage_id, to_stage_id, changed_at) "
                           "VALUES (?, ?, ?, ?)")) });
    (void)m_statements->handoff.prepare();
    (void)m_statements->stageChange.prepare();
}

HandoffWriter::~HandoffWriter() = default;

Result<qint64> HandoffWriter::insert(Handoff &handoff)
{
    handoff.week = m_days.weekCodeOf(handoff.handedOffAt);
    BATON_TRY(m_statements->handoff.run(handoff.values()));
    handoff.id = m_statements->handoff.query().lastInsertId().toLongLong();
    return handoff.id;
}

Result<void> HandoffWriter::insertStageChange(const StageChange &change)
{
    return m_statements->stageChange.run(
        { change.handoffId, refValue(change.fromStageId), change.toStageId, change.changedAt });
}

} // namespace baton
