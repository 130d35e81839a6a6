#pragma once

// The leakage funnel: where handoffs are lost, ranked from the biggest leak. Clicking a leak drills down.

#include "optimize/kpitally.h"

#include <QChartView>

namespace baton {

class LeakageChart final : public QChartView
{
    Q_OBJECT
public:
    explicit LeakageChart(QWidget *parent = nullptr);
    void setLeakage(const QList<LeakageStep> &steps);
    const QList<LeakageStep> &steps() const { return m_steps; }

signals:
    void drillDown(LeakageStep::Kind kind);

private:
    QList<LeakageStep> m_steps;
};

} // namespace baton
