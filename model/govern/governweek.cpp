#include "governweek.h"

#include "core/workspace.h"
#include "data/handoff.h"

namespace baton {

GovernWeek GovernWeek::of(Workspace &workspace, const IsoWeek &week)
{
    LocalDays days(HandoffRepository(workspace).reportingZone());
    GovernWeek span;
    span.week = week;
    span.start = days.startOf(week.monday());
    span.end = days.startOf(week.sunday().addDays(1));
    span.asOfDay = days.dayOf(workspace.asOf());
    return span;
}

QDate GovernWeek::referenceDay() const
{
    const QDate last = week.sunday();
    if (asOfDay.isValid() && asOfDay < last && asOfDay >= week.monday())
        return asOfDay;
    return last;
}

} // namespace baton
