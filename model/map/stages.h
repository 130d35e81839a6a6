#pragma once

// Map: ordered lifecycle stages, the workflow action each requires, and the allowed transitions.

#include "core/json.h"
#include "core/repository.h"

namespace baton {

namespace WorkflowAction {
inline const QString None = QStringLiteral("none");
inline const QString Nurture = QStringLiteral("nurture");
inline const QString Alert = QStringLiteral("alert");
inline const QString TaskCreation = QStringLiteral("task_creation");
inline const QString SequenceEnrollment = QStringLiteral("sequence_enrollment");
inline const QString SdrQueue = QStringLiteral("sdr_queue");
inline QStringList all() { return { None, Nurture, Alert, TaskCreation, SequenceEnrollment, SdrQueue }; }
} // namespace WorkflowAction

struct LifecycleStage
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    QString name;
    int position = 0;
    QString kind = QStringLiteral("funnel"); // 'funnel' stages are the main line, 'side' ones sit beside it
    QString workflowAction = WorkflowAction::None;
    QString exitCriteria;

    static QString table() { return QStringLiteral("lifecycle_stage"); }
    static QStringList columns() { return { "name", "position", "kind", "workflow_action", "exit_criteria" }; }
    static QString orderBy() { return QStringLiteral("position, id"); }
    QVariantList values() const { return { name, position, kind, workflowAction, nullableText(exitCriteria) }; }
    static LifecycleStage fromValues(const QVariantList &v)
    {
        LifecycleStage s;
        s.name = v[0].toString();
        s.position = v[1].toInt();
        s.kind = v[2].toString();
        s.workflowAction = v[3].toString();
        s.exitCriteria = v[4].toString();
        return s;
    }
};

struct StageTransition
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 fromStageId = 0;
    qint64 toStageId = 0;

    static QString table() { return QStringLiteral("stage_transition"); }
    static QStringList columns() { return { "from_stage_id", "to_stage_id" }; }
    static QString orderBy() { return QStringLiteral("from_stage_id, to_stage_id"); }
    QVariantList values() const { return { fromStageId, toStageId }; }
    static StageTransition fromValues(const QVariantList &v)
    {
        StageTransition t;
        t.fromStageId = v[0].toLongLong();
        t.toStageId = v[1].toLongLong();
        return t;
    }
};

// A field or timestamp that a handoff must carry once it has reached the stage (the data standard).
struct StageRequirement
{
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 stageId = 0;
    QString field;
    QString kind = QStringLiteral("field"); // 'field' or 'timestamp'

    static QString table() { return QStringLiteral("stage_requirement"); }
    static QStringList columns() { return { "stage_id", "field", "kind" }; }
    static QString orderBy() { return QStringLiteral("stage_id, kind, field"); }
    QVariantList values() const { return { stageId, field, kind }; }
    static StageRequirement fromValues(const QVariantList &v)
    {
        StageRequirement r;
        r.stageId = v[0].toLongLong();
        r.field = v[1].toString();
        r.kind = v[2].toString();
        return r;
    }
};

} // namespace baton
