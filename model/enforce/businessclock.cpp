#include "businessclock.h"

#include <QDateTime>

#include <algorithm>

namespace baton {

namespace {
// No calendar searches further than this for the next working minute (a year of holidays is absurd already).
constexpr int MaxDaysSearched = 400;
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
    return std::any_of(hours.begin() + 1, hours.end(), [](const auto &day) { return !day.isEmpty(); });
}

BusinessClock::BusinessClock(CalendarSpec spec)
    : m_spec(std::move(spec)), m_days(m_spec.zone.isValid() ? m_spec.zone : QTimeZone::utc())
{
    if (!m_spec.zone.isValid())
        m_spec.zone = QTimeZone::utc();
    m_hasHours = m_spec.hasHours();
}

QDate BusinessClock::localDate(qint64 at) const
{
    return m_days.dayOf(at);
}

const BusinessClock::Intervals &BusinessClock::intervalsOn(const QDate &day) const
{
    auto [entry, inserted] = m_dayCache.try_emplace(day.toJulianDay());
    Intervals &result = entry->second;
    if (!inserted)
        return result;
    if (m_spec.holidays.contains(day))
        return result;
    for (const auto &[start, end] : m_spec.hours[day.dayOfWeek()]) {
        // Converting each end point through the zone makes a day with a DST change the length it really is.
        const auto at = [&](int minute) {
            if (minute >= 24 * 60)
                return QDateTime(day.addDays(1), QTime(0, 0), m_spec.zone).toSecsSinceEpoch();
            return QDateTime(day, QTime(minute / 60, minute % 60), m_spec.zone).toSecsSinceEpoch();
        };
        const qint64 from = at(start);
        const qint64 to = at(end);
        if (to > from)
            result.append({ from, to });
    }
    return result;
}

qint64 BusinessClock::secondsBetween(qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    if (!m_hasHours)
        return to - from; // no working hours defined: the clock runs around the clock
    qint64 total = 0;
    const QDate last = localDate(to);
    for (QDate day = localDate(from); day <= last; day = day.addDays(1)) {
        for (const auto &[start, end] : intervalsOn(day)) {
            const qint64 a = std::max(start, from);
            const qint64 b = std::min(end, to);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

qint64 BusinessClock::addSeconds(qint64 from, qint64 seconds) const
{
    if (!m_hasHours)
        return from + std::max<qint64>(0, seconds);
    qint64 remaining = std::max<qint64>(0, seconds);
    QDate day = localDate(from);
    for (int searched = 0; searched < MaxDaysSearched; ++searched, day = day.addDays(1)) {
        for (const auto &[start, end] : intervalsOn(day)) {
            if (end <= from)
                continue;
            const qint64 a = std::max(start, from);
            if (a + remaining <= end)
                return a + remaining;
            remaining -= end - a;
        }
    }
    return from + seconds; // hours so rare (all holidays) that none come within reach: fall back to wall time
}

bool BusinessClock::isOpen(qint64 at) const
{
    if (!m_hasHours)
        return true;
    const auto intervals = intervalsOn(localDate(at));
    return std::any_of(intervals.begin(), intervals.end(),
        [at](const auto &interval) { return at >= interval.first && at < interval.second; });
}

} // namespace baton
