#pragma once

// Time measured on a business-hours calendar: working hours per weekday in one time zone, minus
// holidays. Instants are seconds since the epoch (UTC); the clock converts through the calendar's
// zone, so nights, weekends, holidays and daylight-saving changes are all accounted for.
// A calendar without any working hours runs around the clock (24 x 7).

#include <QDate>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>

namespace baton {

struct CalendarSpec
{
    QTimeZone zone = QTimeZone::utc();
    // Index 1..7 = Monday..Sunday; each entry is a list of [startMinute, endMinute) intervals.
    std::array<QList<std::pair<int, int>>, 8> hours;
    QSet<QDate> holidays;

    // Monday to Friday, `start`..`end` local time.
    static CalendarSpec weekdays(const QTimeZone &zone, int startMinute = 9 * 60, int endMinute = 17 * 60);
    bool hasHours() const;
};

class BusinessClock final
{
public:
    explicit BusinessClock(CalendarSpec spec);

    // Business seconds in [from, to); 0 when to <= from.
    qint64 secondsBetween(qint64 from, qint64 to) const;
    // The instant at which `seconds` business seconds have passed since `from`
    // (for 0: `from` itself if within hours, else the next opening).
    qint64 addSeconds(qint64 from, qint64 seconds) const;
    // True when `at` falls inside working hours.
    bool isOpen(qint64 at) const;

    const CalendarSpec &spec() const { return m_spec; }

private:
    // Working intervals of one local day as instants, in order.
    QList<std::pair<qint64, qint64>> intervalsOn(const QDate &day) const;
    QDate localDate(qint64 at) const;

    CalendarSpec m_spec;
};

} // namespace baton
