#include "identityrulestab.h"

#include "core/workspace.h"
#include "entitycommand.h"
#include "instrument/handofffields.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace baton {

namespace {

enum Column { OrderColumn, NameColumn, FieldsColumn, EnabledColumn };

} // namespace

IdentityRulesTab::IdentityRulesTab(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which fields make two records the same lead. A rule applies when all its fields have "
                                "a value; values are compared without case and surrounding spaces. The first record is "
                                "the original; a later one with the same values under any enabled rule is a duplicate "
                                "(recycled leads that come back on purpose are not). Fields are handoff fields such as "
                                "email, contact_name, company, or context fields such as phone."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("IdentityRules"));
    m_table->setHorizontalHeaderLabels({ tr("Order"), tr("Rule"), tr("Fields (comma-separated)"), tr("Enabled") });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(OrderColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    for (QPushButton *button : { add, m_remove, m_up, m_down })
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Saved after the signal is handled: saving reloads the table the signal comes from.
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!m_filling)
            QMetaObject::invokeMethod(this, [this, row, column]() { edited(row, column); }, Qt::QueuedConnection);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        const int row = currentRow();
        m_remove->setEnabled(row >= 0);
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row < m_rules.size() - 1);
    });
    connect(add, &QPushButton::clicked, this, [this]() {
        int position = 0;
        for (const IdentityRule &rule : std::as_const(m_rules))
            position = std::max(position, rule.position);
        const IdentityRule rule { 0, 0, tr("Same phone number"), { QStringLiteral("phone") }, position + 1, true };
        m_session->undoStack()->push(EntityCommand<IdentityRule>::add(m_session, rule, tr("Add an identity rule")));
    });
    connect(m_remove, &QPushButton::clicked, this, [this]() {
        const int row = currentRow();
        if (row < 0)
            return;
        const IdentityRule rule = m_rules.at(row);
        m_session->undoStack()->push(
            EntityCommand<IdentityRule>::remove(m_session, rule, tr("Remove the identity rule %1").arg(rule.name)));
    });
    connect(m_up, &QPushButton::clicked, this, [this]() { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { move(1); });
}

int IdentityRulesTab::currentRow() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void IdentityRulesTab::reload(Workspace &workspace)
{
    auto rules = Repository<IdentityRule>(workspace).list();
    if (!rules) {
        emit m_session->errorReported(rules.errorMessage());
        return;
    }
    const int selected = currentRow();
    m_rules = *rules;
    m_filling = true;
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const IdentityRule &rule = m_rules.at(row);
        auto *order = new QTableWidgetItem(QString::number(row + 1));
        order->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        order->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, OrderColumn, order);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
        auto *fields = new QTableWidgetItem(rule.fields.join(QStringLiteral(", ")));
        QStringList labels;
        for (const QString &field : rule.fields)
            labels << HandoffFields::label(field);
        fields->setToolTip(tr("Same %1").arg(labels.join(QStringLiteral(" + "))));
        m_table->setItem(row, FieldsColumn, fields);
        auto *enabled = new QTableWidgetItem(rule.enabled ? tr("on") : tr("off"));
        enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        enabled->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, EnabledColumn, enabled);
    }
    m_filling = false;
    if (selected >= 0 && selected < m_rules.size())
        m_table->selectRow(selected);
    emit m_table->itemSelectionChanged();
}

void IdentityRulesTab::edited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_rules.size())
        return;
    const IdentityRule before = m_rules.at(row);
    IdentityRule after = before;
    if (column == NameColumn)
        after.name = m_table->item(row, column)->text().trimmed();
    else if (column == FieldsColumn) {
        after.fields.clear();
        for (const QString &field : m_table->item(row, column)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!field.trimmed().isEmpty())
                after.fields << field.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    } else if (column == EnabledColumn)
        after.enabled = m_table->item(row, column)->checkState() == Qt::Checked;
    if (after.name.isEmpty() || after.fields.isEmpty()) {
        emit m_session->errorReported(tr("An identity rule needs a name and at least one field."));
        if (Workspace *workspace = m_session->workspace())
            reload(*workspace);
        return;
    }
    if (after.values() != before.values())
        m_session->undoStack()->push(
            EntityCommand<IdentityRule>::update(m_session, before, after, tr("Edit the identity rule %1").arg(after.name)));
}

void IdentityRulesTab::move(int delta)
{
    const int row = currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_rules.size())
        return;
    const IdentityRule a = m_rules.at(row);
    const IdentityRule b = m_rules.at(other);
    IdentityRule movedA = a;
    IdentityRule movedB = b;
    std::swap(movedA.position, movedB.position);
    if (movedA.position == movedB.position)
        movedA.position += delta;
    QUndoStack *stack = m_session->undoStack();
    stack->beginMacro(tr("Re-order the identity rules"));
    stack->push(EntityCommand<IdentityRule>::update(m_session, a, movedA, tr("Move %1").arg(a.name)));
    stack->push(EntityCommand<IdentityRule>::update(m_session, b, movedB, tr("Move %1").arg(b.name)));
    stack->endMacro();
    m_table->selectRow(other);
}

} // namespace baton
