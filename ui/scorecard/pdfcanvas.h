#pragma once

// A page-flowing canvas over a QPdfWriter for the scorecard: a running header (workspace and week) and footer
// (page n of N) on every page, a cursor that moves down the page, wrapped paragraphs, tables that break across
// pages with their header repeated, and QtCharts charts drawn as vectors. Without a painter it only measures,
// so a first pass can count the pages before the second one draws them with "page n of N".

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QChart;
class QPainter;
class QPdfWriter;

namespace baton {

struct PdfTable
{
    struct Column
    {
        QString title;
        double width = 1; // relative
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    QList<Column> columns;
    QList<QStringList> rows;
    QList<int> boldRows; // e.g. a total
    QList<int> highlightRows; // drawn with a warm background
    double fontScale = 1.0;
};

class PdfCanvas final
{
public:
    // `painter` may be null: then nothing is drawn, only laid out.
    PdfCanvas(QPdfWriter *writer, QPainter *painter, const QString &headerLeft, const QString &headerRight, int totalPages);

    double mm(double millimetres) const;
    QFont font(double points, bool bold = false) const;
    bool drawing() const { return m_painter != nullptr; }

    QRectF body() const { return m_body; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    double remaining() const { return m_body.bottom() - m_y; }
    int page() const { return m_page; }

    void newPage();
    // Starts a new page unless `height` still fits on this one.
    void ensure(double height);
    void space(double millimetres) { m_y += mm(millimetres); }

    // Wrapped text across `width` (default: the body) at x (default: the body's left); returns its height.
    double textHeight(const QString &text, const QFont &font, double width) const;
    double paragraph(const QString &text, const QFont &font, const QColor &color = QColor(0x22, 0x22, 0x22),
        double x = -1, double width = -1);
    // A section heading with a rule under it; starts a new page when fewer than `keepWith` mm would follow.
    void heading(const QString &text, double keepWith = 40);

    // A table at (x, y) across `width` without page breaks; returns its height.
    double drawTable(const PdfTable &table, double x, double y, double width);
    // A table at the cursor across the body, broken across pages (header repeated); moves the cursor.
    void flowTable(const PdfTable &table);

    // Draws `chart` (not owned) into `rect` as vectors: placed in a QGraphicsScene with a set geometry in
    // scene pixels (its fonts in pixels), then rendered scaled into the rectangle.
    void drawChart(QChart *chart, const QRectF &rect);

    // A filled, outlined box with wrapped text inside.
    void box(const QRectF &rect, const QColor &fill, const QColor &border, double borderWidth = 1);
    void text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
        int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);

private:
    void decorate();
    double rowHeight(const PdfTable &table, const QStringList &cells, const QList<double> &widths, const QFont &font) const;
    double drawRow(const PdfTable &table, const QStringList &cells, const QList<double> &widths, double x, double y,
        const QFont &font, const QColor &fill);
    QList<double> columnWidths(const PdfTable &table, double width) const;

    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_headerLeft;
    QString m_headerRight;
    int m_totalPages;
    QRectF m_pageRect; // the paint rectangle inside the margins, device units
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
    QString m_family;
};

} // namespace baton
