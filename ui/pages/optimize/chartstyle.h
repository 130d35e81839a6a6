#pragma once

// The look shared by the Feedback and Optimize charts, so they read as one dashboard.

#include <QChart>
#include <QColor>
#include <QFont>
#include <QGraphicsLayout>
#include <QList>

namespace baton::ChartStyle {

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

} // namespace baton::ChartStyle
