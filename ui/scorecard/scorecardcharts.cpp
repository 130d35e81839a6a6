#include "scorecardcharts.h"

#include "govern/maturitymatrix.h"
#include "pages/optimize/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace baton::ScorecardCharts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::ScorecardCharts", text);
}

QFont pixelFont(double points, bool bold = false)
{
    QFont font(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")) ? QStringLiteral("DejaVu Sans")
                                                                                  : QFont().family());
    font.setPixelSize(std::max(1, qRound(points * 96.0 / 72.0)));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures in the PDF's text
    return font;
}

std::unique_ptr<QChart> makeChart(const QString &title)
{
    std::unique_ptr<QChart> chart(ChartStyle::makeChart(title));
    chart->setTitleFont(pixelFont(8.5, true));
    chart->setBackgroundVisible(false);
    chart->legend()->setFont(pixelFont(7));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    return chart;
}

void styleAxes(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(pixelFont(6.5));
        axis->setTitleFont(pixelFont(7));
        axis->setGridLineColor(QColor(0xe2, 0xe5, 0xe9));
    }
}

QString weekLabel(qint64 code)
{
    return ChartStyle::weekTick(int(code % 100));
}

QValueAxis *percentAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d %%"));
    axis->setTitleText(title);
    return axis;
}

} // namespace

std::unique_ptr<QChart> volumeTrend(const KpiReport &trend)
{
    auto chart = makeChart(tr("Handoffs, acceptance and conversion by week"));
    auto *bars = new QBarSet(tr("Handoffs"));
    bars->setColor(QColor(0xb8, 0xd4, 0xea));
    bars->setBorderColor(QColor(0x8a, 0xb4, 0xd6));
    auto *acceptance = new QLineSeries;
    acceptance->setName(tr("Acceptance rate"));
    auto *conversion = new QLineSeries;
    conversion->setName(tr("Conversion rate"));
    QStringList categories;
    double maxCount = 0;
    for (int i = 0; i < trend.groups.size(); ++i) {
        const KpiGroup &week = trend.groups.at(i);
        categories << weekLabel(week.id);
        *bars << double(week.figures.counts.handoffs);
        maxCount = std::max(maxCount, double(week.figures.counts.handoffs));
        if (week.figures.acceptanceRate)
            acceptance->append(i, *week.figures.acceptanceRate * 100.0);
        if (week.figures.conversionRate)
            conversion->append(i, *week.figures.conversionRate * 100.0);
    }
    auto *series = new QBarSeries;
    series->append(bars);
    chart->addSeries(series);
    chart->addSeries(acceptance);
    chart->addSeries(conversion);
    acceptance->setPen(QPen(ChartStyle::color(0), 2));
    conversion->setPen(QPen(ChartStyle::color(2), 2));
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    auto *counts = new QValueAxis;
    counts->setRange(0, std::max(1.0, maxCount * 1.1));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(6);
    counts->applyNiceNumbers();
    counts->setTitleText(tr("handoffs"));
    chart->addAxis(counts, Qt::AlignLeft);
    auto *rates = percentAxis(tr("rate"));
    chart->addAxis(rates, Qt::AlignRight);
    series->attachAxis(x);
    series->attachAxis(counts);
    for (QLineSeries *line : { acceptance, conversion }) {
        line->attachAxis(x);
        line->attachAxis(rates);
    }
    styleAxes(chart.get());
    return chart;
}

std::unique_ptr<QChart> slaTrend(const KpiReport &trend)
{
    auto chart = makeChart(tr("SLA compliance by week"));
    auto *compliance = new QLineSeries;
    compliance->setName(tr("SLA compliance"));
    compliance->setPen(QPen(ChartStyle::color(3), 2));
    compliance->setPointsVisible(true);
    auto *target = new QLineSeries;
    target->setName(tr("Stage 3 threshold (%1)").arg(MaturityMatrix::percentText(MaturityThresholds::ComplianceStage3)));
    QPen dashed(QColor(0x77, 0x77, 0x77), 1.2);
    dashed.setStyle(Qt::DashLine);
    target->setPen(dashed);
    QStringList categories;
    for (int i = 0; i < trend.groups.size(); ++i) {
        const KpiGroup &week = trend.groups.at(i);
        categories << weekLabel(week.id);
        if (week.figures.slaCompliance)
            compliance->append(i, *week.figures.slaCompliance * 100.0);
        target->append(i, MaturityThresholds::ComplianceStage3 * 100.0);
    }
    chart->addSeries(compliance);
    chart->addSeries(target);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = percentAxis(QString());
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : { compliance, target }) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    styleAxes(chart.get());
    return chart;
}

std::unique_ptr<QChart> slaByTeam(const SlaWeekReport &report)
{
    auto chart = makeChart(tr("SLA compliance by team"));
    auto *set = new QBarSet(tr("SLA compliance"));
    set->setColor(ChartStyle::color(0));
    QStringList categories;
    // Horizontal bars list bottom-up: reverse so the first team is on top.
    QList<SlaGroupStats> teams = report.byTeam;
    std::reverse(teams.begin(), teams.end());
    for (const SlaGroupStats &team : std::as_const(teams)) {
        if (team.decided == 0)
            continue;
        categories << team.name;
        *set << team.compliance().value_or(0) * 100.0;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    set->setLabelFont(pixelFont(6.5));
    set->setLabelColor(QColor(0x22, 0x22, 0x22));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd); // short bars cannot hold their label
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    auto *x = percentAxis(QString());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    styleAxes(chart.get());
    set->setColor(QColor(0x9c, 0xc3, 0xe4));
    return chart;
}

std::unique_ptr<QChart> reasons(const QList<ScorecardReason> &reasons, const QString &thisWeek, const QString &weekBefore)
{
    auto chart = makeChart(tr("Rejections by reason"));
    auto *now = new QBarSet(thisWeek);
    now->setColor(ChartStyle::color(3));
    auto *before = new QBarSet(weekBefore);
    before->setColor(QColor(0xc9, 0xcd, 0xd2));
    QStringList categories;
    double most = 0;
    for (auto it = reasons.crbegin(); it != reasons.crend(); ++it) {
        categories << it->name;
        *before << double(it->weekBefore);
        *now << double(it->thisWeek);
        most = std::max({ most, double(it->weekBefore), double(it->thisWeek) });
    }
    auto *series = new QHorizontalBarSeries;
    series->append(before);
    series->append(now);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    auto *x = new QValueAxis;
    x->setRange(0, std::max(1.0, most * 1.1));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(5);
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    styleAxes(chart.get());
    return chart;
}

std::unique_ptr<QChart> leakage(const KpiFigures &thisWeek, const KpiFigures &weekBefore, const QString &thisLabel,
    const QString &beforeLabel)
{
    auto chart = makeChart(tr("Where handoffs leak"));
    auto *now = new QBarSet(thisLabel);
    now->setColor(ChartStyle::warning());
    auto *before = new QBarSet(beforeLabel);
    before->setColor(QColor(0xc9, 0xcd, 0xd2));
    const QList<LeakageStep> steps = thisWeek.leakage();
    const QList<LeakageStep> previous = weekBefore.leakage();
    QStringList categories;
    double most = 0;
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        qint64 earlier = 0;
        for (const LeakageStep &step : previous)
            if (step.kind == it->kind)
                earlier = step.count;
        categories << LeakageStep::title(it->kind);
        *now << double(it->count);
        *before << double(earlier);
        most = std::max({ most, double(it->count), double(earlier) });
    }
    auto *series = new QHorizontalBarSeries;
    series->append(before);
    series->append(now);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    auto *x = new QValueAxis;
    x->setRange(0, std::max(1.0, most * 1.1));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(5);
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    styleAxes(chart.get());
    return chart;
}

} // namespace baton::ScorecardCharts
