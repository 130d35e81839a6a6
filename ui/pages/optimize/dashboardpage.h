#pragma once

// Optimize: the KPI dashboard. Headline KPIs, the weekly trend, breakdowns by segment, source and signal
// type, rejection reasons by segment, source and campaign/offer, and the leakage funnel, for a range of
// weeks and a selection the filter bar and drill-downs narrow. Every bar and point drills down: the
// dashboard narrows to it and the handoffs behind it appear below. Numbers come from KpiEngine, which
// reads the KPI cubes, so a change of filter repaints quickly also with a million handoffs.

#include "data/handofffilter.h"
#include "data/names.h"
#include "optimize/kpireport.h"
#include "pages/page.h"

#include <QHash>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTimer;

namespace baton {

class BreakdownChart;
class HandoffView;
class KpiFilterBar;
class KpiTableModel;
class KpiTiles;
class LeakageChart;
class RejectionChart;
class ReportTable;
class TrendChart;

class DashboardPage final : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(WorkspaceSession *session, QWidget *parent = nullptr);

    const HandoffFilter &filter() const { return m_filter; }
    // Narrows the dashboard (as the filter bar does) and recomputes.
    void setFilter(const HandoffFilter &filter);
    // How long the last recompute took (engine and charts), in milliseconds.
    qint64 lastRepaintMs() const { return m_lastRepaintMs; }

    TrendChart *trendChart() const { return m_trend; }
    LeakageChart *leakageChart() const { return m_leakage; }
    BreakdownChart *sourceChart() const { return m_overviewSources; }
    RejectionChart *offerRejectionChart() const { return m_overviewRejections; }
    HandoffView *handoffs() const { return m_handoffs; }
    KpiTiles *tiles() const { return m_tiles; }
    ReportTable *kpiTable() const { return m_kpiTable; }
    QTabWidget *tabs() const { return m_tabs; }
    RejectionChart *rejectionChart() const { return m_rejections; }
    BreakdownChart *segmentChart() const { return m_bySegment; }
    KpiTableModel *kpiModel() const { return m_kpiModel; }

protected:
    void reload() override;

private:
    QWidget *buildOverview();
    QWidget *buildBreakdowns();
    QWidget *buildRejections();
    QWidget *buildDefinitions();
    enum Tab { OverviewTab, BreakdownsTab, RejectionsTab, DefinitionsTab };
    void recompute();
    void recomputeTab();
    void fillRejectionTable();
    void drillDown(const KpiGroup &group);
    void showHandoffs(const HandoffFilter &detail, const QString &what);

    QStackedWidget *m_stack;
    QLabel *m_empty;
    KpiFilterBar *m_filterBar;
    KpiTiles *m_tiles;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    TrendChart *m_trend;
    LeakageChart *m_leakage;
    BreakdownChart *m_overviewSources;
    RejectionChart *m_overviewRejections;
    BreakdownChart *m_bySegment;
    BreakdownChart *m_bySource;
    BreakdownChart *m_bySignal;
    QComboBox *m_tableDimension;
    KpiTableModel *m_kpiModel;
    ReportTable *m_kpiTable;
    QComboBox *m_rejectionDimension;
    RejectionChart *m_rejections;
    QStandardItemModel *m_rejectionModel;
    ReportTable *m_rejectionTable;
    HandoffView *m_handoffs;
    QTimer *m_handoffRefresh;

    NameLookup m_names;
    HandoffFilter m_filter;
    HandoffFilter m_handoffFilter; // what the handoff pane shows
    qint64 m_lastRepaintMs = 0;
    int m_generation = 0; // raised by every change of filter
    QHash<int, int> m_tabGeneration; // the generation each tab last showed
};

} // namespace baton
