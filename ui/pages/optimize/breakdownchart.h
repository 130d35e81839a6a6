#pragma once

// One KPI rate by the groups of a dimension, as horizontal bars, worst first; bars well below the total
// are drawn in the warning colour. Clicking a bar drills down.

#include "optimize/kpireport.h"

#include <QChartView>

class QAbstractSeries;

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

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QList<KpiGroup> m_groups;
    QStringList m_flagged;
    QAbstractSeries *m_series = nullptr; // the bars, with their values and the texts written beside them
    QList<double> m_values;
    QStringList m_texts;
};

} // namespace baton
