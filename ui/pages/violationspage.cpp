#include "violationspage.h"

#include "colours.h"
#include "core/workspace.h"
#include "editdelegates.h"
#include "emptystate.h"
#include "handoffview.h"
#include "instrument/validator.h"
#include "theme.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace baton {

namespace {

// SQLite binds at most 32,766 values per statement; the drill-down shows at most this many handoffs.
constexpr int ScoreRole = Qt::UserRole + 10;

// Paints a score (0..1) as a bar behind its percentage, red to green, in shades of the view's palette under
// its text colour.
class ScoreDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant value = index.data(ScoreRole);
        if (!value.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const double score = std::clamp(value.toDouble(), 0.0, 1.0);
        painter->save();
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        const QRect bar = option.rect.adjusted(4, 4, -4, -4);
        const QPalette &palette = option.palette;
        painter->fillRect(bar, Colours::background(Colours::Tone::Neutral, palette));
        const Colours::Tone tone = score >= 0.8 ? Colours::Tone::Good
            : score >= 0.5                      ? Colours::Tone::Caution
                                                : Colours::Tone::Bad;
        const QColor colour = Theme::isDark(palette)
            ? Colours::mix(Colours::background(tone, palette), Colours::text(tone, palette), 0.3)
            : score >= 0.8 ? QColor(0x8c, 0xd1, 0x9b)
            : score >= 0.5 ? QColor(0xf5, 0xd0, 0x7a)
                           : QColor(0xf2, 0xa0, 0x8b);
        painter->fillRect(QRect(bar.left(), bar.top(), int(bar.width() * score), bar.height()), colour);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(bar.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight,
            QLocale().toString(100.0 * score, 'f', 1) + QStringLiteral(" %"));
        painter->restore();
    }
};

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setData(Qt::ToolTipRole, QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(name);
    table->setObjectName(name);
    table->setItemDelegate(new GroupedNumberDelegate(table)); // counts as "1,243"
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < headers.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return table;
}

QString orNone(const QString &name)
{
    return name.isEmpty() ? ViolationsPage::tr("(none)") : name;
}

} // namespace

ViolationsPage::ViolationsPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open a workspace to check its handoffs against the contract, the stage map and the data standard."), this));
    m_stack->addWidget(buildContent());
    layout->addWidget(m_stack);
}

ViolationsPage::~ViolationsPage()
{
    if (m_cancel)
        *m_cancel = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QWidget *ViolationsPage::buildContent()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    auto *summary = new QVBoxLayout;
    m_summary = new QLabel(content);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_summary->setFont(big);
    m_summaryDetail = new QLabel(content);
    m_summaryDetail->setForegroundRole(QPalette::PlaceholderText);
    m_summaryDetail->setWordWrap(true);
    summary->addWidget(m_summary);
    summary->addWidget(m_summaryDetail);
    m_progress = new QProgressBar(content);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_recheck = new QPushButton(tr("Check again"), content);
    auto *definitions = new QPushButton(tr("Definitions…"), content);
    top->addLayout(summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_recheck);
    top->addWidget(definitions);
    layout->addLayout(top);

    auto *vertical = new QSplitter(Qt::Vertical, content);
    auto *tables = new QSplitter(Qt::Horizontal, vertical);
    m_tablesSplitter = tables;

    auto *kindsPanel = new QWidget(tables);
    auto *kindsLayout = new QVBoxLayout(kindsPanel);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    kindsLayout->addWidget(makeHeading(tr("Violations by kind"), kindsPanel, 1.0));
    m_kinds = makeTable(kindsPanel, { tr("Kind"), tr("Violations"), tr("Handoffs") }, QStringLiteral("ViolationKinds"));
    kindsLayout->addWidget(m_kinds);
    tables->addWidget(kindsPanel);

    auto *scoresPanel = new QWidget(tables);
    auto *scoresLayout = new QVBoxLayout(scoresPanel);
    scoresLayout->setContentsMargins(0, 0, 0, 0);
    auto *scoresHead = new QHBoxLayout;
    scoresHead->addWidget(makeHeading(tr("Data-quality score"), scoresPanel, 1.0));
    scoresHead->addStretch(1);
    m_scoreBy = new QComboBox(scoresPanel);
    m_scoreBy->addItem(tr("per source"));
    m_scoreBy->addItem(tr("per campaign"));
    scoresHead->addWidget(m_scoreBy);
    scoresLayout->addLayout(scoresHead);
    m_scores = makeTable(scoresPanel, { tr("Source"), tr("Handoffs"), tr("Score") }, QStringLiteral("QualityScores"));
    m_scores->setItemDelegateForColumn(2, new ScoreDelegate(m_scores));
    m_scores->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_scores->setColumnWidth(2, 110);
    m_scores->setSortingEnabled(true);
    m_scores->horizontalHeaderItem(2)->setToolTip(
        tr("Data-quality score: the share of the handoffs from this source or campaign that have no violation of any kind."));
    scoresLayout->addWidget(m_scores);
    tables->addWidget(scoresPanel);

    auto *rulesPanel = new QWidget(tables);
    auto *rulesLayout = new QVBoxLayout(rulesPanel);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(makeHeading(tr("Rules broken"), rulesPanel, 1.0));
    m_rules = makeTable(rulesPanel, { tr("Rule"), tr("Violations") }, QStringLiteral("BrokenRules"));
    m_rules->setWordWrap(false);
    rulesLayout->addWidget(m_rules);
    tables->addWidget(rulesPanel);
    tables->setSizes({ 330, 330, 360 });
    vertical->addWidget(tables);

    auto *bottom = new QWidget(vertical);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show the handoffs with"), bottom));
    m_kindFilter = new QComboBox(bottom);
    m_kindFilter->setAccessibleName(tr("Kind of violation"));
    m_sourceFilter = new QComboBox(bottom);
    m_sourceFilter->setAccessibleName(tr("Source"));
    m_campaignFilter = new QComboBox(bottom);
    m_campaignFilter->setAccessibleName(tr("Campaign"));
    // Narrow enough for a small window in any language (a longer choice is elided in the box).
    m_kindFilter->setMinimumContentsLength(14);
    m_sourceFilter->setMinimumContentsLength(10);
    m_campaignFilter->setMinimumContentsLength(12);
    for (QComboBox *combo : { m_kindFilter, m_sourceFilter, m_campaignFilter }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setSizePolicy(QSizePolicy::Expanding, combo->sizePolicy().verticalPolicy()); // wider when there is room
    }
    m_ruleFilterLabel = new QLabel(bottom);
    auto *clear = new QPushButton(tr("Clear filters"), bottom);
    filters->addWidget(m_kindFilter, 2);
    filters->addWidget(new QLabel(tr("from"), bottom));
    filters->addWidget(m_sourceFilter, 1);
    filters->addWidget(m_campaignFilter, 2);
    filters->addWidget(m_ruleFilterLabel, 2);
    filters->addWidget(clear);
    bottomLayout->addLayout(filters);
    m_handoffs = new HandoffView(session(), bottom);
    bottomLayout->addWidget(m_handoffs, 1);
    vertical->addWidget(bottom);
    vertical->setSizes({ 260, 420 });
    layout->addWidget(vertical, 1);

    connect(m_recheck, &QPushButton::clicked, this, &ViolationsPage::startValidation);
    connect(definitions, &QPushButton::clicked, this, &ViolationsPage::showDefinitions);
    connect(m_scoreBy, &QComboBox::currentIndexChanged, this, &ViolationsPage::fillScores);
    connect(m_kinds, &QTableWidget::cellClicked, this, [this](int row) {
        setKindFilter(row < ViolationKindCount ? row : -1);
    });
    connect(m_scores, &QTableWidget::cellClicked, this, [this](int row) {
        const QString name = m_scores->item(row, 0)->data(Qt::UserRole).toString();
        if (m_scoreBy->currentIndex() == 0)
            setSourceFilter(name);
        else
            setCampaignFilter(name);
    });
    connect(m_rules, &QTableWidget::cellClicked, this,
        [this](int row) { setRuleFilter(m_rules->item(row, 0)->data(Qt::UserRole).toInt()); });
    for (QComboBox *combo : { m_kindFilter, m_sourceFilter, m_campaignFilter })
        connect(combo, &QComboBox::activated, this, [this]() {
            m_rule = -1;
            fillRules();
            applyFilter();
        });
    connect(clear, &QPushButton::clicked, this, [this]() {
        m_filling = true;
        m_kindFilter->setCurrentIndex(0);
        m_sourceFilter->setCurrentIndex(0);
        m_campaignFilter->setCurrentIndex(0);
        m_filling = false;
        m_rule = -1;
        fillRules();
        applyFilter();
    });
    return content;
}

void ViolationsPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        if (m_cancel)
            *m_cancel = true;
        m_report.reset();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    startValidation();
}

void ViolationsPage::startValidation()
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    if (m_cancel)
        *m_cancel = true;
    if (m_worker) {
        // The previous check stops at its next progress report; its result is ignored.
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<qint64>>(0);
    m_total = std::make_shared<std::atomic<qint64>>(0);
    auto result = std::make_shared<std::optional<Result<ValidationReport>>>();
    const QString path = workspace->path();
    m_worker = QThread::create([path, result, cancel = m_cancel, done = m_done, total = m_total]() {
        // Connections belong to their thread: the worker opens its own, read-only.
        auto opened = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!opened) {
            *result = Result<ValidationReport>(opened.error());
            return;
        }
        auto validator = Validator::load(**opened);
        if (!validator) {
            *result = Result<ValidationReport>(validator.error());
            return;
        }
        ValidationOptions options;
        options.progress = [cancel, done, total](qint64 n, qint64 all) {
            *done = n;
            *total = all;
            return !*cancel;
        };
        *result = validator->run(**opened, options);
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_recheck->setEnabled(false);
    m_summary->setText(tr("Checking the handoffs against the contract, the stage map and the data standard…"));
    m_summaryDetail->clear();
    auto *poll = new QTimer(m_worker);
    poll->setInterval(150);
    connect(poll, &QTimer::timeout, this, [this, done = m_done, total = m_total]() {
        if (*total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000.0 * double(*done) / double(*total)));
        }
    });
    poll->start();
    QThread *thread = m_worker;
    connect(m_worker, &QThread::finished, this, [this, thread, result, poll, cancel = m_cancel]() {
        if (thread != m_worker || *cancel)
            return; // superseded by a newer check (and its timer gone with its thread)
        poll->stop();
        m_progress->setVisible(false);
        m_recheck->setEnabled(true);
        if (!result->has_value() || !(*result)->ok()) {
            const QString message = result->has_value() ? (*result)->errorMessage() : tr("The check did not finish.");
            if (!result->has_value() || (*result)->error().kind != Error::Kind::Cancelled)
                m_summary->setText(tr("The check failed: %1").arg(message.toHtmlEscaped()));
            m_summaryDetail->clear();
            return;
        }
        m_report = std::move(result->value().value());
        showReport();
        emit validationFinished();
    });
    m_worker->start();
}

void ViolationsPage::showReport()
{
    if (!m_report)
        return;
    const ValidationReport &report = *m_report;
    const QLocale locale;
    const QString against = report.contractNumber > 0 ? tr("contract version %1").arg(report.contractNumber)
                                                      : tr("no active contract (contract checks skipped)");
    m_summary->setText(tr("<b>%1</b> handoffs checked · <b>%2</b> with at least one violation · data-quality score "
                          "<b>%3 %</b>")
                           .arg(locale.toString(report.checked), locale.toString(report.handoffsWithViolations),
                               locale.toString(100.0 * report.score(), 'f', 1)));
    m_summaryDetail->setText(tr("Against %1, the stage map and the data standard: %2 violations in all.")
                                 .arg(against, locale.toString(report.totalViolations())));
    m_summaryDetail->setToolTip(tr("Click a kind, a source or campaign, or a rule to see its handoffs below."));

    m_filling = true;
    m_kinds->setRowCount(ViolationKindCount);
    for (ViolationKind kind : ViolationKinds::all()) {
        const int row = int(kind);
        auto *name = new QTableWidgetItem(ViolationKinds::label(kind));
        name->setToolTip(ViolationKinds::definition(kind));
        if (report.count(kind) == 0)
            name->setForeground(Colours::muted(m_kinds->palette()));
        m_kinds->setItem(row, 0, name);
        m_kinds->setItem(row, 1, number(report.count(kind)));
        m_kinds->setItem(row, 2, number(report.handoffCount(kind)));
    }
    const int kindIndex = m_kindFilter->currentIndex();
    const QString source = m_sourceFilter->currentData().toString();
    const QString campaign = m_campaignFilter->currentData().toString();
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("any violation"), -1);
    for (ViolationKind kind : ViolationKinds::all())
        m_kindFilter->addItem(ViolationKinds::label(kind), int(kind));
    m_kindFilter->setCurrentIndex(std::max(0, kindIndex));
    const auto fillNames = [](QComboBox *combo, const QList<QualityScore> &scores, const QString &all, const QString &keep) {
        combo->clear();
        combo->addItem(all, QString());
        QList<QualityScore> sorted = scores;
        std::sort(sorted.begin(), sorted.end(), [](const QualityScore &a, const QualityScore &b) { return a.name < b.name; });
        for (const QualityScore &score : sorted)
            combo->addItem(orNone(score.name), score.name.isEmpty() ? QStringLiteral("\x01") : score.name);
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    fillNames(m_sourceFilter, report.bySource, tr("any source"), source);
    fillNames(m_campaignFilter, report.byCampaign, tr("any campaign"), campaign);
    m_filling = false;
    fillScores();
    fillRules();
    applyFilter();
    const QList<int> sizes = m_tablesSplitter->sizes();
    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    if (!m_tablesSized && total > 0) {
        // The kinds and the scores as wide as their texts (shrunk alike when that is too much), the rules
        // (which elide) the rest, at least a quarter.
        m_tablesSized = true;
        const int kindsWidth = tableContentsWidth(m_kinds);
        const int scoresWidth = tableContentsWidth(m_scores);
        const int rules = std::max(total / 4, total - kindsWidth - scoresWidth);
        const int kinds = int(double(total - rules) * kindsWidth / std::max(1, kindsWidth + scoresWidth));
        m_tablesSplitter->setSizes({ kinds, total - rules - kinds, rules });
    }
}

void ViolationsPage::fillScores()
{
    if (!m_report)
        return;
    const bool bySource = m_scoreBy->currentIndex() == 0;
    const QList<QualityScore> &scores = bySource ? m_report->bySource : m_report->byCampaign;
    m_scores->setSortingEnabled(false);
    m_scores->horizontalHeaderItem(0)->setText(bySource ? tr("Source") : tr("Campaign"));
    m_scores->setRowCount(int(scores.size()));
    for (int row = 0; row < scores.size(); ++row) {
        const QualityScore &score = scores.at(row);
        auto *name = new QTableWidgetItem(orNone(score.name));
        name->setData(Qt::UserRole, score.name.isEmpty() ? QStringLiteral("\x01") : score.name);
        QStringList worst;
        for (ViolationKind kind : ViolationKinds::all())
            if (score.byKind.at(int(kind)) > 0)
                worst << tr("%1: %2").arg(ViolationKinds::label(kind), QLocale().toString(score.byKind.at(int(kind))));
        name->setToolTip(tr("%1 of %2 handoffs without a violation.\nHandoffs with each kind:\n%3")
                             .arg(QLocale().toString(score.clean), QLocale().toString(score.handoffs),
                                 worst.join(QLatin1Char('\n'))));
        m_scores->setItem(row, 0, name);
        m_scores->setItem(row, 1, number(score.handoffs));
        auto *value = new QTableWidgetItem;
        value->setData(Qt::DisplayRole, score.score());
        value->setData(ScoreRole, score.score());
        value->setToolTip(name->toolTip());
        m_scores->setItem(row, 2, value);
    }
    m_scores->setSortingEnabled(true);
    m_scores->sortByColumn(2, Qt::AscendingOrder);
}

void ViolationsPage::fillRules()
{
    if (!m_report)
        return;
    // Violations per rule among the violations the kind, source and campaign filters select.
    const int kind = m_kindFilter->currentData().toInt();
    const QString source = m_sourceFilter->currentData().toString();
    const QString campaign = m_campaignFilter->currentData().toString();
    const auto matches = [&](const QList<QualityScore> &scores, int index, const QString &wanted) {
        return wanted.isEmpty() || scores.at(index).name == (wanted == QStringLiteral("\x01") ? QString() : wanted);
    };
    QHash<int, qint64> counts;
    for (const Violation &violation : m_report->details)
        if ((kind < 0 || int(violation.kind) == kind) && matches(m_report->bySource, violation.source, source)
            && matches(m_report->byCampaign, violation.campaign, campaign))
            ++counts[violation.rule];
    QList<std::pair<qint64, int>> ordered;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        ordered.append({ it.value(), it.key() });
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    m_rules->setRowCount(int(ordered.size()));
    for (int row = 0; row < ordered.size(); ++row) {
        const int rule = ordered.at(row).second;
        auto *text = new QTableWidgetItem(m_report->rules.at(rule));
        text->setData(Qt::UserRole, rule);
        text->setToolTip(QStringLiteral("%1\n\n%2").arg(ViolationKinds::label(m_report->ruleKinds.at(rule)), m_report->rules.at(rule)));
        m_rules->setItem(row, 0, text);
        m_rules->setItem(row, 1, number(ordered.at(row).first));
        if (rule == m_rule)
            m_rules->selectRow(row);
    }
}

QList<qint64> ViolationsPage::filteredHandoffIds() const
{
    QList<qint64> ids;
    if (!m_report)
        return ids;
    const int kind = m_kindFilter->currentData().toInt();
    const QString source = m_sourceFilter->currentData().toString();
    const QString campaign = m_campaignFilter->currentData().toString();
    const auto matches = [&](const QList<QualityScore> &scores, int index, const QString &wanted) {
        return wanted.isEmpty() || scores.at(index).name == (wanted == QStringLiteral("\x01") ? QString() : wanted);
    };
    qint64 last = 0;
    for (const Violation &violation : m_report->details) {
        if ((kind >= 0 && int(violation.kind) != kind) || (m_rule >= 0 && violation.rule != m_rule)
            || !matches(m_report->bySource, violation.source, source)
            || !matches(m_report->byCampaign, violation.campaign, campaign))
            continue;
        // Details come in handoff order, so a repeat is always the previous one.
        if (violation.handoffId != last)
            ids << violation.handoffId;
        last = violation.handoffId;
    }
    return ids;
}

void ViolationsPage::applyFilter()
{
    if (m_filling || !m_report)
        return;
    QList<qint64> ids = filteredHandoffIds();
    // "Label: value" pairs rather than a sentence around the combo boxes' texts, which no language could
    // inflect right.
    QStringList parts;
    if (m_kindFilter->currentData().toInt() >= 0)
        parts << tr("Kind: %1").arg(m_kindFilter->currentText());
    if (!m_sourceFilter->currentData().toString().isEmpty())
        parts << tr("Source: %1").arg(m_sourceFilter->currentText());
    if (!m_campaignFilter->currentData().toString().isEmpty())
        parts << tr("Campaign: %1").arg(m_campaignFilter->currentText());
    if (m_rule >= 0)
        parts << tr("Rule: %1").arg(m_report->rules.at(m_rule));
    m_ruleFilterLabel->setText(m_rule >= 0 ? tr("· rule: %1").arg(m_report->rules.at(m_rule)) : QString());
    m_ruleFilterLabel->setToolTip(m_ruleFilterLabel->text());
    HandoffFilter filter;
    filter.description = parts.isEmpty() ? tr("Handoffs with at least one violation")
                                         : tr("Handoffs with violations · %1").arg(parts.join(QStringLiteral(" · ")));
    // No matching handoff: an id that cannot exist keeps the table empty rather than showing everything.
    filter.ids = ids.isEmpty() ? QList<qint64> { -1 } : ids;
    m_handoffs->setFilter(filter);
}

void ViolationsPage::setKindFilter(int kind)
{
    m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(kind)));
    m_rule = -1;
    fillRules();
    applyFilter();
}

void ViolationsPage::setSourceFilter(const QString &source)
{
    m_sourceFilter->setCurrentIndex(std::max(0, m_sourceFilter->findData(source)));
    m_rule = -1;
    fillRules();
    applyFilter();
}

void ViolationsPage::setCampaignFilter(const QString &campaign)
{
    m_campaignFilter->setCurrentIndex(std::max(0, m_campaignFilter->findData(campaign)));
    m_rule = -1;
    fillRules();
    applyFilter();
}

void ViolationsPage::setRuleFilter(int rule)
{
    m_rule = rule;
    if (m_report && rule >= 0 && rule < m_report->ruleKinds.size())
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(int(m_report->ruleKinds.at(rule)))));
    applyFilter();
}

void ViolationsPage::showDefinitions()
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><h3>%5</h3><dl>")
                       .arg(tr("What the numbers mean").toHtmlEscaped(),
                           tr("<b>Violation</b>: one rule broken by one handoff. A handoff missing two context fields has "
                              "two violations of the same kind."),
                           tr("<b>Violations</b> of a kind: how many violations of that kind were found. <b>Handoffs</b> "
                              "of a kind: how many handoffs have at least one violation of that kind."),
                           tr("<b>Data-quality score</b> of a source or campaign: the share of its handoffs that have no "
                              "violation of any kind (handoffs without a violation ÷ handoffs). Handoffs without a source "
                              "or campaign are counted under (none)."),
                           tr("Kinds of violation").toHtmlEscaped());
    for (ViolationKind kind : ViolationKinds::all())
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2<br></dd>")
                    .arg(ViolationKinds::label(kind).toHtmlEscaped(), ViolationKinds::definition(kind).toHtmlEscaped());
    html += QStringLiteral("</dl>");
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Definitions"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setHtml(html);
    text->setMinimumSize(560, 480);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace baton
