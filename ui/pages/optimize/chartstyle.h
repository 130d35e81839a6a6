#pragma once

// The look shared by the charts of the pages (Feedback, Optimize, Enforce, Govern), so they read as one
// dashboard, and what they have in common: the palette's colours, numbers in the user's locale, week ticks.

#include "colours.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegend>
#include <QList>
#include <QPainter>
#include <QPalette>

namespace baton::ChartStyle {

// Empties a chart for new data: its series and its axes, which QChart::removeAxis() only detaches (left alive,
// every refresh would add a set to the scene and slow the next paint).
inline void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

inline QChart *makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation); // repaints must be immediate
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Distinct, colour-blind friendly colours (Okabe & Ito), then greys.
inline QColor color(int index)
{
    static const QList<QColor> palette { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42),
        QColor(0x99, 0x99, 0x99), QColor(0x44, 0x44, 0x44) };
    return palette.at(index % palette.size());
}

inline QColor warning()
{
    return QColor(0xD5, 0x5E, 0x00);
}

// An ISO week's number as a tick on a chart's axis: "W23" ("KW 23" in German).
inline QString weekTick(int week)
{
    return QCoreApplication::translate("baton::ChartStyle", "W%1", "ISO week number as a tick on a chart axis")
        .arg(week, 2, 10, QLatin1Char('0'));
}

// Gives a chart on a page the widget's palette (on a dark palette a dark chart: the base colour behind it,
// titles, labels and the legend in the text colour, faint grid lines). Call it once the axes are attached,
// and again with a new palette. (Axis labels stay whole numbers, which read alike in every locale: Qt Charts
// drops labels with a printf format such as "%d %%" once it localizes numbers.)
inline void applyTheme(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = Colours::mix(base, text, 0.14);
    const QColor line = Colours::mix(base, text, 0.4);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setShowToolTips(true); // a label cut for want of room shows whole on hover
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

// A category label of at most two lines (Qt Charts takes rich text): broken at the space nearest its middle
// when it is longer than `maxWidth` pixels in `font`, so that long German or French labels show whole
// instead of cut off at the axis.
inline QString twoLineLabel(const QString &text, const QFont &font, int maxWidth)
{
    const QFontMetrics metrics(font);
    if (metrics.horizontalAdvance(text) <= maxWidth)
        return text.toHtmlEscaped();
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' ')
            && (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)))
            best = i;
    if (best < 0)
        return text.toHtmlEscaped();
    return text.left(best).toHtmlEscaped() + QStringLiteral("<br>") + text.mid(best + 1).toHtmlEscaped();
}

// Writes `texts` at the ends of the bars of a horizontal bar series (bar i has `values[i]`), in the palette's
// text colour: the pages format these values with QLocale themselves (the chart's own "@value" labels write
// a decimal point in every language). Call from the chart view's drawForeground().
inline void drawBarValues(QPainter *painter, QChart *chart, QAbstractSeries *series, const QList<double> &values,
    const QStringList &texts, const QPalette &palette)
{
    painter->save();
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(chart->font());
    const QFontMetrics metrics(chart->font());
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    for (int i = 0; i < values.size() && i < texts.size(); ++i) {
        const QPointF end = chart->mapToScene(chart->mapToPosition(QPointF(values.at(i), i), series));
        const int width = metrics.horizontalAdvance(texts.at(i));
        // Beside the bar, or inside its end when the plot has no room to the right.
        const double x
            = end.x() + 4 + width <= plot.right() ? end.x() + 4 : std::max(plot.left() + 2, end.x() - 4 - width);
        painter->drawText(QRectF(x, end.y() - metrics.height() / 2.0, width + 2, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, texts.at(i));
    }
    painter->restore();
}

} // namespace baton::ChartStyle
