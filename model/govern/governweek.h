#pragma once

// The instants and days of an ISO week in the workspace's reporting time zone, which the Govern step works in.

#include "core/isoweek.h"

#include <QDate>

namespace baton {

class Workspace;

struct GovernWeek
{
    IsoWeek week;
    qint64 start = 0; // Monday 00:00 in the reporting time zone
    qint64 end = 0; // the next Monday 00:00 (exclusive)
    QDate asOfDay; // the day of the workspace's as-of instant in the reporting time zone

    static GovernWeek of(Workspace &workspace, const IsoWeek &week);
    // The week's last day, or the as-of day when that comes first (and falls in or after the week's Monday).
    QDate referenceDay() const;
};

} // namespace baton
