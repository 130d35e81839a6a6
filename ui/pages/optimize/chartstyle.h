#pragma once

// The look shared by the charts of the pages (Feedback, Optimize, Enforce, Govern), so they read as one
// dashboard, and what they have in common: the palette's colours, numbers in the user's locale, week ticks.

#include "colours.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegend>
#include <QList>
#include <QPainter>
#include <QPalette>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

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

// Qt Charts (6.4) cuts a label of a vertical axis to "..." unless it fits both ways: across, in the axis' width
// (the axes on one side of the plot get at most 40 % of the chart's width between them); along, in the axis'
// height divided by its number of ticks, less 8 pixels of padding, where the axis' height is about the chart's
// (less a legend below it) and a bar category axis has a tick per category and two more. So a bar chart needs
// (categories + 2) × (label + 8) pixels of height for its names, however thin its bars could be, and an axis'
// title along the plot needs a plot as long as the title. readableSize() is the least size at which `chart`
// shows its labels and axis titles whole; a chart view makes it its minimum size once it has its data.
inline QSize readableSize(QChart *chart)
{
    constexpr int labelPadding = 4; // Qt Charts' padding around an axis label
    // A label's box as Qt Charts measures it: a text item of the label (which may hold "<br>"), with half a
    // pixel of margin all round.
    const auto labelBox = [](const QFont &font, const QString &label) {
        QTextDocument document;
        document.setDocumentMargin(0.5);
        document.setDefaultFont(font);
        document.setHtml(label);
        return document.size().toSize() + QSize(1, 1);
    };
    // The labels an axis may show: a category axis' categories, a value axis' ends (in a percent format at most).
    const auto labelsOf = [](QAbstractAxis *axis, int *ticks) {
        QStringList labels;
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            labels = categories->categories();
            *ticks = int(labels.size()) + 2;
        } else if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            labels << QString::number(qRound(values->min())) + QStringLiteral(" %")
                   << QString::number(qRound(values->max())) + QStringLiteral(" %");
            *ticks = values->tickCount();
        }
        return labels;
    };
    // The box of an axis' largest label, and its number of ticks.
    const auto largestLabel = [&](QAbstractAxis *axis, int *ticks) {
        QSize box;
        for (const QString &label : labelsOf(axis, ticks))
            box = box.expandedTo(labelBox(axis->labelsFont(), label));
        return box;
    };
    int alongAxes = 0; // what the vertical axes' labels need of the chart's height
    int plotHeight = 0; // what the vertical axes' titles need of the plot's height
    int alongWidth = 0; // what the horizontal axes' labels need of the chart's width (Qt divides all of it)
    int acrossLeft = 0, acrossRight = 0; // what the vertical axes need of the chart's width
    int sidesLeft = 0, sidesRight = 0;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (!axis->isVisible())
            continue;
        int ticks = 0;
        const QSize box = largestLabel(axis, &ticks);
        alongAxes = std::max(alongAxes, ticks * (box.height() + 2 * labelPadding));
        int across = box.width() + 2 * labelPadding;
        if (!axis->titleText().isEmpty()) {
            const QSize title = labelBox(axis->titleFont(), axis->titleText());
            plotHeight = std::max(plotHeight, title.width() + 2);
            across += title.height() + 4;
        }
        if (axis->alignment() == Qt::AlignRight) {
            acrossRight += across;
            ++sidesRight;
        } else {
            acrossLeft += across;
            ++sidesLeft;
        }
    }
    // Around the plot: the chart's title, the horizontal axis (labels and title), a legend and the margins.
    const QMargins margins = chart->margins();
    const int titleHeight = chart->title().isEmpty() ? 0 : labelBox(chart->titleFont(), chart->title()).height() + 4;
    int around = margins.top() + margins.bottom() + 8 + titleHeight;
    int legendBelow = 0;
    QSize legendBeside;
    if (chart->legend()->isVisible() && !chart->legend()->markers().isEmpty()) {
        const QSize legend = chart->legend()->effectiveSizeHint(Qt::PreferredSize).toSize() + QSize(1, 1);
        if (chart->legend()->alignment() & (Qt::AlignBottom | Qt::AlignTop))
            legendBelow = legend.height();
        else {
            // A legend beside the plot lists its entries one below the other, each a line with some air.
            // (A marker's visibility is its item's, which the legend sets when it lays out: count them all.)
            const int entries = int(chart->legend()->markers().size());
            const int entry = labelBox(chart->legend()->font(), QStringLiteral("Xg")).height() + 6;
            legendBeside = QSize(legend.width(), std::max(legend.height(), entries * entry + 12));
        }
    }
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        if (!axis->isVisible())
            continue;
        int ticks = 0;
        const QSize box = largestLabel(axis, &ticks);
        alongWidth = std::max(alongWidth, ticks * (box.width() + 2 * labelPadding));
        around += std::max(box.height(), QFontMetrics(axis->labelsFont()).height() + 1) + 2 * labelPadding;
        if (!axis->titleText().isEmpty())
            around += labelBox(axis->titleFont(), axis->titleText()).height() + 4;
    }
    const int height = std::max({ alongAxes + margins.top() + margins.bottom() + legendBelow + 4,
        plotHeight + around + legendBelow, legendBeside.height() + titleHeight + margins.top() + margins.bottom() + 4 });
    // The vertical axes' share of the width is 40 %, split among them by their number.
    const int sides = sidesLeft + sidesRight;
    const int share = std::max(acrossLeft / std::max(1, sidesLeft), acrossRight / std::max(1, sidesRight)) * sides;
    const int width = std::max(int(std::ceil(share / 0.4)), alongWidth) + legendBeside.width() + margins.left()
        + margins.right() + 4;
    return QSize(width, height);
}

// The least size of `view` whatever its labels need; fitToLabels() adds what they do.
inline void setLeastSize(QChartView *view, const QSize &size)
{
    view->setProperty("baton.leastSize", size);
    view->setMinimumSize(size.expandedTo(readableSize(view->chart())));
}

// Makes the size `view`'s chart needs to show its labels whole (readableSize) its minimum size, so that the
// page's layout gives it that room (or scrolls). Call it whenever the chart has new data.
inline void fitToLabels(QChartView *view)
{
    view->setMinimumSize(view->property("baton.leastSize").toSize().expandedTo(readableSize(view->chart())));
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
