#pragma once

// ISO 8601 weeks, the unit of the weekly governance rhythm. Labels look like 2026-W47; the database
// stores a week as the integer yyyyww (202647) so that it sorts and groups cheaply.

#include "result.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <limits>
#include <vector>

namespace baton {

struct IsoWeek
{
    int year = 0;
    int week = 0;

    bool isValid() const { return year > 0 && week >= 1 && week <= 53; }
    static IsoWeek fromDate(const QDate &date);
    static IsoWeek fromCode(int code) { return { code / 100, code % 100 }; }
    // Parses "2026-W47" (also "2026W47" and "2026-w47").
    static Result<IsoWeek> parse(const QString &label);

    int code() const { return year * 100 + week; }
    QString label() const;
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek next() const { return fromDate(monday().addDays(7)); }
    IsoWeek previous() const { return fromDate(monday().addDays(-7)); }

    auto operator<=>(const IsoWeek &) const = default;
};

// Turns instants into local calendar days of one time zone, quickly: the UTC offset is cached for the spans
// between daylight-saving transitions it was asked about (instants of an import jump back and forth over a few
// years, so a handful of spans), and the ISO week of the days seen.
class LocalDays final
{
public:
    explicit LocalDays(const QTimeZone &zone);
    // The local day of an instant; instants outside the years 1..9999 count as the first or last of them.
    QDate dayOf(qint64 secsSinceEpoch);
    int weekCodeOf(qint64 secsSinceEpoch);
    // The instant at which `day` starts in this zone.
    qint64 startOf(const QDate &day) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    // The offset from UTC in [from, to): between two transitions of the zone, or one quarter hour.
    struct Span
    {
        qint64 from;
        qint64 to;
        int offset;
    };
    static constexpr size_t MaxSpans = 16;
    static constexpr size_t WeekSlots = 1024;
    const Span &spanOf(qint64 secs);

    QTimeZone m_zone;
    std::vector<Span> m_spans;
    size_t m_nextReplaced = 0;
    struct WeekSlot
    {
        qint64 julianDay = std::numeric_limits<qint64>::min();
        int code = 0;
    };
    std::vector<WeekSlot> m_weeks;
};

} // namespace baton
