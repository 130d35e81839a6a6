#include "widgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace baton {

QLabel *makeHeading(const QString &text, QWidget *parent, double scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLayout *centeredParagraph(QLabel *label, int maxWidth)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setMaximumWidth(maxWidth);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(label, 100);
    row->addStretch(1);
    return row;
}

VerticalScrollArea::VerticalScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QSize base = QScrollArea::minimumSizeHint();
    if (!widget())
        return base;
    return QSize(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
        base.height());
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

int tableContentsWidth(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *view = table; // sizeHintForColumn is public there
    int width = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(column);
        // A fixed or user-sized column keeps its width; the others need their contents and their header.
        width += mode == QHeaderView::Fixed || mode == QHeaderView::Interactive
            ? header->sectionSize(column)
            : std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    }
    if (table->verticalHeader()->isVisible())
        width += table->verticalHeader()->width();
    return width + 2 * table->frameWidth() + table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
}

void fitColumnsToContents(QTableView *table, int maxCharacters)
{
    const int widest = table->fontMetrics().averageCharWidth() * maxCharacters;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        table->resizeColumnToContents(column);
        table->setColumnWidth(column, std::min(table->columnWidth(column), widest));
    }
}

} // namespace baton
