#pragma once

// The SLA clock: for each handoff, which business-hours calendar its SLA runs on and the SLA facts
// stored with it (target, due instant, routing delay, response time, time to first touch). See
// resources/migrations/002_sla_facts.sql for the definitions.
//
// Which calendar: the policy of the handoff's signal type says whose hours count. 'owner' uses the
// owner's calendar, else the team's; 'team' uses the team's calendar; 'policy' uses the policy's own.
// Whatever is missing falls back to the policy's calendar, then to a 24 x 7 clock.

#include "businessclock.h"
#include "core/result.h"

#include <QHash>

#include <memory>

namespace baton {

class Workspace;
struct Handoff;

class SlaClock final
{
public:
    // Reads policies, calendars (hours and holidays), owners and teams from the workspace.
    static Result<SlaClock> load(Workspace &workspace);

    // The calendar the SLA of a handoff with these attributes runs on.
    const BusinessClock &clockFor(qint64 signalTypeId, qint64 ownerId, qint64 teamId) const;
    // The target in business minutes for a signal type, 0 when it has no policy.
    int targetMinutes(qint64 signalTypeId) const;
    // Fills the handoff's SLA facts from its timestamps.
    void apply(Handoff &handoff) const;

private:
    struct Policy
    {
        int targetMinutes = 0;
        QString calendarSource;
        qint64 calendarId = 0;
    };
    QHash<qint64, Policy> m_policies; // by signal type
    QHash<qint64, qint64> m_ownerCalendars;
    QHash<qint64, qint64> m_teamCalendars;
    // Clocks by calendar id; 0 is the 24 x 7 clock. Shared so that copies of SlaClock stay cheap.
    std::shared_ptr<QHash<qint64, std::shared_ptr<BusinessClock>>> m_clocks;
};

} // namespace baton
