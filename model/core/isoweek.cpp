#include "isoweek.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace baton {

IsoWeek IsoWeek::fromDate(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return { year, week };
}

Result<IsoWeek> IsoWeek::parse(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})-?[Ww](\\d{1,2})\\s*$"));
    const auto match = pattern.match(label);
    if (match.hasMatch()) {
        const IsoWeek candidate { match.captured(1).toInt(), match.captured(2).toInt() };
        // Week 53 exists only in some years: the label must round-trip through its Monday.
        if (candidate.isValid() && fromDate(candidate.monday()) == candidate)
            return candidate;
    }
    return fail(QCoreApplication::translate("baton::IsoWeek", "'%1' is not an ISO week; write it like 2026-W47.")
                    .arg(label),
        Error::Kind::Invalid);
}

QString IsoWeek::label() const
{
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QDate IsoWeek::monday() const
{
    // January 4th is always in week 1.
    const QDate jan4(year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    return week1Monday.addDays(qint64(week - 1) * 7);
}

LocalDays::LocalDays(const QTimeZone &zone) : m_zone(zone.isValid() ? zone : QTimeZone::utc()) { }

const LocalDays::Span &LocalDays::spanOf(qint64 secs)
{
    for (const Span &span : m_spans)
        if (secs >= span.from && secs < span.to)
            return span;
    // Every real-world offset change falls on a quarter hour of UTC, so the offset at the start of the quarter
    // is the instant's; it holds from the zone's last transition up to its next one.
    const qint64 quarter = (secs >= 0 ? secs / 900 : (secs - 899) / 900) * 900;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(quarter, Qt::UTC);
    Span span { quarter, quarter + 900, m_zone.offsetFromUtc(at) };
    if (!m_zone.hasTransitions()) {
        // A fixed offset (UTC); a zone with daylight time whose transitions the backend cannot list keeps the
        // quarter hour.
        if (!m_zone.hasDaylightTime()) {
            span.from = std::numeric_limits<qint64>::min();
            span.to = std::numeric_limits<qint64>::max();
        }
    } else {
        // The transitions around the quarter, checked: with no transition between them and the same offset at
        // the earlier one, the offset holds over the whole span; anything unexpected keeps the quarter hour.
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addSecs(1));
        const qint64 to = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        const qint64 from = previous.atUtc.isValid() ? previous.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        const bool checked = from <= quarter && to >= quarter + 900
            && (!previous.atUtc.isValid()
                || (m_zone.offsetFromUtc(previous.atUtc) == span.offset
                    && m_zone.nextTransition(previous.atUtc).atUtc == next.atUtc));
        if (checked) {
            span.from = from;
            span.to = to;
        }
    }
    if (m_spans.size() < MaxSpans) {
        m_spans.push_back(span);
        return m_spans.back();
    }
    m_nextReplaced = (m_nextReplaced + 1) % MaxSpans;
    m_spans[m_nextReplaced] = span;
    return m_spans[m_nextReplaced];
}

QDate LocalDays::dayOf(qint64 secs)
{
    // Instants come from files and imports: keep them within the years 1..9999 so that the arithmetic
    // below cannot overflow (a damaged or hostile file may hold any 64-bit number).
    constexpr qint64 First = -62135596800; // 0001-01-01T00:00:00Z
    constexpr qint64 Last = 253402300799; // 9999-12-31T23:59:59Z
    secs = std::clamp(secs, First, Last);
    const qint64 local = secs + spanOf(secs).offset;
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    return QDate(1970, 1, 1).addDays(days);
}

int LocalDays::weekCodeOf(qint64 secs)
{
    const QDate day = dayOf(secs);
    const qint64 julian = day.toJulianDay();
    if (m_weeks.empty())
        m_weeks.resize(WeekSlots);
    WeekSlot &slot = m_weeks[size_t(julian) % WeekSlots];
    if (slot.julianDay != julian) {
        slot.julianDay = julian;
        slot.code = IsoWeek::fromDate(day).code();
    }
    return slot.code;
}

qint64 LocalDays::startOf(const QDate &day) const
{
    const QDateTime midnight(day, QTime(0, 0), m_zone);
    if (midnight.isValid())
        return midnight.toSecsSinceEpoch();
    // Some zones (Chile, for one) skip midnight when summer time starts: the day then begins at the jump,
    // the first wall time that exists. Offset changes fall on quarter hours.
    for (int minute = 15; minute < 24 * 60; minute += 15) {
        const QDateTime candidate(day, QTime(minute / 60, minute % 60), m_zone);
        if (candidate.isValid())
            return candidate.toSecsSinceEpoch();
    }
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace baton
