#include "keptasidemodel.h"

namespace baton {

KeptAsideModel::KeptAsideModel(QObject *parent) : QAbstractTableModel(parent) { }

void KeptAsideModel::setRows(QList<KeptAsideRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int KeptAsideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeptAsideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeptAsideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const KeptAsideRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return row.line; // an int, so that sorting is numeric
        case ReasonColumn:
            return row.reason;
        case RecordColumn: {
            // A quoted field may hold line breaks; the table shows the record on one line.
            QString text = row.raw;
            text.replace(QStringLiteral("\r\n"), QStringLiteral(" ⏎ ")).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            return text;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RecordColumn)
            return row.raw;
        if (index.column() == ReasonColumn)
            return row.reason;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant KeptAsideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Reason");
    case RecordColumn:
        return tr("Record as written in the file");
    }
    return {};
}

} // namespace baton
