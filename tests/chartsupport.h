#pragma once

// Checks that a chart can be read as it is drawn: Qt Charts cuts a label to "..." when its axis gets less
// room than the text needs, and hides category labels that would overlap, without telling anyone. These
// helpers look at what the chart's scene really holds.

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>
#include <QTextDocument>
#include <QWidget>

#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace baton::test {

// The room the main window gives a page in a window of 1100x700 and of 1280x800 pixels (the navigation, the
// page's title and the status bar take the rest); tst_mainwindow checks these.
inline const QSize PageIn1100x700 { 834, 582 };
inline const QSize PageIn1280x800 { 1014, 682 };

// Data rows `language` (en, de) x `size` (the page in a 1100x700 and in a 1280x800 window), for the chart tests.
inline void addLanguageAndPageSizeRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QTest::addRow("%s 1100x700", qPrintable(language)) << language << PageIn1100x700;
        QTest::addRow("%s 1280x800", qPrintable(language)) << language << PageIn1280x800;
    }
}

// Lets the charts of a shown widget lay themselves out: a chart lays out its axes on the layout requests
// that showing and resizing post, and lays out again when that changes its size hints.
inline void settleCharts()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
}

// The application in `language` ("de", ...) until the end of the scope, then in English again.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language) { m_loaded = installTranslations(language); }
    ~LanguageScope()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Q_DISABLE_COPY_MOVE(LanguageScope)
    QString loaded() const { return m_loaded; }

private:
    QString m_loaded;
};

namespace detail {

    inline QString plainText(const QString &richText)
    {
        QTextDocument document;
        document.setHtml(richText);
        return document.toPlainText();
    }

} // namespace detail

// What a user of `view` cannot read: every visible text that ends in an ellipsis ("..." or "…"), every
// category of a visible bar category axis that has no visible label, and every legend entry outside the
// legend's box. Empty when the chart reads whole.
inline QStringList unreadableChartTexts(QChartView *view)
{
    QStringList problems;
    QChart *chart = view->chart();
    if (!chart || !view->isVisible())
        return problems;
    const QRectF legendBox = chart->legend()->sceneBoundingRect().adjusted(-1, -1, 1, 1);
    QStringList shown;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto *rich = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            text = simple->text();
        else
            continue;
        if (text.isEmpty())
            continue;
        if (text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
            problems << QStringLiteral("cut: \"%1\"").arg(text);
        const bool inLegend = chart->legend()->isAncestorOf(item);
        if (inLegend && chart->legend()->isVisible() && !legendBox.contains(item->sceneBoundingRect()))
            problems << QStringLiteral("legend entry outside the legend: \"%1\"").arg(text);
        shown << text;
    }
    for (QAbstractAxis *axis : chart->axes()) {
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        if (!categories || !categories->isVisible() || !categories->labelsVisible())
            continue;
        for (const QString &category : categories->categories())
            if (!shown.contains(detail::plainText(category)))
                problems << QStringLiteral("category without a label: \"%1\"").arg(detail::plainText(category));
    }
    if (chart->legend()->isVisible())
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible() && !marker->label().isEmpty() && !shown.contains(marker->label()))
                problems << QStringLiteral("legend entry missing: \"%1\"").arg(marker->label());
    return problems;
}

// unreadableChartTexts() of every chart view inside `widget` that is visible, each prefixed with the chart's title.
inline QStringList unreadableChartTextsIn(QWidget *widget)
{
    QStringList problems;
    for (QChartView *view : widget->findChildren<QChartView *>())
        if (view->isVisible())
            for (const QString &problem : unreadableChartTexts(view))
                problems << QStringLiteral("%1: %2").arg(view->chart()->title(), problem);
    return problems;
}

} // namespace baton::test
