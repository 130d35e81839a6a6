#include "rejectionchart.h"

#include "chartstyle.h"
#include "kpiformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace baton {

RejectionChart::RejectionChart(QWidget *parent) : QChartView(ChartStyle::makeChart(QString()), parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignRight);
    QFont font = chart()->legend()->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    chart()->legend()->setFont(font);
}

void RejectionChart::setLegendAlignment(Qt::Alignment alignment)
{
    chart()->legend()->setAlignment(alignment);
}

qint64 RejectionChart::count(int group, int reason) const
{
    return m_counts.value({ group, reason });
}

void RejectionChart::setResult(const KpiResult &result, int grouping, const NameLookup &names, int maxGroups)
{
    QChart *chart = this->chart();
    ChartStyle::clearChart(chart);
    m_groups.clear();
    m_reasons.clear();
    m_counts.clear();
    if (grouping < 0 || grouping >= result.groupings.size())
        return;
    const KpiDimension dimension = result.groupings.at(grouping).dimension;
    chart->setTitle(tr("Rejections by reason and %1").arg(KpiDimensions::phrase(dimension)));
    setAccessibleName(chart->title());

    QHash<qint64, qint64> groupTotals;
    QHash<qint64, qint64> reasonTotals;
    const QHash<KpiGroupKey, KpiTally> &cells = result.groups.at(grouping);
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        groupTotals[it.key().first] += it.value().counts.rejected;
        reasonTotals[it.key().second] += it.value().counts.rejected;
    }
    QList<qint64> groupValues = groupTotals.keys();
    std::sort(groupValues.begin(), groupValues.end(), [&](qint64 a, qint64 b) {
        return groupTotals.value(a) != groupTotals.value(b) ? groupTotals.value(a) > groupTotals.value(b) : a < b;
    });
    groupValues = groupValues.mid(0, maxGroups);
    QList<qint64> reasonValues = reasonTotals.keys();
    std::sort(reasonValues.begin(), reasonValues.end(), [&](qint64 a, qint64 b) {
        // The catalogue order, "(no reason)" last.
        return (a == 0) != (b == 0) ? b == 0 : a < b;
    });
    for (qint64 value : std::as_const(groupValues))
        m_groups << KpiLabels::group(dimension, value, result, names);
    for (qint64 value : std::as_const(reasonValues))
        m_reasons << KpiLabels::group(KpiDimension::RejectionReason, value, result, names);

    // Most rejections at the top: the first category is drawn at the bottom.
    QStringList categories;
    for (int g = int(m_groups.size()) - 1; g >= 0; --g)
        categories << m_groups.at(g).label;
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    for (int r = 0; r < m_reasons.size(); ++r) {
        auto *set = new QBarSet(m_reasons.at(r).label);
        // "(no reason)" in a grey between the chart's background and its text, visible on light and dark alike.
        set->setColor(reasonValues.at(r) == 0
                ? Colours::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.55)
                : ChartStyle::color(r));
        set->setBorderColor(Qt::transparent);
        for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
            const qint64 n = cells.value({ groupValues.at(g), reasonValues.at(r) }).counts.rejected;
            m_counts.insert({ g, r }, n);
            *set << double(n);
        }
        connect(set, &QBarSet::clicked, this, [this, r](int index) {
            const int g = int(m_groups.size()) - 1 - index;
            if (g >= 0 && g < m_groups.size())
                emit drillDown(m_groups.at(g), m_reasons.at(r));
        });
        connect(set, &QBarSet::hovered, this, [this, r](bool on, int index) {
            const int g = int(m_groups.size()) - 1 - index;
            if (!on || g < 0 || g >= m_groups.size()) {
                QToolTip::hideText();
                return;
            }
            qint64 all = 0;
            for (int other = 0; other < m_reasons.size(); ++other)
                all += count(g, other);
            QToolTip::showText(QCursor::pos(),
                tr("%1 — %2: %3 of %4 rejections — click to see them")
                    .arg(m_groups.at(g).label, m_reasons.at(r).label, KpiFormat::count(double(count(g, r))), KpiFormat::count(double(all))),
                this);
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *groupsAxis = new QBarCategoryAxis;
    groupsAxis->append(categories);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Rejected handoffs"));
    chart->addAxis(groupsAxis, Qt::AlignLeft);
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(groupsAxis);
    series->attachAxis(countAxis);
    countAxis->applyNiceNumbers();
    ChartStyle::applyTheme(chart, palette());
    ChartStyle::fitToLabels(this);
}

} // namespace baton
