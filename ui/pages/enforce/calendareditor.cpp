#include "calendareditor.h"

#include "core/workspace.h"
#include "editdelegates.h"
#include "entitycommand.h"
#include "route/coverage.h"
#include "sladefinitions.h"
#include "workspacesession.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QTimeZone>
#include <QVBoxLayout>

namespace baton {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
    return table;
}

QTableWidgetItem *item(const QString &text, const QVariant &value = {}, bool editable = true)
{
    auto *cell = new QTableWidgetItem(text);
    if (value.isValid())
        cell->setData(ValueRole, value);
    if (!editable)
        cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    return cell;
}

QString weekdayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

QHBoxLayout *buttonRow(const QList<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    return row;
}

} // namespace

CalendarEditor::CalendarEditor(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *calendarsBox = new QGroupBox(tr("Business calendars"), this);
    calendarsBox->setToolTip(SlaDefinitions::text(SlaTerm::Calendar));
    auto *calendarsLayout = new QVBoxLayout(calendarsBox);
    m_calendars = makeTable({ tr("Name"), tr("Time zone"), tr("Used by") }, calendarsBox, tr("Business calendars"));
    QList<std::pair<QString, QVariant>> zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append({ QString::fromUtf8(id), QString::fromUtf8(id) });
    m_calendars->setItemDelegateForColumn(1, new ChoiceDelegate(zones, this, true));
    auto *addCalendar = new QPushButton(tr("Add calendar"), calendarsBox);
    m_removeCalendar = new QPushButton(tr("Remove calendar"), calendarsBox);
    calendarsLayout->addWidget(m_calendars, 1);
    calendarsLayout->addLayout(buttonRow({ addCalendar, m_removeCalendar }));
    layout->addWidget(calendarsBox, 5);

    auto *details = layout;
    m_hoursBox = new QGroupBox(tr("Working hours"), this);
    m_hoursBox->setToolTip(tr("Intervals of local time per weekday, end exclusive; several a day make breaks. "
                              "A calendar without any hours runs around the clock."));
    auto *hoursLayout = new QVBoxLayout(m_hoursBox);
    m_hours = makeTable({ tr("Weekday"), tr("From"), tr("To") }, m_hoursBox, tr("Working hours"));
    QList<std::pair<QString, QVariant>> weekdays;
    for (int day = 1; day <= 7; ++day)
        weekdays.append({ weekdayName(day), day });
    m_hours->setItemDelegateForColumn(0, new ChoiceDelegate(weekdays, this));
    m_hours->setItemDelegateForColumn(1, new MinuteOfDayDelegate(false, this));
    m_hours->setItemDelegateForColumn(2, new MinuteOfDayDelegate(true, this));
    auto *addHours = new QPushButton(tr("Add hours"), m_hoursBox);
    auto *removeHours = new QPushButton(tr("Remove"), m_hoursBox);
    hoursLayout->addWidget(m_hours, 1);
    hoursLayout->addLayout(buttonRow({ addHours, removeHours }));
    details->addWidget(m_hoursBox, 3);

    m_holidaysBox = new QGroupBox(tr("Holidays"), this);
    m_holidaysBox->setToolTip(tr("Days on which the calendar does not count business time, in its own time zone."));
    auto *holidaysLayout = new QVBoxLayout(m_holidaysBox);
    m_holidays = makeTable({ tr("Day"), tr("Name") }, m_holidaysBox, tr("Holidays"));
    auto *addHoliday = new QPushButton(tr("Add holiday"), m_holidaysBox);
    auto *removeHoliday = new QPushButton(tr("Remove"), m_holidaysBox);
    holidaysLayout->addWidget(m_holidays, 1);
    holidaysLayout->addLayout(buttonRow({ addHoliday, removeHoliday }));
    details->addWidget(m_holidaysBox, 3);

    connect(m_calendars, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_filling || row < 0 || row >= m_calendarRows.size())
            return;
        m_calendarId = m_calendarRows.at(row).id;
        fillDetails();
    });
    connect(m_calendars, &QTableWidget::itemChanged, this, &CalendarEditor::calendarEdited);
    connect(m_hours, &QTableWidget::itemChanged, this, &CalendarEditor::hoursEdited);
    connect(m_holidays, &QTableWidget::itemChanged, this, &CalendarEditor::holidayEdited);
    connect(addCalendar, &QPushButton::clicked, this, &CalendarEditor::addCalendar);
    connect(m_removeCalendar, &QPushButton::clicked, this, &CalendarEditor::removeCalendar);
    connect(addHours, &QPushButton::clicked, this, &CalendarEditor::addHours);
    connect(removeHours, &QPushButton::clicked, this, &CalendarEditor::removeHours);
    connect(addHoliday, &QPushButton::clicked, this, &CalendarEditor::addHoliday);
    connect(removeHoliday, &QPushButton::clicked, this, &CalendarEditor::removeHoliday);
}

void CalendarEditor::pushLater(const std::function<void()> &push)
{
    QTimer::singleShot(0, this, push);
}

void CalendarEditor::reload()
{
    Workspace *workspace = m_session->workspace();
    m_filling = true;
    m_calendars->setRowCount(0);
    m_calendarRows.clear();
    if (workspace) {
        m_calendarRows = Repository<BusinessCalendar>(*workspace).list().valueOr({});
        // Who uses each calendar, so that nobody removes one in use by accident.
        QHash<qint64, QStringList> users;
        for (const Team &team : Repository<Team>(*workspace).list().valueOr({}))
            if (team.calendarId)
                users[team.calendarId] << team.name;
        for (const Owner &owner : Repository<Owner>(*workspace).list().valueOr({}))
            if (owner.calendarId)
                users[owner.calendarId] << owner.name;
        int policies = 0;
        QHash<qint64, int> policyUsers;
        for (const SlaPolicy &policy : Repository<SlaPolicy>(*workspace).list().valueOr({}))
            if (policy.calendarId) {
                ++policyUsers[policy.calendarId];
                ++policies;
            }
        m_calendars->setRowCount(int(m_calendarRows.size()));
        for (int row = 0; row < m_calendarRows.size(); ++row) {
            const BusinessCalendar &c = m_calendarRows.at(row);
            QStringList usedBy = users.value(c.id);
            if (policyUsers.value(c.id))
                usedBy << tr("%n SLA policies", nullptr, policyUsers.value(c.id));
            m_calendars->setItem(row, 0, item(c.name));
            m_calendars->setItem(row, 1, item(c.timeZone, c.timeZone));
            auto *used = item(usedBy.isEmpty() ? tr("(nobody)") : usedBy.join(QStringLiteral(", ")), {}, false);
            used->setToolTip(used->text());
            m_calendars->setItem(row, 2, used);
        }
        m_calendars->resizeColumnToContents(0);
        m_calendars->resizeColumnToContents(1);
    }
    int current = -1;
    for (int row = 0; row < m_calendarRows.size(); ++row)
        if (m_calendarRows.at(row).id == m_calendarId)
            current = row;
    if (current < 0 && !m_calendarRows.isEmpty())
        current = 0;
    m_calendarId = current >= 0 ? m_calendarRows.at(current).id : 0;
    if (current >= 0)
        m_calendars->setCurrentCell(current, 0);
    m_removeCalendar->setEnabled(current >= 0);
    m_filling = false;
    fillDetails();
}

void CalendarEditor::selectCalendar(qint64 id)
{
    m_calendarId = id;
    reload();
}

void CalendarEditor::fillDetails()
{
    Workspace *workspace = m_session->workspace();
    m_filling = true;
    m_hours->setRowCount(0);
    m_holidays->setRowCount(0);
    m_hourRows.clear();
    m_holidayRows.clear();
    QString name;
    for (const BusinessCalendar &c : std::as_const(m_calendarRows))
        if (c.id == m_calendarId)
            name = c.name;
    m_hoursBox->setTitle(name.isEmpty() ? tr("Working hours") : tr("Working hours of %1").arg(name));
    m_holidaysBox->setTitle(name.isEmpty() ? tr("Holidays") : tr("Holidays of %1").arg(name));
    m_hoursBox->setEnabled(m_calendarId > 0);
    m_holidaysBox->setEnabled(m_calendarId > 0);
    if (workspace && m_calendarId > 0) {
        m_hourRows = Repository<CalendarHours>(*workspace).list(QStringLiteral("calendar_id = ?"), { m_calendarId }).valueOr({});
        m_hours->setRowCount(int(m_hourRows.size()));
        for (int row = 0; row < m_hourRows.size(); ++row) {
            const CalendarHours &h = m_hourRows.at(row);
            m_hours->setItem(row, 0, item(weekdayName(h.weekday), h.weekday));
            m_hours->setItem(row, 1, item(MinuteOfDayDelegate::text(h.startMinute), h.startMinute));
            m_hours->setItem(row, 2, item(MinuteOfDayDelegate::text(h.endMinute), h.endMinute));
        }
        m_holidayRows = Repository<CalendarHoliday>(*workspace).list(QStringLiteral("calendar_id = ?"), { m_calendarId }).valueOr({});
        m_holidays->setRowCount(int(m_holidayRows.size()));
        for (int row = 0; row < m_holidayRows.size(); ++row) {
            const CalendarHoliday &h = m_holidayRows.at(row);
            auto *day = new QTableWidgetItem;
            day->setData(Qt::EditRole, h.day);
            m_holidays->setItem(row, 0, day);
            m_holidays->setItem(row, 1, item(h.name));
        }
        m_hours->resizeColumnsToContents();
        m_holidays->resizeColumnToContents(0);
    }
    m_filling = false;
}

void CalendarEditor::calendarEdited(QTableWidgetItem *cell)
{
    if (m_filling || cell->row() >= m_calendarRows.size())
        return;
    const BusinessCalendar before = m_calendarRows.at(cell->row());
    BusinessCalendar after = before;
    if (cell->column() == 0)
        after.name = cell->text().trimmed();
    else if (cell->column() == 1)
        after.timeZone = cell->data(ValueRole).toString();
    if (after.name == before.name && after.timeZone == before.timeZone)
        return;
    if (after.name.isEmpty()) {
        emit m_session->errorReported(tr("A calendar needs a name."));
        pushLater([this]() { reload(); });
        return;
    }
    pushLater([this, before, after]() {
        m_session->undoStack()->push(EntityCommand<BusinessCalendar>::update(m_session, before, after,
            after.timeZone != before.timeZone ? tr("Change the time zone of %1").arg(before.name)
                                              : tr("Rename calendar %1").arg(before.name)));
    });
}

void CalendarEditor::hoursEdited(QTableWidgetItem *cell)
{
    if (m_filling || cell->row() >= m_hourRows.size())
        return;
    const CalendarHours before = m_hourRows.at(cell->row());
    CalendarHours after = before;
    const int value = cell->data(ValueRole).toInt();
    (cell->column() == 0 ? after.weekday : cell->column() == 1 ? after.startMinute : after.endMinute) = value;
    if (after.weekday == before.weekday && after.startMinute == before.startMinute && after.endMinute == before.endMinute)
        return;
    if (after.startMinute >= after.endMinute) {
        emit m_session->errorReported(tr("Working hours must end after they start (%1 to %2 does not).")
                                          .arg(MinuteOfDayDelegate::text(after.startMinute), MinuteOfDayDelegate::text(after.endMinute)));
        pushLater([this]() { fillDetails(); });
        return;
    }
    pushLater([this, before, after]() {
        m_session->undoStack()->push(EntityCommand<CalendarHours>::update(m_session, before, after, tr("Change working hours")));
    });
}

void CalendarEditor::holidayEdited(QTableWidgetItem *cell)
{
    if (m_filling || cell->row() >= m_holidayRows.size())
        return;
    const CalendarHoliday before = m_holidayRows.at(cell->row());
    CalendarHoliday after = before;
    if (cell->column() == 0)
        after.day = cell->data(Qt::EditRole).toDate();
    else
        after.name = cell->text().trimmed();
    if (after.day == before.day && after.name == before.name)
        return;
    pushLater([this, before, after]() {
        m_session->undoStack()->push(EntityCommand<CalendarHoliday>::update(m_session, before, after, tr("Change holiday")));
    });
}

void CalendarEditor::addCalendar()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    QString name = tr("New calendar");
    for (int n = 2; std::any_of(m_calendarRows.begin(), m_calendarRows.end(), [&](const auto &c) { return c.name == name; }); ++n)
        name = tr("New calendar %1").arg(n);
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    BusinessCalendar calendar { 0, 0, name, zone.isEmpty() ? QStringLiteral("UTC") : zone };
    // The calendar, then Monday to Friday 09:00-17:00 on it: one undoable step. Undo removes them in reverse
    // order; redo restores the calendar with its old id, which the hours refer to.
    m_session->undoStack()->beginMacro(tr("Add calendar %1").arg(name));
    // A failed command is deleted by the stack at once, so the new id is read back from the workspace.
    m_session->undoStack()->push(EntityCommand<BusinessCalendar>::add(m_session, calendar, QString()));
    const auto added = Repository<BusinessCalendar>(*workspace).list(QStringLiteral("name = ?"), { name }).valueOr({});
    if (!added.isEmpty()) {
        m_calendarId = added.first().id;
        for (int day = 1; day <= 5; ++day)
            m_session->undoStack()->push(EntityCommand<CalendarHours>::add(m_session,
                CalendarHours { 0, 0, m_calendarId, day, 9 * 60, 17 * 60 }, QString()));
    }
    m_session->undoStack()->endMacro();
    reload();
}

void CalendarEditor::removeCalendar()
{
    Workspace *workspace = m_session->workspace();
    const int row = m_calendars->currentRow();
    if (!workspace || row < 0 || row >= m_calendarRows.size())
        return;
    const BusinessCalendar calendar = m_calendarRows.at(row);
    const QString users = m_calendars->item(row, 2)->text();
    if (users != tr("(nobody)")) {
        emit m_session->errorReported(tr("%1 is used by %2; give them another calendar first.").arg(calendar.name, users));
        return;
    }
    // Its hours and holidays go with it, in one step that undo restores whole.
    m_session->undoStack()->beginMacro(tr("Remove calendar %1").arg(calendar.name));
    for (const CalendarHours &h : Repository<CalendarHours>(*workspace).list(QStringLiteral("calendar_id = ?"), { calendar.id }).valueOr({}))
        m_session->undoStack()->push(EntityCommand<CalendarHours>::remove(m_session, h, QString()));
    for (const CalendarHoliday &h : Repository<CalendarHoliday>(*workspace).list(QStringLiteral("calendar_id = ?"), { calendar.id }).valueOr({}))
        m_session->undoStack()->push(EntityCommand<CalendarHoliday>::remove(m_session, h, QString()));
    m_session->undoStack()->push(EntityCommand<BusinessCalendar>::remove(m_session, calendar, QString()));
    m_session->undoStack()->endMacro();
}

void CalendarEditor::addHours()
{
    if (m_calendarId <= 0)
        return;
    // The next weekday without hours, else Monday, 09:00-17:00.
    int weekday = 1;
    for (int day = 1; day <= 7; ++day)
        if (std::none_of(m_hourRows.begin(), m_hourRows.end(), [day](const auto &h) { return h.weekday == day; })) {
            weekday = day;
            break;
        }
    m_session->undoStack()->push(EntityCommand<CalendarHours>::add(m_session,
        CalendarHours { 0, 0, m_calendarId, weekday, 9 * 60, 17 * 60 }, tr("Add working hours")));
}

void CalendarEditor::removeHours()
{
    const int row = m_hours->currentRow();
    if (row < 0 || row >= m_hourRows.size())
        return;
    m_session->undoStack()->push(EntityCommand<CalendarHours>::remove(m_session, m_hourRows.at(row), tr("Remove working hours")));
}

void CalendarEditor::addHoliday()
{
    if (m_calendarId <= 0)
        return;
    // The day after the last holiday (or today), so that it does not clash; edit it to the real day.
    QDate day = QDate::currentDate();
    for (const CalendarHoliday &h : std::as_const(m_holidayRows))
        day = std::max(day, h.day.addDays(1));
    m_session->undoStack()->push(EntityCommand<CalendarHoliday>::add(m_session,
        CalendarHoliday { 0, 0, m_calendarId, day, tr("Holiday") }, tr("Add holiday")));
}

void CalendarEditor::removeHoliday()
{
    const int row = m_holidays->currentRow();
    if (row < 0 || row >= m_holidayRows.size())
        return;
    m_session->undoStack()->push(EntityCommand<CalendarHoliday>::remove(m_session, m_holidayRows.at(row), tr("Remove holiday")));
}

} // namespace baton
