#pragma once

// Business-hours calendars: name and time zone, working hours per weekday (several intervals a day,
// such as a lunch break) and holidays. Every edit is an undoable command on the session's stack.

#include "enforce/sla.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QGroupBox;

namespace baton {

class ChoiceDelegate;
class WorkspaceSession;

class CalendarEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarEditor(WorkspaceSession *session, QWidget *parent = nullptr);
    void reload();

    qint64 currentCalendarId() const { return m_calendarId; }
    void selectCalendar(qint64 id);
    QTableWidget *calendarTable() const { return m_calendars; }
    QTableWidget *hoursTable() const { return m_hours; }
    QTableWidget *holidayTable() const { return m_holidays; }

    void addCalendar();
    void removeCalendar();
    void addHours();
    void removeHours();
    void addHoliday();
    void removeHoliday();

private:
    void fillDetails();
    void calendarEdited(QTableWidgetItem *item);
    void hoursEdited(QTableWidgetItem *item);
    void holidayEdited(QTableWidgetItem *item);
    // Pushes after the current signal has returned: the push reloads the tables the signal came from.
    void pushLater(const std::function<void()> &push);

    WorkspaceSession *m_session;
    QTableWidget *m_calendars;
    QTableWidget *m_hours;
    QTableWidget *m_holidays;
    QGroupBox *m_hoursBox;
    QGroupBox *m_holidaysBox;
    QPushButton *m_removeCalendar;
    qint64 m_calendarId = 0;
    QList<BusinessCalendar> m_calendarRows;
    QList<CalendarHours> m_hourRows;
    QList<CalendarHoliday> m_holidayRows;
    bool m_filling = false;
};

} // namespace baton
