#include "breakdownchart.h"

#include "chartstyle.h"
#include "kpiformat.h"
#include "optimize/kpidefinitions.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace baton {

namespace {

std::optional<double> rate(const KpiFigures &f, BreakdownChart::Metric metric)
{
    return metric == BreakdownChart::Metric::Acceptance ? f.acceptanceRate : f.conversionRate;
}

} // namespace

BreakdownChart::BreakdownChart(QWidget *parent) : QChartView(ChartStyle::makeChart(QString()), parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
}

void BreakdownChart::setReport(const KpiReport &report, Metric metric)
{
    const QString metricName = metric == Metric::Acceptance ? tr("Acceptance") : tr("Conversion");
    chart()->setTitle(tr("%1 by %2").arg(metricName, KpiDimensions::phrase(report.by)));
    setToolTip(KpiDefinitions::tooltip(metric == Metric::Acceptance ? QStringLiteral("acceptance_rate") : QStringLiteral("conversion_rate")));
    setAccessibleName(chart()->title());
    QChart *chart = this->chart();
    ChartStyle::clearChart(chart);

    m_groups.clear();
    for (const KpiGroup &g : report.groups)
        if (g.figures.counts.handoffs > 0 && rate(g.figures, metric))
            m_groups << g;
    std::stable_sort(m_groups.begin(), m_groups.end(), [metric](const KpiGroup &a, const KpiGroup &b) {
        return *rate(a.figures, metric) < *rate(b.figures, metric);
    });
    const std::optional<double> total = rate(report.total.figures, metric);
    auto *set = new QBarSet(metricName);
    set->setColor(ChartStyle::color(0));
    set->setBorderColor(Qt::transparent);
    set->setSelectedColor(ChartStyle::warning());
    QStringList categories;
    m_flagged.clear();
    // Worst at the top: a horizontal bar chart draws its first category at the bottom.
    const int count = int(m_groups.size());
    for (int bar = 0; bar < count; ++bar) {
        const KpiGroup &g = m_groups.at(count - 1 - bar);
        const double value = *rate(g.figures, metric) * 100.0;
        categories << g.label;
        *set << value;
        if (total && value < *total * 100.0 - 10.0)
            set->selectBar(bar);
    }
    for (const KpiGroup &g : std::as_const(m_groups))
        if (total && *rate(g.figures, metric) * 100.0 < *total * 100.0 - 10.0)
            m_flagged << g.label;
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    // The values are written by drawForeground(), in the user's locale.
    m_series = series;
    m_values.clear();
    m_texts.clear();
    for (int bar = 0; bar < count; ++bar) {
        m_values << set->at(bar);
        m_texts << KpiFormat::percent(rate(m_groups.at(count - 1 - bar).figures, metric));
    }
    chart->addSeries(series);
    auto *groupsAxis = new QBarCategoryAxis;
    groupsAxis->append(categories);
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(groupsAxis, Qt::AlignLeft);
    chart->addAxis(rateAxis, Qt::AlignBottom);
    series->attachAxis(groupsAxis);
    series->attachAxis(rateAxis);
    ChartStyle::applyTheme(chart, palette());
    ChartStyle::fitToLabels(this);

    connect(set, &QBarSet::clicked, this, [this](int bar) {
        const int index = int(m_groups.size()) - 1 - bar;
        if (index >= 0 && index < m_groups.size())
            emit drillDown(m_groups.at(index));
    });
    connect(set, &QBarSet::hovered, this, [this, metric, metricName](bool on, int bar) {
        const int index = int(m_groups.size()) - 1 - bar;
        if (!on || index < 0 || index >= m_groups.size()) {
            QToolTip::hideText();
            return;
        }
        const KpiGroup &g = m_groups.at(index);
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2 %3 of %4 handoffs — click to see them")
                .arg(g.label, metricName, KpiFormat::percent(rate(g.figures, metric)), KpiFormat::count(double(g.figures.counts.handoffs))),
            this);
    });
}

void BreakdownChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_series && chart()->series().contains(m_series))
        ChartStyle::drawBarValues(painter, chart(), m_series, m_values, m_texts, palette());
}

} // namespace baton
