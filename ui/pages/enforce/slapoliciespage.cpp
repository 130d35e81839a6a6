#include "slapoliciespage.h"

#include "calendareditor.h"
#include "core/workspace.h"
#include "define/contract.h"
#include "editdelegates.h"
#include "entitycommand.h"
#include "slafactsbanner.h"
#include "sladefinitions.h"
#include "slatablemodels.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace baton {

namespace {

enum PolicyColumn { SignalColumn, TargetColumn, SourceColumn, CalendarColumn, LadderColumn };
enum StepColumn { ThresholdColumn, ActionColumn };

QString sourceLabel(const QString &source)
{
    if (source == CalendarSource::Owner)
        return SlaPoliciesPage::tr("Owner's (else team's)");
    if (source == CalendarSource::Team)
        return SlaPoliciesPage::tr("Team's");
    return SlaPoliciesPage::tr("This policy's");
}

QTableWidgetItem *cell(const QString &text, const QVariant &value = {}, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (value.isValid())
        item->setData(ValueRole, value);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

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

} // namespace

SlaPoliciesPage::SlaPoliciesPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Open a workspace to edit its SLA policies and business calendars."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_content = new QWidget(this);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Double-click a cell to change it; Edit → Undo takes a change back. Targets and "
                               "calendars apply to handoffs written from now on; recompute to apply them to the "
                               "handoffs already stored."),
        m_content);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    content->addWidget(hint);
    m_banner = new SlaFactsBanner(session, m_content);
    content->addWidget(m_banner);

    // Policies and the ladder of the chosen one side by side on top, the calendars below.
    auto *split = new QSplitter(Qt::Vertical, m_content);
    auto *left = new QWidget(split);
    auto *leftLayout = new QHBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);

    auto *policiesBox = new QGroupBox(tr("SLA policies by signal type"), left);
    auto *policiesLayout = new QVBoxLayout(policiesBox);
    m_policies = makeTable({ tr("Signal type"), tr("Target"), tr("Whose hours"), tr("Policy calendar"), tr("Escalation") },
        policiesBox, tr("SLA policies"));
    m_policies->horizontalHeaderItem(TargetColumn)->setToolTip(tr("Time to first touch, in business minutes"));
    m_policies->horizontalHeaderItem(SourceColumn)->setToolTip(SlaDefinitions::text(SlaTerm::Calendar));
    m_policies->horizontalHeaderItem(CalendarColumn)->setToolTip(
        tr("The policy's own calendar: used when the policy says so, and when the owner or team has none"));
    m_policies->horizontalHeaderItem(LadderColumn)->setToolTip(SlaDefinitions::text(SlaTerm::EscalationStep));
    // The ladder a step a line, the column as wide as its widest step: rows two lines high rather than a
    // step cut off (a narrow window scrolls sideways).
    m_policies->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_policies->horizontalHeader()->setStretchLastSection(false);
    m_policies->horizontalHeader()->setSectionResizeMode(LadderColumn, QHeaderView::ResizeToContents);
    m_policies->setItemDelegateForColumn(TargetColumn, new NumberDelegate(1, 100000, tr(" min"), this));
    m_policies->setItemDelegateForColumn(SourceColumn,
        new ChoiceDelegate({ { sourceLabel(CalendarSource::Owner), CalendarSource::Owner },
                               { sourceLabel(CalendarSource::Team), CalendarSource::Team },
                               { sourceLabel(CalendarSource::Policy), CalendarSource::Policy } },
            this));
    m_addPolicy = new QPushButton(tr("Add policy"), policiesBox);
    m_addPolicy->setMenu(new QMenu(m_addPolicy));
    m_removePolicy = new QPushButton(tr("Remove policy"), policiesBox);
    auto *policyButtons = new QHBoxLayout;
    policyButtons->addWidget(m_addPolicy);
    policyButtons->addWidget(m_removePolicy);
    policyButtons->addStretch(1);
    policiesLayout->addWidget(m_policies, 1);
    policiesLayout->addLayout(policyButtons);
    leftLayout->addWidget(policiesBox, 2);

    m_ladderBox = new QGroupBox(tr("Escalation ladder"), left);
    m_ladderBox->setToolTip(SlaDefinitions::text(SlaTerm::EscalationStep));
    auto *ladderLayout = new QVBoxLayout(m_ladderBox);
    // A two-line header keeps the first column as narrow as its values, leaving the room to the actions.
    m_ladder = makeTable({ tr("When elapsed\nreaches"), tr("Action") }, m_ladderBox, tr("Escalation ladder"));
    m_ladder->setItemDelegateForColumn(ThresholdColumn, new NumberDelegate(1, 100000, tr(" % of the target"), this));
    QList<std::pair<QString, QVariant>> actions;
    for (const QString &action : { EscalationAction::NotifyOwner, EscalationAction::NotifyManager,
             EscalationAction::NotifyRevOps, EscalationAction::Reassign })
        actions.append({ SlaBreachModel::actionLabel(action), action });
    m_ladder->setItemDelegateForColumn(ActionColumn, new ChoiceDelegate(actions, this));
    auto *addStep = new QPushButton(tr("Add step"), m_ladderBox);
    auto *removeStep = new QPushButton(tr("Remove step"), m_ladderBox);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(addStep);
    stepButtons->addWidget(removeStep);
    stepButtons->addStretch(1);
    ladderLayout->addWidget(m_ladder, 1);
    ladderLayout->addLayout(stepButtons);
    leftLayout->addWidget(m_ladderBox, 1);

    m_calendars = new CalendarEditor(session, split);
    split->addWidget(left);
    split->addWidget(m_calendars);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    content->addWidget(split, 1);
    layout->addWidget(m_content, 1);

    connect(m_policies, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_filling || row < 0 || row >= m_policyRows.size())
            return;
        m_policyId = m_policyRows.at(row).id;
        fillLadder();
    });
    connect(m_policies, &QTableWidget::itemChanged, this, &SlaPoliciesPage::policyEdited);
    connect(m_ladder, &QTableWidget::itemChanged, this, &SlaPoliciesPage::stepEdited);
    connect(m_removePolicy, &QPushButton::clicked, this, &SlaPoliciesPage::removePolicy);
    connect(addStep, &QPushButton::clicked, this, &SlaPoliciesPage::addStep);
    connect(removeStep, &QPushButton::clicked, this, &SlaPoliciesPage::removeStep);
}

void SlaPoliciesPage::pushLater(const std::function<void()> &push)
{
    QTimer::singleShot(0, this, push);
}

void SlaPoliciesPage::reload()
{
    Workspace *workspace = session()->workspace();
    m_empty->setVisible(!workspace);
    m_content->setVisible(workspace);
    if (!workspace)
        return;
    m_banner->refresh();
    m_filling = true;
    m_signalNames.clear();
    const QList<SignalType> signalTypes = Repository<SignalType>(*workspace).list().valueOr({});
    for (const SignalType &s : signalTypes)
        m_signalNames.insert(s.id, s.name);
    QList<std::pair<QString, QVariant>> calendars { { tr("(none)"), qint64(0) } };
    for (const BusinessCalendar &c : Repository<BusinessCalendar>(*workspace).list().valueOr({}))
        calendars.append({ c.name, c.id });
    m_calendarChoice = new ChoiceDelegate(calendars, m_policies);
    QAbstractItemDelegate *old = m_policies->itemDelegateForColumn(CalendarColumn);
    m_policies->setItemDelegateForColumn(CalendarColumn, m_calendarChoice);
    delete old;

    // Policies in the signal types' order.
    QList<SlaPolicy> policies = Repository<SlaPolicy>(*workspace).list().valueOr({});
    QHash<qint64, int> order;
    for (int i = 0; i < signalTypes.size(); ++i)
        order.insert(signalTypes.at(i).id, i);
    std::sort(policies.begin(), policies.end(),
        [&](const SlaPolicy &a, const SlaPolicy &b) { return order.value(a.signalTypeId) < order.value(b.signalTypeId); });
    m_policyRows = policies;
    QHash<qint64, QList<EscalationStep>> ladders;
    for (const EscalationStep &step : Repository<EscalationStep>(*workspace).list().valueOr({}))
        ladders[step.slaPolicyId] << step;
    m_policies->setRowCount(int(policies.size()));
    for (int row = 0; row < policies.size(); ++row) {
        const SlaPolicy &p = policies.at(row);
        QList<EscalationStep> steps = ladders.value(p.id);
        std::sort(steps.begin(), steps.end(), [](const auto &a, const auto &b) { return a.thresholdPercent < b.thresholdPercent; });
        QStringList ladder;
        for (const EscalationStep &step : std::as_const(steps))
            ladder << tr("%1 %: %2").arg(step.thresholdPercent).arg(SlaBreachModel::actionLabel(step.action));
        m_policies->setItem(row, SignalColumn, cell(m_signalNames.value(p.signalTypeId), {}, false));
        m_policies->setItem(row, TargetColumn, cell(tr("%1 min").arg(p.targetMinutes), p.targetMinutes));
        m_policies->setItem(row, SourceColumn, cell(sourceLabel(p.calendarSource), p.calendarSource));
        m_policies->setItem(row, CalendarColumn, cell(m_calendarChoice->labelOf(p.calendarId), p.calendarId));
        auto *ladderCell = cell(ladder.isEmpty() ? tr("(no escalation)") : ladder.join(QLatin1Char('\n')), {}, false);
        ladderCell->setToolTip(ladderCell->text());
        m_policies->setItem(row, LadderColumn, ladderCell);
    }
    for (int column = SignalColumn; column < LadderColumn; ++column)
        m_policies->resizeColumnToContents(column);

    int current = -1;
    for (int row = 0; row < m_policyRows.size(); ++row)
        if (m_policyRows.at(row).id == m_policyId)
            current = row;
    if (current < 0 && !m_policyRows.isEmpty())
        current = 0;
    m_policyId = current >= 0 ? m_policyRows.at(current).id : 0;
    if (current >= 0)
        m_policies->setCurrentCell(current, SignalColumn);
    m_removePolicy->setEnabled(current >= 0);

    // Signal types without a policy can get one.
    QMenu *menu = m_addPolicy->menu();
    menu->clear();
    for (const SignalType &s : signalTypes)
        if (std::none_of(policies.begin(), policies.end(), [&](const SlaPolicy &p) { return p.signalTypeId == s.id; }))
            menu->addAction(s.name, this, [this, id = s.id]() { addPolicy(id); });
    m_addPolicy->setEnabled(!menu->isEmpty());
    m_filling = false;
    fillLadder();
    m_calendars->reload();
}

void SlaPoliciesPage::selectPolicy(qint64 id)
{
    m_policyId = id;
    reload();
}

void SlaPoliciesPage::fillLadder()
{
    Workspace *workspace = session()->workspace();
    m_filling = true;
    m_ladder->setRowCount(0);
    m_stepRows.clear();
    QString name;
    for (const SlaPolicy &p : std::as_const(m_policyRows))
        if (p.id == m_policyId)
            name = m_signalNames.value(p.signalTypeId);
    m_ladderBox->setTitle(name.isEmpty() ? tr("Escalation ladder") : tr("Escalation ladder for %1").arg(name));
    m_ladderBox->setEnabled(m_policyId > 0);
    if (workspace && m_policyId > 0) {
        m_stepRows = Repository<EscalationStep>(*workspace).list(QStringLiteral("sla_policy_id = ?"), { m_policyId }).valueOr({});
        std::stable_sort(m_stepRows.begin(), m_stepRows.end(), [](const auto &a, const auto &b) { return a.thresholdPercent < b.thresholdPercent; });
        m_ladder->setRowCount(int(m_stepRows.size()));
        for (int row = 0; row < m_stepRows.size(); ++row) {
            const EscalationStep &step = m_stepRows.at(row);
            m_ladder->setItem(row, ThresholdColumn, cell(tr("%1 % of the target").arg(step.thresholdPercent), step.thresholdPercent));
            m_ladder->setItem(row, ActionColumn, cell(SlaBreachModel::actionLabel(step.action), step.action));
        }
        m_ladder->resizeColumnToContents(ThresholdColumn);
    }
    m_filling = false;
}

void SlaPoliciesPage::policyEdited(QTableWidgetItem *item)
{
    if (m_filling || item->row() >= m_policyRows.size())
        return;
    const SlaPolicy before = m_policyRows.at(item->row());
    SlaPolicy after = before;
    switch (item->column()) {
    case TargetColumn:
        after.targetMinutes = item->data(ValueRole).toInt();
        break;
    case SourceColumn:
        after.calendarSource = item->data(ValueRole).toString();
        break;
    case CalendarColumn:
        after.calendarId = item->data(ValueRole).toLongLong();
        break;
    default:
        return;
    }
    if (after.targetMinutes == before.targetMinutes && after.calendarSource == before.calendarSource
        && after.calendarId == before.calendarId)
        return;
    const QString signal = m_signalNames.value(before.signalTypeId);
    if (after.calendarSource == CalendarSource::Policy && after.calendarId == 0)
        emit session()->errorReported(tr("%1 now runs on its own calendar but has none: it runs around the clock until "
                                         "you choose one.")
                                          .arg(signal));
    const QString text = item->column() == TargetColumn ? tr("Change the SLA target of %1").arg(signal)
                                                        : tr("Change the SLA calendar of %1").arg(signal);
    pushLater([this, before, after, text]() {
        session()->undoStack()->push(EntityCommand<SlaPolicy>::update(session(), before, after, text));
    });
}

void SlaPoliciesPage::stepEdited(QTableWidgetItem *item)
{
    if (m_filling || item->row() >= m_stepRows.size())
        return;
    const EscalationStep before = m_stepRows.at(item->row());
    EscalationStep after = before;
    if (item->column() == ThresholdColumn)
        after.thresholdPercent = item->data(ValueRole).toInt();
    else
        after.action = item->data(ValueRole).toString();
    if (after.thresholdPercent == before.thresholdPercent && after.action == before.action)
        return;
    pushLater([this, before, after]() {
        session()->undoStack()->push(EntityCommand<EscalationStep>::update(session(), before, after, tr("Change an escalation step")));
    });
}

void SlaPoliciesPage::addPolicy(qint64 signalTypeId)
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    // The default of the configuration Baton ships: an hour on the team's calendar, manager at 100 %,
    // reassign at 200 %.
    const QString signal = m_signalNames.value(signalTypeId);
    session()->undoStack()->beginMacro(tr("Add an SLA policy for %1").arg(signal));
    session()->undoStack()->push(EntityCommand<SlaPolicy>::add(session(),
        SlaPolicy { 0, 0, signalTypeId, 60, CalendarSource::Team, 0 }, QString()));
    const auto added = Repository<SlaPolicy>(*workspace).list(QStringLiteral("signal_type_id = ?"), { signalTypeId }).valueOr({});
    if (!added.isEmpty()) {
        m_policyId = added.first().id;
        session()->undoStack()->push(EntityCommand<EscalationStep>::add(session(),
            EscalationStep { 0, 0, m_policyId, 1, 100, EscalationAction::NotifyManager }, QString()));
        session()->undoStack()->push(EntityCommand<EscalationStep>::add(session(),
            EscalationStep { 0, 0, m_policyId, 2, 200, EscalationAction::Reassign }, QString()));
    }
    session()->undoStack()->endMacro();
}

void SlaPoliciesPage::removePolicy()
{
    Workspace *workspace = session()->workspace();
    const int row = m_policies->currentRow();
    if (!workspace || row < 0 || row >= m_policyRows.size())
        return;
    const SlaPolicy policy = m_policyRows.at(row);
    // Its ladder goes with it, in one step that undo restores whole.
    session()->undoStack()->beginMacro(tr("Remove the SLA policy for %1").arg(m_signalNames.value(policy.signalTypeId)));
    for (const EscalationStep &step :
        Repository<EscalationStep>(*workspace).list(QStringLiteral("sla_policy_id = ?"), { policy.id }).valueOr({}))
        session()->undoStack()->push(EntityCommand<EscalationStep>::remove(session(), step, QString()));
    session()->undoStack()->push(EntityCommand<SlaPolicy>::remove(session(), policy, QString()));
    session()->undoStack()->endMacro();
}

void SlaPoliciesPage::addStep()
{
    if (m_policyId <= 0)
        return;
    int position = 0;
    int threshold = 0;
    for (const EscalationStep &step : std::as_const(m_stepRows)) {
        position = std::max(position, step.position);
        threshold = std::max(threshold, step.thresholdPercent);
    }
    session()->undoStack()->push(EntityCommand<EscalationStep>::add(session(),
        EscalationStep { 0, 0, m_policyId, position + 1, threshold + 100, EscalationAction::NotifyRevOps },
        tr("Add an escalation step")));
}

void SlaPoliciesPage::removeStep()
{
    const int row = m_ladder->currentRow();
    if (row < 0 || row >= m_stepRows.size())
        return;
    session()->undoStack()->push(EntityCommand<EscalationStep>::remove(session(), m_stepRows.at(row), tr("Remove an escalation step")));
}

} // namespace baton
