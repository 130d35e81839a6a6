#pragma once

// The per-handoff facts the KPIs add up, as SQL over one handoff row (aliased `a`). The KPI engine reads
// them from the raw handoffs when the cube cannot answer a question; resources/migrations/003_kpi_cube.sql
// sums the same expressions into kpi_cell and kpi_account (the tests check that both agree). The SLA ones
// are model/enforce/slasql.h's: met, decided and breaching as of `asOf`.

#include "enforce/slasql.h"

#include <QString>
#include <QStringList>

namespace baton::KpiSql {

// The dimension columns, in the engine's column order: week, segment, territory, signal type, team, owner,
// source, campaign, rejection reason, account. Missing values read as 0 and ''.
inline QStringList dimensionColumns(const QString &a)
{
    return { a + QStringLiteral(".week"), QStringLiteral("ifnull(%1.segment_id, 0)").arg(a),
        QStringLiteral("ifnull(%1.territory_id, 0)").arg(a), QStringLiteral("ifnull(%1.signal_type_id, 0)").arg(a),
        QStringLiteral("ifnull(%1.team_id, 0)").arg(a), QStringLiteral("ifnull(%1.owner_id, 0)").arg(a),
        QStringLiteral("ifnull(%1.source, '')").arg(a), QStringLiteral("ifnull(%1.campaign, '')").arg(a),
        QStringLiteral("ifnull(%1.rejection_reason_id, 0)").arg(a), QStringLiteral("ifnull(%1.account_id, 0)").arg(a) };
}

// The counts of one handoff (0 or 1 each; amounts in cents), in KpiCounts order.
inline QStringList countColumns(const QString &a, qint64 asOf)
{
    return { QStringLiteral("1"), QStringLiteral("(%1.accepted_at IS NOT NULL)").arg(a),
        QStringLiteral("(%1.rejected_at IS NOT NULL)").arg(a),
        QStringLiteral("(%1.rejected_at IS NOT NULL AND %1.rejection_reason_id IS NULL)").arg(a),
        QStringLiteral("(%1.opportunity_at IS NOT NULL)").arg(a), QStringLiteral("(%1.outcome = 'won')").arg(a),
        QStringLiteral("(%1.outcome = 'lost')").arg(a),
        QStringLiteral("CAST(round(ifnull(%1.opportunity_amount, 0) * 100) AS INTEGER)").arg(a),
        QStringLiteral("CAST(round(ifnull(%1.won_amount, 0) * 100) AS INTEGER)").arg(a),
        QStringLiteral("(%1.routed_to_fallback <> 0 OR %1.owner_id IS NULL)").arg(a),
        QStringLiteral("ifnull(%1, 0)").arg(SlaSql::met(a)), QStringLiteral("ifnull(%1, 0)").arg(SlaSql::decided(asOf, a)),
        QStringLiteral("ifnull(%1, 0)").arg(SlaSql::breaching(asOf, a)),
        QStringLiteral("(%1.accepted_at IS NOT NULL AND %1.opportunity_at IS NULL)").arg(a) };
}

// The durations of one handoff in seconds, NULL when it has none: business seconds to first touch,
// seconds to opportunity, seconds to won.
inline QStringList durationColumns(const QString &a)
{
    return { a + QStringLiteral(".first_touch_seconds"), QStringLiteral("(%1.opportunity_at - %1.handed_off_at)").arg(a),
        QStringLiteral("CASE WHEN %1.outcome = 'won' AND %1.closed_at IS NOT NULL THEN %1.closed_at - %1.handed_off_at END").arg(a) };
}

} // namespace baton::KpiSql
