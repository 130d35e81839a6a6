#include "stagemappage.h"

#include "colours.h"
#include "core/workspace.h"
#include "emptystate.h"
#include "entitycommand.h"
#include "instrument/handofffields.h"
#include "stagemapdiagram.h"
#include "widgets.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace baton {

namespace {

QString kindLabel(const QString &kind)
{
    return kind == QStringLiteral("side") ? StageMapPage::tr("Side stage") : StageMapPage::tr("Funnel");
}

QStringList checked(const QListWidget *list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            values << list->item(i)->data(Qt::UserRole).toString();
    return values;
}

} // namespace

StageMapPage::StageMapPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open a workspace to map the lifecycle stages a lead goes through, from subscriber to customer."), this));
    m_stack->addWidget(buildContent());
    layout->addWidget(m_stack);
}

QWidget *StageMapPage::buildContent()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *vertical = new QSplitter(Qt::Vertical, content);

    auto *top = new QWidget(vertical);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_diagram = new StageMapDiagram(top);
    m_diagram->setObjectName(QStringLiteral("StageMapDiagram"));
    topLayout->addWidget(m_diagram, 1);
    m_warnings = new QListWidget(top);
    m_warnings->setObjectName(QStringLiteral("StageMapWarnings"));
    m_warnings->setAccessibleName(tr("Stage map warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setToolTip(tr("A stage cannot be reached when no allowed transition leads to it from the first funnel "
                              "stage. A stage cannot be left when it has no allowed next stage and is not an end "
                              "state; end states have the workflow action None and are side stages or the last "
                              "funnel stage (Customer, Disqualified). A transition leads nowhere when a stage it names "
                              "does not exist or it returns to the same stage."));
    topLayout->addWidget(m_warnings);
    vertical->addWidget(top);

    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    auto *listPanel = new QWidget(bottom);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 4, listPanel);
    m_table->verticalHeader()->hide();
    m_table->setObjectName(QStringLiteral("StageTable"));
    m_table->setHorizontalHeaderLabels({ tr("Stage"), tr("Kind"), tr("Workflow action"), tr("Allowed next stages") });
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Every column as wide as its contents and its header; a narrow window scrolls rather than cuts them.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Lifecycle stages in order"));
    listLayout->addWidget(m_table, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add stage"), listPanel);
    m_remove = new QPushButton(tr("Remove"), listPanel);
    m_up = new QPushButton(tr("Move up"), listPanel);
    m_down = new QPushButton(tr("Move down"), listPanel);
    for (QPushButton *button : { add, m_remove, m_up, m_down })
        listButtons->addWidget(button);
    listButtons->addStretch(1);
    listLayout->addLayout(listButtons);
    bottom->addWidget(listPanel);

    auto *form = new QGroupBox(bottom);
    auto *formLayout = new QVBoxLayout(form);
    m_formTitle = makeHeading(QString(), form, 1.1);
    formLayout->addWidget(m_formTitle);
    auto *fields = new QFormLayout;
    m_name = new QLineEdit(form);
    m_kind = new QComboBox(form);
    m_kind->addItem(kindLabel(QStringLiteral("funnel")), QStringLiteral("funnel"));
    m_kind->addItem(kindLabel(QStringLiteral("side")), QStringLiteral("side"));
    m_kind->setToolTip(tr("Funnel stages form the main line in order; side stages (Nurture, Disqualified) sit beside it."));
    m_action = new QComboBox(form);
    for (const QString &action : WorkflowAction::all())
        m_action->addItem(StageMap::actionLabel(action), action);
    m_action->setToolTip(tr("What happens when a lead enters the stage. None marks an end state when the stage is a "
                            "side stage or the last funnel stage."));
    m_exit = new QPlainTextEdit(form);
    m_exit->setPlaceholderText(tr("When does a lead leave this stage?"));
    m_exit->setFixedHeight(m_exit->fontMetrics().height() * 3 + 14);
    auto *lists = new QHBoxLayout;
    auto *requiredBox = new QVBoxLayout;
    requiredBox->addWidget(new QLabel(tr("Required fields and timestamps"), form));
    m_required = new QListWidget(form);
    m_required->setToolTip(tr("What a handoff must carry once it has reached this stage (the data standard)."));
    requiredBox->addWidget(m_required);
    auto *nextBox = new QVBoxLayout;
    nextBox->addWidget(new QLabel(tr("Allowed next stages"), form));
    m_next = new QListWidget(form);
    m_next->setObjectName(QStringLiteral("NextStages"));
    nextBox->addWidget(m_next);
    lists->addLayout(requiredBox);
    lists->addLayout(nextBox);
    fields->addRow(tr("Name"), m_name);
    fields->addRow(tr("Kind"), m_kind);
    fields->addRow(tr("Workflow action"), m_action);
    fields->addRow(tr("Exit criteria"), m_exit);
    formLayout->addLayout(fields);
    formLayout->addLayout(lists, 1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    m_revert = new QPushButton(tr("Revert"), form);
    m_apply = new QPushButton(tr("Apply"), form);
    m_apply->setObjectName(QStringLiteral("ApplyStage"));
    m_apply->setDefault(true);
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_apply);
    formLayout->addLayout(formButtons);
    bottom->addWidget(form);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 5);
    vertical->setStretchFactor(1, 5);
    vertical->setSizes({ 340, 380 });
    bottom->setSizes({ 500, 500 });
    layout->addWidget(vertical);

    connect(m_diagram, &StageMapDiagram::stageClicked, this, &StageMapPage::selectStage);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_filling || row < 0 || row >= m_map.stages().size())
            return;
        selectStage(m_map.stages().at(row).id);
    });
    connect(m_warnings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 stage = item->data(Qt::UserRole).toLongLong())
            selectStage(stage);
    });
    connect(m_name, &QLineEdit::textChanged, this, &StageMapPage::updateDirty);
    connect(m_exit, &QPlainTextEdit::textChanged, this, &StageMapPage::updateDirty);
    for (QComboBox *combo : { m_kind, m_action })
        connect(combo, &QComboBox::currentIndexChanged, this, &StageMapPage::updateDirty);
    for (QListWidget *list : { m_required, m_next })
        connect(list, &QListWidget::itemChanged, this, &StageMapPage::updateDirty);
    connect(m_apply, &QPushButton::clicked, this, &StageMapPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &StageMapPage::fillForm);
    connect(add, &QPushButton::clicked, this, &StageMapPage::addStage);
    connect(m_remove, &QPushButton::clicked, this, &StageMapPage::removeStage);
    connect(m_up, &QPushButton::clicked, this, [this]() { moveStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { moveStage(1); });
    return content;
}

const LifecycleStage *StageMapPage::selected() const
{
    return m_map.stage(m_selected);
}

void StageMapPage::selectStage(qint64 stageId)
{
    m_selected = stageId;
    m_diagram->setSelectedStage(stageId);
    m_filling = true;
    for (int row = 0; row < m_map.stages().size(); ++row)
        if (m_map.stages().at(row).id == stageId)
            m_table->selectRow(row);
    m_filling = false;
    fillForm();
}

void StageMapPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    auto map = StageMap::load(*workspace);
    auto requirements = Repository<StageRequirement>(*workspace).list();
    if (!map || !requirements) {
        emit session()->errorReported(map ? requirements.errorMessage() : map.errorMessage());
        return;
    }
    m_map = *map;
    m_requirements = *requirements;
    m_diagram->setMap(m_map);

    m_warnings->clear();
    const QList<StageWarning> warnings = m_map.warnings();
    for (const StageWarning &warning : warnings) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠  ") + warning.message, m_warnings);
        item->setData(Qt::UserRole, warning.stageId);
        item->setForeground(Colours::text(Colours::Tone::Bad, m_warnings->palette()));
    }
    // As tall as its lines (at most four), so the diagram keeps the room.
    const int lines = std::clamp(int(warnings.size()), 1, 4);
    m_warnings->setFixedHeight(lines * (m_warnings->fontMetrics().height() + 6) + 8);
    if (warnings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("✓  No warnings: every stage can be reached from %1, every stage that is not "
                                            "an end state has a way out, and every transition leads to a stage.")
                                             .arg(m_map.stageName(m_map.entryStageId())),
            m_warnings);
        item->setForeground(Colours::text(Colours::Tone::Good, m_warnings->palette()));
    }

    m_filling = true;
    m_table->setRowCount(int(m_map.stages().size()));
    for (int row = 0; row < m_map.stages().size(); ++row) {
        const LifecycleStage &stage = m_map.stages().at(row);
        QStringList next;
        for (qint64 id : m_map.nextStages(stage.id))
            next << m_map.stageName(id);
        const QString action = m_map.isEndState(stage.id) ? tr("None (end state)") : StageMap::actionLabel(stage.workflowAction);
        const QStringList cells = { stage.name, kindLabel(stage.kind), action,
            next.isEmpty() ? QStringLiteral("—") : next.join(QStringLiteral(", ")) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(stage.exitCriteria.isEmpty() ? cells.at(column) : tr("Exit: %1").arg(stage.exitCriteria));
            m_table->setItem(row, column, item);
        }
        bool warned = false;
        for (const StageWarning &warning : warnings)
            warned = warned || warning.stageId == stage.id;
        if (warned)
            m_table->item(row, 0)->setForeground(Colours::text(Colours::Tone::Bad, m_table->palette()));
    }
    m_filling = false;
    if (!m_map.stage(m_selected))
        m_selected = m_map.stages().isEmpty() ? 0 : m_map.stages().first().id;
    selectStage(m_selected);
}

void StageMapPage::fillForm()
{
    m_filling = true;
    const LifecycleStage *stage = selected();
    m_formTitle->setText(stage ? stage->name : tr("No stage selected"));
    m_name->setText(stage ? stage->name : QString());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(stage ? stage->kind : QStringLiteral("funnel"))));
    m_action->setCurrentIndex(std::max(0, m_action->findData(stage ? stage->workflowAction : WorkflowAction::None)));
    m_exit->setPlainText(stage ? stage->exitCriteria : QString());

    QStringList required;
    for (const StageRequirement &requirement : std::as_const(m_requirements))
        if (stage && requirement.stageId == stage->id)
            required << requirement.field;
    m_required->clear();
    QStringList names;
    for (const HandoffFields::FieldInfo &info : HandoffFields::standardFields())
        names << QString::fromLatin1(info.name);
    for (const QString &field : std::as_const(required))
        if (!names.contains(field))
            names << field;
    // What the stage requires first, then the rest in catalogue order.
    std::stable_partition(names.begin(), names.end(), [&required](const QString &field) { return required.contains(field); });
    for (const QString &field : std::as_const(names)) {
        auto *item = new QListWidgetItem(HandoffFields::isTimestamp(field) ? tr("%1 (time)").arg(HandoffFields::label(field))
                                                                            : HandoffFields::label(field),
            m_required);
        item->setData(Qt::UserRole, field);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(required.contains(field) ? Qt::Checked : Qt::Unchecked);
    }
    m_next->clear();
    const QList<qint64> next = stage ? m_map.nextStages(stage->id) : QList<qint64>();
    for (const LifecycleStage &other : m_map.stages()) {
        if (stage && other.id == stage->id)
            continue;
        auto *item = new QListWidgetItem(other.name, m_next);
        item->setData(Qt::UserRole, other.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(next.contains(other.id) ? Qt::Checked : Qt::Unchecked);
    }
    const int row = stage ? int(std::find_if(m_map.stages().begin(), m_map.stages().end(),
                                    [stage](const LifecycleStage &s) { return s.id == stage->id; })
                                - m_map.stages().begin())
                          : -1;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_name, m_kind, m_action, m_exit, m_required, m_next, m_remove })
        widget->setEnabled(stage != nullptr);
    m_up->setEnabled(stage && row > 0);
    m_down->setEnabled(stage && row >= 0 && row < m_map.stages().size() - 1);
    m_filling = false;
    updateDirty();
}

void StageMapPage::updateDirty()
{
    if (m_filling)
        return;
    const LifecycleStage *stage = selected();
    bool dirty = false;
    if (stage) {
        QStringList required;
        for (const StageRequirement &requirement : std::as_const(m_requirements))
            if (requirement.stageId == stage->id)
                required << requirement.field;
        QStringList nowRequired = checked(m_required);
        QList<qint64> next;
        for (const QString &id : checked(m_next))
            next << id.toLongLong();
        QList<qint64> before = m_map.nextStages(stage->id);
        std::sort(next.begin(), next.end());
        std::sort(before.begin(), before.end());
        std::sort(required.begin(), required.end());
        std::sort(nowRequired.begin(), nowRequired.end());
        dirty = m_name->text().trimmed() != stage->name || m_kind->currentData().toString() != stage->kind
            || m_action->currentData().toString() != stage->workflowAction
            || m_exit->toPlainText().trimmed() != stage->exitCriteria || nowRequired != required || next != before;
    }
    m_apply->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

void StageMapPage::apply()
{
    if (!selected())
        return;
    // Copies: every push may reload the page underneath.
    const LifecycleStage current = *selected();
    const LifecycleStage *stage = &current;
    const QList<StageRequirement> requirements = m_requirements;
    const QList<StageTransition> transitions = m_map.transitions();
    const QList<qint64> before = m_map.nextStages(stage->id);
    if (m_name->text().trimmed().isEmpty()) {
        emit session()->errorReported(tr("A stage needs a name."));
        return;
    }
    QUndoStack *stack = session()->undoStack();
    stack->beginMacro(tr("Edit the stage %1").arg(stage->name));
    LifecycleStage after = *stage;
    after.name = m_name->text().trimmed();
    after.kind = m_kind->currentData().toString();
    after.workflowAction = m_action->currentData().toString();
    after.exitCriteria = m_exit->toPlainText().trimmed();
    if (after.values() != stage->values())
        stack->push(EntityCommand<LifecycleStage>::update(session(), *stage, after, tr("Edit the stage %1").arg(after.name)));

    const QStringList required = checked(m_required);
    for (const StageRequirement &requirement : requirements)
        if (requirement.stageId == stage->id && !required.contains(requirement.field))
            stack->push(EntityCommand<StageRequirement>::remove(session(), requirement, tr("Drop a stage requirement")));
    for (const QString &field : required) {
        const bool exists = std::any_of(requirements.begin(), requirements.end(),
            [&](const StageRequirement &r) { return r.stageId == stage->id && r.field == field; });
        if (!exists)
            stack->push(EntityCommand<StageRequirement>::add(session(),
                StageRequirement { 0, 0, stage->id, field,
                    HandoffFields::isTimestamp(field) ? QStringLiteral("timestamp") : QStringLiteral("field") },
                tr("Require a field")));
    }

    QList<qint64> next;
    for (const QString &id : checked(m_next))
        next << id.toLongLong();
    for (const StageTransition &transition : transitions)
        if (transition.fromStageId == stage->id && !next.contains(transition.toStageId))
            stack->push(EntityCommand<StageTransition>::remove(session(), transition, tr("Remove a transition")));
    for (qint64 target : std::as_const(next))
        if (!before.contains(target))
            stack->push(EntityCommand<StageTransition>::add(session(), StageTransition { 0, 0, stage->id, target },
                tr("Allow a transition")));
    stack->endMacro();
}

void StageMapPage::addStage()
{
    int position = 0;
    for (const LifecycleStage &stage : m_map.stages())
        position = std::max(position, stage.position);
    QString name = tr("New stage");
    for (int n = 2; std::any_of(m_map.stages().begin(), m_map.stages().end(),
             [&name](const LifecycleStage &s) { return s.name == name; });
         ++n)
        name = tr("New stage %1").arg(n);
    auto *command = EntityCommand<LifecycleStage>::add(session(),
        LifecycleStage { 0, 0, name, position + 1, QStringLiteral("side"), WorkflowAction::TaskCreation, {} },
        tr("Add a stage"));
    session()->undoStack()->push(command);
    selectStage(command->entityId());
}

void StageMapPage::removeStage()
{
    const LifecycleStage *stage = selected();
    Workspace *workspace = session()->workspace();
    if (!stage || !workspace)
        return;
    auto used = StageMap::handoffsUsing(*workspace, stage->id);
    if (!used) {
        emit session()->errorReported(used.errorMessage());
        return;
    }
    if (*used > 0) {
        emit session()->errorReported(tr("%1 cannot be removed: %2 handoffs are in it or passed through it. Rename it, "
                                         "or take it out of the flow by removing its transitions.")
                                          .arg(stage->name, QLocale().toString(*used)));
        return;
    }
    const LifecycleStage removed = *stage;
    const QList<StageTransition> transitions = m_map.transitions();
    const QList<StageRequirement> requirements = m_requirements;
    QUndoStack *stack = session()->undoStack();
    // Its transitions and requirements go first, each audited (the database's cascade would not be).
    stack->beginMacro(tr("Remove the stage %1").arg(removed.name));
    for (const StageTransition &transition : transitions)
        if (transition.fromStageId == removed.id || transition.toStageId == removed.id)
            stack->push(EntityCommand<StageTransition>::remove(session(), transition, tr("Remove a transition")));
    for (const StageRequirement &requirement : requirements)
        if (requirement.stageId == removed.id)
            stack->push(EntityCommand<StageRequirement>::remove(session(), requirement, tr("Drop a stage requirement")));
    stack->push(EntityCommand<LifecycleStage>::remove(session(), removed, tr("Remove the stage %1").arg(removed.name)));
    stack->endMacro();
}

void StageMapPage::moveStage(int delta)
{
    const QList<LifecycleStage> &stages = m_map.stages();
    const auto it = std::find_if(stages.begin(), stages.end(), [this](const LifecycleStage &s) { return s.id == m_selected; });
    if (it == stages.end())
        return;
    const qsizetype row = it - stages.begin();
    const qsizetype other = row + delta;
    if (other < 0 || other >= stages.size())
        return;
    const LifecycleStage a = stages.at(row);
    const LifecycleStage b = stages.at(other);
    LifecycleStage movedA = a;
    LifecycleStage movedB = b;
    std::swap(movedA.position, movedB.position);
    if (movedA.position == movedB.position)
        movedA.position += delta;
    QUndoStack *stack = session()->undoStack();
    stack->beginMacro(tr("Move the stage %1").arg(a.name));
    stack->push(EntityCommand<LifecycleStage>::update(session(), a, movedA, tr("Move the stage %1").arg(a.name)));
    stack->push(EntityCommand<LifecycleStage>::update(session(), b, movedB, tr("Move the stage %1").arg(b.name)));
    stack->endMacro();
}

} // namespace baton
