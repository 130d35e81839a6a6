#pragma once

// The record of one week's governance meeting, editable: when it was held, who attended and notes; the
// decisions; the action items raised at it and those carried over from earlier meetings (owner, due day,
// status). Every change is an undoable command on the session's undo stack (EntityCommand).

#include "govern/meetingrecord.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace baton {

class WorkspaceSession;

class MeetingRecordPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, DueColumn, StatusColumn, RaisedColumn, ColumnCount };

    explicit MeetingRecordPanel(WorkspaceSession *session, QWidget *parent = nullptr);
    // `people` are offered as owners of new action items.
    void setRecord(const MeetingRecord &record, const QStringList &people, bool editable);
    const MeetingRecord &record() const { return m_record; }

    // For tests: the action item table (own items first, then carried over) and the decisions.
    QStandardItemModel *actionItems() const { return m_items; }
    QListWidget *decisions() const { return m_decisions; }
    // The action item of a row of actionItems().
    ActionItem itemAt(int row) const;

    // The edits the buttons make, without their dialogs.
    void saveDetails(const QDate &heldOn, const QStringList &attendees, const QString &notes);
    void addDecision(const QString &text);
    void addActionItem(const ActionItem &item);
    void setStatus(int row, const QString &status);

private:
    void fillItems();
    void updateButtons(); // edit and remove need a selection
    void itemEdited(QStandardItem *item);
    void pushItemUpdate(const ActionItem &before, ActionItem after, const QString &text);

    WorkspaceSession *m_session;
    MeetingRecord m_record;
    QStringList m_people;
    bool m_editable = false;
    bool m_filling = false;
    bool m_pushQueued = false;
    QLabel *m_heading;
    QWidget *m_details;
    QDateEdit *m_heldOn;
    QLineEdit *m_attendees;
    QPlainTextEdit *m_notes;
    QPushButton *m_saveDetails;
    QListWidget *m_decisions;
    QPushButton *m_addDecision;
    QPushButton *m_editDecision;
    QPushButton *m_removeDecision;
    QStandardItemModel *m_items;
    QTableView *m_itemTable;
    QPushButton *m_addItem;
    QPushButton *m_removeItem;
    QLabel *m_itemsNote;
};

} // namespace baton
