#include "slaclock.h"

#include "core/workspace.h"
#include "data/handoff.h"
#include "route/coverage.h"
#include "sla.h"

namespace baton {

Result<SlaClock> SlaClock::load(Workspace &workspace)
{
    SlaClock clock;
    clock.m_clocks = std::make_shared<QHash<qint64, std::shared_ptr<BusinessClock>>>();
    clock.m_clocks->insert(0, std::make_shared<BusinessClock>(CalendarSpec()));

    auto calendars = Repository<BusinessCalendar>(workspace).list();
    auto hours = Repository<CalendarHours>(workspace).list();
    auto holidays = Repository<CalendarHoliday>(workspace).list();
    auto policies = Repository<SlaPolicy>(workspace).list();
    auto owners = Repository<Owner>(workspace).list();
    auto teams = Repository<Team>(workspace).list();
    if (!calendars || !hours || !holidays || !policies || !owners || !teams)
        return fail(QStringLiteral("Reading the SLA configuration failed: %1")
                        .arg(calendars.errorMessage() + hours.errorMessage() + holidays.errorMessage()
                            + policies.errorMessage() + owners.errorMessage() + teams.errorMessage()));

    QHash<qint64, CalendarSpec> specs;
    for (const BusinessCalendar &calendar : *calendars) {
        CalendarSpec spec;
        spec.zone = QTimeZone(calendar.timeZone.toUtf8());
        specs.insert(calendar.id, spec);
    }
    for (const CalendarHours &h : *hours)
        // The schema's CHECK keeps weekdays in 1..7, but a file edited elsewhere or damaged may hold any
        // number, and it indexes an array: such rows are ignored (the clock clamps the minutes itself).
        if (specs.contains(h.calendarId) && h.weekday >= 1 && h.weekday <= 7)
            specs[h.calendarId].hours[h.weekday].append({ h.startMinute, h.endMinute });
    for (const CalendarHoliday &holiday : *holidays)
        if (specs.contains(holiday.calendarId))
            specs[holiday.calendarId].holidays.insert(holiday.day);
    for (auto it = specs.cbegin(); it != specs.cend(); ++it)
        clock.m_clocks->insert(it.key(), std::make_shared<BusinessClock>(it.value()));

    for (const SlaPolicy &policy : *policies)
        clock.m_policies.insert(policy.signalTypeId, { policy.targetMinutes, policy.calendarSource, policy.calendarId });
    for (const Owner &owner : *owners)
        if (owner.calendarId > 0)
            clock.m_ownerCalendars.insert(owner.id, owner.calendarId);
    for (const Team &team : *teams)
        if (team.calendarId > 0)
            clock.m_teamCalendars.insert(team.id, team.calendarId);
    return clock;
}

const BusinessClock &SlaClock::clockFor(qint64 signalTypeId, qint64 ownerId, qint64 teamId) const
{
    const Policy policy = m_policies.value(signalTypeId);
    qint64 calendar = 0;
    if (policy.calendarSource == CalendarSource::Owner)
        calendar = m_ownerCalendars.value(ownerId, m_teamCalendars.value(teamId));
    else if (policy.calendarSource == CalendarSource::Team)
        calendar = m_teamCalendars.value(teamId);
    if (calendar == 0 || !m_clocks->contains(calendar))
        calendar = m_clocks->contains(policy.calendarId) ? policy.calendarId : 0;
    return *m_clocks->value(calendar);
}

int SlaClock::targetMinutes(qint64 signalTypeId) const
{
    return m_policies.value(signalTypeId).targetMinutes;
}

void SlaClock::apply(Handoff &handoff) const
{
    const BusinessClock &clock = clockFor(handoff.signalTypeId, handoff.ownerId, handoff.teamId);
    const int target = targetMinutes(handoff.signalTypeId);
    handoff.slaTargetMinutes.reset();
    handoff.slaDueAt.reset();
    if (target > 0) {
        handoff.slaTargetMinutes = target;
        handoff.slaDueAt = clock.addSeconds(handoff.handedOffAt, qint64(target) * 60);
    }
    const auto between = [&](const Handoff::Instant &from, const Handoff::Instant &to) -> std::optional<qint64> {
        if (!from || !to || *to < *from)
            return std::nullopt;
        return clock.secondsBetween(*from, *to);
    };
    handoff.routingDelaySeconds = between(handoff.handedOffAt, handoff.assignedAt);
    handoff.responseSeconds = between(handoff.assignedAt, handoff.firstTouchAt);
    handoff.firstTouchSeconds = between(handoff.handedOffAt, handoff.firstTouchAt);
}

} // namespace baton
