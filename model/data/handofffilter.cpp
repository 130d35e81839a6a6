#include "handofffilter.h"

#include "enforce/slasql.h"

#include <type_traits>

namespace baton {

namespace {

constexpr qsizetype LongListThreshold = 500;

template <typename T>
void inList(QStringList *clauses, QVariantList *values, const QString &column, const QList<T> &list)
{
    if (list.isEmpty())
        return;
    QStringList marks;
    bool none = false;
    for (const T &value : list) {
        if constexpr (std::is_integral_v<T>) {
            if (value == 0) { // ids start at 1: 0 stands for "none"
                none = true;
                continue;
            }
        }
        marks << QStringLiteral("?");
        values->append(QVariant::fromValue(value));
    }
    QString clause = marks.isEmpty() ? QString() : column + QStringLiteral(" IN (") + marks.join(u',') + QLatin1Char(')');
    // SQLite allows at most 32,766 bound values per statement: a long list of ids (a drill-down into tens of
    // thousands of violations) travels as one bound JSON array instead. (PostgreSQL would use = ANY(?).)
    if constexpr (std::is_integral_v<T>) {
        if (marks.size() > LongListThreshold) {
            values->erase(values->end() - marks.size(), values->end());
            QStringList numbers;
            numbers.reserve(marks.size());
            for (const T &value : list)
                if (value != 0)
                    numbers << QString::number(value);
            values->append(QLatin1Char('[') + numbers.join(u',') + QLatin1Char(']'));
            clause = column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
        }
    }
    if (none)
        clause = clause.isEmpty() ? column + QStringLiteral(" IS NULL")
                                  : QStringLiteral("(%1 OR %2 IS NULL)").arg(clause, column);
    clauses->append(clause);
}

} // namespace

bool HandoffFilter::isEmpty() const
{
    QVariantList unused;
    return whereClause(&unused).isEmpty();
}

QString HandoffFilter::whereClause(QVariantList *values, const QString &alias) const
{
    const QString a = alias + QLatin1Char('.');
    QStringList clauses;
    const auto compare = [&](const QString &expression, const QVariant &value) {
        clauses << a + expression;
        values->append(value);
    };
    if (fromWeek)
        compare(QStringLiteral("week >= ?"), *fromWeek);
    if (toWeek)
        compare(QStringLiteral("week <= ?"), *toWeek);
    if (handedOffFrom)
        compare(QStringLiteral("handed_off_at >= ?"), *handedOffFrom);
    if (handedOffBefore)
        compare(QStringLiteral("handed_off_at < ?"), *handedOffBefore);
    inList(&clauses, values, a + QStringLiteral("id"), ids);
    inList(&clauses, values, a + QStringLiteral("signal_type_id"), signalTypes);
    inList(&clauses, values, a + QStringLiteral("owner_id"), owners);
    inList(&clauses, values, a + QStringLiteral("team_id"), teams);
    inList(&clauses, values, a + QStringLiteral("territory_id"), territories);
    inList(&clauses, values, a + QStringLiteral("segment_id"), segments);
    inList(&clauses, values, a + QStringLiteral("industry_id"), industries);
    inList(&clauses, values, a + QStringLiteral("account_id"), accounts);
    inList(&clauses, values, a + QStringLiteral("rejection_reason_id"), rejectionReasons);
    inList(&clauses, values, a + QStringLiteral("source"), sources);
    inList(&clauses, values, a + QStringLiteral("campaign"), campaigns);
    inList(&clauses, values, a + QStringLiteral("outcome"), outcomes);
    if (routedToFallback)
        compare(QStringLiteral("routed_to_fallback = ?"), *routedToFallback ? 1 : 0);
    if (touched)
        clauses << a + (*touched ? QStringLiteral("first_touch_at IS NOT NULL") : QStringLiteral("first_touch_at IS NULL"));
    if (slaMet)
        clauses << (*slaMet ? QStringLiteral("%1first_touch_at <= %1sla_due_at").arg(a)
                            : QStringLiteral("%1sla_due_at IS NOT NULL AND (%1first_touch_at IS NULL OR %1first_touch_at > %1sla_due_at)").arg(a));
    // SLA outcomes are SlaSql's rules, each with the instant as its one bound value.
    const auto slaOutcome = [&](const std::optional<qint64> &asOf, QString (*rule)(const QString &, const QString &)) {
        if (!asOf)
            return;
        clauses << rule(QStringLiteral("?"), alias);
        values->append(*asOf);
    };
    slaOutcome(slaDecidedAsOf, SlaSql::decidedAt);
    slaOutcome(slaMissedAsOf, SlaSql::missedAt);
    slaOutcome(slaBreachingAsOf, SlaSql::breachingAt);
    if (slaPendingAsOf) {
        clauses << QStringLiteral("(%1sla_due_at IS NOT NULL AND NOT %2)").arg(a, SlaSql::decidedAt(QStringLiteral("?"), alias));
        values->append(*slaPendingAsOf);
    }
    if (underSla)
        clauses << a + (*underSla ? QStringLiteral("sla_due_at IS NOT NULL") : QStringLiteral("sla_due_at IS NULL"));
    if (rejectedWithoutReason)
        clauses << QStringLiteral("%1rejected_at IS NOT NULL AND %1rejection_reason_id IS NULL").arg(a);
    if (unassignedOrFallback)
        clauses << QStringLiteral("(%1routed_to_fallback <> 0 OR %1owner_id IS NULL)").arg(a);
    if (untouchedPastSlaAsOf) {
        // SlaSql's one definition, with the instant bound rather than written into the statement.
        constexpr qint64 Marker = -7340036000000001;
        clauses << SlaSql::breaching(Marker, alias).replace(QString::number(Marker), QStringLiteral("?"));
        values->append(*untouchedPastSlaAsOf);
    }
    if (rejectedWithReason)
        clauses << QStringLiteral("%1rejected_at IS NOT NULL AND %1rejection_reason_id IS NOT NULL").arg(a);
    if (acceptedNotConverted)
        clauses << QStringLiteral("%1accepted_at IS NOT NULL AND %1opportunity_at IS NULL").arg(a);
    if (recycled)
        clauses << a + (*recycled ? QStringLiteral("recycled_from_id IS NOT NULL") : QStringLiteral("recycled_from_id IS NULL"));
    if (!recycledFromReasons.isEmpty()) {
        QStringList marks;
        for (qint64 reason : recycledFromReasons) {
            marks << QStringLiteral("?");
            values->append(reason);
        }
        clauses << QStringLiteral("%1recycled_from_id IN (SELECT origin.id FROM handoff origin WHERE origin.rejection_reason_id IN (%2))")
                       .arg(a, marks.join(u','));
    }
    if (cameBack)
        clauses << QStringLiteral("%1EXISTS (SELECT 1 FROM handoff later WHERE later.recycled_from_id = %2id)")
                       .arg(*cameBack ? QString() : QStringLiteral("NOT "), a);
    if (!search.trimmed().isEmpty()) {
        QString pattern = search.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        clauses << QStringLiteral("(%1lead_ref LIKE ? ESCAPE '\\' OR %1email LIKE ? ESCAPE '\\' OR %1contact_name LIKE ? ESCAPE '\\' "
                                  "OR %1company LIKE ? ESCAPE '\\')")
                       .arg(a);
        for (int i = 0; i < 4; ++i)
            values->append(pattern);
    }
    return clauses.join(QStringLiteral(" AND "));
}

} // namespace baton
