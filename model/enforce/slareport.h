#pragma once

// SLA compliance for the Enforce page, the command line and the scorecard: per ISO week, grouped by
// signal type, team and owner, and the trend over weeks. Outcomes (met, decided, missed, breaching)
// are those of SlaSql (slasql.h), counted from the facts stored with each handoff, judged as of an
// instant (normally Workspace::asOf()). A handoff belongs to the week it was handed off in.
//
// Durations are business time on the handoff's calendar, in minutes: time to first touch (handoff to
// first touch), routing delay (handoff to assignment, the system's and RevOps' share) and response time
// (assignment to first touch, the owner's share). Medians and 90th percentiles are over the handoffs under
// an SLA policy that have the duration; the median of an even count is the mean of the middle two, the
// 90th percentile is the nearest-rank value (the ceil(0.9 n)-th smallest).

#include "core/isoweek.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace baton {

class Workspace;

enum class SlaDimension { SignalType, Team, Owner };

struct SlaGroupStats
{
    qint64 id = 0; // the signal type, team or owner; 0 = none (and for the total)
    QString name;
    qint64 handoffs = 0; // handed off in the week
    qint64 withSla = 0; // of them, under an SLA policy
    qint64 met = 0;
    qint64 decided = 0;
    qint64 breaching = 0; // untouched and past due as of the report's instant (counted in missed)
    std::optional<double> medianFirstTouchMinutes;
    std::optional<double> p90FirstTouchMinutes;
    std::optional<double> medianRoutingDelayMinutes;
    std::optional<double> medianResponseMinutes;

    qint64 missed() const { return decided - met; }
    qint64 pending() const { return withSla - decided; } // untouched, not yet due
    // met / decided; none when nothing is decided.
    std::optional<double> compliance() const
    {
        return decided > 0 ? std::optional<double>(double(met) / double(decided)) : std::nullopt;
    }
};

struct SlaWeekReport
{
    IsoWeek week;
    qint64 asOf = 0;
    QList<SlaGroupStats> bySignalType; // in the signal types' order
    QList<SlaGroupStats> byTeam; // by name, "no team" last
    QList<SlaGroupStats> byOwner; // by name, "no owner" last
    SlaGroupStats total;

    const QList<SlaGroupStats> &by(SlaDimension dimension) const;
};

struct SlaTrendPoint
{
    static constexpr qint64 AllGroups = -1;

    int week = 0; // yyyyww
    qint64 groupId = 0; // the signal type, team or owner; 0 = none; AllGroups for the week's total
    QString name;
    qint64 met = 0;
    qint64 decided = 0;
    std::optional<double> compliance() const
    {
        return decided > 0 ? std::optional<double>(double(met) / double(decided)) : std::nullopt;
    }
};

class SlaReport final
{
public:
    static Result<SlaWeekReport> forWeek(Workspace &workspace, const IsoWeek &week, qint64 asOf);

    // The weeks that have handoffs, oldest first.
    static Result<QList<IsoWeek>> weeks(Workspace &workspace);
    // The latest week with handoffs that had ended by `asOf` (its Sunday over in the reporting time zone);
    // the latest week with handoffs when none had; nothing when there are no handoffs.
    static Result<std::optional<IsoWeek>> lastCompleteWeek(Workspace &workspace, qint64 asOf);

    // Met and decided per week and group, for the weeks in [fromWeek, toWeek] (yyyyww, both optional);
    // with `withTotal` also one point per week over every group (groupId AllGroups), first in its week;
    // then the groups by name, "none" last.
    static Result<QList<SlaTrendPoint>> trend(Workspace &workspace, SlaDimension dimension, qint64 asOf,
        std::optional<int> fromWeek = {}, std::optional<int> toWeek = {}, bool withTotal = true);

    // The median and nearest-rank 90th percentile used above (none for an empty list).
    static std::optional<double> median(QList<qint64> values);
    static std::optional<double> percentile90(QList<qint64> values);
};

} // namespace baton
