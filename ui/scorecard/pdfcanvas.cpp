#include "pdfcanvas.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace baton {

namespace {

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x66, 0x6e, 0x78);
const QColor Rule(0xc8, 0xcd, 0xd3);
const QColor HeaderFill(0xe8, 0xee, 0xf4);
const QColor HighlightFill(0xfd, 0xee, 0xe3);

} // namespace

PdfCanvas::PdfCanvas(QPdfWriter *writer, QPainter *painter, const QString &headerLeft, const QString &headerRight,
    int totalPages)
    : m_writer(writer), m_painter(painter), m_headerLeft(headerLeft), m_headerRight(headerRight), m_totalPages(totalPages)
{
    // DejaVu Sans (fonts-dejavu-core) is embedded in the PDF, so its text can be searched and extracted.
    m_family = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")) ? QStringLiteral("DejaVu Sans")
                                                                                  : QFont().family();
    m_pageRect = QRectF(QPointF(0, 0), QSizeF(writer->pageLayout().paintRectPixels(writer->resolution()).size()));
    m_body = m_pageRect.adjusted(0, mm(12), 0, -mm(10));
    m_y = m_body.top();
    decorate();
}

double PdfCanvas::mm(double millimetres) const
{
    return millimetres * m_writer->resolution() / 25.4;
}

QFont PdfCanvas::font(double points, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "ff" in "handoff" must stay two letters for pdftotext and search.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PdfCanvas::decorate()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    p.save();
    const QFont head = font(8.5, true);
    const QRectF top(m_pageRect.left(), m_pageRect.top(), m_pageRect.width(), mm(7));
    p.setPen(Ink);
    p.setFont(head);
    p.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, m_headerLeft);
    p.setFont(font(8.5));
    p.drawText(top, Qt::AlignRight | Qt::AlignVCenter, m_headerRight);
    p.setPen(QPen(Rule, mm(0.3)));
    p.drawLine(QPointF(m_pageRect.left(), top.bottom() + mm(1)), QPointF(m_pageRect.right(), top.bottom() + mm(1)));
    const QRectF bottom(m_pageRect.left(), m_pageRect.bottom() - mm(6), m_pageRect.width(), mm(6));
    p.drawLine(QPointF(m_pageRect.left(), bottom.top()), QPointF(m_pageRect.right(), bottom.top()));
    p.setPen(Muted);
    p.setFont(font(7.5));
    p.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, m_headerLeft + QStringLiteral(" · ") + m_headerRight);
    p.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("baton::ScorecardRenderer", "Page %1 of %2").arg(m_page).arg(std::max(m_totalPages, m_page)));
    p.restore();
}

void PdfCanvas::newPage()
{
    if (m_painter)
        m_writer->newPage();
    ++m_page;
    m_y = m_body.top();
    decorate();
}

void PdfCanvas::ensure(double height)
{
    if (m_y > m_body.top() && height > remaining())
        newPage();
}

double PdfCanvas::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, m_writer);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

double PdfCanvas::paragraph(const QString &text, const QFont &font, const QColor &color, double x, double width)
{
    if (x < 0)
        x = m_body.left();
    if (width < 0)
        width = m_body.right() - x;
    const double height = textHeight(text, font, width);
    ensure(height);
    this->text(QRectF(x, m_y, width, height + 1), text, font, color);
    m_y += height;
    return height;
}

void PdfCanvas::heading(const QString &title, double keepWith)
{
    const QFont f = font(12, true);
    const double height = textHeight(title, f, m_body.width()) + mm(2.5);
    if (m_y > m_body.top())
        m_y += mm(2);
    ensure(height + mm(keepWith));
    text(QRectF(m_body.left(), m_y, m_body.width(), height), title, f, QColor(0x0b, 0x3d, 0x6b));
    m_y += height - mm(1.2);
    if (m_painter) {
        m_painter->save();
        m_painter->setPen(QPen(QColor(0x0b, 0x3d, 0x6b), mm(0.35)));
        m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        m_painter->restore();
    }
    m_y += mm(2);
}

void PdfCanvas::box(const QRectF &rect, const QColor &fill, const QColor &border, double borderWidth)
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    m_painter->setPen(border.isValid() ? QPen(border, mm(0.25) * borderWidth) : QPen(Qt::NoPen));
    m_painter->drawRect(rect);
    m_painter->restore();
}

void PdfCanvas::text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags)
{
    if (!m_painter || text.isEmpty())
        return;
    m_painter->save();
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(rect, flags, text);
    m_painter->restore();
}

QList<double> PdfCanvas::columnWidths(const PdfTable &table, double width) const
{
    double total = 0;
    for (const PdfTable::Column &column : table.columns)
        total += column.width;
    QList<double> widths;
    for (const PdfTable::Column &column : table.columns)
        widths << width * column.width / std::max(total, 1e-9);
    // No column narrower than its longest word (header in bold): words do not wrap, they would be cut.
    const QFontMetricsF regular(font(8 * table.fontScale), m_writer);
    const QFontMetricsF bold(font(8 * table.fontScale, true), m_writer);
    const double pad = 2 * mm(1.1) + mm(0.3);
    const auto widestWord = [](const QFontMetricsF &metrics, const QString &text) {
        double widest = 0;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
        return widest;
    };
    QList<double> minimum;
    for (int c = 0; c < table.columns.size(); ++c) {
        double need = widestWord(bold, table.columns.at(c).title);
        for (int r = 0; r < table.rows.size(); ++r)
            need = std::max(need, widestWord(table.boldRows.contains(r) ? bold : regular, table.rows.at(r).value(c)));
        minimum << need + pad;
    }
    double missing = 0;
    double spare = 0;
    for (int c = 0; c < widths.size(); ++c) {
        if (widths.at(c) < minimum.at(c))
            missing += minimum.at(c) - widths.at(c);
        else
            spare += widths.at(c) - minimum.at(c);
    }
    if (missing > 0 && spare > 0) {
        const double take = std::min(1.0, missing / spare);
        for (int c = 0; c < widths.size(); ++c)
            widths[c] = widths.at(c) < minimum.at(c) ? minimum.at(c) : widths.at(c) - (widths.at(c) - minimum.at(c)) * take;
    }
    return widths;
}

double PdfCanvas::rowHeight(const PdfTable &table, const QStringList &cells, const QList<double> &widths, const QFont &font) const
{
    Q_UNUSED(table)
    const double pad = mm(1.1);
    double height = 0;
    for (int i = 0; i < widths.size(); ++i)
        height = std::max(height, textHeight(cells.value(i), font, widths.at(i) - 2 * pad));
    return height + 2 * pad;
}

double PdfCanvas::drawRow(const PdfTable &table, const QStringList &cells, const QList<double> &widths, double x, double y,
    const QFont &font, const QColor &fill)
{
    const double pad = mm(1.1);
    const double height = rowHeight(table, cells, widths, font);
    if (m_painter) {
        if (fill.isValid())
            box(QRectF(x, y, std::accumulate(widths.begin(), widths.end(), 0.0), height), fill, QColor());
        double left = x;
        for (int i = 0; i < widths.size(); ++i) {
            const Qt::Alignment alignment = table.columns.at(i).alignment;
            text(QRectF(left + pad, y + pad, widths.at(i) - 2 * pad, height - 2 * pad), cells.value(i), font, Ink,
                int(alignment | Qt::AlignTop) | Qt::TextWordWrap);
            left += widths.at(i);
        }
        m_painter->save();
        m_painter->setPen(QPen(Rule, mm(0.2)));
        m_painter->drawLine(QPointF(x, y + height), QPointF(left, y + height));
        m_painter->restore();
    }
    return height;
}

double PdfCanvas::drawTable(const PdfTable &table, double x, double y, double width)
{
    const QList<double> widths = columnWidths(table, width);
    const QFont regular = font(8 * table.fontScale);
    const QFont bold = font(8 * table.fontScale, true);
    QStringList titles;
    for (const PdfTable::Column &column : table.columns)
        titles << column.title;
    double top = y;
    top += drawRow(table, titles, widths, x, top, bold, HeaderFill);
    for (int r = 0; r < table.rows.size(); ++r)
        top += drawRow(table, table.rows.at(r), widths, x, top, table.boldRows.contains(r) ? bold : regular,
            table.highlightRows.contains(r) ? HighlightFill : QColor());
    return top - y;
}

void PdfCanvas::flowTable(const PdfTable &table)
{
    const QList<double> widths = columnWidths(table, m_body.width());
    const QFont regular = font(8 * table.fontScale);
    const QFont bold = font(8 * table.fontScale, true);
    QStringList titles;
    for (const PdfTable::Column &column : table.columns)
        titles << column.title;
    const double headerHeight = rowHeight(table, titles, widths, bold);
    const double firstRow = table.rows.isEmpty() ? 0 : rowHeight(table, table.rows.first(), widths, regular);
    ensure(headerHeight + firstRow);
    m_y += drawRow(table, titles, widths, m_body.left(), m_y, bold, HeaderFill);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QFont &f = table.boldRows.contains(r) ? bold : regular;
        const double height = rowHeight(table, table.rows.at(r), widths, f);
        if (height > remaining()) {
            newPage();
            m_y += drawRow(table, titles, widths, m_body.left(), m_y, bold, HeaderFill);
        }
        m_y += drawRow(table, table.rows.at(r), widths, m_body.left(), m_y, f,
            table.highlightRows.contains(r) ? HighlightFill : QColor());
    }
}

void PdfCanvas::drawChart(QChart *chart, const QRectF &rect)
{
    if (!m_painter)
        return;
    // Scene pixels are 1/96 inch, so the chart's pixel-sized fonts come out at their intended point sizes.
    const double scale = m_writer->resolution() / 96.0;
    const QRectF source(0, 0, rect.width() / scale, rect.height() / scale);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(source);
    chart->layout()->activate();
    scene.setSceneRect(source);
    scene.render(m_painter, rect, source, Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

} // namespace baton
