#include "maturitypage.h"

#include "workspacejob.h"
#include "maturitygrid.h"
#include "selfassessmentdialog.h"

#include "colours.h"
#include "core/workspace.h"
#include "entitycommand.h"
#include "govern/maturitymatrix.h"
#include "optimize/kpiengine.h"
#include "pages/emptystate.h"
#include "pages/optimize/chartstyle.h"
#include "workspacesession.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QValueAxis>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace baton {

namespace {

    // Stage 1 red, 2 amber, 3 green, in the palette's shades.
    QColor stageColor(int stage, const QPalette &palette)
    {
        switch (stage) {
        case 1:
            return Colours::background(Colours::Tone::Bad, palette);
        case 2:
            return Colours::background(Colours::Tone::Caution, palette);
        default:
            return Colours::background(Colours::Tone::Good, palette);
        }
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

MaturityPage::MaturityPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    m_job = new WorkspaceJob(this);
    m_historyJob = new WorkspaceJob(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open a workspace to see where its handoff process stands: the team's self-assessment next to the stage the "
           "evidence supports, dimension by dimension."),
        this));

    auto *content = new QWidget(this);
    auto *box = new QVBoxLayout(content);
    box->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Week"), content));
    m_week = new QComboBox(content);
    m_week->setAccessibleName(tr("Week assessed"));
    m_week->setToolTip(tr("The ISO week whose evidence is assessed (handoffs handed off in it)."));
    bar->addWidget(m_week);
    m_status = new QLabel(content);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    bar->addWidget(m_status, 1);
    box->addLayout(bar);
    m_tabs = new QTabWidget(content);
    m_tabs->addTab(buildMatrixTab(), tr("Matrix"));
    m_tabs->addTab(buildHistoryTab(), tr("Over time"));
    m_tabs->addTab(buildSelfTab(), tr("Self-assessments"));
    m_tabs->addTab(buildRulesTab(), tr("Evidence rules"));
    box->addWidget(m_tabs, 1);
    m_stack->addWidget(content);

    connect(m_week, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling)
            compute();
    });
    connect(m_grid, &MaturityGrid::assessRequested, this, &MaturityPage::assess);
}

QWidget *MaturityPage::buildMatrixTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *box = new QVBoxLayout(page);
    m_legend = new QLabel(page); // filled by reload(), in the palette's colours
    m_legend->setWordWrap(true);
    box->addWidget(m_legend);
    m_grid = new MaturityGrid(page);
    box->addWidget(m_grid);
    auto *why = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("What the evidence shows")), page);
    box->addWidget(why);
    m_reasons = new QLabel(page);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    box->addWidget(m_reasons);
    box->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget *MaturityPage::buildHistoryTab()
{
    auto *page = new QWidget(this);
    auto *box = new QVBoxLayout(page);
    m_historyNote = new QLabel(page);
    m_historyNote->setWordWrap(true);
    box->addWidget(m_historyNote);
    m_historyTable = new QTableWidget(page);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->setWordWrap(false);
    m_historyTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_historyTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    box->addWidget(m_historyTable);
    m_historyChart = new QChartView(page);
    m_historyChart->setRenderHint(QPainter::Antialiasing);
    m_historyChart->setMinimumHeight(220);
    m_historyChart->setToolTip(tr("The mean stage of the five dimensions each week: by the evidence, and by the team's "
                                  "self-assessment then (dimensions not assessed left out)."));
    box->addWidget(m_historyChart, 1);
    auto *row = new QHBoxLayout;
    auto *legend = new QLabel(tr("Each cell: the evidence stage of that week; ▲ n: the team's self-assessment then was n, "
                                 "higher than the evidence. Hover a cell for the reasons."),
        page);
    legend->setWordWrap(true);
    legend->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(legend, 1);
    m_recompute = new QPushButton(tr("Recompute history"), page);
    m_recompute->setToolTip(tr("Compute every week shown again from the data and replace its recorded snapshot."));
    connect(m_recompute, &QPushButton::clicked, this, [this]() { compute(true); });
    row->addWidget(m_recompute);
    box->addLayout(row);
    return page;
}

QWidget *MaturityPage::buildSelfTab()
{
    auto *page = new QWidget(this);
    auto *box = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Every self-assessment the team recorded, newest first. The matrix shows, per dimension, the "
                                "latest one made on or before the week's last day. Changes can be undone (Ctrl+Z)."),
        page);
    intro->setWordWrap(true);
    box->addWidget(intro);
    m_selfModel = new QStandardItemModel(this);
    m_selfTable = new QTableView(page);
    m_selfTable->setModel(m_selfModel);
    m_selfTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_selfTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_selfTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_selfTable->horizontalHeader()->setStretchLastSection(true);
    m_selfTable->verticalHeader()->hide();
    box->addWidget(m_selfTable, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Record…"), page);
    m_selfEdit = new QPushButton(tr("Edit…"), page);
    m_selfRemove = new QPushButton(tr("Remove"), page);
    buttons->addWidget(add);
    buttons->addWidget(m_selfEdit);
    buttons->addWidget(m_selfRemove);
    buttons->addStretch(1);
    box->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this]() { assess(MaturityDimension::Definitions); });
    connect(m_selfEdit, &QPushButton::clicked, this, &MaturityPage::editSelfAssessment);
    connect(m_selfRemove, &QPushButton::clicked, this, &MaturityPage::removeSelfAssessment);
    connect(m_selfTable, &QTableView::doubleClicked, this, &MaturityPage::editSelfAssessment);
    connect(m_selfTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MaturityPage::updateSelfButtons);
    return page;
}

QWidget *MaturityPage::buildRulesTab()
{
    m_rules = new QTextBrowser(this); // filled by reload(), in the palette's colours
    return m_rules;
}

QString MaturityPage::rulesHtml() const
{
    const QPalette palette = m_rules->palette();
    const QString border
        = Colours::css(Colours::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.3));
    QString html
        = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"5\" border=\"1\" style=\"border-color:%6;\">"
                         "<tr><th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th>"
                         "<th align=\"left\">%5</th></tr>")
              .arg(esc(MaturityMatrix::method()), esc(tr("Dimension")), esc(tr("Rule")), esc(tr("Stage 3 needs")),
                  esc(tr("Stage 2 needs (else stage 1)")), border);
    for (const MaturityRule &rule : MaturityMatrix::rules())
        html += QStringLiteral(
            "<tr><td>%1</td><td><b>%2</b><br><span style=\"color:%6;\">%3</span></td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(MaturityMatrix::dimensionTitle(rule.dimension)), esc(rule.name), esc(rule.key),
                        esc(rule.stage3), esc(rule.stage2), Colours::css(Colours::muted(palette)));
    html += QStringLiteral("</table><h3>%1</h3><table cellspacing=\"0\" cellpadding=\"5\" border=\"1\">").arg(esc(tr("The matrix")));
    html += QStringLiteral("<tr><th></th>");
    for (int stage = 1; stage <= 3; ++stage)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(MaturityMatrix::stageLabel(stage)));
    html += QStringLiteral("</tr>");
    for (const QString &dimension : MaturityDimension::all()) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(MaturityMatrix::dimensionTitle(dimension)));
        for (int stage = 1; stage <= 3; ++stage)
            html += QStringLiteral("<td>%1</td>").arg(esc(MaturityMatrix::cellDescription(dimension, stage)));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

bool MaturityPage::isComputing() const
{
    return m_job->isRunning() || m_historyJob->isRunning();
}

void MaturityPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_job->cancel();
        m_historyJob->cancel();
        m_assessment.reset();
        m_history.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QPalette palette = this->palette();
    m_legend->setText(
        tr("<span style=\"%1\">&nbsp;Shaded&nbsp;</span>: the stage the evidence in the workspace supports. "
           "<span style=\"%2\"><b>Outlined</b></span>: the team's own self-assessment. A dimension's evidence "
           "stage is the lowest stage any of its rules supports (see Evidence rules).")
            .arg(QStringLiteral("background:%1; color:%2;")
                     .arg(Colours::css(MaturityGrid::evidenceColour(palette)),
                         Colours::css(palette.color(QPalette::Text))),
                QStringLiteral("border:2px solid #d55e00; color:%1;")
                    .arg(Colours::css(MaturityGrid::teamColour(palette)))));
    m_rules->setHtml(rulesHtml());
    const int current = m_week->currentData().isValid() ? m_week->currentData().toInt() : 0;
    auto weeks = KpiEngine(*workspace).weeks();
    auto fallback = MaturityEvidence::defaultWeek(*workspace);
    m_filling = true;
    m_week->clear();
    QList<int> codes = weeks ? *weeks : QList<int>();
    if (fallback && !codes.contains(fallback->code()))
        codes << fallback->code();
    std::sort(codes.begin(), codes.end(), std::greater<int>());
    for (int code : std::as_const(codes))
        m_week->addItem(IsoWeek::fromCode(code).label(), code);
    int index = m_week->findData(current);
    if (index < 0 && fallback)
        index = m_week->findData(fallback->code());
    m_week->setCurrentIndex(std::max(0, index));
    m_filling = false;
    fillSelfAssessments();
    compute();
}

void MaturityPage::compute(bool recomputeHistory)
{
    Workspace *workspace = session()->workspace();
    if (!workspace || m_week->count() == 0)
        return;
    const IsoWeek week = IsoWeek::fromCode(m_week->currentData().toInt());
    const QString path = workspace->path();
    m_status->setText(tr("Computing the evidence of week %1…").arg(week.label()));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_job->start<MaturityAssessment>(
        path, Workspace::Access::ReadOnly, [week](Workspace &ws) { return MaturityEvidence::assess(ws, week); },
        [this, timer](Result<MaturityAssessment> result) {
            if (!result) {
                m_status->setText(tr("The evidence could not be computed: %1").arg(result.errorMessage()));
                return;
            }
            m_assessment = std::move(*result);
            m_status->setText(tr("Evidence of week %1, handoffs judged as of %2 UTC (computed in %3 ms).")
                                  .arg(m_assessment->week.label(),
                                      QDateTime::fromSecsSinceEpoch(m_assessment->asOf, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                  .arg(timer->elapsed()));
            showAssessment();
        });

    // The history: the weeks with data up to the week assessed, at most HistoryWeeks of them.
    int available = 0;
    for (int i = 0; i < m_week->count(); ++i)
        if (m_week->itemData(i).toInt() <= week.code())
            ++available;
    const int count = std::clamp(available, 1, HistoryWeeks);
    const bool writable = !workspace->isReadOnly();
    m_recompute->setEnabled(false);
    m_historyNote->setText(tr("Computing the matrix of the last %1 weeks…").arg(count));
    m_historyJob->start<QList<MaturityWeek>>(
        path, writable ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly,
        [week, count, recomputeHistory](Workspace &ws) {
            return recomputeHistory ? MaturitySnapshots::recompute(ws, week, count) : MaturitySnapshots::history(ws, week, count);
        },
        [this](Result<QList<MaturityWeek>> result) {
            m_recompute->setEnabled(true);
            if (!result) {
                m_historyNote->setText(tr("The history could not be computed: %1").arg(result.errorMessage()));
                return;
            }
            m_history = std::move(*result);
            showHistory();
        });
}

void MaturityPage::showAssessment()
{
    if (!m_assessment)
        return;
    const bool editable = session()->workspace() && !session()->workspace()->isReadOnly();
    m_grid->setAssessment(*m_assessment, editable);
    QString html;
    for (const DimensionAssessment &d : m_assessment->dimensions) {
        QString heading = tr("%1: evidence stage %2").arg(MaturityMatrix::dimensionTitle(d.dimension)).arg(d.evidenceStage);
        QString team;
        if (d.self) {
            team = tr("Team's self-assessment: stage %1 on %2").arg(d.self->stage).arg(d.self->assessedOn.toString(Qt::ISODate));
            if (!d.self->note.isEmpty())
                team += QStringLiteral(" — ") + d.self->note;
        } else {
            team = tr("The team has not assessed this dimension yet.");
        }
        const bool rosier = d.gap().value_or(0) > 0;
        html += QStringLiteral("<h3 style=\"margin-bottom:2px;\">%1</h3>").arg(esc(heading));
        html += QStringLiteral("<p style=\"margin:0; color:%1;\">%2%3</p>")
                    .arg(Colours::css(rosier ? MaturityGrid::teamColour(palette()) : Colours::muted(palette())),
                        esc(team),
                        rosier ? QStringLiteral(" <b>%1</b>")
                                     .arg(esc(*d.gap() == 1 ? tr("(one stage rosier than the evidence)")
                                                            : tr("(%1 stages rosier than the evidence)").arg(*d.gap())))
                               : QString());
        html += QStringLiteral("<ul style=\"margin-top:2px;\">");
        for (const MaturityCriterion &c : d.criteria)
            html += QStringLiteral("<li>%1</li>").arg(esc(c.reason));
        html += QStringLiteral("</ul>");
    }
    m_reasons->setText(html);
    emit assessmentShown();
}

void MaturityPage::showHistory()
{
    const QStringList dimensions = MaturityDimension::all();
    m_historyTable->clear();
    m_historyTable->setRowCount(int(dimensions.size()));
    m_historyTable->setColumnCount(int(m_history.size()));
    QStringList rows;
    for (const QString &dimension : dimensions)
        rows << MaturityMatrix::dimensionTitle(dimension);
    m_historyTable->setVerticalHeaderLabels(rows);
    int recorded = 0;
    for (int c = 0; c < m_history.size(); ++c) {
        const MaturityWeek &week = m_history.at(c);
        auto *header = new QTableWidgetItem(week.week.label());
        header->setToolTip(week.recorded ? tr("Recorded snapshot of the evidence of this week.")
                                         : tr("Computed now: the week is not over, so nothing is recorded yet."));
        if (week.recorded)
            ++recorded;
        m_historyTable->setHorizontalHeaderItem(c, header);
        for (int r = 0; r < dimensions.size(); ++r) {
            const QString &dimension = dimensions.at(r);
            const int evidence = week.evidence.value(dimension, 1);
            const int self = week.self.value(dimension, 0);
            QString text = QString::number(evidence);
            if (self > evidence)
                text += QStringLiteral("  ▲%1").arg(self);
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(stageColor(evidence, m_historyTable->palette()));
            item->setForeground(m_historyTable->palette().color(QPalette::Text));
            QString tip = MaturityMatrix::dimensionTitle(dimension) + QStringLiteral(", ") + week.week.label() + QStringLiteral(": ")
                + tr("evidence stage %1").arg(evidence);
            if (self > 0)
                tip += QStringLiteral(", ") + tr("team stage %1").arg(self);
            tip += QStringLiteral("\n• ") + week.reasons.value(dimension).join(QStringLiteral("\n• "));
            item->setToolTip(tip);
            m_historyTable->setItem(r, c, item);
        }
    }
    m_historyNote->setText(tr("The evidence stage of each dimension, week by week. Each week is computed as of its end "
                              "(the contract, rule set and meetings in force then) the first time it is shown and recorded "
                              "once the week is over, so later weeks keep what the evidence said then. Recorded: %1 of the "
                              "%2 weeks shown.")
                               .arg(recorded)
                               .arg(m_history.size()));
    showHistoryChart();
    emit historyShown();
}

void MaturityPage::showHistoryChart()
{
    auto *chart = ChartStyle::makeChart(tr("Mean stage of the five dimensions"));
    auto *evidence = new QLineSeries(chart);
    evidence->setName(tr("Evidence"));
    evidence->setPen(QPen(ChartStyle::color(0), 2.5));
    evidence->setPointsVisible(true);
    auto *self = new QLineSeries(chart);
    self->setName(tr("Team's self-assessment"));
    QPen dashed(ChartStyle::warning(), 2.5);
    dashed.setStyle(Qt::DashLine);
    self->setPen(dashed);
    self->setPointsVisible(true);
    QStringList weeks;
    for (int i = 0; i < m_history.size(); ++i) {
        const MaturityWeek &week = m_history.at(i);
        weeks << ChartStyle::weekTick(week.week.week);
        double sum = 0;
        for (int stage : week.evidence)
            sum += stage;
        if (!week.evidence.isEmpty())
            evidence->append(i, sum / double(week.evidence.size()));
        if (!week.self.isEmpty()) {
            double selfSum = 0;
            for (int stage : week.self)
                selfSum += stage;
            self->append(i, selfSum / double(week.self.size()));
        }
    }
    chart->addSeries(evidence);
    chart->addSeries(self);
    auto *x = new QBarCategoryAxis(chart);
    x->append(weeks);
    auto *y = new QValueAxis(chart);
    y->setRange(0.8, 3.2);
    y->setTickCount(3);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(1);
    y->setTickInterval(1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("stage"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : { evidence, self }) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    ChartStyle::applyTheme(chart, m_historyChart->palette());
    QChart *old = m_historyChart->chart();
    m_historyChart->setChart(chart);
    delete old;
}

void MaturityPage::fillSelfAssessments()
{
    Workspace *workspace = session()->workspace();
    m_selfModel->clear();
    m_selfModel->setHorizontalHeaderLabels({ tr("Dimension"), tr("Stage"), tr("Assessed on"), tr("Note") });
    m_selfAssessments.clear();
    updateSelfButtons();
    if (!workspace)
        return;
    auto all = Repository<MaturitySelfAssessment>(*workspace).list();
    if (!all)
        return;
    m_selfAssessments = *all;
    std::reverse(m_selfAssessments.begin(), m_selfAssessments.end());
    for (const MaturitySelfAssessment &a : std::as_const(m_selfAssessments))
        m_selfModel->appendRow({ new QStandardItem(MaturityMatrix::dimensionTitle(a.dimension)),
            new QStandardItem(MaturityMatrix::stageLabel(a.stage)), new QStandardItem(a.assessedOn.toString(Qt::ISODate)),
            new QStandardItem(a.note) });
    m_selfTable->resizeColumnsToContents();
    updateSelfButtons();
}

void MaturityPage::updateSelfButtons()
{
    const Workspace *workspace = session()->workspace();
    const bool enabled = workspace && !workspace->isReadOnly() && m_selfTable->selectionModel()->hasSelection();
    m_selfEdit->setEnabled(enabled);
    m_selfRemove->setEnabled(enabled);
}

void MaturityPage::recordSelfAssessment(const MaturitySelfAssessment &assessment)
{
    session()->undoStack()->push(EntityCommand<MaturitySelfAssessment>::add(session(), assessment,
        tr("Self-assess %1 at stage %2").arg(MaturityMatrix::dimensionTitle(assessment.dimension)).arg(assessment.stage)));
}

void MaturityPage::assess(const QString &dimension)
{
    Workspace *workspace = session()->workspace();
    if (!workspace || workspace->isReadOnly())
        return;
    MaturitySelfAssessment draft;
    draft.dimension = dimension;
    if (m_assessment) {
        if (const DimensionAssessment *d = m_assessment->dimension(dimension); d && d->self)
            draft.stage = d->self->stage;
    }
    draft.assessedOn = QDateTime::fromSecsSinceEpoch(workspace->asOf(), Qt::UTC).date();
    SelfAssessmentDialog dialog(draft, this);
    if (dialog.exec() == QDialog::Accepted)
        recordSelfAssessment(dialog.assessment());
}

void MaturityPage::editSelfAssessment()
{
    const int row = m_selfTable->currentIndex().row();
    if (row < 0 || row >= m_selfAssessments.size())
        return;
    const MaturitySelfAssessment before = m_selfAssessments.at(row);
    SelfAssessmentDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    session()->undoStack()->push(EntityCommand<MaturitySelfAssessment>::update(session(), before, dialog.assessment(),
        tr("Edit the self-assessment of %1").arg(MaturityMatrix::dimensionTitle(before.dimension))));
}

void MaturityPage::removeSelfAssessment()
{
    const int row = m_selfTable->currentIndex().row();
    if (row < 0 || row >= m_selfAssessments.size())
        return;
    const MaturitySelfAssessment before = m_selfAssessments.at(row);
    session()->undoStack()->push(EntityCommand<MaturitySelfAssessment>::remove(session(), before,
        tr("Remove the self-assessment of %1").arg(MaturityMatrix::dimensionTitle(before.dimension))));
}

} // namespace baton
