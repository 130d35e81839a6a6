#pragma once

// Map: the lifecycle stages as a diagram and as a form. Each stage has its workflow action, exit criteria,
// required fields and allowed next stages; the page warns about stages that cannot be reached or left and
// about transitions to nowhere (StageMap's rules). Every edit is undoable and audited.

#include "map/stagemap.h"
#include "page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace baton {

class StageMapDiagram;

class StageMapPage final : public Page
{
    Q_OBJECT
public:
    explicit StageMapPage(WorkspaceSession *session, QWidget *parent = nullptr);

    StageMapDiagram *diagram() const { return m_diagram; }
    QListWidget *warningList() const { return m_warnings; }
    void selectStage(qint64 stageId);

protected:
    void reload() override;

private:
    QWidget *buildContent();
    void fillForm();
    void updateDirty();
    void apply();
    void addStage();
    void removeStage();
    void moveStage(int delta);
    const LifecycleStage *selected() const;

    QStackedWidget *m_stack = nullptr;
    StageMapDiagram *m_diagram = nullptr;
    QListWidget *m_warnings = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_action = nullptr;
    QPlainTextEdit *m_exit = nullptr;
    QListWidget *m_required = nullptr;
    QListWidget *m_next = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_formTitle = nullptr;

    StageMap m_map;
    QList<StageRequirement> m_requirements;
    qint64 m_selected = 0;
    bool m_filling = false;
};

} // namespace baton
