#pragma once

// Which handoffs a table, a drill-down or a report is about. Every field that is set narrows the
// selection; lists match any of their values (a 0 in a list of ids matches handoffs without one: no
// team, no owner). The filter turns itself into a WHERE clause with bound values, so no value ever
// reaches SQL as text.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace baton {

struct HandoffFilter
{
    std::optional<int> fromWeek; // yyyyww, inclusive
    std::optional<int> toWeek; // yyyyww, inclusive
    std::optional<qint64> handedOffFrom; // instant, inclusive
    std::optional<qint64> handedOffBefore; // instant, exclusive
    QList<qint64> ids;
    QList<qint64> signalTypes;
    QList<qint64> owners;
    QList<qint64> teams;
    QList<qint64> territories;
    QList<qint64> segments;
    QList<qint64> industries;
    QList<qint64> accounts;
    QList<qint64> rejectionReasons;
    QStringList sources;
    QStringList campaigns;
    QStringList outcomes;
    std::optional<bool> routedToFallback;
    std::optional<bool> touched; // first_touch_at present
    std::optional<bool> slaMet; // first touch at or before the SLA due instant
    // SLA outcomes as of an instant (SlaSql in enforce/slasql.h; the instant is a bound value).
    std::optional<qint64> slaDecidedAsOf; // the SLA outcome is known
    std::optional<qint64> slaMissedAsOf; // decided and not met
    std::optional<qint64> slaBreachingAsOf; // untouched and past due: an open breach
    std::optional<qint64> slaPendingAsOf; // under an SLA and not yet decided
    std::optional<bool> underSla; // has an SLA due instant (its signal type had a policy)
    bool rejectedWithoutReason = false;
    // The leaks of the KPI funnel (model/optimize) and the recycling of rejected handoffs (model/feedback).
    bool unassignedOrFallback = false; // no owner, or routed to the fallback queue
    std::optional<qint64> untouchedPastSlaAsOf; // SLA breaching (model/enforce/slasql.h) as of this instant
    bool rejectedWithReason = false;
    bool acceptedNotConverted = false; // accepted, no opportunity
    std::optional<bool> recycled; // handed off again by a recycle play (recycled_from_id set)
    QList<qint64> recycledFromReasons; // recycled from a handoff rejected with one of these reasons
    std::optional<bool> cameBack; // a later handoff was recycled from this one
    QString search; // text found in the lead id, email, contact name or company
    // What the filter means, in words, for headers and exports ("Week 2026-W38, source paid_social").
    QString description;

    bool isEmpty() const;
    // "a AND b AND ..." over the handoff table (aliased `alias`), appending bound values to *values;
    // empty when the filter selects everything.
    QString whereClause(QVariantList *values, const QString &alias = QStringLiteral("handoff")) const;
};

} // namespace baton
