#pragma once

// One KPI rate by the groups of a dimension, as horizontal bars, worst first; bars well below the total
// are drawn in the warning colour. Clicking a bar drills down.

#include "optimize/kpireport.h"

#include <QChartView>

namespace baton {

class BreakdownChart final : public QChartView
{
    Q_OBJECT
public:
    enum class Metric { Acceptance, Conversion };

    explicit BreakdownChart(QWidget *parent = nullptr);
    void setReport(const KpiReport &report, Metric metric = Metric::Acceptance);
    // The groups in the order the bars show them (worst first).
    const QList<KpiGroup> &groups() const { return m_groups; }
    // Bars drawn in the warning colour (rate more than 10 points below the total).
    QStringList flagged() const { return m_flagged; }

signals:
    void drillDown(const KpiGroup &group);

private:
    QList<KpiGroup> m_groups;
    QStringList m_flagged;
};

} // namespace baton
