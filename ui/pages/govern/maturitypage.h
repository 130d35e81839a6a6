#pragma once

// Govern: the maturity matrix. For a week: the 5 x 3 matrix with each cell's description, the stage the evidence
// supports and the team's self-assessment per dimension, and the reasons; the matrix over time (recorded
// snapshots per week); the self-assessments (recorded with a day and a note, undoable); and the evidence rules
// with their thresholds. Evidence is computed in the background (MaturityEvidence).

#include "govern/maturityevidence.h"
#include "govern/maturitysnapshots.h"
#include "pages/page.h"

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace baton {

class WorkspaceJob;
class MaturityGrid;

class MaturityPage final : public Page
{
    Q_OBJECT
public:
    static constexpr int HistoryWeeks = 12;

    explicit MaturityPage(WorkspaceSession *session, QWidget *parent = nullptr);

    // For tests and screenshots.
    const std::optional<MaturityAssessment> &assessment() const { return m_assessment; }
    const QList<MaturityWeek> &history() const { return m_history; }
    MaturityGrid *grid() const { return m_grid; }
    QTableWidget *historyTable() const { return m_historyTable; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *weekCombo() const { return m_week; }
    QTableView *selfTable() const { return m_selfTable; }
    // Records a self-assessment as the dialog would (pushes an undoable command).
    void recordSelfAssessment(const MaturitySelfAssessment &assessment);
    bool isComputing() const;

signals:
    void assessmentShown();
    void historyShown();

protected:
    void reload() override;

private:
    QWidget *buildMatrixTab();
    QWidget *buildHistoryTab();
    QWidget *buildSelfTab();
    QWidget *buildRulesTab();
    QString rulesHtml() const;
    void compute(bool recomputeHistory = false);
    void showAssessment();
    void showHistory();
    void showHistoryChart();
    void fillSelfAssessments();
    void assess(const QString &dimension);
    void editSelfAssessment();
    void removeSelfAssessment();
    void updateSelfButtons(); // edit and remove need a selection

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QComboBox *m_week;
    QLabel *m_status;
    MaturityGrid *m_grid;
    QLabel *m_reasons;
    QTableWidget *m_historyTable;
    QLabel *m_historyNote;
    QLabel *m_legend = nullptr;
    QTextBrowser *m_rules = nullptr;
    QChartView *m_historyChart;
    QPushButton *m_recompute;
    QStandardItemModel *m_selfModel;
    QTableView *m_selfTable;
    QPushButton *m_selfEdit;
    QPushButton *m_selfRemove;
    WorkspaceJob *m_job;
    WorkspaceJob *m_historyJob;
    std::optional<MaturityAssessment> m_assessment;
    QList<MaturityWeek> m_history;
    QList<MaturitySelfAssessment> m_selfAssessments;
    bool m_filling = false;
};

} // namespace baton
