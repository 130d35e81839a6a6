#pragma once

// Instrument/import: the rows one import kept aside (line, reason, the record as written), for a sortable,
// filterable table on the Import page. Lines sort as numbers.

#include "instrument/import/importhistory.h"

#include <QAbstractTableModel>

namespace baton {

class KeptAsideModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, ReasonColumn, RecordColumn, ColumnCount };

    explicit KeptAsideModel(QObject *parent = nullptr);

    void setRows(QList<KeptAsideRow> rows);
    const QList<KeptAsideRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KeptAsideRow> m_rows;
};

} // namespace baton
