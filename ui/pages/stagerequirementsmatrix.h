#pragma once

// The data standard's required fields and timestamps per stage, as a matrix: a row per field, a column per
// lifecycle stage; clicking a cell requires the field at that stage or drops the requirement (undoable).

#include "map/stagemap.h"

#include <QWidget>

class QTableWidget;
class QLineEdit;

namespace baton {

class Workspace;
class WorkspaceSession;

class StageRequirementsMatrix final : public QWidget
{
    Q_OBJECT
public:
    explicit StageRequirementsMatrix(WorkspaceSession *session, QWidget *parent = nullptr);
    void reload(Workspace &workspace);
    QTableWidget *table() const { return m_table; }
    // Toggles the requirement of `field` at `stageId` (what a click on the cell does).
    void toggle(const QString &field, qint64 stageId);

private:
    WorkspaceSession *m_session;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_custom = nullptr;
    QList<LifecycleStage> m_stages;
    QList<StageRequirement> m_requirements;
    QStringList m_rows; // field names, in row order (empty = a group heading)
    QStringList m_extraRows; // context fields added here that no stage requires yet
};

} // namespace baton
