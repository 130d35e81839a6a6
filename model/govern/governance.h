#pragma once

// Govern: weekly governance meetings, their decisions and action items, and maturity self-assessments.

#include "core/json.h"
#include "core/repository.h"

namespace baton {

struct GovernanceMeeting
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString week; // ISO week label, e.g. 2026-W47
    QDate heldOn;
    QStringList attendees;
    QString notes;

    static QString table() { return QStringLiteral("governance_meeting"); }
    static QStringList columns() { return { "week", "held_on", "attendees", "notes" }; }
    static QString orderBy() { return QStringLiteral("week"); }
    QVariantList values() const { return { week, nullableDate(heldOn), json::fromStrings(attendees), nullableText(notes) }; }
    static GovernanceMeeting fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toString(), dateFrom(v[1]), json::toStrings(v[2].toString()), v[3].toString() };
    }
};

struct MeetingDecision
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 meetingId = 0;
    QString text;
    int position = 0;

    static QString table() { return QStringLiteral("meeting_decision"); }
    static QStringList columns() { return { "meeting_id", "text", "position" }; }
    static QString orderBy() { return QStringLiteral("meeting_id, position, id"); }
    QVariantList values() const { return { meetingId, text, position }; }
    static MeetingDecision fromValues(const QVariantList &v) { return { 0, 0, v[0].toLongLong(), v[1].toString(), v[2].toInt() }; }
};

namespace ActionStatus {
inline const QString Open = QStringLiteral("open");
inline const QString Done = QStringLiteral("done");
inline const QString Dropped = QStringLiteral("dropped");
} // namespace ActionStatus

struct ActionItem
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 meetingId = 0;
    QString title;
    QString ownerName;
    QDate dueOn;
    QString status = ActionStatus::Open;
    QDate closedOn;

    static QString table() { return QStringLiteral("action_item"); }
    static QStringList columns() { return { "meeting_id", "title", "owner_name", "due_on", "status", "closed_on" }; }
    static QString orderBy() { return QStringLiteral("due_on, id"); }
    QVariantList values() const
    {
        return { meetingId, title, ownerName, nullableDate(dueOn), status, nullableDate(closedOn) };
    }
    static ActionItem fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toLongLong(), v[1].toString(), v[2].toString(), dateFrom(v[3]), v[4].toString(),
            dateFrom(v[5]) };
    }
};

namespace MaturityDimension {
inline const QString Definitions = QStringLiteral("definitions");
inline const QString Routing = QStringLiteral("routing");
inline const QString Slas = QStringLiteral("slas");
inline const QString Feedback = QStringLiteral("feedback");
inline const QString Measurement = QStringLiteral("measurement");
inline QStringList all() { return { Definitions, Routing, Slas, Feedback, Measurement }; }
} // namespace MaturityDimension

struct MaturitySelfAssessment
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString dimension;
    int stage = 1;
    QDate assessedOn;
    QString note;

    static QString table() { return QStringLiteral("maturity_self_assessment"); }
    static QStringList columns() { return { "dimension", "stage", "assessed_on", "note" }; }
    static QString orderBy() { return QStringLiteral("assessed_on, id"); }
    QVariantList values() const { return { dimension, stage, nullableDate(assessedOn), nullableText(note) }; }
    static MaturitySelfAssessment fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toString(), v[1].toInt(), dateFrom(v[2]), v[3].toString() };
    }
};

} // namespace baton
