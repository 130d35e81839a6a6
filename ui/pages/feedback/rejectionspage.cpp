#include "rejectionspage.h"

#include "catalogmodels.h"
#include "colours.h"
#include "core/isoweek.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "editdelegates.h"
#include "entitycommand.h"
#include "handoffview.h"
#include "optimize/kpidefinitions.h"
#include "optimize/kpiengine.h"
#include "pages/optimize/chartstyle.h"
#include "pages/optimize/kpiformat.h"
#include "pages/optimize/reporttable.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {

namespace {

QStandardItem *numberItem(std::optional<double> value, const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(value.value_or(-1.0), ReportTable::SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setData(text, ReportTable::SortRole);
    return item;
}

std::optional<double> ratio(qint64 a, qint64 b)
{
    return b > 0 ? std::optional<double>(double(a) / double(b)) : std::nullopt;
}

} // namespace

RejectionsPage::RejectionsPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    auto *empty = new QLabel(tr("Open a workspace to see its rejection reasons, their recycle plays and what became of "
                                "rejected handoffs."),
        this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *content = new QWidget(this);
    auto *box = new QVBoxLayout(content);
    box->setContentsMargins(0, 0, 0, 0);
    m_gaps = new QLabel(content);
    m_gaps->setWordWrap(true);
    Colours::setTextTone(m_gaps, Colours::Tone::Caution);
    m_gaps->setToolTip(KpiDefinitions::tooltip(QStringLiteral("governance_gap")));
    box->addWidget(m_gaps);
    auto *tabs = new QTabWidget(content);
    tabs->addTab(buildOutcomes(), tr("Where rejected handoffs went"));
    tabs->addTab(buildCatalogue(), tr("Reasons and recycle plays"));
    auto *lower = new QWidget(content);
    auto *lowerBox = new QVBoxLayout(lower);
    lowerBox->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(tr("Click a reason above to see its rejected handoffs and the play they went to (or, with the box "
                           "ticked, the handoffs that came back from it)."),
        lower);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_handoffs = new HandoffView(session, lower);
    lowerBox->addWidget(m_hint);
    lowerBox->addWidget(m_handoffs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(tabs);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    box->addWidget(splitter, 1);
    m_stack->addWidget(content);

    // Catalogue edits (and their undo) change what the page shows.
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &Page::invalidate);
}

QWidget *RejectionsPage::buildCatalogue()
{
    auto *page = new QWidget(this);
    auto *box = new QHBoxLayout(page);
    box->setContentsMargins(2, 2, 2, 2);

    auto *reasons = new QVBoxLayout;
    m_reasonModel = new ReasonCatalogModel(session(), this);
    m_reasonTable = new ReportTable(tr("Rejection reasons"), page);
    m_reasonTable->setModel(m_reasonModel);
    m_reasonTable->setExportName(QStringLiteral("rejection-reasons.csv"));
    m_reasonTable->view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_playChoice = new ChoiceDelegate(this);
    m_playChoice->setValueRole(Qt::EditRole);
    m_reasonTable->view()->setItemDelegateForColumn(ReasonCatalogModel::Play, m_playChoice);
    reasons->addWidget(m_reasonTable, 1);
    auto *reasonButtons = new QHBoxLayout;
    auto *addReasonButton = new QPushButton(tr("Add reason"), page);
    auto *removeReasonButton = new QPushButton(tr("Remove reason"), page);
    reasonButtons->addWidget(addReasonButton);
    reasonButtons->addWidget(removeReasonButton);
    reasonButtons->addStretch(1);
    reasons->addLayout(reasonButtons);
    box->addLayout(reasons, 1);

    auto *plays = new QVBoxLayout;
    m_playModel = new PlayCatalogModel(session(), this);
    m_playTable = new ReportTable(tr("Recycle plays"), page);
    m_playTable->setModel(m_playModel);
    m_playTable->setExportName(QStringLiteral("recycle-plays.csv"));
    m_playTable->view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_kindChoice = new ChoiceDelegate(this);
    m_kindChoice->setValueRole(Qt::EditRole);
    QList<std::pair<QString, QVariant>> kinds;
    for (const QString &kind : PlayKind::all())
        kinds.append({ PlayCatalogModel::kindName(kind), kind });
    m_kindChoice->setChoices(kinds);
    m_playTable->view()->setItemDelegateForColumn(PlayCatalogModel::Kind, m_kindChoice);
    plays->addWidget(m_playTable, 1);
    auto *playButtons = new QHBoxLayout;
    auto *addPlayButton = new QPushButton(tr("Add play"), page);
    auto *removePlayButton = new QPushButton(tr("Remove play"), page);
    playButtons->addWidget(addPlayButton);
    playButtons->addWidget(removePlayButton);
    playButtons->addStretch(1);
    plays->addLayout(playButtons);
    box->addLayout(plays, 1);

    const auto selectedRow = [](ReportTable *table) {
        const QModelIndex index = table->view()->currentIndex();
        return index.isValid() ? table->proxy()->mapToSource(index).row() : -1;
    };
    connect(addReasonButton, &QPushButton::clicked, this, &RejectionsPage::addReason);
    const auto report = [this](const Result<void> &done, const QString &title) {
        if (!done)
            QMessageBox::information(this, title, done.errorMessage());
    };
    connect(removeReasonButton, &QPushButton::clicked, this,
        [this, selectedRow, report]() { report(removeReason(selectedRow(m_reasonTable)), tr("Remove Rejection Reason")); });
    connect(addPlayButton, &QPushButton::clicked, this, &RejectionsPage::addPlay);
    connect(removePlayButton, &QPushButton::clicked, this,
        [this, selectedRow, report]() { report(removePlay(selectedRow(m_playTable)), tr("Remove Recycle Play")); });
    return page;
}

QWidget *RejectionsPage::buildOutcomes()
{
    auto *page = new QWidget(this);
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(2, 2, 2, 2);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Rejected in weeks"), page));
    m_fromWeek = new QComboBox(page);
    m_fromWeek->setAccessibleName(tr("From week"));
    m_toWeek = new QComboBox(page);
    m_toWeek->setAccessibleName(tr("To week"));
    row->addWidget(m_fromWeek);
    row->addWidget(new QLabel(tr("to"), page));
    row->addWidget(m_toWeek);
    row->addSpacing(16);
    m_cameBack = new QCheckBox(tr("Clicking a row shows the handoffs that came back"), page);
    m_cameBack->setToolTip(KpiDefinitions::tooltip(QStringLiteral("recycled_came_back")));
    row->addWidget(m_cameBack);
    row->addStretch(1);
    box->addLayout(row);
    m_outcomeModel = new QStandardItemModel(this);
    m_outcomeTable = new ReportTable(tr("Rejected handoffs by reason, their recycle play, and what those that came back did"), page);
    m_outcomeTable->setModel(m_outcomeModel);
    m_outcomeTable->setExportName(QStringLiteral("recycling.csv"));
    box->addWidget(m_outcomeTable, 1);

    const auto periodChanged = [this]() {
        m_period = {};
        if (m_fromWeek->currentData().isValid())
            m_period.fromWeek = m_fromWeek->currentData().toInt();
        if (m_toWeek->currentData().isValid())
            m_period.toWeek = m_toWeek->currentData().toInt();
        if (Workspace *workspace = session()->workspace()) {
            auto report = RecyclingReport::compute(*workspace, m_period);
            if (report)
                m_report = *report;
        }
        fillOutcomes();
    };
    connect(m_fromWeek, &QComboBox::activated, this, periodChanged);
    connect(m_toWeek, &QComboBox::activated, this, periodChanged);
    connect(m_outcomeTable, &ReportTable::rowActivated, this, [this](int row) { showOutcomeRow(row, m_cameBack->isChecked()); });
    return page;
}

void RejectionsPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    auto reasons = Repository<RejectionReason>(*workspace).list();
    auto plays = Repository<RecyclePlay>(*workspace).list();
    auto weeks = KpiEngine(*workspace).weeks();
    auto report = RecyclingReport::compute(*workspace, m_period);
    if (!reasons || !plays || !weeks || !report) {
        m_gaps->setText(!reasons ? reasons.errorMessage() : !plays ? plays.errorMessage() : !weeks ? weeks.errorMessage() : report.errorMessage());
        return;
    }
    m_report = *report;
    m_reasonModel->setCatalogue(*reasons, *plays);
    m_playModel->setCatalogue(*plays, *reasons);
    QList<std::pair<QString, QVariant>> choices { { tr("(no play)"), qint64(0) } };
    for (const RecyclePlay &play : std::as_const(*plays))
        choices.append({ play.name, play.id });
    m_playChoice->setChoices(choices);

    for (QComboBox *combo : { m_fromWeek, m_toWeek }) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(combo == m_fromWeek ? tr("first") : tr("last"));
        for (int week : std::as_const(*weeks))
            combo->addItem(IsoWeek::fromCode(week).label(), week);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
    fillOutcomes();
    m_reasonTable->view()->resizeColumnsToContents();
    m_playTable->view()->resizeColumnsToContents();
}

QString RejectionsPage::gapText() const
{
    return m_gaps->text();
}

void RejectionsPage::fillOutcomes()
{
    QStringList warnings;
    if (!m_report.gaps.isEmpty())
        warnings << tr("Governance gap: %n reason(s) without a recycle play (%1); handoffs rejected with them go nowhere.", "",
            int(m_report.gaps.size()))
                        .arg(m_report.gaps.join(QStringLiteral(", ")));
    const qint64 withoutReason = m_report.reasons.isEmpty() ? 0 : m_report.reasons.last().outcome.rejected;
    if (withoutReason > 0)
        warnings << tr("Leakage: %1 rejection(s) have no reason (imported history), so no play picks them up. New "
                       "rejections cannot be recorded without one.")
                        .arg(KpiFormat::count(double(withoutReason)));
    m_gaps->setText(warnings.join(QLatin1Char('\n')));
    m_gaps->setVisible(!warnings.isEmpty());

    m_outcomeModel->clear();
    m_outcomeModel->setHorizontalHeaderLabels({ tr("Rejection reason"), tr("Went to play"), tr("Rejected"), tr("Share"),
        tr("Came back"), tr("Accepted"), tr("Converted"), tr("Won"), tr("Converted %") });
    m_outcomeModel->horizontalHeaderItem(4)->setToolTip(KpiDefinitions::tooltip(QStringLiteral("recycled_came_back")));
    m_outcomeModel->horizontalHeaderItem(5)->setToolTip(tr("Rejected handoffs whose recycled handoff Sales accepted."));
    m_outcomeModel->horizontalHeaderItem(6)->setToolTip(KpiDefinitions::tooltip(QStringLiteral("recycled_converted")));
    m_outcomeModel->horizontalHeaderItem(7)->setToolTip(tr("Rejected handoffs whose recycled handoff was won."));
    m_outcomeModel->horizontalHeaderItem(8)->setToolTip(tr("Of the rejected handoffs that came back, the share that then "
                                                           "became an opportunity."));
    for (const ReasonRecycling &row : std::as_const(m_report.reasons)) {
        const RecycleOutcome &o = row.outcome;
        auto *play = textItem(row.reasonId == 0 ? tr("(nowhere: no reason)") : row.isGap() ? tr("(nowhere: no play)") : row.play);
        if (row.reasonId == 0 || row.isGap())
            play->setForeground(Colours::text(Colours::Tone::Caution, palette()));
        QString kind = row.playKind.isEmpty() ? QString() : PlayCatalogModel::kindName(row.playKind);
        if (row.reentryDays > 0)
            kind = tr("%1; may come back after %2 days").arg(kind).arg(row.reentryDays);
        play->setToolTip(kind);
        m_outcomeModel->appendRow(QList<QStandardItem *> { textItem(row.active ? row.reason : tr("%1 (retired)").arg(row.reason)), play,
            numberItem(double(o.rejected), KpiFormat::count(double(o.rejected))),
            numberItem(ratio(o.rejected, m_report.total.rejected), KpiFormat::percent(ratio(o.rejected, m_report.total.rejected))),
            numberItem(double(o.cameBack), KpiFormat::count(double(o.cameBack))),
            numberItem(double(o.acceptedThen), KpiFormat::count(double(o.acceptedThen))),
            numberItem(double(o.convertedThen), KpiFormat::count(double(o.convertedThen))),
            numberItem(double(o.wonThen), KpiFormat::count(double(o.wonThen))),
            numberItem(ratio(o.convertedThen, o.cameBack), KpiFormat::percent(ratio(o.convertedThen, o.cameBack))) });
    }
    m_outcomeTable->view()->resizeColumnsToContents();
}

void RejectionsPage::showOutcomeRow(int row, bool cameBack)
{
    if (row < 0 || row >= m_report.reasons.size())
        return;
    const ReasonRecycling &reason = m_report.reasons.at(row);
    HandoffFilter filter = m_period;
    if (cameBack) {
        // The later handoffs recycled from this reason's rejections (whenever they came back).
        filter = {};
        if (reason.reasonId == 0) {
            filter.ids = { -1 }; // without a reason there is no play to bring anything back
        } else {
            filter.recycledFromReasons = { reason.reasonId };
        }
        filter.description = tr("Came back after a rejection as %1").arg(reason.reason);
    } else {
        if (reason.reasonId == 0)
            filter.rejectedWithoutReason = true;
        else
            filter.rejectionReasons = { reason.reasonId };
        filter.outcomes = { Outcome::Rejected };
        filter.description = reason.isGap() || reason.reasonId == 0
            ? tr("Rejected as %1, sent nowhere").arg(reason.reason)
            : tr("Rejected as %1, sent to %2").arg(reason.reason, reason.play);
    }
    m_hint->hide();
    m_handoffs->setFilter(filter);
}

void RejectionsPage::addReason()
{
    int position = 0;
    QStringList names;
    for (const RejectionReason &reason : m_reasonModel->reasons()) {
        position = std::max(position, reason.position);
        names << reason.name;
    }
    RejectionReason reason;
    reason.name = tr("New reason");
    for (int n = 2; names.contains(reason.name); ++n)
        reason.name = tr("New reason %1").arg(n);
    reason.position = position + 1;
    // It starts without a play, flagged as a gap until one is chosen.
    session()->undoStack()->push(EntityCommand<RejectionReason>::add(session(), reason, tr("Add rejection reason")));
}

Result<void> RejectionsPage::removeReason(int row)
{
    Workspace *workspace = session()->workspace();
    if (!workspace || row < 0 || row >= m_reasonModel->rowCount())
        return fail(tr("Choose the rejection reason to remove."), Error::Kind::Invalid);
    const RejectionReason reason = m_reasonModel->reason(row);
    auto used = RecyclingReport::rejectionsWith(*workspace, reason.id);
    if (!used)
        return used.error();
    if (*used > 0)
        return fail(tr("%1 rejection(s) were recorded as \"%2\", so it stays in the catalogue. Untick \"In use\" to retire it.")
                        .arg(*used)
                        .arg(reason.name),
            Error::Kind::Invalid);
    session()->undoStack()->push(EntityCommand<RejectionReason>::remove(session(), reason, tr("Remove rejection reason %1").arg(reason.name)));
    return {};
}

void RejectionsPage::addPlay()
{
    RecyclePlay play;
    play.name = tr("New recycle play");
    QStringList names;
    for (int row = 0; row < m_playModel->rowCount(); ++row)
        names << m_playModel->play(row).name;
    for (int n = 2; names.contains(play.name); ++n)
        play.name = tr("New recycle play %1").arg(n);
    session()->undoStack()->push(EntityCommand<RecyclePlay>::add(session(), play, tr("Add recycle play")));
}

Result<void> RejectionsPage::removePlay(int row)
{
    if (row < 0 || row >= m_playModel->rowCount())
        return fail(tr("Choose the recycle play to remove."), Error::Kind::Invalid);
    const RecyclePlay play = m_playModel->play(row);
    // The reasons that used it lose their play first, through audited edits, so that one undo restores both.
    QUndoStack *stack = session()->undoStack();
    stack->beginMacro(tr("Remove recycle play %1").arg(play.name));
    for (const RejectionReason &reason : m_reasonModel->reasons()) {
        if (reason.recyclePlayId != play.id)
            continue;
        RejectionReason after = reason;
        after.recyclePlayId = 0;
        stack->push(EntityCommand<RejectionReason>::update(session(), reason, after, tr("Unmap %1").arg(reason.name)));
    }
    stack->push(EntityCommand<RecyclePlay>::remove(session(), play, tr("Remove recycle play %1").arg(play.name)));
    stack->endMacro();
    return {};
}

} // namespace baton
