#pragma once

// The rules of one rule set as a table: order, enabled, name, conditions, assignment and what coverage
// analysis says about the rule. Rows can be dragged to a new place; the model only reports the wish
// (moveRequested), the page turns it into an undoable reorder and reloads.

#include "route/routingrules.h"

#include <QAbstractTableModel>

namespace baton {

class RuleListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Name, Conditions, Assignment, Coverage, ColumnCount };
    enum class Health { Fires, Warning, Problem };
    struct Row
    {
        RoutingRule rule;
        QString conditions;
        QString assignment;
        QString coverage;
        Health health = Health::Fires;
    };

    explicit RuleListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows, bool editable);
    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(qint64 ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

signals:
    // The rule in row `from` should come before the rule now in row `to` (to == rowCount(): last).
    void moveRequested(int from, int to);
    void enabledToggled(int row, bool enabled);

private:
    QList<Row> m_rows;
    bool m_editable = false;
};

} // namespace baton
