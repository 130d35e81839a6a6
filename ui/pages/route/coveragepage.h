#pragma once

// Route · Coverage: proof that every scenario reaches an owner, before the rules go live. A territory by
// segment grid per signal type shows the scenarios that reach only the fallback queue or no owner; a
// cell opens its scenarios with the rule that takes each (or the nearest rule, for a gap), and a rule
// opens on the Routing rules page. Shadowed, unassignable and overlapping rules are listed below.

#include "pages/page.h"
#include "route/coverageanalysis.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace baton {

class CoveragePage final : public Page
{
    Q_OBJECT
public:
    explicit CoveragePage(WorkspaceSession *session, QWidget *parent = nullptr);

    // For tests and the command line's screenshots: the analysis shown, and the grid.
    const CoverageAnalysis *analysis() const { return m_analysis.get(); }
    QTableWidget *grid() const { return m_grid; }
    QTableWidget *details() const { return m_details; }
    void selectSignalType(int index);
    void selectCell(int territory, int segment);

protected:
    void reload() override;

private:
    void analyse();
    void showGrid();
    void showCell();
    void showRuleIssues();
    qint64 ruleAt(QTableWidget *table) const;

    QComboBox *m_ruleSets;
    QDateEdit *m_day;
    QCheckBox *m_unknown;
    QLabel *m_summary;
    QListWidget *m_signalTypes;
    QTableWidget *m_grid;
    QSplitter *m_split = nullptr; // signal types | grid | scenarios of a cell
    bool m_splitSized = false; // the grid has been given the width its first columns needed
    QLabel *m_cellTitle;
    QTableWidget *m_details;
    QPushButton *m_openRule;
    QTableWidget *m_issues;
    QLabel *m_empty;
    QWidget *m_content;
    std::unique_ptr<CoverageAnalysis> m_analysis;
    CoverageModel m_model;
    QString m_workspacePath;
};

} // namespace baton
