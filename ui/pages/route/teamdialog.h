#pragma once

// Edits a team or queue: name, kind, manager, whether it is the fallback queue, and its members with
// their round-robin weights (a member with weight 2 gets twice the leads of one with weight 1).

#include "route/coveragemodel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace baton {

class TeamDialog final : public QDialog
{
    Q_OBJECT
public:
    TeamDialog(const CoverageModel &model, const Team &team, QWidget *parent = nullptr);

    Team team() const;
    // owner id -> weight
    QList<std::pair<qint64, int>> members() const;

    void accept() override;

private:
    void addMemberRow(qint64 ownerId, int weight);

    const CoverageModel &m_model;
    Team m_team;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_manager;
    QCheckBox *m_fallback;
    QTableWidget *m_members;
    QLabel *m_problem;
};

} // namespace baton
