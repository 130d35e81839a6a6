#pragma once

// Edits an owner: name, contact, role, home team, time zone, capacity per day, active dates (the first
// and the last working day) and absences (out of office, both days included).

#include "route/coveragemodel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace baton {

class OwnerDialog final : public QDialog
{
    Q_OBJECT
public:
    OwnerDialog(const CoverageModel &model, const Owner &owner, QWidget *parent = nullptr);

    Owner owner() const;
    QList<OwnerAbsence> absences() const; // ids kept for existing ones
    // For a new owner: also put them in their team's rotation.
    bool joinTeamRotation() const;

    void accept() override;

private:
    void addAbsenceRow(const OwnerAbsence &absence);

    const CoverageModel &m_model;
    Owner m_owner;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_role;
    QComboBox *m_team;
    QComboBox *m_zone;
    QSpinBox *m_capacity;
    QCheckBox *m_hasFrom;
    QDateEdit *m_from;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QCheckBox *m_rotation = nullptr;
    QTableWidget *m_absences;
    QLabel *m_problem;
};

} // namespace baton
