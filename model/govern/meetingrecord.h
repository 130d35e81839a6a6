#pragma once

// The record of one week's governance meeting: the meeting itself (when held, who attended, notes), its
// decisions and the action items raised at it, plus the action items raised at earlier meetings that come back
// until they are closed.
//
// Definitions (also in README.md):
// - carried over: an action item raised at a meeting of an earlier week that was not closed before the week
//   began (still open, or closed on or after the week's Monday: the meeting sees it closed).
// - reference day of the meeting: the day it was held, else the week's last day or the as-of day, whichever
//   comes first.
// - overdue: not closed by the reference day, and due before it.

#include "core/isoweek.h"
#include "core/result.h"
#include "governance.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace baton {

class Workspace;

struct MeetingRecord
{
    IsoWeek week;
    std::optional<GovernanceMeeting> meeting;
    QList<MeetingDecision> decisions; // by position
    QList<ActionItem> actionItems; // raised at this meeting, by due day
    QList<ActionItem> carriedOver; // raised earlier, not closed before the week began, by due day
    QHash<qint64, QString> meetingWeeks; // meeting id -> its week label (where an item was raised)
    QDate referenceDay;

    // Open on the reference day: not closed, or closed after it.
    bool isOpenOn(const ActionItem &item, const QDate &day) const;
    bool isOverdue(const ActionItem &item) const;
    // The items of both lists that are overdue, by due day.
    QList<ActionItem> overdue() const;

    static Result<MeetingRecord> load(Workspace &workspace, const IsoWeek &week);
};

class GovernanceMeetings final
{
    Q_DECLARE_TR_FUNCTIONS(baton::GovernanceMeetings)
public:
    // The user-facing name of an action item status ("Open", "Done", "Dropped").
    static QString statusName(const QString &status);
    // The weeks that have a recorded meeting, oldest first.
    static Result<QList<IsoWeek>> weeks(Workspace &workspace);
};

} // namespace baton
