#pragma once

// Govern: the weekly governance meeting. For a week: the agenda built from the data (SLA breaches and their
// owners, top rejection reasons against the week before, the biggest leak, coverage gaps, violations, overdue
// action items; MeetingAgenda, computed in the background), each item drilling down to its handoffs; and the
// meeting's record (attendees, decisions, action items, with last weeks' open items carried over), editable
// with undo.

#include "govern/meetingagenda.h"
#include "pages/page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeWidget;

namespace baton {

class WorkspaceJob;
class HandoffView;
class MeetingRecordPanel;

class MeetingPage final : public Page
{
    Q_OBJECT
public:
    explicit MeetingPage(WorkspaceSession *session, QWidget *parent = nullptr);

    const std::optional<MeetingAgenda> &agenda() const { return m_agenda; }
    QTreeWidget *agendaTree() const { return m_tree; }
    MeetingRecordPanel *recordPanel() const { return m_record; }
    HandoffView *handoffs() const { return m_handoffs; }
    QComboBox *weekCombo() const { return m_week; }
    void showWeek(const IsoWeek &week);
    // Records the meeting of the week shown (undoable), attendees taken over from the last meeting.
    void recordMeeting();
    // Removes the meeting of the week shown with its decisions and action items (one undoable step).
    void deleteMeeting();
    bool isComputing() const;

signals:
    void agendaShown();

protected:
    void reload() override;

private:
    void loadRecord();
    void computeAgenda();
    void showAgenda();
    void drillDown(int index);

    QStackedWidget *m_stack;
    QComboBox *m_week;
    QPushButton *m_recordButton;
    QPushButton *m_deleteButton;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QSplitter *m_left;
    HandoffView *m_handoffs;
    MeetingRecordPanel *m_record;
    WorkspaceJob *m_job;
    std::optional<MeetingAgenda> m_agenda;
    bool m_filling = false;
};

} // namespace baton
