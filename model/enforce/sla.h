#pragma once

// Enforce: business-hours calendars, SLA policies per signal type and their escalation ladders.

#include "core/repository.h"

namespace baton {

struct BusinessCalendar
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QString timeZone = QStringLiteral("UTC"); // IANA id

    static QString table() { return QStringLiteral("business_calendar"); }
    static QStringList columns() { return { "name", "time_zone" }; }
    static QString orderBy() { return QStringLiteral("name"); }
    QVariantList values() const { return { name, timeZone }; }
    static BusinessCalendar fromValues(const QVariantList &v) { return { 0, 0, v[0].toString(), v[1].toString() }; }
};

// Working hours on one weekday (1 = Monday .. 7 = Sunday), in minutes after local midnight, end exclusive.
struct CalendarHours
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 calendarId = 0;
    int weekday = 1;
    int startMinute = 9 * 60;
    int endMinute = 17 * 60;

    static QString table() { return QStringLiteral("calendar_hours"); }
    static QStringList columns() { return { "calendar_id", "weekday", "start_minute", "end_minute" }; }
    static QString orderBy() { return QStringLiteral("calendar_id, weekday, start_minute"); }
    QVariantList values() const { return { calendarId, weekday, startMinute, endMinute }; }
    static CalendarHours fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), v[1].toInt(), v[2].toInt(), v[3].toInt() };
    }
};

struct CalendarHoliday
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 calendarId = 0;
    QDate day;
    QString name;

    static QString table() { return QStringLiteral("calendar_holiday"); }
    static QStringList columns() { return { "calendar_id", "day", "name" }; }
    static QString orderBy() { return QStringLiteral("calendar_id, day"); }
    QVariantList values() const { return { calendarId, nullableDate(day), nullableText(name) }; }
    static CalendarHoliday fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), dateFrom(v[1]), v[2].toString() };
    }
};

namespace CalendarSource {
inline const QString Owner = QStringLiteral("owner");
inline const QString Team = QStringLiteral("team");
inline const QString Policy = QStringLiteral("policy");
} // namespace CalendarSource

struct SlaPolicy
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 signalTypeId = 0;
    int targetMinutes = 60; // business minutes from handoff to first touch
    QString calendarSource = CalendarSource::Team;
    qint64 calendarId = 0; // used when calendarSource is 'policy', and as the fallback otherwise

    static QString table() { return QStringLiteral("sla_policy"); }
    static QStringList columns() { return { "signal_type_id", "target_minutes", "calendar_source", "calendar_id" }; }
    static QString orderBy() { return QStringLiteral("signal_type_id"); }
    QVariantList values() const { return { signalTypeId, targetMinutes, calendarSource, nullableId(calendarId) }; }
    static SlaPolicy fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), v[1].toInt(), v[2].toString(), v[3].toLongLong() };
    }
};

namespace EscalationAction {
inline const QString NotifyOwner = QStringLiteral("notify_owner");
inline const QString NotifyManager = QStringLiteral("notify_manager");
inline const QString NotifyRevOps = QStringLiteral("notify_revops");
inline const QString Reassign = QStringLiteral("reassign");
} // namespace EscalationAction

struct EscalationStep
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 slaPolicyId = 0;
    int position = 1;
    int thresholdPercent = 100;
    QString action = EscalationAction::NotifyManager;

    static QString table() { return QStringLiteral("escalation_step"); }
    static QStringList columns() { return { "sla_policy_id", "position", "threshold_percent", "action" }; }
    static QString orderBy() { return QStringLiteral("sla_policy_id, position"); }
    QVariantList values() const { return { slaPolicyId, position, thresholdPercent, action }; }
    static EscalationStep fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), v[1].toInt(), v[2].toInt(), v[3].toString() };
    }
};

} // namespace baton
