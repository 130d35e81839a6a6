#pragma once

// Table models of the SLA compliance page: compliance per group for a week, and the open breaches with
// their escalation steps. Both sort on the raw numbers (SortRole) and explain their columns in the
// header tooltips (SlaDefinitions).

#include "enforce/slabreaches.h"
#include "enforce/slareport.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace baton {

// "40 min", "6 h 05 min": business minutes as people read them.
QString formatBusinessMinutes(std::optional<double> minutes);
QString formatRate(std::optional<double> rate);

class SlaComplianceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Group,
        Handoffs,
        Decided,
        Met,
        Missed,
        Breaching,
        Compliance,
        MedianFirstTouch,
        P90FirstTouch,
        MedianRoutingDelay,
        MedianResponse,
        UnderSla,
        Pending,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int GroupIdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;
    void setGroups(const QList<SlaGroupStats> &groups, const QString &groupTitle);
    const QList<SlaGroupStats> &groups() const { return m_groups; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SlaGroupStats> m_groups;
    QString m_groupTitle;
};

class SlaBreachModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Lead,
        Signal,
        Owner,
        Team,
        ElapsedPercent,
        Step,
        Action,
        HandedOff,
        Due,
        Elapsed,
        Company,
        Outcome,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int HandoffIdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;
    void setBreaches(const QList<OpenSlaClock> &breaches, const QTimeZone &zone);
    const QList<OpenSlaClock> &breaches() const { return m_breaches; }
    static QString actionLabel(const QString &action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OpenSlaClock> m_breaches;
    QTimeZone m_zone;
};

} // namespace baton
