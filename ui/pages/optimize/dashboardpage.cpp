#include "dashboardpage.h"

#include "breakdownchart.h"
#include "chartstyle.h"
#include "core/workspace.h"
#include "handoffview.h"
#include "kpifilterbar.h"
#include "kpiformat.h"
#include "kpitablemodel.h"
#include "kpitiles.h"
#include "leakagechart.h"
#include "optimize/kpidefinitions.h"
#include "optimize/kpireport.h"
#include "rejectionchart.h"
#include "reporttable.h"
#include "trendchart.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {

QComboBox *dimensionCombo(const QList<KpiDimension> &dimensions, KpiDimension current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (KpiDimension d : dimensions)
        combo->addItem(KpiDimensions::title(d), int(d));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

KpiDimension dimensionOf(const QComboBox *combo)
{
    return KpiDimension(combo->currentData().toInt());
}

// A tab of charts that keep the room their labels need (ChartStyle::fitToLabels): in a small window, or with
// the handoffs open below, it scrolls rather than squeeze the charts until Qt Charts cuts their labels.
QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

DashboardPage::DashboardPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_empty = new QLabel(tr("Open a workspace to see its KPIs: acceptance, conversion, velocity, yield, SLA compliance and "
                            "where handoffs leak."),
        this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(this);
    auto *box = new QVBoxLayout(content);
    box->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new KpiFilterBar(content);
    box->addWidget(m_filterBar);
    m_tiles = new KpiTiles(content);
    box->addWidget(m_tiles);

    m_tabs = new QTabWidget(content);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(buildBreakdowns(), tr("Breakdowns"));
    m_tabs->addTab(buildRejections(), tr("Rejections"));
    m_tabs->addTab(buildDefinitions(), tr("Definitions"));
    m_handoffs = new HandoffView(session, content);
    // After the charts have repainted: the handoff table is the slower part of a drill-down.
    m_handoffRefresh = new QTimer(this);
    m_handoffRefresh->setSingleShot(true);
    m_handoffRefresh->setInterval(0);
    connect(m_handoffRefresh, &QTimer::timeout, this, [this]() { m_handoffs->setFilter(m_handoffFilter); });
    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_handoffs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({ 1, 0 }); // the handoffs open on the first drill-down
    box->addWidget(m_splitter, 1);
    m_status = new QLabel(content);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    box->addWidget(m_status);
    m_stack->addWidget(content);

    connect(m_filterBar, &KpiFilterBar::filterChanged, this, [this](const HandoffFilter &filter) { setFilter(filter); });
    for (BreakdownChart *chart : { m_overviewSources, m_bySegment, m_bySource, m_bySignal })
        connect(chart, &BreakdownChart::drillDown, this, &DashboardPage::drillDown);
    connect(m_trend, &TrendChart::drillDown, this, &DashboardPage::drillDown);
    connect(m_leakage, &LeakageChart::drillDown, this, [this](LeakageStep::Kind kind) {
        HandoffFilter detail;
        switch (kind) {
        case LeakageStep::Unassigned:
            detail.unassignedOrFallback = true;
            break;
        case LeakageStep::UntouchedPastSla:
            detail.untouchedPastSlaAsOf = this->session()->workspace() ? this->session()->workspace()->asOf() : 0;
            break;
        case LeakageStep::RejectedWithReason:
            detail.rejectedWithReason = true;
            break;
        case LeakageStep::RejectedWithoutReason:
            detail.rejectedWithoutReason = true;
            break;
        case LeakageStep::AcceptedNotConverted:
            detail.acceptedNotConverted = true;
            break;
        }
        showHandoffs(detail, LeakageStep::title(kind));
    });
    for (RejectionChart *chart : { m_overviewRejections, m_rejections })
        connect(chart, &RejectionChart::drillDown, this, [this](const KpiGroup &group, const KpiGroup &reason) {
            if (group.canDrillDown())
                setFilter(group.drillDown(m_filter));
            HandoffFilter detail;
            if (reason.id == 0)
                detail.rejectedWithoutReason = true;
            else
                detail.rejectionReasons = { reason.id };
            showHandoffs(detail, tr("rejected: %1").arg(reason.label));
        });
    connect(m_kpiTable, &ReportTable::rowActivated, this, [this](int row) {
        if (!m_kpiModel->isTotal(row) && m_kpiModel->group(row).canDrillDown())
            drillDown(m_kpiModel->group(row));
    });
    connect(m_tableDimension, &QComboBox::currentIndexChanged, this, &DashboardPage::recompute);
    connect(m_rejectionDimension, &QComboBox::currentIndexChanged, this, &DashboardPage::recompute);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_tabGeneration.value(tab, -1) != m_generation)
            recomputeTab();
    });
}

QWidget *DashboardPage::buildOverview()
{
    auto *page = new QWidget(this);
    auto *grid = new QVBoxLayout(page);
    grid->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    auto *bottom = new QHBoxLayout;
    m_trend = new TrendChart(page);
    m_leakage = new LeakageChart(page);
    m_overviewSources = new BreakdownChart(page);
    m_overviewRejections = new RejectionChart(page);
    top->addWidget(m_trend, 1);
    top->addWidget(m_leakage, 1);
    // The rejections need room for the offers' names and the reasons' legend.
    bottom->addWidget(m_overviewSources, 2);
    bottom->addWidget(m_overviewRejections, 3);
    grid->addLayout(top, 1);
    grid->addLayout(bottom, 1);
    for (QChartView *chart : std::initializer_list<QChartView *> { m_trend, m_leakage, m_overviewSources, m_overviewRejections })
        ChartStyle::setLeastSize(chart, QSize(280, 165));
    return scrolling(page, this);
}

QWidget *DashboardPage::buildBreakdowns()
{
    auto *page = new QWidget(this);
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(2, 2, 2, 2);
    auto *charts = new QHBoxLayout;
    m_bySegment = new BreakdownChart(page);
    m_bySource = new BreakdownChart(page);
    m_bySignal = new BreakdownChart(page);
    for (BreakdownChart *chart : { m_bySegment, m_bySource, m_bySignal }) {
        ChartStyle::setLeastSize(chart, QSize(220, 170));
        charts->addWidget(chart);
    }
    box->addLayout(charts, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("KPIs by"), page));
    m_tableDimension = dimensionCombo({ KpiDimension::Segment, KpiDimension::Source, KpiDimension::Campaign,
                                          KpiDimension::SignalType, KpiDimension::Owner, KpiDimension::Team,
                                          KpiDimension::Territory, KpiDimension::Week },
        KpiDimension::Source, page);
    m_tableDimension->setAccessibleName(tr("Dimension of the KPI table"));
    row->addWidget(m_tableDimension);
    row->addStretch(1);
    box->addLayout(row);
    m_kpiModel = new KpiTableModel(this);
    m_kpiTable = new ReportTable(tr("KPIs"), page);
    m_kpiTable->setModel(m_kpiModel);
    m_kpiTable->setExportName(QStringLiteral("kpis.csv"));
    m_kpiTable->setMinimumHeight(160);
    box->addWidget(m_kpiTable, 1);
    return scrolling(page, this);
}

QWidget *DashboardPage::buildRejections()
{
    auto *page = new QWidget(this);
    auto *box = new QHBoxLayout(page);
    box->setContentsMargins(2, 2, 2, 2);
    auto *left = new QVBoxLayout;
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Rejection reasons by"), page));
    m_rejectionDimension = dimensionCombo({ KpiDimension::Campaign, KpiDimension::Source, KpiDimension::Segment,
                                              KpiDimension::SignalType, KpiDimension::Team, KpiDimension::Owner },
        KpiDimension::Campaign, page);
    m_rejectionDimension->setAccessibleName(tr("Dimension of the rejection breakdown"));
    row->addWidget(m_rejectionDimension);
    row->addStretch(1);
    left->addLayout(row);
    m_rejections = new RejectionChart(page);
    ChartStyle::setLeastSize(m_rejections, QSize(360, 220));
    left->addWidget(m_rejections, 1);
    box->addLayout(left, 3);
    m_rejectionModel = new QStandardItemModel(this);
    m_rejectionTable = new ReportTable(tr("Rejections"), page);
    m_rejectionTable->setModel(m_rejectionModel);
    m_rejectionTable->setExportName(QStringLiteral("rejections.csv"));
    box->addWidget(m_rejectionTable, 2);
    return scrolling(page, this);
}

QWidget *DashboardPage::buildDefinitions()
{
    auto *browser = new QTextBrowser(this);
    QString html = QStringLiteral("<h3>%1</h3><dl>").arg(tr("What the numbers mean"));
    for (const KpiDefinition &definition : KpiDefinitions::all())
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(definition.name.toHtmlEscaped(), definition.definition.toHtmlEscaped());
    html += QStringLiteral("</dl>");
    browser->setHtml(html);
    browser->setAccessibleName(tr("Definitions of the KPIs"));
    return browser;
}

void DashboardPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    auto names = NameLookup::load(*workspace);
    KpiEngine engine(*workspace);
    auto weeks = engine.weeks();
    auto sources = engine.texts(KpiDimension::Source);
    auto campaigns = engine.texts(KpiDimension::Campaign);
    if (!names || !weeks || !sources || !campaigns) {
        m_status->setText(names ? weeks ? sources ? campaigns.errorMessage() : sources.errorMessage() : weeks.errorMessage()
                                : names.errorMessage());
        return;
    }
    m_names = *names;
    m_filterBar->setOptions(*weeks, m_names, *sources, *campaigns);
    m_filterBar->setFilter(m_filter);
    recompute();
}

void DashboardPage::setFilter(const HandoffFilter &filter)
{
    m_filter = filter;
    m_filter.description = KpiFilterBar::describe(m_filter, m_names);
    m_filterBar->setFilter(m_filter);
    recompute();
    // The handoffs follow the dashboard when they are open.
    if (m_splitter->sizes().value(1) > 0)
        showHandoffs({}, QString());
}

void DashboardPage::drillDown(const KpiGroup &group)
{
    if (!group.canDrillDown())
        return;
    HandoffFilter filter = group.drillDown(m_filter);
    m_filter = filter;
    m_filter.description = KpiFilterBar::describe(m_filter, m_names);
    m_filterBar->setFilter(m_filter);
    recompute();
    showHandoffs({}, QString());
}

void DashboardPage::showHandoffs(const HandoffFilter &detail, const QString &what)
{
    HandoffFilter filter = m_filter;
    filter.unassignedOrFallback = detail.unassignedOrFallback;
    filter.untouchedPastSlaAsOf = detail.untouchedPastSlaAsOf;
    filter.rejectedWithReason = detail.rejectedWithReason;
    filter.rejectedWithoutReason = detail.rejectedWithoutReason;
    filter.acceptedNotConverted = detail.acceptedNotConverted;
    if (!detail.rejectionReasons.isEmpty())
        filter.rejectionReasons = detail.rejectionReasons;
    QString scope = m_filter.description.isEmpty() ? tr("All handoffs") : m_filter.description;
    scope[0] = scope.at(0).toUpper();
    filter.description = what.isEmpty() ? scope : tr("%1 · %2").arg(scope, what);
    m_handoffFilter = filter;
    if (m_splitter->sizes().value(1) == 0) {
        const int total = std::max(400, m_splitter->height());
        m_splitter->setSizes({ total * 3 / 5, total * 2 / 5 });
    }
    m_handoffRefresh->start();
}

void DashboardPage::recompute()
{
    m_generation++;
    recomputeTab();
}

void DashboardPage::recomputeTab()
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    // Only what the visible tab shows is computed; another tab catches up when it is shown.
    const int tab = m_tabs->currentIndex();
    m_tabGeneration[tab] = m_generation;
    QElapsedTimer timer;
    timer.start();
    KpiEngine engine(*workspace);
    QList<KpiGrouping> groupings;
    QList<KpiGrouping> rejectionGroupings;
    const KpiDimension tableDimension = dimensionOf(m_tableDimension);
    if (tab == OverviewTab) {
        groupings = { { KpiDimension::Week, std::nullopt, false }, { KpiDimension::Source, std::nullopt, false } };
        rejectionGroupings = { { KpiDimension::Campaign, KpiDimension::RejectionReason, false } };
    } else if (tab == BreakdownsTab) {
        groupings = { { KpiDimension::Segment, std::nullopt, false }, { KpiDimension::Source, std::nullopt, false },
            { KpiDimension::SignalType, std::nullopt, false }, { tableDimension, std::nullopt, true } };
    } else if (tab == RejectionsTab) {
        rejectionGroupings = { { dimensionOf(m_rejectionDimension), KpiDimension::RejectionReason, false } };
    }
    // One pass: the rejection breakdowns (within the reason) come with the KPIs. A reason in the filter is only
    // for the handoff list below, not for the charts.
    HandoffFilter filter = m_filter;
    filter.rejectionReasons.clear();
    const int firstRejection = int(groupings.size());
    groupings << rejectionGroupings;
    auto result = engine.compute(filter, groupings, true);
    if (!result) {
        m_status->setText(result.errorMessage());
        return;
    }
    const qint64 computed = timer.elapsed();
    const KpiFigures total = KpiFigures::from(result->total);
    const auto report = [&](int index) { return KpiReport::fromResult(*result, index, m_names, m_filter, &total); };
    m_tiles->setFigures(total);
    if (tab == OverviewTab) {
        m_trend->setReport(report(0));
        m_leakage->setLeakage(total.leakage());
        m_overviewSources->setReport(report(1));
        m_overviewRejections->setResult(*result, firstRejection, m_names, 8);
    } else if (tab == BreakdownsTab) {
        m_bySegment->setReport(report(0));
        m_bySource->setReport(report(1), BreakdownChart::Metric::Conversion);
        m_bySignal->setReport(report(2));
        m_kpiModel->setReport(report(3));
    } else if (tab == RejectionsTab) {
        m_rejections->setResult(*result, firstRejection, m_names, 15);
        fillRejectionTable();
    }
    m_lastRepaintMs = timer.elapsed();
    m_status->setText(tr("%1 handoffs · computed in %2 ms (%3), shown in %4 ms · data as of %5")
                          .arg(KpiFormat::count(double(total.counts.handoffs)))
                          .arg(computed)
                          .arg(result->fromCube ? tr("from the KPI cubes") : tr("from the handoffs"))
                          .arg(m_lastRepaintMs - computed)
                          .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(workspace->asOf()), QLocale::ShortFormat)));
}

void DashboardPage::fillRejectionTable()
{
    // Groups by reasons, with totals.
    m_rejectionModel->clear();
    QStringList header { KpiDimensions::title(dimensionOf(m_rejectionDimension)) };
    for (const KpiGroup &reason : m_rejections->reasons())
        header << reason.label;
    header << tr("Rejections");
    m_rejectionModel->setHorizontalHeaderLabels(header);
    for (int g = 0; g < m_rejections->groups().size(); ++g) {
        QList<QStandardItem *> items { new QStandardItem(m_rejections->groups().at(g).label) };
        items.first()->setData(m_rejections->groups().at(g).label, ReportTable::SortRole);
        qint64 all = 0;
        for (int r = 0; r < m_rejections->reasons().size(); ++r) {
            const qint64 n = m_rejections->count(g, r);
            all += n;
            auto *item = new QStandardItem(KpiFormat::count(double(n)));
            item->setData(double(n), ReportTable::SortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        auto *total = new QStandardItem(KpiFormat::count(double(all)));
        total->setData(double(all), ReportTable::SortRole);
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << total;
        m_rejectionModel->appendRow(items);
    }
    m_rejectionTable->view()->resizeColumnsToContents();
}

} // namespace baton
