#include "coveragepage.h"

#include "colours.h"
#include "core/workspace.h"
#include "route/rulesetstore.h"
#include "routenavigation.h"
#include "routetext.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace baton {

namespace {

using Axis = CoverageAnalysis::Axis;
using Reach = CoverageAnalysis::Reach;
using Status = CoverageAnalysis::RuleStatus;

// Cells say what a scenario reaches by their background: covered, only the fallback queue, no owner.
using Tone = Colours::Tone;
constexpr Tone Covered = Tone::Good;
constexpr Tone FallbackOnly = Tone::Caution;
constexpr Tone NoOwner = Tone::Bad;

QTableWidgetItem *item(const QString &text, qint64 ruleId = 0)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setData(Qt::UserRole, ruleId);
    cell->setToolTip(text);
    return cell;
}

// A cell or list entry in a tone: its background, with the palette's text colour on it.
template <typename Item> void paint(Item *item, Tone tone, const QPalette &palette)
{
    item->setBackground(Colours::background(tone, palette));
    item->setForeground(palette.color(QPalette::Text));
}

} // namespace

CoveragePage::CoveragePage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Open a workspace to see whether its routing rules give every scenario an owner."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);
    m_content = new QWidget(this);
    outer->addWidget(m_content, 1);
    auto *layout = new QVBoxLayout(m_content);

    auto *bar = new QHBoxLayout;
    m_ruleSets = new QComboBox(m_content);
    m_ruleSets->setMinimumWidth(220);
    m_ruleSets->setAccessibleName(tr("Rule set"));
    m_day = new QDateEdit(m_content);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setToolTip(tr("Owners' active dates and absences are judged on this day."));
    m_day->setAccessibleName(tr("Owners available on"));
    m_unknown = new QCheckBox(tr("Also leads outside every territory, segment or industry"), m_content);
    bar->addWidget(new QLabel(tr("Rule set:"), m_content));
    bar->addWidget(m_ruleSets);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Owners available on:"), m_content));
    bar->addWidget(m_day);
    bar->addStretch(1);
    layout->addLayout(bar);
    // On a line of its own: beside the other choices its long label would set the page's minimum width.
    layout->addWidget(m_unknown);
    m_summary = new QLabel(m_content);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Horizontal, m_content);
    m_split = split;
    m_signalTypes = new QListWidget(split);
    m_signalTypes->setAccessibleName(tr("Signal types"));
    m_signalTypes->setToolTip(tr("Each signal type has its own grid; the number in brackets counts its scenarios that reach "
                                 "only the fallback queue or no owner."));
    m_grid = new QTableWidget(split);
    m_grid->setAccessibleName(tr("Territory by segment grid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setWordWrap(true);
    auto *detailPane = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_cellTitle = new QLabel(tr("Click a cell to see its scenarios and the rules that take them."), detailPane);
    m_cellTitle->setWordWrap(true);
    m_details = new QTableWidget(0, 3, detailPane);
    m_details->setHorizontalHeaderLabels({ tr("Industry"), tr("Account"), tr("Reaches") });
    m_details->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->setWordWrap(true);
    m_details->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setAccessibleName(tr("Scenarios of the selected cell"));
    m_openRule = new QPushButton(tr("Open the rule"), detailPane);
    m_openRule->setToolTip(tr("Shows the rule responsible on the Routing rules page (for a gap: the nearest rule)."));
    detailLayout->addWidget(m_cellTitle);
    detailLayout->addWidget(m_details, 1);
    detailLayout->addWidget(m_openRule, 0, Qt::AlignLeft);
    split->addWidget(m_signalTypes);
    split->addWidget(m_grid);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 5);
    split->setSizes({ 190, 440, 420 });
    layout->addWidget(split, 3);

    layout->addWidget(new QLabel(tr("Rules that never fire or overlap (double-click to open):"), m_content));
    m_issues = new QTableWidget(0, 2, m_content);
    m_issues->setHorizontalHeaderLabels({ tr("Rule"), tr("What coverage analysis found") });
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(false);
    m_issues->setAccessibleName(tr("Shadowed and overlapping rules"));
    layout->addWidget(m_issues, 1);
    auto *definitions = new QLabel(
        tr("<b>Scenario</b>: one signal type × territory × segment × industry × source × whether the lead's account has an "
           "owner (sources: those the rules name, and any other). <b>Reaches an owner</b>: the first matching rule that can "
           "assign on that day takes it. <b>Only the fallback</b>: no rule takes it, so the fallback queue does. <b>No "
           "owner</b>: not even the fallback queue has anyone available. <b>Shadowed</b>: earlier rules take every scenario "
           "the rule matches (it fires only when they cannot assign). <b>Overlap</b>: two rules match a common scenario; the "
           "earlier one wins. Capacity is not part of the analysis; Simulate shows it."),
        m_content);
    definitions->setWordWrap(true);
    definitions->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(definitions);

    connect(m_ruleSets, &QComboBox::activated, this, &CoveragePage::analyse);
    connect(m_day, &QDateEdit::dateChanged, this, &CoveragePage::analyse);
    connect(m_unknown, &QCheckBox::toggled, this, &CoveragePage::analyse);
    connect(m_signalTypes, &QListWidget::currentRowChanged, this, &CoveragePage::showGrid);
    connect(m_grid, &QTableWidget::currentCellChanged, this, &CoveragePage::showCell);
    connect(m_openRule, &QPushButton::clicked, this, [this]() {
        if (const qint64 rule = ruleAt(m_details))
            showRoutingRule(this, rule);
    });
    connect(m_details, &QTableWidget::cellDoubleClicked, this, [this]() {
        if (const qint64 rule = ruleAt(m_details))
            showRoutingRule(this, rule);
    });
    connect(m_details, &QTableWidget::currentCellChanged, this, [this]() { m_openRule->setEnabled(ruleAt(m_details) != 0); });
    connect(m_issues, &QTableWidget::cellDoubleClicked, this, [this]() {
        if (const qint64 rule = ruleAt(m_issues))
            showRoutingRule(this, rule);
    });
}

qint64 CoveragePage::ruleAt(QTableWidget *table) const
{
    const int row = table->currentRow();
    for (int c = 0; row >= 0 && c < table->columnCount(); ++c)
        if (table->item(row, c) && table->item(row, c)->data(Qt::UserRole).toLongLong())
            return table->item(row, c)->data(Qt::UserRole).toLongLong();
    return 0;
}

void CoveragePage::reload()
{
    Workspace *workspace = session()->workspace();
    m_empty->setVisible(!workspace);
    m_content->setVisible(workspace != nullptr);
    if (!workspace) {
        m_analysis.reset();
        return;
    }
    auto sets = RuleSetStore(*workspace).ruleSets();
    if (!sets) {
        emit session()->errorReported(sets.errorMessage());
        return;
    }
    const qint64 current = m_ruleSets->currentData().toLongLong();
    m_ruleSets->clear();
    int active = 0;
    for (const RoutingRuleSet &set : *sets) {
        if (set.status == RuleSetStatus::Archived)
            continue;
        if (set.status == RuleSetStatus::Active)
            active = m_ruleSets->count();
        m_ruleSets->addItem(RouteText::ruleSetLabel(set), set.id);
    }
    const int index = m_ruleSets->findData(current);
    m_ruleSets->setCurrentIndex(index >= 0 ? index : active);
    if (m_workspacePath != workspace->path()) {
        m_workspacePath = workspace->path();
        const QSignalBlocker blocker(m_day);
        m_day->setDate(QDateTime::fromSecsSinceEpoch(workspace->asOf(), Qt::UTC).date());
    }
    analyse();
}

void CoveragePage::analyse()
{
    Workspace *workspace = session()->workspace();
    if (!workspace || m_ruleSets->count() == 0)
        return;
    auto model = CoverageModel::load(*workspace);
    auto rules = RuleSetStore(*workspace).rules(m_ruleSets->currentData().toLongLong());
    if (!model || !rules) {
        emit session()->errorReported(model ? rules.errorMessage() : model.errorMessage());
        return;
    }
    m_model = *model;
    m_analysis = std::make_unique<CoverageAnalysis>(m_model, *rules, CoverageOptions { m_day->date(), m_unknown->isChecked() });
    const CoverageAnalysis &a = *m_analysis;
    const QLocale locale;
    const qint64 gaps = a.count(Reach::FallbackOnly) + a.count(Reach::NoOwner);
    m_summary->setText(tr("<b>%1</b> scenarios: <b>%2</b> reach an owner through a rule, <b>%3</b> reach only the fallback "
                          "queue%4, <b>%5</b> reach no owner. %6")
                           .arg(locale.toString(a.scenarioCount()), locale.toString(a.count(Reach::Rule)),
                               locale.toString(a.count(Reach::FallbackOnly)),
                               a.fallbackTeamId() ? tr(" (%1)").arg(m_model.teamName(a.fallbackTeamId())) : QString(),
                               locale.toString(a.count(Reach::NoOwner)),
                               gaps == 0 ? tr("Every scenario has an owner.") : tr("The highlighted cells are the gaps.")));

    const int previous = std::max(0, m_signalTypes->currentRow());
    const QSignalBlocker blocker(m_signalTypes);
    m_signalTypes->clear();
    int firstWithGaps = -1;
    for (int s = 0; s < a.valueCount(Axis::SignalType); ++s) {
        qint64 signalGaps = 0;
        for (int t = 0; t < a.valueCount(Axis::Territory); ++t)
            for (int g = 0; g < a.valueCount(Axis::Segment); ++g)
                signalGaps += a.cell(s, t, g).gaps();
        auto *entry = new QListWidgetItem(signalGaps ? tr("%1 (%2)").arg(a.values(Axis::SignalType).names.at(s)).arg(signalGaps)
                                                     : a.values(Axis::SignalType).names.at(s),
            m_signalTypes);
        entry->setData(Qt::UserRole, signalGaps);
        if (signalGaps) {
            paint(entry, FallbackOnly, m_signalTypes->palette());
            if (firstWithGaps < 0)
                firstWithGaps = s;
        }
    }
    m_signalTypes->setCurrentRow(m_signalTypes->count() ? std::min(previous, m_signalTypes->count() - 1) : -1);
    if (previous == 0 && firstWithGaps > 0 && m_signalTypes->item(0)->data(Qt::UserRole).toLongLong() == 0)
        m_signalTypes->setCurrentRow(firstWithGaps);
    showGrid();
    showRuleIssues();
}

void CoveragePage::showGrid()
{
    if (!m_analysis)
        return;
    const CoverageAnalysis &a = *m_analysis;
    const int signal = m_signalTypes->currentRow();
    const QSignalBlocker blocker(m_grid);
    const int rows = a.valueCount(Axis::Territory);
    const int columns = a.valueCount(Axis::Segment);
    m_grid->clear();
    m_grid->setRowCount(rows);
    m_grid->setColumnCount(columns);
    m_grid->setHorizontalHeaderLabels(a.values(Axis::Segment).names);
    m_grid->setVerticalHeaderLabels(a.values(Axis::Territory).names);
    if (signal < 0)
        return;
    const QLocale locale;
    const QFontMetrics metrics(m_grid->font());
    int longestWord = 0;
    for (int t = 0; t < rows; ++t) {
        for (int g = 0; g < columns; ++g) {
            const CoverageAnalysis::Cell cell = a.cell(signal, t, g);
            QString text;
            Tone color = Covered;
            if (cell.noOwner) {
                text = tr("%1 of %2 reach no owner").arg(locale.toString(cell.noOwner), locale.toString(cell.scenarios));
                color = NoOwner;
            } else if (cell.fallbackOnly) {
                text = tr("%1 of %2 only the fallback").arg(locale.toString(cell.fallbackOnly), locale.toString(cell.scenarios));
                color = FallbackOnly;
            } else {
                text = tr("✓ %1 covered").arg(locale.toString(cell.scenarios));
            }
            QStringList tip;
            for (auto it = cell.byRule.cbegin(); it != cell.byRule.cend(); ++it)
                tip << tr("%1: %2").arg(a.rules().at(it.key()).name).arg(it.value());
            if (cell.fallbackOnly)
                tip << tr("only the fallback queue: %1").arg(cell.fallbackOnly);
            if (cell.noOwner)
                tip << tr("no owner: %1").arg(cell.noOwner);
            auto *entry = new QTableWidgetItem(text);
            paint(entry, color, m_grid->palette());
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
            entry->setTextAlignment(Qt::AlignCenter);
            entry->setToolTip(tip.join(QLatin1Char('\n')));
            m_grid->setItem(t, g, entry);
        }
    }
    // Columns at least as wide as the longest word in their cells: the texts wrap between words, and a
    // narrow grid scrolls rather than cutting a word ("Auffangwarteschlange").
    m_grid->horizontalHeader()->setMinimumSectionSize(
        longestWord + 2 * m_grid->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
    if (!m_splitSized && m_grid->isVisible()) {
        // Once: the grid as wide as its columns need, taken from the scenarios beside it (which wrap).
        m_splitSized = true;
        QList<int> sizes = m_split->sizes();
        const int needed = m_grid->verticalHeader()->sizeHint().width()
            + columns * m_grid->horizontalHeader()->minimumSectionSize() + 2 * m_grid->frameWidth()
            + m_grid->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        const int more = std::min(needed - sizes.value(1), sizes.value(2) - 360);
        if (sizes.size() == 3 && more > 0) {
            sizes[1] += more;
            sizes[2] -= more;
            m_split->setSizes(sizes);
        }
    }
    // Open the first gap (or the first cell), so that the scenarios and their rules are in view at once.
    int gapRow = -1;
    int gapColumn = -1;
    for (int t = 0; t < rows && gapRow < 0; ++t)
        for (int g = 0; g < columns && gapRow < 0; ++g)
            if (a.cell(signal, t, g).gaps()) {
                gapRow = t;
                gapColumn = g;
            }
    m_grid->setCurrentCell(std::max(0, gapRow), std::max(0, gapColumn));
    showCell();
}

void CoveragePage::showCell()
{
    m_details->setRowCount(0);
    m_openRule->setEnabled(false);
    if (!m_analysis || m_grid->currentRow() < 0 || m_grid->currentColumn() < 0 || m_signalTypes->currentRow() < 0) {
        m_cellTitle->setText(tr("Click a cell to see its scenarios and the rules that take them."));
        return;
    }
    const CoverageAnalysis &a = *m_analysis;
    CoverageAnalysis::Scenario s;
    s.signalType = m_signalTypes->currentRow();
    s.territory = m_grid->currentRow();
    s.segment = m_grid->currentColumn();
    m_cellTitle->setText(tr("<b>%1</b> × <b>%2</b> × <b>%3</b>")
                             .arg(a.values(Axis::SignalType).names.at(s.signalType), a.values(Axis::Territory).names.at(s.territory),
                                 a.values(Axis::Segment).names.at(s.segment)));
    const bool sources = a.valueCount(Axis::Source) > 1;
    m_details->setColumnCount(sources ? 4 : 3);
    m_details->setHorizontalHeaderLabels(sources ? QStringList { tr("Industry"), tr("Account"), tr("Source"), tr("Reaches") }
                                                 : QStringList { tr("Industry"), tr("Account"), tr("Reaches") });
    int firstGap = -1;
    for (s.industry = 0; s.industry < a.valueCount(Axis::Industry); ++s.industry)
        for (s.source = 0; s.source < a.valueCount(Axis::Source); ++s.source)
            for (const bool owned : { false, true }) {
                s.accountOwned = owned;
                const auto outcome = a.outcome(s);
                QString reaches;
                qint64 ruleId = 0;
                Tone color = Covered;
                if (outcome.reach == Reach::Rule) {
                    ruleId = a.rules().at(outcome.rule).id;
                    reaches = a.rules().at(outcome.rule).name;
                } else {
                    color = outcome.reach == Reach::NoOwner ? NoOwner : FallbackOnly;
                    reaches = outcome.reach == Reach::NoOwner ? tr("No owner") : tr("Only the fallback queue");
                    if (outcome.rule >= 0) {
                        ruleId = a.rules().at(outcome.rule).id;
                        reaches += tr(" (rule %1)").arg(a.rules().at(outcome.rule).name);
                    } else if (const auto nearest = a.nearestRule(s); nearest.rule >= 0) {
                        QStringList missed;
                        for (Axis axis : nearest.missed)
                            missed << CoverageAnalysis::axisName(axis);
                        ruleId = a.rules().at(nearest.rule).id;
                        reaches += tr(" · nearest rule: %1 (differs in: %2)")
                                       .arg(a.rules().at(nearest.rule).name, missed.join(QStringLiteral(", ")));
                    }
                }
                const int row = m_details->rowCount();
                m_details->insertRow(row);
                QStringList texts { a.values(Axis::Industry).names.at(s.industry),
                    owned ? tr("has an owner") : tr("no owner") };
                if (sources)
                    texts << a.values(Axis::Source).names.at(s.source);
                texts << reaches;
                for (int c = 0; c < texts.size(); ++c) {
                    auto *cell = item(texts.at(c), ruleId);
                    paint(cell, color, m_details->palette());
                    m_details->setItem(row, c, cell);
                }
                if (color != Covered && firstGap < 0)
                    firstGap = row;
            }
    m_details->setCurrentCell(firstGap >= 0 ? firstGap : 0, 0);
    m_openRule->setEnabled(ruleAt(m_details) != 0);
}

void CoveragePage::showRuleIssues()
{
    const CoverageAnalysis &a = *m_analysis;
    m_issues->setRowCount(0);
    // An overlap is no fault (the earlier rule wins), so its row keeps the table's own colours.
    const auto add = [this](const QString &rule, const QString &finding, qint64 ruleId, std::optional<Tone> tone) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        auto *first = item(rule, ruleId);
        auto *second = item(finding, ruleId);
        if (tone)
            for (auto *cell : { first, second })
                paint(cell, *tone, m_issues->palette());
        m_issues->setItem(row, 0, first);
        m_issues->setItem(row, 1, second);
    };
    for (int r = 0; r < a.rules().size(); ++r)
        if (a.ruleReport(r).status != Status::Fires)
            add(a.rules().at(r).name, a.statusText(r), a.rules().at(r).id,
                a.ruleReport(r).status == Status::Shadowed ? FallbackOnly : NoOwner);
    for (const auto &overlap : a.overlaps())
        add(a.rules().at(overlap.second).name,
            tr("Overlaps \"%1\" (scenarios both match: %2); the earlier rule wins there")
                .arg(a.rules().at(overlap.first).name)
                .arg(overlap.scenarios),
            a.rules().at(overlap.second).id, std::nullopt);
    if (m_issues->rowCount() == 0)
        add(tr("Every rule"), tr("fires for some scenario, and no two rules overlap"), 0, Covered);
}

void CoveragePage::selectSignalType(int index)
{
    m_signalTypes->setCurrentRow(index);
}

void CoveragePage::selectCell(int territory, int segment)
{
    m_grid->setCurrentCell(territory, segment);
}

} // namespace baton
