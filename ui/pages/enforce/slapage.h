#pragma once

// Enforce → SLA compliance: for a chosen week, compliance by signal type, team or owner with routing
// delay and response time apart; the trend over weeks; the open breaches with their escalation step;
// and a drill-down from every number, bar and point to the handoffs behind it.

#include "core/isoweek.h"
#include "data/handofffilter.h"
#include "enforce/slareport.h"
#include "pages/page.h"
#include "slatablemodels.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QStackedWidget;

namespace baton {

class HandoffView;
class SlaFactsBanner;
class SlaSplitChart;
class SlaTrendChart;

class SlaPage final : public Page
{
    Q_OBJECT
public:
    enum Tab { ComplianceTab, BreachesTab, HandoffsTab };

    explicit SlaPage(WorkspaceSession *session, QWidget *parent = nullptr);

    IsoWeek selectedWeek() const { return m_selectedWeek; }
    void selectWeek(const IsoWeek &week);
    SlaDimension dimension() const { return m_dimension; }
    void setDimension(SlaDimension dimension);

    // Shows the handoffs behind one cell of the compliance table (a column of SlaComplianceModel).
    void drillDown(int column, qint64 groupId);
    // The filter that drill-down uses, for tests.
    HandoffFilter drillDownFilter(int column, qint64 groupId) const;

    SlaComplianceModel *complianceModel() const { return m_compliance; }
    SlaBreachModel *breachModel() const { return m_breaches; }
    HandoffView *handoffView() const { return m_handoffs; }
    QTabWidget *tabs() const { return m_tabs; }
    SlaTrendChart *trendChart() const { return m_trend; }
    SlaFactsBanner *factsBanner() const { return m_banner; }

protected:
    void reload() override;

private:
    QWidget *buildContent();
    QWidget *buildTiles();
    void refreshWeek();
    void showHandoffs(const HandoffFilter &filter);
    QString dimensionName(SlaDimension dimension) const;
    void setTile(int index, const QString &value);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QComboBox *m_weekBox = nullptr;
    QComboBox *m_dimensionBox = nullptr;
    QLabel *m_asOfLabel = nullptr;
    SlaFactsBanner *m_banner = nullptr;
    QList<QLabel *> m_tiles;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    SlaComplianceModel *m_compliance = nullptr;
    QSortFilterProxyModel *m_complianceProxy = nullptr;
    SlaTrendChart *m_trend = nullptr;
    SlaSplitChart *m_split = nullptr;
    QTableView *m_breachTable = nullptr;
    SlaBreachModel *m_breaches = nullptr;
    QSortFilterProxyModel *m_breachProxy = nullptr;
    QLabel *m_breachSummary = nullptr;
    HandoffView *m_handoffs = nullptr;
    QTextBrowser *m_definitions = nullptr;

    QList<IsoWeek> m_weeks;
    IsoWeek m_selectedWeek;
    SlaDimension m_dimension = SlaDimension::Team;
    qint64 m_asOf = 0;
    bool m_userChoseWeek = false;
    QString m_workspacePath; // a different workspace starts again on its last complete week
};

} // namespace baton
