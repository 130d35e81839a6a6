#pragma once

// Time measured on a business-hours calendar: working hours per weekday in one time zone, minus
// holidays. Instants are seconds since the epoch (UTC); the clock converts through the calendar's
// zone, so nights, weekends, holidays and daylight-saving changes are all accounted for.
// A calendar without any working hours runs around the clock (24 x 7).
// A clock caches the working intervals of the days it has seen: use one clock per thread.

#include "core/isoweek.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <unordered_map>

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
    using Intervals = QList<std::pair<qint64, qint64>>;
    // Working intervals of one local day as instants, in order.
    const Intervals &intervalsOn(const QDate &day) const;
    QDate localDate(qint64 at) const;

    CalendarSpec m_spec;
    bool m_hasHours = false;
    mutable LocalDays m_days;
    // By Julian day; std::unordered_map keeps references valid as it grows.
    mutable std::unordered_map<qint64, Intervals> m_dayCache;
};

} // namespace baton
