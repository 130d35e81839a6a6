#pragma once

// Time measured on a business-hours calendar: working hours per weekday in one time zone, minus
// holidays. Instants are seconds since the epoch (UTC); the clock converts through the calendar's
// zone, so nights, weekends, holidays and daylight-saving changes are all accounted for.
// A calendar without any working hours runs around the clock (24 x 7).
//
// Wall times are read the way a person at the calendar's desk reads the clock: a working interval
// [start, end) of a local day runs from the first instant the local clock shows `start` to the first
// instant it shows `end` (end 24:00 = the start of the next day). So a day on which the clocks go back
// is an hour longer if its hours span the change, a wall time skipped when the clocks go forward
// starts at the moment of the jump, and overlapping or unsorted intervals of one weekday are merged.
//
// Speed: the clock keeps a table of days (start instant, working intervals, business seconds before
// the day) that it extends on demand, so secondsBetween() and isOpen() cost the same for a span of a
// minute and a span of years, and addSeconds() is a binary search. Instants before 1900 or after 2300
// are clamped to those years. The table makes a clock stateful: use one clock per thread.

#include <QDate>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <vector>

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
    // The instant at which `seconds` business seconds have passed since `from`: the earliest t with
    // secondsBetween(from, t) == seconds (for 0: `from` itself if within hours, else the next opening).
    qint64 addSeconds(qint64 from, qint64 seconds) const;
    // True when `at` falls inside working hours.
    bool isOpen(qint64 at) const;

    const CalendarSpec &spec() const { return m_spec; }

    // The first instant at which `zone`'s clock shows the local wall time `wallSeconds` (seconds since
    // 1970-01-01 00:00 local) or a later one: the time itself, its first occurrence when the clocks go
    // back, the moment of the jump when the clocks skip it.
    static qint64 firstInstantShowing(const QTimeZone &zone, qint64 wallSeconds);

    // How many days the clock has tabulated (for tests and benchmarks).
    qsizetype daysTabulated() const { return qsizetype(m_days.size()) - (m_days.empty() ? 0 : 1); }

private:
    struct Day
    {
        qint64 start = 0; // the first instant of the local day
        qint64 before = 0; // business seconds from the table's first day to `start`
        quint32 first = 0; // index of the day's first interval in m_intervals
        quint32 count = 0;
    };
    struct Interval
    {
        qint64 start;
        qint64 end;
    };

    // Makes the table cover the Julian days [firstJd, lastJd] (clamped to the supported years).
    void cover(qint64 firstJd, qint64 lastJd) const;
    void tabulate(qint64 firstJd, qint64 lastJd, std::vector<Day> *days, std::vector<Interval> *intervals) const;
    // The index of the day holding `at` (clamped), after extending the table as needed.
    qsizetype dayIndex(qint64 at) const;
    // Business seconds from the table's first day to `at`.
    qint64 businessBefore(qsizetype day, qint64 at) const;
    qint64 clamp(qint64 at) const;

    CalendarSpec m_spec;
    bool m_hasHours = false;
    // Merged intervals per weekday, minutes.
    std::array<QList<std::pair<int, int>>, 8> m_merged;
    // m_days[i] is Julian day m_firstJd + i; one extra entry at the end marks where the last day ends.
    mutable qint64 m_firstJd = 0;
    mutable std::vector<Day> m_days;
    mutable std::vector<Interval> m_intervals;
};

} // namespace baton
