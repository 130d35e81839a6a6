#include "businessclock.h"

#include <QDateTime>

#include <algorithm>
#include <optional>

namespace baton {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJd = 2440588; // Julian day of 1970-01-01
// The supported years: instants outside are clamped (a bogus date in imported data must not make a
// clock tabulate millions of days).
const qint64 MinJd = QDate(1900, 1, 1).toJulianDay();
const qint64 MaxJd = QDate(2300, 1, 1).toJulianDay();
// Instants safely inside the tabulated range of the supported years, whatever the zone's offset.
constexpr qint64 MinInstant = -2208988800LL + 2 * SecondsPerDay; // 1900-01-03 UTC
constexpr qint64 MaxInstant = 10413792000LL - 2 * SecondsPerDay; // 2299-12-30 UTC
// addSeconds(from, 0) looks this far ahead for the next opening, addSeconds(from, n) gives up when a
// whole year brings no working time (a calendar of nothing but holidays): both fall back to wall time.
constexpr int MaxDaysSearched = 400;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

qint64 offsetAt(const QTimeZone &zone, qint64 at)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
}

// Local wall seconds of midnight at the start of Julian day `jd`.
qint64 wallOf(qint64 jd)
{
    return (jd - UnixEpochJd) * SecondsPerDay;
}

} // namespace

CalendarSpec CalendarSpec::weekdays(const QTimeZone &zone, int startMinute, int endMinute)
{
    CalendarSpec spec;
    spec.zone = zone;
    for (int day = 1; day <= 5; ++day)
        spec.hours[day] = { { startMinute, endMinute } };
    return spec;
}

bool CalendarSpec::hasHours() const
{
    return std::any_of(hours.begin() + 1, hours.end(), [](const auto &day) {
        return std::any_of(day.begin(), day.end(), [](const auto &interval) {
            return std::min(interval.second, 24 * 60) > std::max(interval.first, 0);
        });
    });
}

BusinessClock::BusinessClock(CalendarSpec spec) : m_spec(std::move(spec))
{
    if (!m_spec.zone.isValid())
        m_spec.zone = QTimeZone::utc();
    m_hasHours = m_spec.hasHours();
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QList<std::pair<int, int>> intervals;
        for (auto [start, end] : m_spec.hours[weekday]) {
            start = std::clamp(start, 0, 24 * 60);
            end = std::clamp(end, 0, 24 * 60);
            if (end > start)
                intervals.append({ start, end });
        }
        std::sort(intervals.begin(), intervals.end());
        QList<std::pair<int, int>> merged;
        for (const auto &interval : std::as_const(intervals)) {
            if (!merged.isEmpty() && interval.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, interval.second);
            else
                merged.append(interval);
        }
        m_merged[weekday] = merged;
    }
}

qint64 BusinessClock::firstInstantShowing(const QTimeZone &zone, qint64 wall)
{
    // Any instant showing `wall` lies within 14 hours of it (the widest UTC offsets), so the offsets in
    // force within 15 hours either side are all the candidates there are.
    constexpr qint64 Reach = 15 * 3600;
    const qint64 low = wall - Reach;
    const qint64 high = wall + Reach;
    QList<qint64> offsets { offsetAt(zone, low) };
    QList<qint64> jumps;
    if (zone.hasTransitions()) {
        for (auto transition = zone.nextTransition(QDateTime::fromSecsSinceEpoch(low, Qt::UTC));
             transition.atUtc.isValid() && transition.atUtc.toSecsSinceEpoch() <= high;
             transition = zone.nextTransition(transition.atUtc)) {
            jumps << transition.atUtc.toSecsSinceEpoch();
            offsets << transition.offsetFromUtc;
        }
    }
    std::optional<qint64> first;
    for (qint64 offset : std::as_const(offsets)) {
        const qint64 candidate = wall - offset;
        if (offsetAt(zone, candidate) == offset && (!first || candidate < *first))
            first = candidate;
    }
    if (first)
        return *first;
    // Skipped by a jump forward: the wall time starts when the clock jumps past it.
    for (qint64 jump : std::as_const(jumps))
        if (jump - 1 + offsetAt(zone, jump - 1) < wall && jump + offsetAt(zone, jump) > wall)
            return jump;
    return wall - offsets.constLast();
}

void BusinessClock::tabulate(qint64 firstJd, qint64 lastJd, std::vector<Day> *days, std::vector<Interval> *intervals) const
{
    // Day starts first (one more than the days, for the end of the last one), then each day's hours.
    std::vector<qint64> starts;
    starts.reserve(size_t(lastJd - firstJd + 2));
    for (qint64 jd = firstJd; jd <= lastJd + 1; ++jd)
        starts.push_back(firstInstantShowing(m_spec.zone, wallOf(jd)));
    qint64 before = 0;
    for (qint64 jd = firstJd; jd <= lastJd; ++jd) {
        const qint64 dayStart = starts[size_t(jd - firstJd)];
        const qint64 dayEnd = std::max(dayStart, starts[size_t(jd - firstJd + 1)]);
        Day day { dayStart, before, quint32(intervals->size()), 0 };
        const QDate date = QDate::fromJulianDay(jd);
        if (!m_spec.holidays.contains(date)) {
            for (const auto &[startMinute, endMinute] : m_merged[date.dayOfWeek()]) {
                const qint64 from = startMinute == 0 ? dayStart
                                                     : firstInstantShowing(m_spec.zone, wallOf(jd) + startMinute * 60LL);
                const qint64 to = endMinute == 24 * 60 ? dayEnd
                                                       : firstInstantShowing(m_spec.zone, wallOf(jd) + endMinute * 60LL);
                const qint64 a = std::clamp(from, dayStart, dayEnd);
                const qint64 b = std::clamp(to, dayStart, dayEnd);
                if (b > a) {
                    intervals->push_back({ a, b });
                    ++day.count;
                    before += b - a;
                }
            }
        }
        days->push_back(day);
    }
    // The end marker: where the last day ends, and the business seconds of all of them.
    days->push_back({ starts.back(), before, quint32(intervals->size()), 0 });
}

void BusinessClock::cover(qint64 firstJd, qint64 lastJd) const
{
    firstJd = std::max(firstJd, MinJd);
    lastJd = std::min(lastJd, MaxJd);
    if (m_days.empty()) {
        const qint64 a = std::max(firstJd - 31, MinJd);
        const qint64 b = std::min(lastJd + 92, MaxJd);
        m_firstJd = a;
        tabulate(a, b, &m_days, &m_intervals);
        return;
    }
    // Grow in chunks (at least half the table) so that a sweep through time tabulates each day once.
    const qint64 chunk = std::max<qint64>(62, qint64(m_days.size()) / 2);
    const qint64 currentLast = m_firstJd + qint64(m_days.size()) - 2;
    if (lastJd > currentLast) {
        const qint64 b = std::min(std::max(lastJd, currentLast + chunk), MaxJd);
        const Day end = m_days.back();
        m_days.pop_back();
        std::vector<Day> days;
        std::vector<Interval> intervals;
        tabulate(currentLast + 1, b, &days, &intervals);
        const quint32 shift = quint32(m_intervals.size());
        for (Day &day : days) {
            day.before += end.before;
            day.first += shift;
        }
        m_days.insert(m_days.end(), days.begin(), days.end());
        m_intervals.insert(m_intervals.end(), intervals.begin(), intervals.end());
    }
    if (firstJd < m_firstJd) {
        const qint64 a = std::max(std::min(firstJd, m_firstJd - chunk), MinJd);
        std::vector<Day> days;
        std::vector<Interval> intervals;
        tabulate(a, m_firstJd - 1, &days, &intervals);
        const Day end = days.back();
        days.pop_back();
        for (Day &day : m_days) {
            day.before += end.before;
            day.first += quint32(intervals.size());
        }
        days.insert(days.end(), m_days.begin(), m_days.end());
        intervals.insert(intervals.end(), m_intervals.begin(), m_intervals.end());
        m_days = std::move(days);
        m_intervals = std::move(intervals);
        m_firstJd = a;
    }
}

qint64 BusinessClock::clamp(qint64 at) const
{
    return std::clamp(at, MinInstant, MaxInstant);
}

qsizetype BusinessClock::dayIndex(qint64 at) const
{
    if (m_days.empty() || at < m_days.front().start || at >= m_days.back().start) {
        const qint64 jd = floorDiv(at + offsetAt(m_spec.zone, at), SecondsPerDay) + UnixEpochJd;
        cover(jd - 1, jd + 1);
    }
    const qsizetype last = qsizetype(m_days.size()) - 2; // the last real day; the entry after it is the end marker
    // Days are 24 hours give or take a daylight-saving hour: guess, then step to the right one.
    qsizetype i = std::clamp<qsizetype>(qsizetype((at - m_days.front().start) / SecondsPerDay), 0, last);
    while (i > 0 && at < m_days[size_t(i)].start)
        --i;
    while (i < last && at >= m_days[size_t(i + 1)].start)
        ++i;
    return i;
}

qint64 BusinessClock::businessBefore(qsizetype index, qint64 at) const
{
    const Day &day = m_days[size_t(index)];
    qint64 total = day.before;
    for (quint32 k = day.first; k < day.first + day.count; ++k) {
        const Interval &interval = m_intervals[k];
        if (at <= interval.start)
            break;
        total += std::min(at, interval.end) - interval.start;
    }
    return total;
}

qint64 BusinessClock::secondsBetween(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    // Clamped first, for the 24 x 7 clock too: instants from a file may be any 64-bit number, and the
    // difference of two of them can overflow.
    from = clamp(from);
    to = clamp(to);
    if (!m_hasHours)
        return to - from; // no working hours defined: the clock runs around the clock
    // Tabulate both ends before taking indices: growing the table backwards renumbers its days.
    dayIndex(from);
    dayIndex(to);
    return businessBefore(dayIndex(to), to) - businessBefore(dayIndex(from), from);
}

qint64 BusinessClock::addSeconds(qint64 from, qint64 seconds) const
{
    // Clamped first (see secondsBetween), and no span longer than the supported years: start + seconds
    // cannot overflow then.
    seconds = std::clamp<qint64>(seconds, 0, MaxInstant - MinInstant);
    const qint64 start = clamp(from);
    if (!m_hasHours)
        return start + seconds;
    qsizetype i = dayIndex(start);
    if (seconds == 0) {
        for (int searched = 0; searched < MaxDaysSearched; ++searched, ++i) {
            if (i >= qsizetype(m_days.size()) - 1) {
                if (m_firstJd + i > MaxJd)
                    break;
                cover(m_firstJd + i, m_firstJd + i); // forward growth keeps indices
                if (i >= qsizetype(m_days.size()) - 1)
                    break;
            }
            const Day &day = m_days[size_t(i)];
            for (quint32 k = day.first; k < day.first + day.count; ++k)
                if (m_intervals[k].end > start)
                    return std::max(m_intervals[k].start, start);
        }
        return from;
    }
    const qint64 target = businessBefore(i, start) + seconds;
    while (m_days.back().before < target) {
        const qint64 lastJd = m_firstJd + qint64(m_days.size()) - 2;
        const qint64 reached = m_days.back().before;
        if (lastJd >= MaxJd)
            return start + seconds;
        cover(lastJd + 1, lastJd + std::max<qint64>(MaxDaysSearched, 366));
        if (m_days.back().before == reached)
            return start + seconds; // a year without working time: give up on business hours
    }
    // The first day by whose end the target is reached, then the interval in it.
    const auto found = std::lower_bound(m_days.begin() + i + 1, m_days.end(), target,
        [](const Day &day, qint64 value) { return day.before < value; });
    const Day &day = *(found - 1);
    qint64 reached = day.before;
    for (quint32 k = day.first; k < day.first + day.count; ++k) {
        const Interval &interval = m_intervals[k];
        const qint64 length = interval.end - interval.start;
        if (reached + length >= target)
            return interval.start + (target - reached);
        reached += length;
    }
    return start + seconds; // not reached: the table is inconsistent, which cannot happen
}

bool BusinessClock::isOpen(qint64 at) const
{
    if (!m_hasHours)
        return true;
    at = clamp(at);
    const Day &day = m_days[size_t(dayIndex(at))];
    for (quint32 k = day.first; k < day.first + day.count; ++k)
        if (at >= m_intervals[k].start && at < m_intervals[k].end)
            return true;
    return false;
}

} // namespace baton
