#include "meetingrecord.h"

#include "governweek.h"

#include "core/workspace.h"

#include <algorithm>

namespace baton {

namespace {

int weekCode(const QString &label)
{
    auto week = IsoWeek::parse(label);
    return week ? week->code() : 0;
}

void byDue(QList<ActionItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const ActionItem &a, const ActionItem &b) {
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        return a.id < b.id;
    });
}

} // namespace

bool MeetingRecord::isOpenOn(const ActionItem &item, const QDate &day) const
{
    if (item.status == ActionStatus::Open)
        return true;
    return item.closedOn.isValid() && item.closedOn > day;
}

bool MeetingRecord::isOverdue(const ActionItem &item) const
{
    return isOpenOn(item, referenceDay) && item.dueOn.isValid() && item.dueOn < referenceDay;
}

QList<ActionItem> MeetingRecord::overdue() const
{
    QList<ActionItem> items;
    for (const QList<ActionItem> *list : { &carriedOver, &actionItems })
        for (const ActionItem &item : *list)
            if (isOverdue(item))
                items << item;
    byDue(items);
    return items;
}

Result<MeetingRecord> MeetingRecord::load(Workspace &workspace, const IsoWeek &week)
{
    MeetingRecord record;
    record.week = week;
    auto meetings = Repository<GovernanceMeeting>(workspace).list();
    if (!meetings)
        return meetings.error();
    QSet<qint64> earlier;
    for (const GovernanceMeeting &meeting : *meetings) {
        record.meetingWeeks.insert(meeting.id, meeting.week);
        if (meeting.week == week.label())
            record.meeting = meeting;
        else if (weekCode(meeting.week) < week.code())
            earlier.insert(meeting.id);
    }
    const GovernWeek span = GovernWeek::of(workspace, week);
    record.referenceDay = record.meeting && record.meeting->heldOn.isValid() ? record.meeting->heldOn : span.referenceDay();

    if (record.meeting) {
        auto decisions = Repository<MeetingDecision>(workspace).list(QStringLiteral("meeting_id = ?"), { record.meeting->id });
        if (!decisions)
            return decisions.error();
        record.decisions = *decisions;
    }
    auto items = Repository<ActionItem>(workspace).list();
    if (!items)
        return items.error();
    for (const ActionItem &item : *items) {
        if (record.meeting && item.meetingId == record.meeting->id)
            record.actionItems << item;
        else if (earlier.contains(item.meetingId) && record.isOpenOn(item, week.monday().addDays(-1)))
            record.carriedOver << item;
    }
    byDue(record.actionItems);
    byDue(record.carriedOver);
    return record;
}

QString GovernanceMeetings::statusName(const QString &status)
{
    if (status == ActionStatus::Open)
        return tr("Open");
    if (status == ActionStatus::Done)
        return tr("Done");
    if (status == ActionStatus::Dropped)
        return tr("Dropped");
    return status;
}

Result<QList<IsoWeek>> GovernanceMeetings::weeks(Workspace &workspace)
{
    auto meetings = Repository<GovernanceMeeting>(workspace).list();
    if (!meetings)
        return meetings.error();
    QList<IsoWeek> weeks;
    for (const GovernanceMeeting &meeting : *meetings)
        if (auto week = IsoWeek::parse(meeting.week))
            weeks << *week;
    std::sort(weeks.begin(), weeks.end());
    return weeks;
}

} // namespace baton
