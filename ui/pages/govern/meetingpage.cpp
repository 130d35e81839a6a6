#include "meetingpage.h"

#include "agendadelegate.h"
#include "workspacejob.h"
#include "meetingrecordpanel.h"

#include "core/workspace.h"
#include "entitycommand.h"
#include "govern/governweek.h"
#include "govern/maturityevidence.h"
#include "govern/meetingrecord.h"
#include "handoffview.h"
#include "optimize/kpiengine.h"
#include "pages/emptystate.h"
#include "route/coverage.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baton {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;

} // namespace

MeetingPage::MeetingPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    m_job = new WorkspaceJob(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open a workspace to prepare the weekly governance meeting: an agenda built from the week's data, and a record "
           "of attendees, decisions and action items."),
        this));

    auto *content = new QWidget(this);
    auto *box = new QVBoxLayout(content);
    box->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Week"), content));
    m_week = new QComboBox(content);
    m_week->setAccessibleName(tr("Meeting week"));
    m_week->setToolTip(tr("The meeting of an ISO week reviews the handoffs handed off in that week."));
    // Wide enough for "2026-W47" whatever the style's arrow takes.
    m_week->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_week->setMinimumContentsLength(9);
    bar->addWidget(m_week);
    m_recordButton = new QPushButton(tr("Record this week's meeting"), content);
    m_deleteButton = new QPushButton(tr("Delete meeting"), content);
    bar->addWidget(m_recordButton);
    bar->addWidget(m_deleteButton);
    m_status = new QLabel(content);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true); // a long status must not widen the window
    bar->addWidget(m_status, 1);
    box->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, content);
    m_left = new QSplitter(Qt::Vertical, split);
    auto *agendaBox = new QWidget(m_left);
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->setContentsMargins(0, 0, 4, 0);
    auto *agendaTitle = new QLabel(QStringLiteral("<b>%1</b> — %2")
                                       .arg(tr("Agenda"), tr("built from the week's data; double-click an item for its handoffs").toHtmlEscaped()),
        agendaBox);
    agendaTitle->setWordWrap(true);
    agendaLayout->addWidget(agendaTitle);
    m_tree = new QTreeWidget(agendaBox);
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setItemDelegate(new AgendaDelegate(m_tree));
    agendaLayout->addWidget(m_tree, 1);
    m_handoffs = new HandoffView(session, m_left);
    m_left->addWidget(agendaBox);
    m_left->addWidget(m_handoffs);
    m_left->setCollapsible(0, false);
    m_left->setSizes({ 1, 0 });
    // The record scrolls down, never sideways: the agenda beside it narrows (its items wrap) instead.
    auto *scroll = new VerticalScrollArea(split);
    scroll->setFrameShape(QFrame::NoFrame);
    m_record = new MeetingRecordPanel(session, scroll);
    scroll->setWidget(m_record);
    split->addWidget(m_left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    box->addWidget(split, 1);
    m_stack->addWidget(content);

    connect(m_week, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling) {
            loadRecord();
            computeAgenda();
        }
    });
    connect(m_recordButton, &QPushButton::clicked, this, &MeetingPage::recordMeeting);
    connect(m_deleteButton, &QPushButton::clicked, this, &MeetingPage::deleteMeeting);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, IndexRole).isValid())
            drillDown(item->data(0, IndexRole).toInt());
    });
}

bool MeetingPage::isComputing() const
{
    return m_job->isRunning();
}

void MeetingPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_job->cancel();
        m_agenda.reset();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const int current = m_week->currentData().isValid() ? m_week->currentData().toInt() : 0;
    QList<int> codes = KpiEngine(*workspace).weeks().valueOr({});
    for (const IsoWeek &week : GovernanceMeetings::weeks(*workspace).valueOr({}))
        if (!codes.contains(week.code()))
            codes << week.code();
    auto fallback = MaturityEvidence::defaultWeek(*workspace);
    if (fallback && !codes.contains(fallback->code()))
        codes << fallback->code();
    std::sort(codes.begin(), codes.end(), std::greater<int>());
    m_filling = true;
    m_week->clear();
    for (int code : std::as_const(codes))
        m_week->addItem(IsoWeek::fromCode(code).label(), code);
    int index = m_week->findData(current);
    if (index < 0 && fallback)
        index = m_week->findData(fallback->code());
    m_week->setCurrentIndex(std::max(0, index));
    m_filling = false;
    loadRecord();
    computeAgenda();
}

void MeetingPage::showWeek(const IsoWeek &week)
{
    const int index = m_week->findData(week.code());
    if (index >= 0)
        m_week->setCurrentIndex(index);
}

void MeetingPage::loadRecord()
{
    Workspace *workspace = session()->workspace();
    if (!workspace || m_week->count() == 0)
        return;
    const IsoWeek week = IsoWeek::fromCode(m_week->currentData().toInt());
    auto record = MeetingRecord::load(*workspace, week);
    if (!record) {
        m_status->setText(record.errorMessage());
        return;
    }
    QStringList people;
    if (record->meeting)
        people << record->meeting->attendees;
    for (const Owner &owner : Repository<Owner>(*workspace).list().valueOr({}))
        if (!people.contains(owner.name))
            people << owner.name;
    const bool editable = !workspace->isReadOnly();
    m_record->setRecord(*record, people, editable);
    m_recordButton->setVisible(!record->meeting);
    m_recordButton->setEnabled(editable);
    m_deleteButton->setVisible(record->meeting.has_value());
    m_deleteButton->setEnabled(editable);
}

void MeetingPage::computeAgenda()
{
    Workspace *workspace = session()->workspace();
    if (!workspace || m_week->count() == 0)
        return;
    const IsoWeek week = IsoWeek::fromCode(m_week->currentData().toInt());
    m_status->setText(tr("Building the agenda of week %1…").arg(week.label()));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_job->start<MeetingAgenda>(
        workspace->path(), Workspace::Access::ReadOnly, [week](Workspace &ws) { return MeetingAgenda::build(ws, week); },
        [this, timer](Result<MeetingAgenda> result) {
            if (!result) {
                m_status->setText(tr("The agenda could not be built: %1").arg(result.errorMessage()));
                return;
            }
            m_agenda = std::move(*result);
            m_status->setText(tr("Agenda of week %1, handoffs judged as of %2 UTC (built in %3 ms).")
                                  .arg(m_agenda->week.label(),
                                      QDateTime::fromSecsSinceEpoch(m_agenda->asOf, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                  .arg(timer->elapsed()));
            showAgenda();
        });
}

void MeetingPage::showAgenda()
{
    m_tree->clear();
    if (!m_agenda)
        return;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (AgendaItem::Section section : MeetingAgenda::sections()) {
        auto *head = new QTreeWidgetItem(m_tree);
        head->setText(0, MeetingAgenda::sectionTitle(section));
        head->setFont(0, bold);
        head->setFirstColumnSpanned(true);
        for (int i = 0; i < m_agenda->items.size(); ++i) {
            const AgendaItem &item = m_agenda->items.at(i);
            if (item.section != section)
                continue;
            auto *row = new QTreeWidgetItem(head);
            QString title = item.title;
            if (!item.owner.isEmpty() && !title.startsWith(item.owner))
                title += QStringLiteral(" — ") + item.owner;
            row->setText(0, title);
            row->setData(0, AgendaDelegate::DetailRole, item.detail);
            row->setData(0, AgendaDelegate::AttentionRole, item.attention);
            row->setData(0, IndexRole, i);
            QString tip = item.title;
            if (!item.detail.isEmpty())
                tip += QLatin1Char('\n') + item.detail;
            if (item.handoffs)
                tip += QLatin1Char('\n') + tr("Double-click to see the handoffs.");
            row->setToolTip(0, tip);
        }
    }
    m_tree->expandAll();
    emit agendaShown();
}

void MeetingPage::drillDown(int index)
{
    if (!m_agenda || index < 0 || index >= m_agenda->items.size() || !m_agenda->items.at(index).handoffs)
        return;
    m_handoffs->setFilter(*m_agenda->items.at(index).handoffs);
    if (m_left->sizes().value(1) == 0)
        m_left->setSizes({ 3, 2 });
}

void MeetingPage::recordMeeting()
{
    Workspace *workspace = session()->workspace();
    if (!workspace || m_week->count() == 0)
        return;
    const IsoWeek week = IsoWeek::fromCode(m_week->currentData().toInt());
    GovernanceMeeting meeting;
    meeting.week = week.label();
    meeting.heldOn = GovernWeek::of(*workspace, week).referenceDay();
    // The attendees of the latest earlier meeting, as a start.
    for (const GovernanceMeeting &earlier : Repository<GovernanceMeeting>(*workspace).list().valueOr({}))
        if (earlier.week < meeting.week)
            meeting.attendees = earlier.attendees;
    session()->undoStack()->push(
        EntityCommand<GovernanceMeeting>::add(session(), meeting, tr("Record the meeting of %1").arg(week.label())));
}

void MeetingPage::deleteMeeting()
{
    const MeetingRecord &record = m_record->record();
    if (!record.meeting)
        return;
    // Children first, so that undo puts the meeting back before its decisions and action items.
    auto *macro = new QUndoCommand(tr("Delete the meeting of %1").arg(record.week.label()));
    for (const ActionItem &item : record.actionItems)
        EntityCommand<ActionItem>::remove(session(), item, QString(), macro);
    for (const MeetingDecision &decision : record.decisions)
        EntityCommand<MeetingDecision>::remove(session(), decision, QString(), macro);
    EntityCommand<GovernanceMeeting>::remove(session(), *record.meeting, QString(), macro);
    session()->undoStack()->push(macro);
}

} // namespace baton
