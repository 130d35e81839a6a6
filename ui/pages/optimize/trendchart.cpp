#include "trendchart.h"

#include "chartstyle.h"
#include "optimize/kpidefinitions.h"
#include "kpiformat.h"

#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace baton {

TrendChart::TrendChart(QWidget *parent) : QChartView(ChartStyle::makeChart(tr("Trend by week")), parent)
{
    setRenderHint(QPainter::Antialiasing);
    setToolTip(KpiDefinitions::tooltip(QStringLiteral("acceptance_rate")));
    setAccessibleName(tr("Trend by week: handoffs, acceptance and conversion"));
}

void TrendChart::setReport(const KpiReport &weeks)
{
    m_report = weeks;
    QChart *chart = this->chart();
    ChartStyle::clearChart(chart);

    auto *volume = new QBarSet(tr("Handoffs"));
    volume->setColor(ChartStyle::color(5).lighter(130));
    volume->setBorderColor(Qt::transparent);
    auto *acceptance = new QLineSeries;
    acceptance->setName(tr("Acceptance rate"));
    acceptance->setColor(ChartStyle::color(0));
    acceptance->setPointsVisible(true);
    QPen pen = acceptance->pen();
    pen.setWidth(3);
    acceptance->setPen(pen);
    auto *conversion = new QLineSeries;
    conversion->setName(tr("Conversion rate"));
    conversion->setColor(ChartStyle::color(2));
    conversion->setPointsVisible(true);
    QStringList categories;
    qint64 most = 0;
    for (int i = 0; i < weeks.groups.size(); ++i) {
        const KpiFigures &f = weeks.groups.at(i).figures;
        // "2026-W38" -> "38": the year is in the axis title and the tooltip.
        categories << weeks.groups.at(i).label.section(u'-', 1).mid(1);
        *volume << double(f.counts.handoffs);
        most = std::max(most, f.counts.handoffs);
        if (f.acceptanceRate)
            acceptance->append(i, *f.acceptanceRate * 100.0);
        if (f.conversionRate)
            conversion->append(i, *f.conversionRate * 100.0);
    }
    auto *bars = new QBarSeries;
    bars->append(volume);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    chart->addSeries(acceptance);
    chart->addSeries(conversion);

    // Week numbers on a value axis, at most about a dozen labelled so that they never collide; the
    // year goes into the axis title.
    auto *weeksAxis = new QCategoryAxis;
    weeksAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    weeksAxis->setRange(-0.5, std::max<qsizetype>(1, categories.size()) - 0.5);
    weeksAxis->setGridLineVisible(false);
    const int step = std::max(1, int((categories.size() + 11) / 12));
    for (int i = 0; i < categories.size(); i += step)
        weeksAxis->append(categories.at(i), i);
    QStringList years;
    for (const KpiGroup &g : weeks.groups)
        if (!years.contains(g.label.left(4)))
            years << g.label.left(4);
    weeksAxis->setTitleText(years.isEmpty() ? tr("ISO week") : tr("ISO week, %1").arg(years.size() == 1 ? years.first() : years.first() + QStringLiteral("–") + years.last()));
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, std::max<qint64>(10, most) * 1.1);
    countAxis->applyNiceNumbers();
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Handoffs"));
    countAxis->setGridLineVisible(false);
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setLabelFormat(QStringLiteral("%d %%"));
    rateAxis->setTitleText(tr("Rate"));
    chart->addAxis(weeksAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignRight);
    chart->addAxis(rateAxis, Qt::AlignLeft);
    bars->attachAxis(weeksAxis);
    bars->attachAxis(countAxis);
    for (QLineSeries *line : { acceptance, conversion }) {
        line->attachAxis(weeksAxis);
        line->attachAxis(rateAxis);
    }
    ChartStyle::applyTheme(chart, palette());
    ChartStyle::fitToLabels(this);

    const auto weekAt = [this](int index) {
        if (index >= 0 && index < m_report.groups.size())
            emit drillDown(m_report.groups.at(index));
    };
    connect(volume, &QBarSet::clicked, this, weekAt);
    for (QLineSeries *line : { acceptance, conversion })
        connect(line, &QLineSeries::clicked, this, [weekAt](const QPointF &point) { weekAt(qRound(point.x())); });
    connect(volume, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on || index < 0 || index >= m_report.groups.size()) {
            QToolTip::hideText();
            return;
        }
        const KpiGroup &g = m_report.groups.at(index);
        QToolTip::showText(QCursor::pos(),
            tr("%1: %2 handoffs, acceptance %3, conversion %4 — click to see them")
                .arg(g.label, KpiFormat::count(double(g.figures.counts.handoffs)), KpiFormat::percent(g.figures.acceptanceRate),
                    KpiFormat::percent(g.figures.conversionRate)),
            this);
    });
}

} // namespace baton
