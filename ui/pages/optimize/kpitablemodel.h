#pragma once

// The KPIs of a report, one row per group plus a total row: the table under every KPI breakdown.

#include "optimize/kpireport.h"

#include <QAbstractTableModel>

namespace baton {

class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Group,
        Handoffs,
        Accepted,
        Rejected,
        AcceptanceRate,
        Opportunities,
        ConversionRate,
        Won,
        WinRate,
        MedianDaysToOpportunity,
        P90DaysToOpportunity,
        MedianDaysToWon,
        PipelinePerHandoff,
        WonPerHandoff,
        SlaCompliance,
        MedianMinutesToFirstTouch,
        P90MinutesToFirstTouch,
        RejectedWithoutReason,
        Unassigned,
        UntouchedPastSla,
        ColumnCount
    };

    explicit KpiTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) { }

    void setReport(const KpiReport &report);
    const KpiReport &report() const { return m_report; }
    // The group of a row (the total for the last row).
    const KpiGroup &group(int row) const;
    bool isTotal(int row) const { return row == m_report.groups.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The definition key (KpiDefinitions) of a column, for tooltips.
    static QString definitionKey(int column);

private:
    KpiReport m_report;
};

} // namespace baton
