#include "ownerdialog.h"

#include "colours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace baton {

namespace {

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

OwnerDialog::OwnerDialog(const CoverageModel &model, const Owner &owner, QWidget *parent)
    : QDialog(parent), m_model(model), m_owner(owner)
{
    setWindowTitle(owner.id ? tr("Owner") : tr("New owner"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(owner.name, this);
    m_email = new QLineEdit(owner.email, this);
    m_role = new QComboBox(this);
    m_role->setEditable(true);
    m_role->addItems({ QStringLiteral("SDR"), QStringLiteral("AE"), QStringLiteral("AM"), QStringLiteral("RevOps") });
    m_role->setCurrentText(owner.role);
    m_team = new QComboBox(this);
    m_team->addItem(tr("(no team)"), 0);
    for (const Team &team : model.teams)
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(owner.teamId)));
    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(zone));
    m_zone->setCurrentText(owner.timeZone);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(0, 10000);
    m_capacity->setValue(owner.capacityPerDay);
    m_capacity->setSuffix(tr(" leads a day"));
    m_capacity->setToolTip(tr("Round robin gives this owner no more leads on one day; 0 takes them out of round robin."));
    m_hasFrom = new QCheckBox(tr("from"), this);
    m_hasFrom->setChecked(owner.activeFrom.isValid());
    m_from = dateEdit(owner.activeFrom, this);
    m_hasUntil = new QCheckBox(tr("last working day"), this);
    m_hasUntil->setChecked(owner.activeUntil.isValid());
    m_until = dateEdit(owner.activeUntil, this);
    auto *active = new QHBoxLayout;
    active->addWidget(m_hasFrom);
    active->addWidget(m_from);
    active->addSpacing(12);
    active->addWidget(m_hasUntil);
    active->addWidget(m_until);
    active->addStretch(1);
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    m_from->setEnabled(m_hasFrom->isChecked());
    m_until->setEnabled(m_hasUntil->isChecked());
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Time zone:"), m_zone);
    form->addRow(tr("Capacity:"), m_capacity);
    form->addRow(tr("Active:"), active);
    if (!owner.id) {
        m_rotation = new QCheckBox(tr("Takes round-robin leads in this team (weight 1)"), this);
        m_rotation->setChecked(true);
        form->addRow(QString(), m_rotation);
    }
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Out of office (both days included):"), this));
    m_absences = new QTableWidget(0, 3, this);
    m_absences->setHorizontalHeaderLabels({ tr("From"), tr("To"), tr("Reason") });
    m_absences->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_absences->verticalHeader()->hide();
    m_absences->setAccessibleName(tr("Absences"));
    for (const OwnerAbsence &absence : model.absences)
        if (owner.id && absence.ownerId == owner.id)
            addAbsenceRow(absence);
    layout->addWidget(m_absences, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add absence"), this);
    auto *remove = new QPushButton(tr("Remove absence"), this);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this]() {
        addAbsenceRow(OwnerAbsence { 0, 0, m_owner.id, QDate::currentDate(), QDate::currentDate().addDays(4), {} });
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_absences->currentRow() >= 0)
            m_absences->removeRow(m_absences->currentRow());
    });

    m_problem = new QLabel(this);
    Colours::setTextTone(m_problem, Colours::Tone::Bad);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(600, 620);
}

void OwnerDialog::addAbsenceRow(const OwnerAbsence &absence)
{
    const int row = m_absences->rowCount();
    m_absences->insertRow(row);
    m_absences->setCellWidget(row, 0, dateEdit(absence.startsOn, m_absences));
    m_absences->setCellWidget(row, 1, dateEdit(absence.endsOn, m_absences));
    auto *reason = new QTableWidgetItem(absence.reason);
    reason->setData(Qt::UserRole, absence.id);
    m_absences->setItem(row, 2, reason);
    m_absences->setCurrentCell(row, 2);
}

Owner OwnerDialog::owner() const
{
    Owner owner = m_owner;
    owner.name = m_name->text().trimmed();
    owner.email = m_email->text().trimmed();
    owner.role = m_role->currentText().trimmed();
    owner.teamId = m_team->currentData().toLongLong();
    owner.timeZone = m_zone->currentText().trimmed();
    owner.capacityPerDay = m_capacity->value();
    owner.activeFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    owner.activeUntil = m_hasUntil->isChecked() ? m_until->date() : QDate();
    return owner;
}

QList<OwnerAbsence> OwnerDialog::absences() const
{
    QList<OwnerAbsence> absences;
    for (int row = 0; row < m_absences->rowCount(); ++row) {
        OwnerAbsence absence;
        absence.id = m_absences->item(row, 2)->data(Qt::UserRole).toLongLong();
        absence.ownerId = m_owner.id;
        absence.startsOn = qobject_cast<QDateEdit *>(m_absences->cellWidget(row, 0))->date();
        absence.endsOn = qobject_cast<QDateEdit *>(m_absences->cellWidget(row, 1))->date();
        absence.reason = m_absences->item(row, 2)->text().trimmed();
        absences << absence;
    }
    return absences;
}

bool OwnerDialog::joinTeamRotation() const
{
    return m_rotation && m_rotation->isChecked() && m_team->currentData().toLongLong() != 0;
}

void OwnerDialog::accept()
{
    const Owner o = owner();
    QString problem;
    if (o.name.isEmpty())
        problem = tr("Give the owner a name.");
    else if (o.role.isEmpty())
        problem = tr("Give the owner a role, such as SDR or AE.");
    else if (!QTimeZone(o.timeZone.toUtf8()).isValid())
        problem = tr("\"%1\" is not a time zone this computer knows; pick one from the list (e.g. Europe/Berlin).").arg(o.timeZone);
    else if (o.activeFrom.isValid() && o.activeUntil.isValid() && o.activeFrom > o.activeUntil)
        problem = tr("The last working day is before the first.");
    for (const OwnerAbsence &absence : absences())
        if (absence.startsOn > absence.endsOn)
            problem = tr("An absence ends before it starts.");
    for (const Owner &other : m_model.owners)
        if (other.id != o.id && !o.email.isEmpty() && other.email.compare(o.email, Qt::CaseInsensitive) == 0)
            problem = tr("%1 already has this email address.").arg(other.name);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace baton
