#include "slacharts.h"

#include "pages/optimize/chartstyle.h"
#include "sladefinitions.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace baton {

namespace {

QChart *freshChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

} // namespace

SlaTrendChart::SlaTrendChart(QWidget *parent) : QChartView(freshChart(tr("SLA compliance by week")), parent)
{
    setRenderHint(QPainter::Antialiasing);
    ChartStyle::setLeastSize(this, QSize(200, 220));
    setToolTip(SlaDefinitions::text(SlaTerm::Trend)
        + tr(" Besides all handoffs, the %1 groups with the lowest compliance over these weeks are drawn. "
             "Click a point to see its handoffs.")
              .arg(MaxGroupLines));
}

void SlaTrendChart::setTrend(const QList<int> &weeks, const QList<SlaTrendPoint> &points, int selectedWeek)
{
    QChart *chart = freshChart(tr("SLA compliance by week"));
    // Which groups: the lowest compliance over the whole range, among groups with decided handoffs.
    QHash<qint64, std::pair<qint64, qint64>> overall; // met, decided
    QHash<qint64, QString> names;
    for (const SlaTrendPoint &p : points) {
        overall[p.groupId].first += p.met;
        overall[p.groupId].second += p.decided;
        names.insert(p.groupId, p.name);
    }
    QList<qint64> groups;
    for (auto it = overall.cbegin(); it != overall.cend(); ++it)
        if (it.key() != SlaTrendPoint::AllGroups && it->second > 0)
            groups << it.key();
    std::sort(groups.begin(), groups.end(), [&](qint64 a, qint64 b) {
        const double ra = double(overall[a].first) / double(overall[a].second);
        const double rb = double(overall[b].first) / double(overall[b].second);
        return ra != rb ? ra < rb : names[a] < names[b];
    });
    if (groups.size() > MaxGroupLines)
        groups.resize(MaxGroupLines);
    m_shown = groups;
    std::sort(groups.begin(), groups.end(), [&](qint64 a, qint64 b) { return names[a] < names[b]; });
    groups.prepend(SlaTrendPoint::AllGroups);

    QHash<qint64, QHash<int, double>> rates;
    for (const SlaTrendPoint &p : points)
        if (p.compliance())
            rates[p.groupId].insert(p.week, *p.compliance() * 100.0);

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A label every few weeks, counted back from the latest so that it is always labelled: at most eight, and
    // fewer on a narrow chart, where longer ticks ("KW23") would otherwise be cut.
    const int tick = QFontMetrics(chart->font()).horizontalAdvance(ChartStyle::weekTick(53)) + 24;
    const int labels = width() > 200 ? std::clamp((width() - 160) / tick, 3, 8) : 8;
    const int every = std::max<int>(1, int((weeks.size() + labels - 1) / labels));
    for (int i = 0; i < weeks.size(); ++i)
        if ((weeks.size() - 1 - i) % every == 0)
            x->append(ChartStyle::weekTick(weeks.at(i) % 100), i);
    if (!weeks.isEmpty())
        x->setTitleText(tr("ISO week of %1").arg(IsoWeek::fromCode(weeks.last()).year));
    x->setRange(-0.3, std::max<double>(0.3, double(weeks.size()) - 0.7));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Distinct colours (Okabe-Ito), so that no two lines look alike.
    static const QColor colours[] = { QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
        QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x72, 0xB2), QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x33) };
    int colour = 0;
    for (qint64 group : std::as_const(groups)) {
        auto *series = new QLineSeries;
        series->setName(names.value(group));
        if (group != SlaTrendPoint::AllGroups) {
            QPen pen(colours[colour++ % std::size(colours)]);
            pen.setWidthF(2.0);
            series->setPen(pen);
        }
        for (int i = 0; i < weeks.size(); ++i)
            if (rates[group].contains(weeks.at(i)))
                series->append(i, rates[group].value(weeks.at(i)));
        series->setPointsVisible(true);
        if (group == SlaTrendPoint::AllGroups) {
            QPen pen(palette().color(QPalette::Text)); // the total stands out in the text colour, dashed
            pen.setWidthF(3.0);
            pen.setStyle(Qt::DashLine);
            series->setPen(pen);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::clicked, this, [this, weeks, group](const QPointF &point) {
            const int i = qRound(point.x());
            if (i >= 0 && i < weeks.size())
                emit pointClicked(weeks.at(i), group);
        });
    }
    // The week the page shows, marked on the total.
    const qsizetype selected = weeks.indexOf(selectedWeek);
    if (selected >= 0 && rates[SlaTrendPoint::AllGroups].contains(selectedWeek)) {
        auto *marker = new QScatterSeries;
        marker->setName(tr("Selected week"));
        marker->setMarkerSize(14);
        marker->setColor(Qt::transparent);
        marker->setBorderColor(palette().color(QPalette::Text));
        marker->append(double(selected), rates[SlaTrendPoint::AllGroups].value(selectedWeek));
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
        chart->legend()->markers(marker).constFirst()->setVisible(false);
    }
    ChartStyle::applyTheme(chart, palette());
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    ChartStyle::fitToLabels(this);
}

SlaSplitChart::SlaSplitChart(QWidget *parent) : QChartView(freshChart(tr("Routing delay vs response time")), parent)
{
    setRenderHint(QPainter::Antialiasing);
    ChartStyle::setLeastSize(this, QSize(200, 220));
    setToolTip(SlaDefinitions::text(SlaTerm::MedianRoutingDelay) + QLatin1Char('\n')
        + SlaDefinitions::text(SlaTerm::MedianResponse) + QLatin1Char('\n') + tr("Click a bar to see the group's handoffs."));
    setToolTip(toolTip() + QLatin1Char('\n') + tr("With more than %1 groups, the %1 with the lowest compliance.").arg(MaxGroups));
}

void SlaSplitChart::setGroups(const QList<SlaGroupStats> &groups)
{
    // Too many groups for legible bars: the ones with the lowest compliance, in the table's order.
    QList<SlaGroupStats> shown;
    for (const SlaGroupStats &g : groups)
        if (g.withSla > 0)
            shown << g;
    const bool limited = shown.size() > MaxGroups;
    if (limited) {
        QList<SlaGroupStats> worst = shown;
        std::stable_sort(worst.begin(), worst.end(), [](const SlaGroupStats &a, const SlaGroupStats &b) {
            return a.compliance().value_or(2.0) < b.compliance().value_or(2.0);
        });
        worst.resize(MaxGroups);
        shown.erase(std::remove_if(shown.begin(), shown.end(),
                        [&](const SlaGroupStats &g) {
                            return std::none_of(worst.begin(), worst.end(), [&](const SlaGroupStats &w) { return w.id == g.id; });
                        }),
            shown.end());
    }
    QChart *chart = freshChart(limited ? tr("Routing delay vs response time: %1 lowest").arg(MaxGroups)
                                       : tr("Routing delay vs response time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Short names, so that the legend below the bars shows them whole; the tooltip says who owns which part.
    auto *routing = new QBarSet(tr("Routing delay"));
    auto *response = new QBarSet(tr("Response time"));
    QStringList categories;
    m_ids.clear();
    double most = 0;
    // Bars run top to bottom in the table's order: a horizontal chart draws its first category at the bottom.
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const SlaGroupStats &g = shown.at(i);
        categories << g.name;
        m_ids << g.id;
        routing->append(g.medianRoutingDelayMinutes.value_or(0));
        response->append(g.medianResponseMinutes.value_or(0));
        most = std::max({ most, g.medianRoutingDelayMinutes.value_or(0), g.medianResponseMinutes.value_or(0) });
    }
    auto *series = new QHorizontalBarSeries;
    series->append(routing);
    series->append(response);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, most > 0 ? most * 1.05 : 60);
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("median business minutes"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    const auto clicked = [this](int index) {
        if (index >= 0 && index < m_ids.size())
            emit groupClicked(m_ids.at(index));
    };
    connect(routing, &QBarSet::clicked, this, clicked);
    connect(response, &QBarSet::clicked, this, clicked);
    ChartStyle::applyTheme(chart, palette());
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    ChartStyle::fitToLabels(this);
}

} // namespace baton
