#include "rulelistmodel.h"

#include "colours.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QMimeData>

namespace baton {

namespace {

const char *MimeType = "application/x-baton-rule-row";

} // namespace

RuleListModel::RuleListModel(QObject *parent) : QAbstractTableModel(parent) { }

void RuleListModel::setRows(const QList<Row> &rows, bool editable)
{
    beginResetModel();
    m_rows = rows;
    m_editable = editable;
    endResetModel();
}

int RuleListModel::rowOf(qint64 ruleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).rule.id == ruleId)
            return i;
    return -1;
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Order:
            return index.row() + 1;
        case Name:
            return row.rule.name;
        case Conditions:
            return row.conditions;
        case Assignment:
            return row.assignment;
        case Coverage:
            return row.coverage;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Conditions)
            return row.conditions;
        if (index.column() == Coverage)
            return row.coverage;
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return row.rule.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole: {
        // Asked at paint time, so the application's palette of the moment (a model has no widget).
        const QPalette palette = QGuiApplication::palette();
        if (!row.rule.enabled)
            return QBrush(palette.color(QPalette::Disabled, QPalette::Text));
        if (index.column() == Coverage && row.health == Health::Problem)
            return QBrush(Colours::text(Colours::Tone::Bad, palette));
        if (index.column() == Coverage && row.health == Health::Warning)
            return QBrush(Colours::text(Colours::Tone::Caution, palette));
        return {};
    }
    case Qt::TextAlignmentRole:
        return index.column() == Order ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    return {};
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::CheckStateRole || index.column() != Name)
        return false;
    emit enabledToggled(index.row(), value.toInt() == Qt::Checked);
    return true;
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("#");
    case Name:
        return tr("Rule (enabled)");
    case Conditions:
        return tr("When");
    case Assignment:
        return tr("Assign to");
    case Coverage:
        return tr("Coverage");
    }
    return {};
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_editable)
        return flags;
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled;
    flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

Qt::DropActions RuleListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RuleListModel::mimeTypes() const
{
    return { QString::fromLatin1(MimeType) };
}

QMimeData *RuleListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), QByteArray::number(indexes.first().row()));
    return data;
}

bool RuleListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!m_editable || action != Qt::MoveAction || !data->hasFormat(QString::fromLatin1(MimeType)))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(MimeType)).toInt(&ok);
    if (!ok || from < 0 || from >= m_rows.size())
        return false;
    int to = row;
    if (to < 0)
        to = parent.isValid() ? parent.row() : int(m_rows.size());
    if (to != from && to != from + 1)
        emit moveRequested(from, to);
    // The page reorders through the undo stack and reloads; the view must not remove the dragged row.
    return false;
}

} // namespace baton
