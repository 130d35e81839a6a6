#pragma once

// ISO 8601 weeks, the unit of the weekly governance rhythm. Labels look like 2026-W47; the database
// stores a week as the integer yyyyww (202647) so that it sorts and groups cheaply.

#include "result.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <limits>

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

// Turns instants into local calendar days of one time zone, quickly: the UTC offset is cached,
// since it only changes at daylight-saving transitions.
class LocalDays final
{
public:
    explicit LocalDays(const QTimeZone &zone);
    // The local day of an instant; instants outside the years 1..9999 count as the first or last of them.
    QDate dayOf(qint64 secsSinceEpoch);
    int weekCodeOf(qint64 secsSinceEpoch) { return IsoWeek::fromDate(dayOf(secsSinceEpoch)).code(); }
    // The instant at which `day` starts in this zone.
    qint64 startOf(const QDate &day) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    qint64 m_cachedQuarter = std::numeric_limits<qint64>::min();
    int m_cachedOffset = 0;
};

} // namespace baton
