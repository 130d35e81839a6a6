#pragma once

// Feedback: the reasons Sales gives for rejecting a handoff and the recycle play each one triggers.

#include "core/repository.h"

namespace baton {

namespace PlayKind {
inline const QString Nurture = QStringLiteral("nurture");
inline const QString Reroute = QStringLiteral("reroute");
inline const QString Merge = QStringLiteral("merge");
inline const QString Disqualify = QStringLiteral("disqualify");
inline const QString CompetitiveNurture = QStringLiteral("competitive_nurture");
inline QStringList all() { return { Nurture, Reroute, Merge, Disqualify, CompetitiveNurture }; }
} // namespace PlayKind

struct RecyclePlay
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    QString kind = PlayKind::Nurture;
    int reentryDays = 0; // for nurture plays: days before the lead may be handed off again; 0 = none
    QString description;

    static QString table() { return QStringLiteral("recycle_play"); }
    static QStringList columns() { return { "name", "kind", "reentry_days", "description" }; }
    static QString orderBy() { return QStringLiteral("name"); }
    QVariantList values() const
    {
        return { name, kind, reentryDays > 0 ? QVariant(reentryDays) : QVariant(), nullableText(description) };
    }
    static RecyclePlay fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toString(), v[1].toString(), v[2].toInt(), v[3].toString() };
    }
};

struct RejectionReason
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    qint64 recyclePlayId = 0; // 0 = no play: a governance gap
    QString description;
    bool active = true;
    int position = 0;

    static QString table() { return QStringLiteral("rejection_reason"); }
    static QStringList columns() { return { "name", "recycle_play_id", "description", "active", "position" }; }
    static QString orderBy() { return QStringLiteral("position, id"); }
    QVariantList values() const
    {
        return { name, nullableId(recyclePlayId), nullableText(description), active ? 1 : 0, position };
    }
    static RejectionReason fromValues(const QVariantList &v)
    {
        return { 0, 0, v[0].toString(), v[1].toLongLong(), v[2].toString(), v[3].toInt() != 0, v[4].toInt() };
    }
};

} // namespace baton
