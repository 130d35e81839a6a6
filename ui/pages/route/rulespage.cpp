#include "rulespage.h"

#include "core/json.h"
#include "core/workspace.h"
#include "coveragemodeleditor.h"
#include "route/coverageanalysis.h"
#include "route/routeaudit.h"
#include "route/rulesetstore.h"
#include "entitycommand.h"
#include "routetext.h"
#include "ruledialog.h"
#include "rulelistmodel.h"
#include "rulesetcommands.h"
#include "simulationdialog.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton {

RulesPage::RulesPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Open a workspace to edit its routing rules and coverage model."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_tabs = new CoverageModelEditor(session, this);
    m_tabs->insertTab(0, buildRulesTab(), tr("Rules"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));
    m_tabs->setCurrentIndex(0);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        if (m_tabs->currentIndex() == m_tabs->count() - 1)
            loadHistory();
    });
}

QWidget *RulesPage::buildRulesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("Rule set:"), page);
    m_ruleSets = new QComboBox(page);
    m_ruleSets->setMinimumWidth(240);
    m_ruleSets->setAccessibleName(tr("Rule set"));
    label->setBuddy(m_ruleSets);
    m_newDraft = new QPushButton(tr("New draft"), page);
    m_newDraft->setToolTip(tr("Copy the active rules into a new draft that you can change and simulate before it goes live."));
    m_activate = new QPushButton(tr("Activate"), page);
    m_activate->setToolTip(tr("Make this draft the rules that route new leads; the active set is archived."));
    m_deleteSet = new QPushButton(tr("Delete"), page);
    m_simulate = new QPushButton(tr("Simulate…"), page);
    m_simulate->setToolTip(tr("Route a CSV of leads, or the workspace's own handoffs, through this rule set and compare it "
                              "with the active rules."));
    bar->addWidget(label);
    bar->addWidget(m_ruleSets);
    bar->addWidget(m_newDraft);
    bar->addWidget(m_activate);
    bar->addWidget(m_deleteSet);
    bar->addStretch(1);
    bar->addWidget(m_simulate);
    layout->addLayout(bar);
    m_setStatus = new QLabel(page);
    m_setStatus->setWordWrap(true);
    layout->addWidget(m_setStatus);

    m_rules = new RuleListModel(this);
    m_rulesView = new QTableView(page);
    m_rulesView->setModel(m_rules);
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setDragDropMode(QAbstractItemView::InternalMove);
    m_rulesView->setDragEnabled(true);
    m_rulesView->setAcceptDrops(true);
    m_rulesView->setDropIndicatorShown(true);
    m_rulesView->setDefaultDropAction(Qt::MoveAction);
    m_rulesView->setWordWrap(true);
    m_rulesView->setAccessibleName(tr("Routing rules in order"));
    m_rulesView->setObjectName(QStringLiteral("RuleList"));
    m_rulesView->verticalHeader()->hide();
    m_rulesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rulesView->verticalHeader()->setMinimumSectionSize(m_rulesView->fontMetrics().height() + 12);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleListModel::Order, QHeaderView::ResizeToContents);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleListModel::Name, QHeaderView::Interactive);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleListModel::Conditions, QHeaderView::Stretch);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleListModel::Assignment, QHeaderView::Interactive);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleListModel::Coverage, QHeaderView::Interactive);
    m_rulesView->setColumnWidth(RuleListModel::Name, 250);
    m_rulesView->setColumnWidth(RuleListModel::Assignment, 210);
    m_rulesView->setColumnWidth(RuleListModel::Coverage, 200);
    layout->addWidget(m_rulesView, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add rule…"), page);
    m_edit = new QPushButton(tr("Edit…"), page);
    m_remove = new QPushButton(tr("Remove"), page);
    m_up = new QPushButton(tr("Move up"), page);
    m_down = new QPushButton(tr("Move down"), page);
    for (QPushButton *button : { m_add, m_edit, m_remove, m_up, m_down })
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_coverageSummary = new QLabel(page);
    m_coverageSummary->setWordWrap(true);
    m_coverageSummary->setToolTip(
        tr("Scenario: one combination of signal type, territory, segment, industry, source and whether the lead's account "
           "has an owner. Reaches an owner: the first matching rule that can assign takes it. Only the fallback: no rule "
           "takes it, so the fallback queue does. Shadowed: earlier rules take every scenario the rule matches."));
    layout->addWidget(m_coverageSummary);

    connect(m_ruleSets, &QComboBox::activated, this, [this]() {
        m_wantedSet = m_ruleSets->currentData().toLongLong();
        loadRules();
    });
    connect(m_newDraft, &QPushButton::clicked, this, &RulesPage::newDraft);
    connect(m_activate, &QPushButton::clicked, this, &RulesPage::activate);
    connect(m_deleteSet, &QPushButton::clicked, this, &RulesPage::deleteSet);
    connect(m_simulate, &QPushButton::clicked, this, &RulesPage::simulate);
    connect(m_add, &QPushButton::clicked, this, &RulesPage::addRule);
    connect(m_edit, &QPushButton::clicked, this, &RulesPage::editRule);
    connect(m_remove, &QPushButton::clicked, this, &RulesPage::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this]() {
        if (selectedRow() > 0)
            moveRule(selectedRow(), selectedRow() - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this]() {
        if (selectedRow() >= 0 && selectedRow() + 1 < m_rules->rowCount())
            moveRule(selectedRow(), selectedRow() + 2);
    });
    connect(m_rulesView, &QTableView::doubleClicked, this, &RulesPage::editRule);
    connect(m_rules, &RuleListModel::moveRequested, this, &RulesPage::moveRule);
    connect(m_rules, &RuleListModel::enabledToggled, this, &RulesPage::toggleRule);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesPage::updateButtons);
    return page;
}

QWidget *RulesPage::buildHistoryTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *historyTitle = new QLabel(
        tr("Every change to the coverage model and the routing rules, newest first (the audit log):"), page);
    historyTitle->setWordWrap(true);
    layout->addWidget(historyTitle);
    m_history = new QTableWidget(0, 7, page);
    m_history->setHorizontalHeaderLabels({ tr("When (UTC)"), tr("Who"), tr("What"), tr("Change"), tr("Field"), tr("Before"), tr("After") });
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(false);
    m_history->setAccessibleName(tr("History of routing changes"));
    layout->addWidget(m_history, 1);
    return page;
}

qint64 RulesPage::currentRuleSetId() const
{
    return m_ruleSets->currentData().toLongLong();
}

bool RulesPage::isEditable() const
{
    for (const RoutingRuleSet &set : m_sets)
        if (set.id == currentRuleSetId())
            return set.status == RuleSetStatus::Draft;
    return false;
}

int RulesPage::selectedRow() const
{
    const QModelIndexList rows = m_rulesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RulesPage::showRule(qint64 ruleId)
{
    m_wantedRule = ruleId;
    if (Workspace *workspace = session()->workspace())
        if (auto rule = Repository<RoutingRule>(*workspace).get(ruleId))
            m_wantedSet = rule->ruleSetId;
    m_tabs->setCurrentIndex(0);
    reload();
}

void RulesPage::reload()
{
    Workspace *workspace = session()->workspace();
    m_empty->setVisible(!workspace);
    m_tabs->setVisible(workspace != nullptr);
    if (!workspace)
        return;
    auto model = CoverageModel::load(*workspace);
    auto sets = RuleSetStore(*workspace).ruleSets();
    if (!model || !sets) {
        emit session()->errorReported(model ? sets.errorMessage() : model.errorMessage());
        return;
    }
    m_model = *model;
    m_sets = *sets;
    m_tabs->setModel(m_model);
    if (m_wantedSet == 0)
        m_wantedSet = currentRuleSetId();
    m_ruleSets->clear();
    int activeIndex = -1;
    for (const RoutingRuleSet &set : std::as_const(m_sets)) {
        if (set.status == RuleSetStatus::Active)
            activeIndex = m_ruleSets->count();
        m_ruleSets->addItem(RouteText::ruleSetLabel(set), set.id);
    }
    int index = m_ruleSets->findData(m_wantedSet);
    if (index < 0)
        index = activeIndex >= 0 ? activeIndex : 0;
    m_ruleSets->setCurrentIndex(index);
    m_wantedSet = currentRuleSetId();
    loadRules();
    if (m_tabs->currentIndex() == m_tabs->count() - 1)
        loadHistory();
}

void RulesPage::loadRules()
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    const qint64 setId = currentRuleSetId();
    const qint64 selectedRule = m_wantedRule ? m_wantedRule : (selectedRow() >= 0 ? m_rules->row(selectedRow()).rule.id : 0);
    m_wantedRule = 0;
    auto rules = RuleSetStore(*workspace).rules(setId);
    if (!rules) {
        emit session()->errorReported(rules.errorMessage());
        return;
    }
    m_setRules = *rules;
    CoverageOptions options;
    options.day = QDateTime::fromSecsSinceEpoch(workspace->asOf(), Qt::UTC).date();
    const CoverageAnalysis analysis(m_model, m_setRules, options);
    QList<RuleListModel::Row> rows;
    for (const RoutingRule &rule : std::as_const(m_setRules)) {
        RuleListModel::Row row;
        row.rule = rule;
        row.conditions = RouteText::conditions(rule.conditions, m_model);
        row.assignment = RouteText::assignment(rule, m_model);
        const int index = analysis.ruleIndex(rule.id);
        if (index < 0) {
            row.coverage = tr("Disabled");
        } else {
            row.coverage = analysis.statusText(index);
            const auto status = analysis.ruleReport(index).status;
            row.health = status == CoverageAnalysis::RuleStatus::Fires ? RuleListModel::Health::Fires
                : status == CoverageAnalysis::RuleStatus::Shadowed      ? RuleListModel::Health::Warning
                                                                        : RuleListModel::Health::Problem;
        }
        rows << row;
    }
    m_rules->setRows(rows, isEditable());
    if (const int row = m_rules->rowOf(selectedRule); row >= 0) {
        m_rulesView->selectRow(row);
        m_rulesView->scrollTo(m_rules->index(row, 0));
    }

    QString status;
    for (const RoutingRuleSet &set : std::as_const(m_sets)) {
        if (set.id != setId)
            continue;
        if (set.status == RuleSetStatus::Active)
            status = tr("These rules route new leads (active since %1). To change them, make a new draft, prove it on the "
                        "Coverage page or with Simulate, then activate it.")
                         .arg(set.activatedAt.isValid() ? QLocale().toString(set.activatedAt.date(), QLocale::ShortFormat) : tr("the start"));
        else if (set.status == RuleSetStatus::Draft)
            status = tr("Draft: change it freely (drag rules to reorder them; Edit ▸ Undo takes changes back), simulate it, "
                        "then activate it.");
        else
            status = set.activatedAt.isValid()
                ? tr("Archived: these rules routed leads before (activated %1). Make a new draft to reuse them.")
                      .arg(QLocale().toString(set.activatedAt.date(), QLocale::ShortFormat))
                : tr("Archived: these rules were never active. Make a new draft to reuse them.");
    }
    m_setStatus->setText(status);
    using Reach = CoverageAnalysis::Reach;
    const QLocale locale;
    m_coverageSummary->setText(
        tr("Coverage on %1: %2 scenarios, %3 reach an owner through a rule, %4 reach only the fallback queue, %5 reach no owner; "
           "shadowed rules: %6, overlapping pairs: %7. The Coverage page shows where.")
            .arg(QLocale().toString(options.day, QLocale::ShortFormat), locale.toString(analysis.scenarioCount()),
                locale.toString(analysis.count(Reach::Rule)), locale.toString(analysis.count(Reach::FallbackOnly)),
                locale.toString(analysis.count(Reach::NoOwner)))
            .arg(analysis.rulesWithStatus(CoverageAnalysis::RuleStatus::Shadowed).size())
            .arg(analysis.overlaps().size()));
    updateButtons();
}

void RulesPage::loadHistory()
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    auto entries = RouteAudit::recent(*workspace, 500);
    if (!entries) {
        emit session()->errorReported(entries.errorMessage());
        return;
    }
    auto allRules = Repository<RoutingRule>(*workspace).list();
    QHash<qint64, QString> ruleNames;
    for (const RoutingRule &rule : allRules.valueOr({}))
        ruleNames.insert(rule.id, rule.name);
    const QMap<QString, QString> labels { { Territory::table(), tr("Territory") }, { TerritoryArea::table(), tr("Territory area") },
        { Segment::table(), tr("Segment") }, { Industry::table(), tr("Industry") }, { Team::table(), tr("Team") },
        { TeamMember::table(), tr("Team member") }, { Owner::table(), tr("Owner") }, { OwnerAbsence::table(), tr("Absence") },
        { RoutingRuleSet::table(), tr("Rule set") }, { RoutingRule::table(), tr("Rule") } };
    const auto nameOf = [&](const AuditEntry &entry) {
        const qint64 id = entry.entityId;
        QString name;
        const auto byId = [id](const auto &list) {
            for (const auto &item : list)
                if (item.id == id)
                    return item.name;
            return QString();
        };
        if (entry.entity == Territory::table())
            name = byId(m_model.territories);
        else if (entry.entity == Segment::table())
            name = byId(m_model.segments);
        else if (entry.entity == Industry::table())
            name = byId(m_model.industries);
        else if (entry.entity == Team::table())
            name = m_model.teamName(id);
        else if (entry.entity == Owner::table())
            name = m_model.ownerName(id);
        else if (entry.entity == RoutingRuleSet::table())
            name = byId(m_sets);
        else if (entry.entity == RoutingRule::table())
            name = ruleNames.value(id);
        for (const TeamMember &member : std::as_const(m_model.members))
            if (entry.entity == TeamMember::table() && member.id == id)
                name = tr("%1 in %2").arg(m_model.ownerName(member.ownerId), m_model.teamName(member.teamId));
        for (const OwnerAbsence &absence : std::as_const(m_model.absences))
            if (entry.entity == OwnerAbsence::table() && absence.id == id)
                name = m_model.ownerName(absence.ownerId);
        for (const TerritoryArea &area : std::as_const(m_model.areas))
            if (entry.entity == TerritoryArea::table() && area.id == id)
                name = area.region.isEmpty() ? area.country : area.country + QLatin1Char('/') + area.region;
        if (name.isEmpty()) // removed since: the name it had, from the row the log kept
            name = json::toObject(entry.oldValue.isEmpty() ? entry.newValue : entry.oldValue).value(QStringLiteral("name")).toString();
        const QString label = labels.value(entry.entity, entry.entity);
        return name.isEmpty() ? tr("%1 (removed)").arg(label) : QStringLiteral("%1 %2").arg(label, name);
    };
    m_history->setRowCount(int(entries->size()));
    for (int r = 0; r < entries->size(); ++r) {
        const AuditEntry &e = entries->at(r);
        const QStringList texts { e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor, nameOf(e), e.action, e.field,
            e.oldValue.left(120), e.newValue.left(120) };
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            if (c >= 5)
                item->setToolTip(c == 5 ? e.oldValue : e.newValue);
            m_history->setItem(r, c, item);
        }
    }
}

void RulesPage::updateButtons()
{
    const bool editable = isEditable();
    const int row = selectedRow();
    bool isActive = false;
    for (const RoutingRuleSet &set : std::as_const(m_sets))
        isActive = isActive || (set.id == currentRuleSetId() && set.status == RuleSetStatus::Active);
    m_activate->setEnabled(editable);
    m_deleteSet->setEnabled(!isActive && currentRuleSetId() != 0);
    m_simulate->setEnabled(currentRuleSetId() != 0);
    m_add->setEnabled(editable);
    m_edit->setEnabled(row >= 0);
    m_edit->setText(editable ? tr("Edit…") : tr("View…"));
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_rules->rowCount());
}

void RulesPage::addRule()
{
    RoutingRule rule;
    rule.ruleSetId = currentRuleSetId();
    for (const RoutingRule &r : std::as_const(m_setRules))
        rule.position = std::max(rule.position, r.position);
    ++rule.position;
    if (!m_model.teams.isEmpty())
        rule.assignTeamId = m_model.teams.first().id;
    RuleDialog dialog(m_model, rule, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RoutingRule added = dialog.rule();
    m_wantedSet = rule.ruleSetId;
    auto *command = EntityCommand<RoutingRule>::add(session(), added, tr("Add rule %1").arg(added.name));
    session()->undoStack()->push(command);
    m_wantedRule = command->entityId();
    loadRules();
}

void RulesPage::editRule()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const RoutingRule before = m_rules->row(row).rule;
    RuleDialog dialog(m_model, before, isEditable(), this);
    if (dialog.exec() != QDialog::Accepted || !isEditable())
        return;
    const RoutingRule after = dialog.rule();
    if (after.values() == before.values())
        return;
    m_wantedRule = before.id;
    session()->undoStack()->push(EntityCommand<RoutingRule>::update(session(), before, after, tr("Edit rule %1").arg(after.name)));
}

void RulesPage::removeRule()
{
    const int row = selectedRow();
    if (row < 0 || !isEditable())
        return;
    const RoutingRule rule = m_rules->row(row).rule;
    session()->undoStack()->push(EntityCommand<RoutingRule>::remove(session(), rule, tr("Remove rule %1").arg(rule.name)));
}

void RulesPage::moveRule(int from, int to)
{
    if (!isEditable() || from < 0 || from >= m_setRules.size())
        return;
    QList<RoutingRule> order = m_setRules;
    const RoutingRule moving = order.takeAt(from);
    const int target = to > from ? to - 1 : to;
    order.insert(std::clamp(target, 0, int(order.size())), moving);
    auto *command = new QUndoCommand(tr("Move rule %1").arg(moving.name));
    // Positions become 1..n in the new order; only the rules whose position changes are written.
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position == i + 1)
            continue;
        RoutingRule moved = order.at(i);
        moved.position = i + 1;
        EntityCommand<RoutingRule>::update(session(), order.at(i), moved, command->text(), command);
    }
    if (command->childCount() == 0) {
        delete command;
        return;
    }
    m_wantedRule = moving.id;
    session()->undoStack()->push(command);
}

void RulesPage::toggleRule(int row, bool enabled)
{
    const RoutingRule before = m_rules->row(row).rule;
    RoutingRule after = before;
    after.enabled = enabled;
    m_wantedRule = before.id;
    session()->undoStack()->push(EntityCommand<RoutingRule>::update(session(), before, after,
        enabled ? tr("Enable rule %1").arg(before.name) : tr("Disable rule %1").arg(before.name)));
}

void RulesPage::newDraft()
{
    Workspace *workspace = session()->workspace();
    if (!workspace)
        return;
    auto active = RuleSetStore(*workspace).activeRuleSetId();
    const qint64 source = currentRuleSetId() ? currentRuleSetId() : active.valueOr(0);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New draft"), tr("Name of the draft rule set:"), QLineEdit::Normal,
        tr("Draft %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)), &ok);
    if (!ok)
        return;
    auto *command = new CreateDraftCommand(session(), name, source);
    session()->undoStack()->push(command);
    m_wantedSet = command->ruleSetId();
    reload();
}

void RulesPage::activate()
{
    Workspace *workspace = session()->workspace();
    if (!workspace || !isEditable())
        return;
    CoverageOptions options;
    options.day = QDateTime::fromSecsSinceEpoch(workspace->asOf(), Qt::UTC).date();
    const CoverageAnalysis analysis(m_model, m_setRules, options);
    if (analysis.fallbackTeamId() == 0) {
        QMessageBox::warning(this, tr("Activate"),
            tr("There is no fallback queue, so some leads could stay unassigned. Mark a queue as the fallback on the "
               "Teams and queues tab first."));
        return;
    }
    using Reach = CoverageAnalysis::Reach;
    const qint64 gaps = analysis.count(Reach::FallbackOnly) + analysis.count(Reach::NoOwner);
    if (gaps > 0
        && QMessageBox::question(this, tr("Activate"),
               tr("With these rules %1 of %2 scenarios reach only the fallback queue and %3 reach no owner. Activate them anyway?")
                   .arg(analysis.count(Reach::FallbackOnly))
                   .arg(analysis.scenarioCount())
                   .arg(analysis.count(Reach::NoOwner)))
            != QMessageBox::Yes)
        return;
    RoutingRuleSet draft;
    for (const RoutingRuleSet &set : std::as_const(m_sets))
        if (set.id == currentRuleSetId())
            draft = set;
    auto *command = new QUndoCommand(tr("Activate rule set %1").arg(draft.name));
    // The active set is archived first: at most one set may be active at any moment.
    for (const RoutingRuleSet &set : std::as_const(m_sets))
        if (set.status == RuleSetStatus::Active) {
            RoutingRuleSet archived = set;
            archived.status = RuleSetStatus::Archived;
            EntityCommand<RoutingRuleSet>::update(session(), set, archived, command->text(), command);
        }
    RoutingRuleSet active = draft;
    active.status = RuleSetStatus::Active;
    active.activatedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    EntityCommand<RoutingRuleSet>::update(session(), draft, active, command->text(), command);
    m_wantedSet = draft.id;
    session()->undoStack()->push(command);
}

void RulesPage::deleteSet()
{
    for (const RoutingRuleSet &set : std::as_const(m_sets)) {
        if (set.id != currentRuleSetId() || set.status == RuleSetStatus::Active)
            continue;
        if (QMessageBox::question(this, tr("Delete rule set"),
                tr("Delete %1 and its rules (%2)? Edit ▸ Undo brings them back.").arg(set.name).arg(m_setRules.size()))
            != QMessageBox::Yes)
            return;
        m_wantedSet = 0;
        session()->undoStack()->push(new DeleteRuleSetCommand(session(), set, m_setRules));
        return;
    }
}

void RulesPage::simulate()
{
    SimulationDialog dialog(session(), currentRuleSetId(), this);
    dialog.exec();
}

} // namespace baton
