#include "rosterpage.h"

#include "colours.h"
#include "core/workspace.h"
#include "entitycommand.h"
#include "handoffview.h"
#include "route/inactiveowners.h"
#include "route/rosterwhatif.h"
#include "workspacesession.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton {

namespace {

using Axis = CoverageAnalysis::Axis;

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->setAccessibleName(name);
    return t;
}

QTableWidgetItem *text(const QString &value)
{
    auto *item = new QTableWidgetItem(value);
    item->setToolTip(value);
    return item;
}

QTableWidgetItem *number(double value, int decimals)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

RosterPage::RosterPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Open a workspace to try out changes to its roster."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);
    m_content = new QWidget(this);
    outer->addWidget(m_content, 1);
    auto *layout = new QVBoxLayout(m_content);

    auto *form = new QGridLayout;
    m_owner = new QComboBox(m_content);
    m_owner->setMinimumWidth(260);
    m_owner->setAccessibleName(tr("Owner"));
    m_away = new QRadioButton(tr("is out of office from"), m_content);
    m_leaving = new QRadioButton(tr("leaves; the first day no longer working is"), m_content);
    m_away->setChecked(true);
    m_from = dateEdit(m_content);
    m_to = dateEdit(m_content);
    m_leaveDay = dateEdit(m_content);
    m_weeks = new QSpinBox(m_content);
    m_weeks->setRange(1, 26);
    m_weeks->setValue(4);
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setToolTip(tr("The load per owner is projected by routing the handoffs of these last weeks again."));
    m_run = new QPushButton(tr("Show what happens"), m_content);
    m_run->setDefault(true);
    m_record = new QPushButton(tr("Record it"), m_content);
    m_record->setToolTip(tr("Saves the change to the owner (last working day, or an absence); Edit ▸ Undo takes it back."));
    auto *awayRow = new QHBoxLayout;
    awayRow->addWidget(m_away);
    awayRow->addWidget(m_from);
    awayRow->addWidget(new QLabel(tr("to"), m_content));
    awayRow->addWidget(m_to);
    awayRow->addStretch(1);
    auto *leaveRow = new QHBoxLayout;
    leaveRow->addWidget(m_leaving);
    leaveRow->addWidget(m_leaveDay);
    leaveRow->addStretch(1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Project the load from the last"), m_content));
    runRow->addWidget(m_weeks);
    runRow->addSpacing(16);
    runRow->addWidget(m_run);
    runRow->addWidget(m_record);
    runRow->addStretch(1);
    form->addWidget(new QLabel(tr("What if"), m_content), 0, 0);
    form->addWidget(m_owner, 0, 1);
    form->addLayout(awayRow, 0, 2);
    form->addLayout(leaveRow, 1, 2);
    form->addLayout(runRow, 2, 0, 1, 3);
    form->setColumnStretch(2, 1);
    layout->addLayout(form);
    const auto updateDates = [this]() {
        m_from->setEnabled(m_away->isChecked());
        m_to->setEnabled(m_away->isChecked());
        m_leaveDay->setEnabled(m_leaving->isChecked());
    };
    connect(m_leaving, &QRadioButton::toggled, this, updateDates);
    updateDates();

    m_summary = new QLabel(tr("Choose an owner and a change, then Show what happens. Nothing is saved."), m_content);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, m_content);
    auto *results = new QSplitter(Qt::Horizontal, split);
    m_shifts = table({ tr("Scenario that loses its owner"), tr("Now"), tr("With the change") }, tr("Scenarios that lose their owner"), results);
    m_shifts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shifts->horizontalHeader()->setStretchLastSection(false);
    // The scenario column stretches and wraps; so does the one-line answer spanning the table when no
    // scenario loses its owner. Rows grow to their text.
    m_shifts->setWordWrap(true);
    m_shifts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_loads = table({ tr("Owner"), tr("Capacity"), tr("Now a day"), tr("With the change"), tr("") }, tr("Projected load per owner"), results);
    m_loads->setToolTip(tr("Leads per weekday: the handoffs of the last weeks routed again through the active rules, as things "
                           "are and as if the change had applied the whole time, divided by the weekdays in those weeks."));
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);
    auto *flagsPane = new QWidget(split);
    auto *flagsLayout = new QVBoxLayout(flagsPane);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    m_flagsTitle = new QLabel(flagsPane);
    m_flagsTitle->setWordWrap(true);
    m_flags = table({ tr("Owner"), tr("Status"), tr("Accounts they own"), tr("Open handoffs") }, tr("Records of owners who are not there"),
        flagsPane);
    m_flags->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_flags->horizontalHeader()->setStretchLastSection(false);
    m_showOpen = new QPushButton(tr("Show these open handoffs"), flagsPane);
    m_handoffs = new HandoffView(session, flagsPane);
    m_handoffs->hide();
    flagsLayout->addWidget(m_flagsTitle);
    flagsLayout->addWidget(m_flags, 1);
    flagsLayout->addWidget(m_showOpen, 0, Qt::AlignLeft);
    flagsLayout->addWidget(m_handoffs, 3);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &RosterPage::runWhatIf);
    connect(m_record, &QPushButton::clicked, this, &RosterPage::record);
    connect(m_showOpen, &QPushButton::clicked, this, [this]() {
        m_handoffs->setVisible(!m_handoffs->isVisible());
        m_showOpen->setText(m_handoffs->isVisible() ? tr("Hide the open handoffs") : tr("Show these open handoffs"));
    });
}

void RosterPage::reload()
{
    Workspace *workspace = session()->workspace();
    m_empty->setVisible(!workspace);
    m_content->setVisible(workspace != nullptr);
    if (!workspace)
        return;
    auto model = CoverageModel::load(*workspace);
    if (!model) {
        emit session()->errorReported(model.errorMessage());
        return;
    }
    m_model = *model;
    const qint64 current = m_owner->currentData().toLongLong();
    m_owner->clear();
    for (const Owner &owner : std::as_const(m_model.owners))
        m_owner->addItem(owner.teamId ? tr("%1 (%2)").arg(owner.name, m_model.teamName(owner.teamId)) : owner.name, owner.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    if (m_workspacePath != workspace->path()) {
        m_workspacePath = workspace->path();
        const QDate asOf = QDateTime::fromSecsSinceEpoch(workspace->asOf(), Qt::UTC).date();
        m_from->setDate(asOf.addDays(1));
        m_to->setDate(asOf.addDays(5));
        m_leaveDay->setDate(asOf.addDays(1));
        m_shifts->setRowCount(0);
        m_loads->setRowCount(0);
        showFlags();
        runWhatIf(); // something to look at straight away; nothing is saved
        return;
    }
    showFlags();
}

void RosterPage::setWhatIf(qint64 ownerId, bool leaving, const QDate &from, const QDate &to)
{
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(ownerId)));
    (leaving ? m_leaving : m_away)->setChecked(true);
    (leaving ? m_leaveDay : m_from)->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
}

bool RosterPage::runWhatIf()
{
    Workspace *workspace = session()->workspace();
    if (!workspace || m_owner->count() == 0)
        return false;
    RosterChange change;
    change.ownerId = m_owner->currentData().toLongLong();
    change.kind = m_leaving->isChecked() ? RosterChange::Kind::Leaving : RosterChange::Kind::Away;
    change.from = change.kind == RosterChange::Kind::Leaving ? m_leaveDay->date() : m_from->date();
    change.to = m_to->date();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = RosterWhatIf::run(*workspace, change, m_weeks->value());
    QApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(this, tr("Roster what-if"), result.errorMessage());
        return false;
    }
    const QString owner = m_model.ownerName(change.ownerId);
    const CoverageAnalysis &before = *result->before;
    const CoverageAnalysis &after = *result->after;
    const auto target = [](const CoverageAnalysis &a, const CoverageAnalysis::Outcome &o) {
        if (o.rule >= 0 && o.reach == CoverageAnalysis::Reach::Rule)
            return a.rules().at(o.rule).name;
        if (o.reach == CoverageAnalysis::Reach::NoOwner)
            return tr("no owner");
        return o.rule >= 0 ? tr("fallback queue (rule %1)").arg(a.rules().at(o.rule).name) : tr("fallback queue");
    };
    m_shifts->clearSpans();
    m_shifts->setRowCount(int(result->shifts.size()));
    for (int r = 0; r < result->shifts.size(); ++r) {
        const ScenarioShift &shift = result->shifts.at(r);
        const auto &s = shift.scenario;
        QStringList parts { before.values(Axis::SignalType).names.at(s.signalType), before.values(Axis::Territory).names.at(s.territory),
            before.values(Axis::Segment).names.at(s.segment), before.values(Axis::Industry).names.at(s.industry) };
        if (before.valueCount(Axis::Source) > 1)
            parts << before.values(Axis::Source).names.at(s.source);
        parts << (s.accountOwned ? tr("account owned") : tr("no account owner"));
        m_shifts->setItem(r, 0, text(parts.join(QStringLiteral(" × "))));
        m_shifts->setItem(r, 1, text(target(before, shift.before)));
        auto *now = text(target(after, shift.after));
        if (shift.after.reach != CoverageAnalysis::Reach::Rule) {
            now->setBackground(Colours::background(Colours::Tone::Caution, m_shifts->palette()));
            now->setForeground(m_shifts->palette().color(QPalette::Text));
        }
        m_shifts->setItem(r, 2, now);
    }
    if (result->shifts.isEmpty()) {
        m_shifts->setRowCount(1);
        m_shifts->setItem(0, 0, text(tr("None: every rule that gives %1 leads can still assign them to someone else.").arg(owner)));
        m_shifts->setSpan(0, 0, 1, 3);
    }
    m_loads->setRowCount(int(result->loads.size()));
    for (int r = 0; r < result->loads.size(); ++r) {
        const ProjectedLoad &load = result->loads.at(r);
        m_loads->setItem(r, 0, text(m_model.ownerName(load.ownerId)));
        m_loads->setItem(r, 1, number(load.capacityPerDay, 0));
        m_loads->setItem(r, 2, number(load.perDayBefore, 1));
        m_loads->setItem(r, 3, number(load.perDayAfter, 1));
        QString flag;
        if (load.ownerId == change.ownerId)
            flag = tr("this owner");
        else if (load.overCapacity())
            flag = tr("over capacity");
        else if (load.leadsAfter > load.leadsBefore)
            flag = tr("+%1 leads").arg(load.leadsAfter - load.leadsBefore);
        auto *flagItem = text(flag);
        if (load.overCapacity() && load.ownerId != change.ownerId)
            flagItem->setForeground(Colours::text(Colours::Tone::Bad, m_loads->palette()));
        m_loads->setItem(r, 4, flagItem);
    }
    const QLocale locale;
    const QString when = change.kind == RosterChange::Kind::Leaving
        ? tr("leaves (last working day %1)").arg(locale.toString(change.from.addDays(-1), QLocale::ShortFormat))
        : tr("is away %1 – %2").arg(locale.toString(change.from, QLocale::ShortFormat), locale.toString(change.to, QLocale::ShortFormat));
    m_summary->setText(tr("If <b>%1</b> %2 — scenarios that lose their owner: <b>%3</b>. Of the %4 handoffs of the last %5 weeks, "
                          "the fallback queue would get %6 instead of %7. Accounts %1 owns: %8; open handoffs: %9 (they stay "
                          "with %1 until someone reassigns them). Nothing has been saved.")
                           .arg(owner.toHtmlEscaped(), when)
                           .arg(result->shifts.size())
                           .arg(locale.toString(result->replayedLeads))
                           .arg(m_weeks->value())
                           .arg(locale.toString(result->fallbackAfter), locale.toString(result->fallbackBefore))
                           .arg(result->ownedAccounts)
                           .arg(result->openHandoffs));
    return true;
}

void RosterPage::showFlags()
{
    Workspace *workspace = session()->workspace();
    const QDate day = QDateTime::fromSecsSinceEpoch(workspace->asOf(), Qt::UTC).date();
    auto flags = InactiveOwners::find(*workspace, m_model, day);
    if (!flags) {
        emit session()->errorReported(flags.errorMessage());
        return;
    }
    m_flagsTitle->setText(tr("<b>Records held by owners who are not there</b> on %1 — accounts owned by owners who left: %2; open "
                             "handoffs with owners who left or are away: %3; handoffs assigned after their owner's last day: %4.")
                              .arg(QLocale().toString(day, QLocale::ShortFormat))
                              .arg(flags->accounts())
                              .arg(flags->openHandoffs())
                              .arg(flags->assignedAfterLeaving));
    const QList<qint64> owners = flags->inactiveOwners + flags->awayOwners;
    m_flags->setRowCount(int(owners.size()));
    for (int r = 0; r < owners.size(); ++r) {
        const qint64 id = owners.at(r);
        const Owner *owner = m_model.owner(id);
        const bool left = flags->inactiveOwners.contains(id);
        QString status = tr("away");
        if (left && owner && owner->activeUntil.isValid() && owner->activeUntil < day)
            status = tr("left; last working day %1").arg(QLocale().toString(owner->activeUntil, QLocale::ShortFormat));
        else if (left)
            status = tr("not started yet");
        m_flags->setItem(r, 0, text(owner ? owner->name : QString()));
        m_flags->setItem(r, 1, text(status));
        m_flags->setItem(r, 2, number(double(flags->accountsByOwner.value(id)), 0));
        m_flags->setItem(r, 3, number(double(flags->openHandoffsByOwner.value(id)), 0));
    }
    m_handoffs->setFilter(flags->openHandoffsFilter());
    m_showOpen->setEnabled(flags->openHandoffs() > 0);
}

void RosterPage::record()
{
    const Owner *owner = m_model.owner(m_owner->currentData().toLongLong());
    if (!owner)
        return;
    if (m_leaving->isChecked()) {
        Owner leaving = *owner;
        leaving.activeUntil = m_leaveDay->date().addDays(-1);
        session()->undoStack()->push(EntityCommand<Owner>::update(session(), *owner, leaving,
            tr("%1 leaves after %2").arg(owner->name, QLocale().toString(leaving.activeUntil, QLocale::ShortFormat))));
    } else {
        if (m_to->date() < m_from->date()) {
            QMessageBox::information(this, tr("Roster"), tr("The absence ends before it starts."));
            return;
        }
        session()->undoStack()->push(EntityCommand<OwnerAbsence>::add(session(),
            OwnerAbsence { 0, 0, owner->id, m_from->date(), m_to->date(), tr("Out of office") },
            tr("%1 out of office").arg(owner->name)));
    }
}

} // namespace baton
