#include "teamdialog.h"

#include "colours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton {

TeamDialog::TeamDialog(const CoverageModel &model, const Team &team, QWidget *parent)
    : QDialog(parent), m_model(model), m_team(team)
{
    setWindowTitle(team.id ? tr("Team or queue") : tr("New team or queue"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(team.name, this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Team"), QStringLiteral("team"));
    m_kind->addItem(tr("Queue"), QStringLiteral("queue"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(team.kind)));
    m_manager = new QLineEdit(team.managerName, this);
    m_fallback = new QCheckBox(tr("The fallback queue: it takes every lead that no rule assigns"), this);
    m_fallback->setChecked(team.isFallback);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Manager:"), m_manager);
    form->addRow(QString(), m_fallback);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Members take turns by weight (weight 0: never in the rotation):"), this));
    m_members = new QTableWidget(0, 2, this);
    m_members->setHorizontalHeaderLabels({ tr("Owner"), tr("Weight") });
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setAccessibleName(tr("Members"));
    for (const TeamMember &member : model.members)
        if (team.id && member.teamId == team.id)
            addMemberRow(member.ownerId, member.weight);
    layout->addWidget(m_members, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add member"), this);
    auto *remove = new QPushButton(tr("Remove member"), this);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this]() { addMemberRow(m_model.owners.isEmpty() ? 0 : m_model.owners.first().id, 1); });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_members->currentRow() >= 0)
            m_members->removeRow(m_members->currentRow());
    });
    add->setEnabled(!model.owners.isEmpty());

    m_problem = new QLabel(this);
    Colours::setTextTone(m_problem, Colours::Tone::Bad);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 480);
}

void TeamDialog::addMemberRow(qint64 ownerId, int weight)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    auto *owner = new QComboBox(m_members);
    for (const Owner &o : m_model.owners)
        owner->addItem(o.name, o.id);
    owner->setCurrentIndex(std::max(0, owner->findData(ownerId)));
    auto *spin = new QSpinBox(m_members);
    spin->setRange(0, 100);
    spin->setValue(weight);
    m_members->setCellWidget(row, 0, owner);
    m_members->setCellWidget(row, 1, spin);
    m_members->setCurrentCell(row, 0);
}

Team TeamDialog::team() const
{
    Team team = m_team;
    team.name = m_name->text().trimmed();
    team.kind = m_kind->currentData().toString();
    team.managerName = m_manager->text().trimmed();
    team.isFallback = m_fallback->isChecked();
    return team;
}

QList<std::pair<qint64, int>> TeamDialog::members() const
{
    QList<std::pair<qint64, int>> members;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const auto *owner = qobject_cast<QComboBox *>(m_members->cellWidget(row, 0));
        const auto *weight = qobject_cast<QSpinBox *>(m_members->cellWidget(row, 1));
        members.append({ owner->currentData().toLongLong(), weight->value() });
    }
    return members;
}

void TeamDialog::accept()
{
    QString problem;
    if (team().name.isEmpty())
        problem = tr("Give the team or queue a name.");
    QSet<qint64> seen;
    for (const auto &[owner, weight] : members()) {
        if (seen.contains(owner))
            problem = tr("%1 is listed twice; give them one row with the weight they should have.").arg(m_model.ownerName(owner));
        seen.insert(owner);
    }
    if (m_team.isFallback && !m_fallback->isChecked())
        problem = tr("There must always be a fallback queue: make another queue the fallback instead.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace baton
