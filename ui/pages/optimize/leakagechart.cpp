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

LeakageChart::LeakageChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setChart(ChartStyle::makeChart(tr("Where handoffs leak (share of handoffs)")));
    chart()->legend()->hide();
    setToolTip(KpiDefinitions::tooltip(QStringLiteral("leakage_rank")));
    setAccessibleName(tr("Leakage funnel"));
}

void LeakageChart::setLeakage(const QList<LeakageStep> &steps)
{
    m_steps = steps;
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *set = new QBarSet(tr("Share of handoffs"));
    set->setColor(ChartStyle::warning());
    set->setBorderColor(Qt::transparent);
    QStringList categories;
    double most = 0;
    // The biggest leak at the top: the first category is drawn at the bottom.
    for (int i = int(steps.size()) - 1; i >= 0; --i) {
        const LeakageStep &step = steps.at(i);
        categories << QStringLiteral("%1 · %2").arg(LeakageStep::title(step.kind), KpiFormat::count(double(step.count)));
        const double share = step.share.value_or(0) * 100.0;
        *set << share;
        most = std::max(most, share);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(palette().color(QPalette::WindowText));
    chart->addSeries(series);
    auto *stepsAxis = new QBarCategoryAxis;
    stepsAxis->append(categories);
    auto *shareAxis = new QValueAxis;
    // Whole percentages on the ticks: a step of 5, 10 or 20 points, as many as the largest leak needs.
    const double step = most <= 20 ? 5.0 : most <= 60 ? 10.0 : 20.0;
    const double top = std::max(step, std::ceil(most * 1.15 / step) * step);
    shareAxis->setRange(0, top);
    shareAxis->setTickCount(int(top / step) + 1);
    shareAxis->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(stepsAxis, Qt::AlignLeft);
    chart->addAxis(shareAxis, Qt::AlignBottom);
    series->attachAxis(stepsAxis);
    series->attachAxis(shareAxis);
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

} // namespace baton
