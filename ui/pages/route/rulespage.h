#pragma once

// Route · Routing rules: the ordered rules of each rule set (drafts beside the active one), edited with
// drag-and-drop ordering and undo, activated when coverage is proven; the coverage model they refer to
// (territories, segments, industries, teams and queues, owners); and the history of every change.

#include "pages/page.h"
#include "route/coveragemodel.h"
#include "route/routingrules.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace baton {

class CoverageModelEditor;
class RuleListModel;

class RulesPage final : public Page
{
    Q_OBJECT
public:
    explicit RulesPage(WorkspaceSession *session, QWidget *parent = nullptr);

    // Shows the rule with this id in its rule set, selected.
    void showRule(qint64 ruleId);
    qint64 currentRuleSetId() const;

protected:
    void reload() override;

private:
    QWidget *buildRulesTab();
    QWidget *buildHistoryTab();
    void loadRules();
    void loadHistory();
    void updateButtons();
    bool isEditable() const;
    int selectedRow() const;

    void addRule();
    void editRule();
    void removeRule();
    void moveRule(int from, int to);
    void toggleRule(int row, bool enabled);
    void newDraft();
    void activate();
    void deleteSet();
    void simulate();

    CoverageModelEditor *m_tabs;
    QComboBox *m_ruleSets;
    QLabel *m_setStatus;
    QLabel *m_coverageSummary;
    QTableView *m_rulesView;
    RuleListModel *m_rules;
    QTableWidget *m_history;
    QPushButton *m_newDraft;
    QPushButton *m_activate;
    QPushButton *m_deleteSet;
    QPushButton *m_simulate;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_empty;

    CoverageModel m_model;
    QList<RoutingRuleSet> m_sets;
    QList<RoutingRule> m_setRules; // every rule of the current set, in order
    qint64 m_wantedSet = 0;
    qint64 m_wantedRule = 0;
};

} // namespace baton
