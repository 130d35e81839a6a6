#include "leakagechart.h"

#include "chartstyle.h"
#include "kpiformat.h"
#include "optimize/kpidefinitions.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace baton {

LeakageChart::LeakageChart(QWidget *parent) : QChartView(ChartStyle::makeChart(tr("Where handoffs leak (share of handoffs)")), parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    setToolTip(KpiDefinitions::tooltip(QStringLiteral("leakage_rank")));
    setAccessibleName(tr("Leakage funnel"));
}

void LeakageChart::setLeakage(const QList<LeakageStep> &steps)
{
    m_steps = steps;
    QChart *chart = this->chart();
    ChartStyle::clearChart(chart);
    auto *set = new QBarSet(tr("Share of handoffs"));
    set->setColor(ChartStyle::warning());
    set->setBorderColor(Qt::transparent);
    QStringList categories;
    m_values.clear();
    m_texts.clear();
    double most = 0;
    // The biggest leak at the top: the first category is drawn at the bottom.
    for (int i = int(steps.size()) - 1; i >= 0; --i) {
        const LeakageStep &step = steps.at(i);
        // The count goes with the share at the bar's end, which keeps the axis labels short enough to show whole.
        categories << ChartStyle::twoLineLabel(LeakageStep::title(step.kind), chart->font(), 170);
        const double share = step.share.value_or(0) * 100.0;
        *set << share;
        m_values << share;
        m_texts << tr("%1 (%2)", "share of handoffs (number of handoffs)")
                       .arg(KpiFormat::percent(step.share), KpiFormat::count(double(step.count)));
        most = std::max(most, share);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    // The values are written by drawForeground(), in the user's locale.
    m_series = series;
    chart->addSeries(series);
    auto *stepsAxis = new QBarCategoryAxis;
    stepsAxis->append(categories);
    auto *shareAxis = new QValueAxis;
    // Whole percentages on the ticks: a step of 5, 10 or 20 points, as many as the largest leak needs.
    const double step = most <= 20 ? 5.0 : most <= 60 ? 10.0 : 20.0;
    const double top = std::max(step, std::ceil(most * 1.4 / step) * step); // room for the values at the bars' ends
    shareAxis->setRange(0, top);
    shareAxis->setTickCount(int(top / step) + 1);
    shareAxis->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(stepsAxis, Qt::AlignLeft);
    chart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(stepsAxis);
    series->attachAxis(shareAxis);
    ChartStyle::applyTheme(chart, palette());
    ChartStyle::fitToLabels(this);
    const auto stepAt = [this](int index) { return int(m_steps.size()) - 1 - index; };
    connect(set, &QBarSet::clicked, this, [this, stepAt](int index) {
        const int step = stepAt(index);
        if (step >= 0 && step < m_steps.size())
            emit drillDown(m_steps.at(step).kind);
    });
    connect(set, &QBarSet::hovered, this, [this, stepAt](bool on, int index) {
        const int step = stepAt(index);
        if (!on || step < 0 || step >= m_steps.size()) {
            QToolTip::hideText();
            return;
        }
        const KpiDefinition definition = KpiDefinitions::of(LeakageStep::key(m_steps.at(step).kind));
        QToolTip::showText(QCursor::pos(), definition.definition + QLatin1Char('\n') + tr("Click to see these handoffs."), this);
    });
}

void LeakageChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_series && chart()->series().contains(m_series))
        ChartStyle::drawBarValues(painter, chart(), m_series, m_values, m_texts, palette());
}

} // namespace baton
