#pragma once

// Edits one routing rule: its name, whether it is enabled, its conditions (a missing condition matches
// every lead) and its assignment.

#include "route/coveragemodel.h"
#include "route/routingrules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace baton {

class RuleDialog final : public QDialog
{
    Q_OBJECT
public:
    RuleDialog(const CoverageModel &model, const RoutingRule &rule, bool editable, QWidget *parent = nullptr);

    RoutingRule rule() const;

    void accept() override;

private:
    QListWidget *checkList(const QList<std::pair<QVariant, QString>> &items, const QList<QVariant> &checked);
    static QList<QVariant> checkedValues(const QListWidget *list);
    void updateAssignment();

    const CoverageModel &m_model;
    RoutingRule m_rule;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QListWidget *m_signals;
    QListWidget *m_tiers;
    QListWidget *m_territories;
    QListWidget *m_segments;
    QListWidget *m_industries;
    QLineEdit *m_sources;
    QComboBox *m_accountOwned;
    QComboBox *m_kind;
    QComboBox *m_team;
    QComboBox *m_owner;
    QLabel *m_problem;
};

} // namespace baton
