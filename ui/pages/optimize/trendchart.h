#pragma once

// KPIs by ISO week: handoffs as bars, acceptance and conversion rates as lines. Clicking a week drills down.

#include "optimize/kpireport.h"

#include <QChartView>

namespace baton {

class TrendChart final : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setReport(const KpiReport &weeks);
    const KpiReport &report() const { return m_report; }

signals:
    void drillDown(const KpiGroup &week);

private:
    KpiReport m_report;
};

} // namespace baton
