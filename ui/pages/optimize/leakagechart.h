#pragma once

// The leakage funnel: where handoffs are lost, ranked from the biggest leak. Clicking a leak drills down.

#include "optimize/kpitally.h"

#include <QChartView>

class QAbstractSeries;

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

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QList<LeakageStep> m_steps;
    QAbstractSeries *m_series = nullptr; // the bars, with their values and the texts written beside them
    QList<double> m_values;
    QStringList m_texts;
};

} // namespace baton
