#include "slapage.h"

#include "core/workspace.h"
#include "data/handoff.h"
#include "handoffview.h"
#include "slacharts.h"
#include "sladefinitions.h"
#include "slafactsbanner.h"
#include "tilelayout.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace baton {

namespace {

// The tiles above the tabs: the week's totals.
const SlaTerm TileTerms[] = { SlaTerm::Compliance, SlaTerm::Decided, SlaTerm::Met, SlaTerm::Breaching,
    SlaTerm::MedianFirstTouch, SlaTerm::MedianRoutingDelay, SlaTerm::MedianResponse };

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
    return table;
}

// Columns as wide as their text: QHeaderView's own size hint reserves room for a sort arrow in every
// column, which pushes the last columns of a wide table out of sight.
void fitColumns(QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    const QFontMetrics cells(table->font());
    const QFontMetrics header(table->horizontalHeader()->font());
    const int rows = std::min(model->rowCount(), 200);
    for (int column = 0; column < model->columnCount(); ++column) {
        int width = 0;
        for (const QString &line : model->headerData(column, Qt::Horizontal).toString().split(u'\n'))
            width = std::max(width, header.horizontalAdvance(line));
        for (int row = 0; row < rows; ++row)
            width = std::max(width, cells.horizontalAdvance(model->index(row, column).data().toString()));
        table->setColumnWidth(column, width + 12); // the header's margins, and the cell's
    }
}

} // namespace

SlaPage::SlaPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    m_emptyText = new QLabel(empty);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addLayout(centeredParagraph(m_emptyText, 560));
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);
    m_stack->addWidget(buildContent());
    layout->addWidget(m_stack);
}

QWidget *SlaPage::buildContent()
{
    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    auto *weekLabel = new QLabel(tr("&Week:"), content);
    m_weekBox = new QComboBox(content);
    m_weekBox->setToolTip(SlaDefinitions::text(SlaTerm::Week));
    m_weekBox->setAccessibleName(tr("Week"));
    m_weekBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    weekLabel->setBuddy(m_weekBox);
    auto *byLabel = new QLabel(tr("&Group by:"), content);
    m_dimensionBox = new QComboBox(content);
    m_dimensionBox->setAccessibleName(tr("Group by"));
    for (SlaDimension d : { SlaDimension::Team, SlaDimension::SignalType, SlaDimension::Owner })
        m_dimensionBox->addItem(dimensionName(d), int(d));
    byLabel->setBuddy(m_dimensionBox);
    m_asOfLabel = new QLabel(content);
    m_asOfLabel->setToolTip(SlaDefinitions::text(SlaTerm::AsOf));
    m_asOfLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *definitions = new QToolButton(content);
    definitions->setText(tr("Definitions"));
    definitions->setCheckable(true);
    definitions->setToolTip(tr("Show what every number on this page means"));
    bar->addWidget(weekLabel);
    bar->addWidget(m_weekBox);
    bar->addSpacing(12);
    bar->addWidget(byLabel);
    bar->addWidget(m_dimensionBox);
    bar->addSpacing(12);
    bar->addWidget(m_asOfLabel, 1);
    bar->addWidget(definitions);
    layout->addLayout(bar);

    m_banner = new SlaFactsBanner(session(), content);
    layout->addWidget(m_banner);
    layout->addWidget(buildTiles());

    auto *split = new QSplitter(Qt::Horizontal, content);
    m_tabs = new QTabWidget(split);

    // Compliance: the table, then the trend and the split of the clock.
    auto *complianceTab = new QSplitter(Qt::Vertical, m_tabs);
    m_compliance = new SlaComplianceModel(this);
    m_complianceProxy = new QSortFilterProxyModel(this);
    m_complianceProxy->setSourceModel(m_compliance);
    m_complianceProxy->setSortRole(SlaComplianceModel::SortRole);
    m_table = makeTable(m_complianceProxy, complianceTab, tr("SLA compliance by group"));
    m_table->setToolTip(tr("Click a number to see the handoffs behind it."));
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    auto *charts = new QSplitter(Qt::Horizontal, complianceTab);
    m_trend = new SlaTrendChart(charts);
    m_split = new SlaSplitChart(charts);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    complianceTab->addWidget(m_table);
    complianceTab->addWidget(charts);
    complianceTab->setStretchFactor(0, 2);
    complianceTab->setStretchFactor(1, 3);
    m_tabs->addTab(complianceTab, tr("Compliance"));

    // Open breaches.
    auto *breachTab = new QWidget(m_tabs);
    auto *breachLayout = new QVBoxLayout(breachTab);
    auto *breachBar = new QHBoxLayout;
    m_breachSummary = new QLabel(breachTab);
    m_breachSummary->setWordWrap(true);
    auto *asHandoffs = new QPushButton(tr("Show as handoffs"), breachTab);
    asHandoffs->setToolTip(tr("Open every breach in the handoff table, to search and export them"));
    breachBar->addWidget(m_breachSummary, 1);
    breachBar->addWidget(asHandoffs);
    breachLayout->addLayout(breachBar);
    m_breaches = new SlaBreachModel(this);
    m_breachProxy = new QSortFilterProxyModel(this);
    m_breachProxy->setSourceModel(m_breaches);
    m_breachProxy->setSortRole(SlaBreachModel::SortRole);
    m_breachTable = makeTable(m_breachProxy, breachTab, tr("Open breaches"));
    m_breachTable->setToolTip(tr("Double-click a breach to see its handoff."));
    breachLayout->addWidget(m_breachTable, 1);
    m_tabs->addTab(breachTab, tr("Open breaches"));

    m_handoffs = new HandoffView(session(), m_tabs);
    m_tabs->addTab(m_handoffs, tr("Handoffs"));

    m_definitions = new QTextBrowser(split);
    m_definitions->setHtml(SlaDefinitions::html());
    m_definitions->setAccessibleName(tr("Definitions"));
    m_definitions->hide();
    split->addWidget(m_tabs);
    split->addWidget(m_definitions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(definitions, &QToolButton::toggled, m_definitions, &QWidget::setVisible);
    connect(m_weekBox, &QComboBox::activated, this, [this](int index) {
        m_userChoseWeek = true;
        m_selectedWeek = IsoWeek::fromCode(m_weekBox->itemData(index).toInt());
        refreshWeek();
    });
    connect(m_dimensionBox, &QComboBox::activated, this,
        [this](int index) { setDimension(SlaDimension(m_dimensionBox->itemData(index).toInt())); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_complianceProxy->mapToSource(index);
        drillDown(source.column(), source.data(SlaComplianceModel::GroupIdRole).toLongLong());
    });
    connect(m_trend, &SlaTrendChart::pointClicked, this, [this](int week, qint64 group) {
        HandoffFilter filter;
        filter.fromWeek = filter.toWeek = week;
        filter.slaDecidedAsOf = m_asOf;
        QString groupText = tr("all handoffs");
        if (group != SlaTrendPoint::AllGroups) {
            const HandoffFilter grouped = drillDownFilter(SlaComplianceModel::Decided, group);
            filter.signalTypes = grouped.signalTypes;
            filter.teams = grouped.teams;
            filter.owners = grouped.owners;
            groupText = grouped.description.section(QStringLiteral(" · "), 1, 1);
        }
        filter.description = tr("%1 · %2 · decided as of %3")
                                 .arg(IsoWeek::fromCode(week).label(), groupText, m_asOfLabel->text().section(u':', 1).trimmed());
        showHandoffs(filter);
    });
    connect(m_split, &SlaSplitChart::groupClicked, this,
        [this](qint64 group) { drillDown(SlaComplianceModel::MedianResponse, group); });
    connect(m_breachTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        HandoffFilter filter;
        filter.ids = { index.data(SlaBreachModel::HandoffIdRole).toLongLong() };
        filter.description = tr("Open breach %1").arg(m_breachProxy->index(index.row(), SlaBreachModel::Lead).data().toString());
        showHandoffs(filter);
    });
    connect(asHandoffs, &QPushButton::clicked, this, [this]() {
        HandoffFilter filter;
        filter.slaBreachingAsOf = m_asOf;
        filter.description = tr("Open breaches as of %1").arg(m_asOfLabel->text().section(u':', 1).trimmed());
        showHandoffs(filter);
    });
    return content;
}

QWidget *SlaPage::buildTiles()
{
    auto *tiles = new QWidget(this);
    // One row on a wide window, more on a narrow one: the tiles never set the window's minimum width.
    auto *grid = new TileLayout(tiles);
    grid->setContentsMargins(0, 4, 0, 4);
    for (SlaTerm term : TileTerms) {
        auto *frame = new QFrame(tiles);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setToolTip(SlaDefinitions::text(term));
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        auto *title = new QLabel(SlaDefinitions::name(term), frame);
        title->setForegroundRole(QPalette::PlaceholderText);
        auto *value = makeHeading(QStringLiteral("–"), frame, 1.3);
        value->setAccessibleName(SlaDefinitions::name(term));
        box->addWidget(title);
        box->addWidget(value);
        grid->addWidget(frame);
        m_tiles << value;
    }
    return tiles;
}

QString SlaPage::dimensionName(SlaDimension dimension) const
{
    switch (dimension) {
    case SlaDimension::Team:
        return tr("Team");
    case SlaDimension::SignalType:
        return tr("Signal type");
    case SlaDimension::Owner:
        return tr("Owner");
    }
    return {};
}

void SlaPage::setTile(int index, const QString &value)
{
    m_tiles.at(index)->setText(value);
}

void SlaPage::selectWeek(const IsoWeek &week)
{
    m_userChoseWeek = true;
    m_selectedWeek = week;
    const int index = m_weekBox->findData(week.code());
    if (index >= 0)
        m_weekBox->setCurrentIndex(index);
    refreshWeek();
}

void SlaPage::setDimension(SlaDimension dimension)
{
    m_dimension = dimension;
    m_dimensionBox->setCurrentIndex(m_dimensionBox->findData(int(dimension)));
    refreshWeek();
}

void SlaPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_emptyText->setText(tr("Open a workspace to see SLA compliance, breaches and escalations."));
        m_stack->setCurrentIndex(0);
        return;
    }
    auto weeks = SlaReport::weeks(*workspace);
    if (!weeks || weeks->isEmpty()) {
        m_emptyText->setText(weeks ? tr("This workspace has no handoffs yet. Import a CRM export (Instrument → Import) "
                                        "and SLA compliance shows here.")
                                   : weeks.errorMessage());
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (workspace->path() != m_workspacePath) {
        m_workspacePath = workspace->path();
        m_userChoseWeek = false;
    }
    m_asOf = workspace->asOf();
    const QTimeZone zone = HandoffRepository(*workspace).reportingZone();
    m_asOfLabel->setText(tr("Judged as of: %1")
                             .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(m_asOf, zone), QStringLiteral("d MMM yyyy HH:mm t"))));
    m_weeks = *weeks;
    if (!m_userChoseWeek || !m_weeks.contains(m_selectedWeek))
        m_selectedWeek = SlaReport::lastCompleteWeek(*workspace, m_asOf).valueOr({}).value_or(m_weeks.last());
    m_weekBox->clear();
    const QLocale locale;
    for (qsizetype i = m_weeks.size() - 1; i >= 0; --i) {
        const IsoWeek &week = m_weeks.at(i);
        m_weekBox->addItem(tr("%1 (%2 – %3)").arg(week.label(), locale.toString(week.monday(), QStringLiteral("d MMM")),
                               locale.toString(week.sunday(), QStringLiteral("d MMM yyyy"))),
            week.code());
    }
    m_weekBox->setCurrentIndex(m_weekBox->findData(m_selectedWeek.code()));
    m_banner->refresh();

    auto breaches = SlaBreaches::open(*workspace, m_asOf);
    m_breaches->setBreaches(breaches.valueOr({}), zone);
    m_breachTable->sortByColumn(SlaBreachModel::ElapsedPercent, Qt::DescendingOrder);
    fitColumns(m_breachTable);
    if (!breaches) {
        m_breachSummary->setText(breaches.errorMessage());
    } else {
        qsizetype reassign = 0;
        for (const OpenSlaClock &c : std::as_const(*breaches))
            reassign += c.step > 0 && c.step == c.steps ? 1 : 0;
        m_breachSummary->setText(tr("%1 handoffs are untouched past their SLA as of %2 (all weeks); %3 have reached the "
                                    "last step of their escalation ladder.")
                                     .arg(locale.toString(breaches->size()), m_asOfLabel->text().section(u':', 1).trimmed(),
                                         locale.toString(reassign)));
    }
    m_tabs->setTabText(BreachesTab, tr("Open breaches, all weeks (%1)").arg(locale.toString(m_breaches->rowCount())));
    refreshWeek();
    m_handoffs->refresh();
}

void SlaPage::refreshWeek()
{
    Workspace *workspace = session()->workspace();
    if (!workspace || m_weeks.isEmpty())
        return;
    auto report = SlaReport::forWeek(*workspace, m_selectedWeek, m_asOf);
    if (!report) {
        emit session()->errorReported(report.errorMessage());
        return;
    }
    m_compliance->setGroups(report->by(m_dimension), dimensionName(m_dimension));
    const SlaGroupStats &total = report->total;
    const QLocale locale;
    setTile(0, formatRate(total.compliance()));
    setTile(1, locale.toString(total.decided));
    setTile(2, locale.toString(total.met));
    setTile(3, locale.toString(total.breaching));
    setTile(4, formatBusinessMinutes(total.medianFirstTouchMinutes));
    setTile(5, formatBusinessMinutes(total.medianRoutingDelayMinutes));
    setTile(6, formatBusinessMinutes(total.medianResponseMinutes));
    fitColumns(m_table);

    // The trend: the 26 weeks up to the latest one with data, and the chosen week if it is older.
    QList<int> weeks;
    for (const IsoWeek &week : std::as_const(m_weeks))
        weeks << week.code();
    const int from = std::min(m_selectedWeek.code(), weeks.at(std::max<qsizetype>(0, weeks.size() - 26)));
    weeks.erase(weeks.begin(), std::find_if(weeks.begin(), weeks.end(), [from](int w) { return w >= from; }));
    auto trend = SlaReport::trend(*workspace, m_dimension, m_asOf, from, weeks.last());
    m_trend->setTrend(weeks, trend.valueOr({}), m_selectedWeek.code());
    m_split->setGroups(report->by(m_dimension));
}

HandoffFilter SlaPage::drillDownFilter(int column, qint64 groupId) const
{
    HandoffFilter filter;
    filter.fromWeek = filter.toWeek = m_selectedWeek.code();
    QString group;
    for (const SlaGroupStats &g : m_compliance->groups())
        if (g.id == groupId)
            group = g.name;
    switch (m_dimension) {
    case SlaDimension::SignalType:
        filter.signalTypes = { groupId };
        break;
    case SlaDimension::Team:
        filter.teams = { groupId };
        break;
    case SlaDimension::Owner:
        filter.owners = { groupId };
        break;
    }
    QString what;
    switch (column) {
    case SlaComplianceModel::Met:
        filter.slaMet = true;
        what = tr("met their SLA");
        break;
    case SlaComplianceModel::Decided:
    case SlaComplianceModel::Compliance:
        filter.slaDecidedAsOf = m_asOf;
        what = tr("decided");
        break;
    case SlaComplianceModel::Missed:
        filter.slaMissedAsOf = m_asOf;
        what = tr("missed their SLA");
        break;
    case SlaComplianceModel::Breaching:
        filter.slaBreachingAsOf = m_asOf;
        what = tr("breaching now");
        break;
    case SlaComplianceModel::Pending:
        filter.slaPendingAsOf = m_asOf;
        what = tr("pending");
        break;
    case SlaComplianceModel::UnderSla:
    case SlaComplianceModel::MedianFirstTouch:
    case SlaComplianceModel::P90FirstTouch:
    case SlaComplianceModel::MedianRoutingDelay:
    case SlaComplianceModel::MedianResponse:
        filter.underSla = true;
        what = tr("under SLA");
        break;
    default:
        what = tr("all handoffs");
        break;
    }
    filter.description = tr("%1 · %2 %3 · %4").arg(m_selectedWeek.label(), dimensionName(m_dimension), group, what);
    return filter;
}

void SlaPage::drillDown(int column, qint64 groupId)
{
    showHandoffs(drillDownFilter(column, groupId));
}

void SlaPage::showHandoffs(const HandoffFilter &filter)
{
    m_handoffs->setFilter(filter);
    m_handoffs->table()->resizeColumnsToContents(); // the rows in view: cheap however many there are
    m_tabs->setCurrentIndex(HandoffsTab);
}

} // namespace baton
