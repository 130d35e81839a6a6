#include "meetingrecordpanel.h"

#include "actionitemdialog.h"
#include "colours.h"

#include "editdelegates.h"
#include "entitycommand.h"
#include "workspacesession.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace baton {

namespace {

    // The undo text of a status change, one whole sentence per status (a status name put into a sentence
    // would need a case and a capital of its own in some languages).
    QString markText(const QString &title, const QString &status)
    {
        if (status == ActionStatus::Done)
            return MeetingRecordPanel::tr("Mark \"%1\" done").arg(title);
        if (status == ActionStatus::Dropped)
            return MeetingRecordPanel::tr("Mark \"%1\" dropped").arg(title);
        return MeetingRecordPanel::tr("Mark \"%1\" open").arg(title);
    }

constexpr int IdRole = Qt::UserRole + 1;
constexpr int ListRole = Qt::UserRole + 2; // 0: raised at this meeting, 1: carried over

// Shows days as 2026-11-17 whatever the locale, and edits them with a calendar.
class DayDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return QStyledItemDelegate::displayText(value, locale);
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QDateEdit(parent);
        editor->setCalendarPopup(true);
        editor->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QDateEdit *>(editor)->date(), Qt::EditRole);
    }
};

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(',')))
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    return names;
}

} // namespace

MeetingRecordPanel::MeetingRecordPanel(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    m_heldOn = new QDateEdit(m_details);
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Held on"), m_heldOn);
    m_attendees = new QLineEdit(m_details);
    m_attendees->setPlaceholderText(tr("Names, separated by commas"));
    form->addRow(tr("Attendees"), m_attendees);
    m_notes = new QPlainTextEdit(m_details);
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Notes"), m_notes);
    m_saveDetails = new QPushButton(tr("Save details"), m_details);
    m_saveDetails->setEnabled(false);
    form->addRow(QString(), m_saveDetails);
    layout->addWidget(m_details);
    const auto dirty = [this]() { m_saveDetails->setEnabled(m_editable && !m_filling); };
    connect(m_heldOn, &QDateEdit::dateChanged, this, dirty);
    connect(m_attendees, &QLineEdit::textEdited, this, dirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, dirty);
    connect(m_saveDetails, &QPushButton::clicked, this,
        [this]() { saveDetails(m_heldOn->date(), splitNames(m_attendees->text()), m_notes->toPlainText().trimmed()); });

    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Decisions")), this));
    m_decisions = new QListWidget(this);
    m_decisions->setWordWrap(true);
    m_decisions->setMinimumHeight(70);
    layout->addWidget(m_decisions, 1);
    auto *decisionButtons = new QHBoxLayout;
    m_addDecision = new QPushButton(tr("Add decision…"), this);
    m_editDecision = new QPushButton(tr("Edit…"), this);
    m_removeDecision = new QPushButton(tr("Remove"), this);
    decisionButtons->addWidget(m_addDecision);
    decisionButtons->addWidget(m_editDecision);
    decisionButtons->addWidget(m_removeDecision);
    decisionButtons->addStretch(1);
    layout->addLayout(decisionButtons);
    connect(m_addDecision, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Decision"), tr("What was decided:"), QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            addDecision(text.trimmed());
    });
    const auto editDecision = [this]() {
        const int row = m_decisions->currentRow();
        if (!m_editable || row < 0 || row >= m_record.decisions.size())
            return;
        const MeetingDecision before = m_record.decisions.at(row);
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Decision"), tr("What was decided:"), before.text, &ok);
        if (!ok || text.trimmed().isEmpty() || text.trimmed() == before.text)
            return;
        MeetingDecision after = before;
        after.text = text.trimmed();
        m_session->undoStack()->push(EntityCommand<MeetingDecision>::update(m_session, before, after, tr("Edit a decision")));
    };
    connect(m_editDecision, &QPushButton::clicked, this, editDecision);
    connect(m_decisions, &QListWidget::itemDoubleClicked, this, editDecision);
    connect(m_removeDecision, &QPushButton::clicked, this, [this]() {
        const int row = m_decisions->currentRow();
        if (row < 0 || row >= m_record.decisions.size())
            return;
        m_session->undoStack()->push(
            EntityCommand<MeetingDecision>::remove(m_session, m_record.decisions.at(row), tr("Remove a decision")));
    });

    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Action items")), this));
    m_itemsNote = new QLabel(this);
    m_itemsNote->setWordWrap(true);
    m_itemsNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_itemsNote);
    m_items = new QStandardItemModel(0, ColumnCount, this);
    m_items->setHorizontalHeaderLabels({ tr("Action item"), tr("Owner"), tr("Due"), tr("Status"), tr("Raised") });
    m_itemTable = new QTableView(this);
    m_itemTable->setModel(m_items);
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->setWordWrap(true);
    m_itemTable->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_itemTable->setItemDelegateForColumn(DueColumn, new DayDelegate(m_itemTable));
    auto *status = new ChoiceDelegate({ { GovernanceMeetings::statusName(ActionStatus::Open), ActionStatus::Open },
                                          { GovernanceMeetings::statusName(ActionStatus::Done), ActionStatus::Done },
                                          { GovernanceMeetings::statusName(ActionStatus::Dropped), ActionStatus::Dropped } },
        m_itemTable);
    m_itemTable->setItemDelegateForColumn(StatusColumn, status);
    m_itemTable->setMinimumHeight(140);
    layout->addWidget(m_itemTable, 2);
    auto *itemButtons = new QHBoxLayout;
    m_addItem = new QPushButton(tr("Add action item…"), this);
    m_removeItem = new QPushButton(tr("Remove"), this);
    itemButtons->addWidget(m_addItem);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch(1);
    layout->addLayout(itemButtons);
    connect(m_addItem, &QPushButton::clicked, this, [this]() {
        if (!m_record.meeting)
            return;
        ActionItem draft;
        draft.meetingId = m_record.meeting->id;
        draft.dueOn = m_record.referenceDay.addDays(7);
        ActionItemDialog dialog(draft, m_people, this);
        if (dialog.exec() == QDialog::Accepted)
            addActionItem(dialog.item());
    });
    connect(m_removeItem, &QPushButton::clicked, this, [this]() {
        const int row = m_itemTable->currentIndex().row();
        if (row < 0)
            return;
        m_session->undoStack()->push(EntityCommand<ActionItem>::remove(m_session, itemAt(row), tr("Remove an action item")));
    });
    connect(m_items, &QStandardItemModel::itemChanged, this, &MeetingRecordPanel::itemEdited);
    connect(m_decisions, &QListWidget::itemSelectionChanged, this, &MeetingRecordPanel::updateButtons);
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MeetingRecordPanel::updateButtons);
}

void MeetingRecordPanel::updateButtons()
{
    const bool held = m_record.meeting.has_value();
    m_addDecision->setEnabled(m_editable && held);
    m_addItem->setEnabled(m_editable && held);
    const bool decision = !m_decisions->selectedItems().isEmpty();
    m_editDecision->setEnabled(m_editable && held && decision);
    m_removeDecision->setEnabled(m_editable && held && decision);
    m_removeItem->setEnabled(m_editable && m_itemTable->selectionModel()->hasSelection());
}

void MeetingRecordPanel::setRecord(const MeetingRecord &record, const QStringList &people, bool editable)
{
    m_record = record;
    m_people = people;
    m_editable = editable;
    m_filling = true;
    const bool held = record.meeting.has_value();
    m_details->setVisible(held);
    if (held) {
        m_heading->setText(QStringLiteral("<b>%1</b>").arg(tr("The meeting of week %1").arg(record.week.label()).toHtmlEscaped()));
        m_heldOn->setDate(record.meeting->heldOn.isValid() ? record.meeting->heldOn : record.referenceDay);
        m_attendees->setText(record.meeting->attendees.join(QStringLiteral(", ")));
        m_notes->setPlainText(record.meeting->notes);
    } else {
        m_heading->setText(tr("<b>No meeting is recorded for week %1.</b> Record it to keep its attendees, decisions and "
                              "action items; the action items still open from earlier meetings are below.")
                               .arg(record.week.label()));
    }
    for (QWidget *widget : std::initializer_list<QWidget *> { m_heldOn, m_attendees, m_notes })
        widget->setEnabled(editable);
    m_saveDetails->setEnabled(false);
    m_decisions->clear();
    for (const MeetingDecision &decision : record.decisions)
        m_decisions->addItem(QStringLiteral("%1. %2").arg(m_decisions->count() + 1).arg(decision.text));
    fillItems();
    updateButtons();
    m_filling = false;
    m_pushQueued = false;
}

void MeetingRecordPanel::fillItems()
{
    m_items->setRowCount(0);
    const auto addRows = [this](const QList<ActionItem> &items, int list) {
        for (const ActionItem &action : items) {
            QList<QStandardItem *> row;
            for (int c = 0; c < ColumnCount; ++c) {
                auto *cell = new QStandardItem;
                cell->setData(action.id, IdRole);
                cell->setData(list, ListRole);
                cell->setEditable(m_editable && c != RaisedColumn);
                row << cell;
            }
            row[TitleColumn]->setText(action.title);
            row[OwnerColumn]->setText(action.ownerName);
            row[DueColumn]->setData(action.dueOn, Qt::EditRole);
            QString status = GovernanceMeetings::statusName(action.status);
            if (m_record.isOverdue(action))
                status = tr("Open, overdue");
            else if (action.status != ActionStatus::Open && action.closedOn.isValid())
                status += QStringLiteral(" ") + action.closedOn.toString(Qt::ISODate);
            row[StatusColumn]->setText(status);
            row[StatusColumn]->setData(action.status, ValueRole);
            row[RaisedColumn]->setText(list == 0 ? tr("this meeting") : m_record.meetingWeeks.value(action.meetingId));
            if (m_record.isOverdue(action))
                for (QStandardItem *cell : row) {
                    cell->setBackground(Colours::background(Colours::Tone::Caution, m_itemTable->palette()));
                    cell->setForeground(m_itemTable->palette().color(QPalette::Text));
                }
            m_items->appendRow(row);
        }
    };
    addRows(m_record.actionItems, 0);
    addRows(m_record.carriedOver, 1);
    m_itemTable->resizeColumnToContents(OwnerColumn);
    m_itemTable->resizeColumnToContents(DueColumn);
    m_itemTable->resizeColumnToContents(StatusColumn);
    m_itemTable->resizeColumnToContents(RaisedColumn);
    // Room for the titles (which wrap) beside the other columns: the panel asks for it, so that the agenda
    // beside it narrows rather than the titles disappearing.
    int others = 0;
    for (int column : { OwnerColumn, DueColumn, StatusColumn, RaisedColumn })
        others += m_itemTable->columnWidth(column);
    m_itemTable->setMinimumWidth(others + m_itemTable->fontMetrics().averageCharWidth() * 12
        + 2 * m_itemTable->frameWidth() + m_itemTable->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_itemTable->resizeRowsToContents();
    m_itemsNote->setText(tr("Raised at this meeting: %1. Carried over from earlier meetings: %2 (they come back until "
                            "closed). Overdue items are shaded; edit a cell to change it.")
                             .arg(m_record.actionItems.size())
                             .arg(m_record.carriedOver.size()));
}

ActionItem MeetingRecordPanel::itemAt(int row) const
{
    const qint64 id = m_items->index(row, 0).data(IdRole).toLongLong();
    for (const QList<ActionItem> *list : { &m_record.actionItems, &m_record.carriedOver })
        for (const ActionItem &item : *list)
            if (item.id == id)
                return item;
    return {};
}

void MeetingRecordPanel::saveDetails(const QDate &heldOn, const QStringList &attendees, const QString &notes)
{
    if (!m_record.meeting)
        return;
    GovernanceMeeting after = *m_record.meeting;
    after.heldOn = heldOn;
    after.attendees = attendees;
    after.notes = notes;
    m_session->undoStack()->push(EntityCommand<GovernanceMeeting>::update(m_session, *m_record.meeting, after,
        tr("Edit the meeting of %1").arg(m_record.week.label())));
}

void MeetingRecordPanel::addDecision(const QString &text)
{
    if (!m_record.meeting)
        return;
    int position = 0;
    for (const MeetingDecision &decision : m_record.decisions)
        position = std::max(position, decision.position);
    MeetingDecision decision { 0, 0, m_record.meeting->id, text, position + 1 };
    m_session->undoStack()->push(EntityCommand<MeetingDecision>::add(m_session, decision, tr("Add a decision")));
}

void MeetingRecordPanel::addActionItem(const ActionItem &item)
{
    m_session->undoStack()->push(EntityCommand<ActionItem>::add(m_session, item, tr("Add action item \"%1\"").arg(item.title)));
}

void MeetingRecordPanel::setStatus(int row, const QString &status)
{
    const ActionItem before = itemAt(row);
    if (before.id == 0)
        return;
    ActionItem after = before;
    after.status = status;
    pushItemUpdate(before, after, markText(before.title, status));
}

void MeetingRecordPanel::pushItemUpdate(const ActionItem &before, ActionItem after, const QString &text)
{
    if (after.status != before.status) {
        // Closing records the meeting's day; reopening clears it.
        after.closedOn = after.status == ActionStatus::Open ? QDate() : m_record.referenceDay;
    }
    m_pushQueued = false;
    if (before.values() == after.values())
        return;
    m_session->undoStack()->push(EntityCommand<ActionItem>::update(m_session, before, after, text));
}

void MeetingRecordPanel::itemEdited(QStandardItem *cell)
{
    if (m_filling || !cell)
        return;
    const ActionItem before = itemAt(cell->row());
    if (before.id == 0)
        return;
    ActionItem after = before;
    QString text;
    switch (cell->column()) {
    case TitleColumn:
        after.title = cell->text().trimmed();
        text = tr("Rename an action item");
        if (after.title.isEmpty())
            return;
        break;
    case OwnerColumn:
        after.ownerName = cell->text().trimmed();
        text = tr("Change the owner of \"%1\"").arg(before.title);
        if (after.ownerName.isEmpty())
            return;
        break;
    case DueColumn:
        after.dueOn = cell->data(Qt::EditRole).toDate();
        text = tr("Change the due day of \"%1\"").arg(before.title);
        break;
    case StatusColumn:
        after.status = cell->data(ValueRole).toString();
        text = markText(before.title, after.status);
        break;
    default:
        return;
    }
    // The command reloads the page, which must not happen inside the view's edit; a delegate may also report one
    // edit as two changes (value and label), so only the first one is queued.
    if (m_pushQueued)
        return;
    m_pushQueued = true;
    QMetaObject::invokeMethod(this, [this, before, after, text]() { pushItemUpdate(before, after, text); }, Qt::QueuedConnection);
}

} // namespace baton
