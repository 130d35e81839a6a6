#pragma once

// The one definition of SLA outcomes, as SQL over the handoff's SLA facts (migration 002), shared by
// the KPI engine, the Enforce page, the maturity evidence and the scorecard so they cannot disagree.
//
//   met       first touch at or before the SLA due instant
//   decided   the SLA outcome is known as of `asOf`: touched, or untouched with the due instant passed
//   missed    decided and not met (includes untouched past due)
//   breaching untouched and past due as of `asOf` (an open breach, which escalation applies to). A handoff
//             Sales accepted or rejected without logging a touch counts too: as far as the data shows, nobody
//             touched it (the validator reports the missing timestamp), and the KPI summary tables count
//             untouched handoffs the same way
//   SLA compliance = met / decided; handoffs without a policy (sla_due_at NULL) are in neither.
//
// Each rule is written once, over an SQL expression for "as of": the qint64 forms splice the instant as
// a number (never user text); the *At forms take any expression and use it exactly once, so "?" works
// for a bound value (HandoffFilter).

#include <QString>

namespace baton::SlaSql {

inline QString met(const QString &a = QStringLiteral("handoff"))
{
    return QStringLiteral("(%1.first_touch_at IS NOT NULL AND %1.first_touch_at <= %1.sla_due_at)").arg(a);
}
inline QString decidedAt(const QString &asOf, const QString &a = QStringLiteral("handoff"))
{
    return QStringLiteral("(%1.sla_due_at IS NOT NULL AND (%1.first_touch_at IS NOT NULL OR %1.sla_due_at <= %2))").arg(a, asOf);
}
inline QString missedAt(const QString &asOf, const QString &a = QStringLiteral("handoff"))
{
    return QStringLiteral("(%1 AND NOT %2)").arg(decidedAt(asOf, a), met(a));
}
inline QString breachingAt(const QString &asOf, const QString &a = QStringLiteral("handoff"))
{
    return QStringLiteral("(%1.first_touch_at IS NULL AND %1.sla_due_at <= %2)").arg(a, asOf);
}

// `asOf` is an instant (seconds since the epoch) written as a number, never user text.
inline QString decided(qint64 asOf, const QString &a = QStringLiteral("handoff"))
{
    return decidedAt(QString::number(asOf), a);
}
inline QString missed(qint64 asOf, const QString &a = QStringLiteral("handoff"))
{
    return missedAt(QString::number(asOf), a);
}
inline QString breaching(qint64 asOf, const QString &a = QStringLiteral("handoff"))
{
    return breachingAt(QString::number(asOf), a);
}

} // namespace baton::SlaSql
