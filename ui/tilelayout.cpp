#include "tilelayout.h"

#include <QWidget>

#include <algorithm>

namespace baton {

TileLayout::TileLayout(QWidget *parent)
    : QLayout(parent)
{
}

TileLayout::~TileLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void TileLayout::addItem(QLayoutItem *item)
{
    m_items << item;
    invalidate();
}

int TileLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *TileLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *TileLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations TileLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool TileLayout::hasHeightForWidth() const
{
    return true;
}

int TileLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QList<QLayoutItem *> TileLayout::visibleItems() const
{
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            visible << item;
    return visible;
}

int TileLayout::tileWidth(QLayoutItem *item)
{
    return std::max(item->sizeHint().width(), item->minimumSize().width());
}

bool TileLayout::rowsFit(const QList<QLayoutItem *> &tiles, int columns, int available) const
{
    const int gap = std::max(0, spacing());
    for (int first = 0; first < tiles.size(); first += columns) {
        int width = -gap;
        for (int i = first; i < std::min<int>(int(tiles.size()), first + columns); ++i)
            width += tileWidth(tiles.at(i)) + gap;
        if (width > available)
            return false;
    }
    return true;
}

int TileLayout::columnsFor(int width) const
{
    const QList<QLayoutItem *> tiles = visibleItems();
    if (tiles.isEmpty())
        return 0;
    const QMargins margins = contentsMargins();
    const int available = width - margins.left() - margins.right();
    const int count = int(tiles.size());
    int columns = count;
    while (columns > 1 && !rowsFit(tiles, columns, available))
        --columns;
    // As few rows as that allows, with the tiles spread evenly over them (9 tiles in two rows: 5 and 4).
    const int rows = (count + columns - 1) / columns;
    const int even = (count + rows - 1) / rows;
    return rowsFit(tiles, even, available) ? even : columns;
}

int TileLayout::arrange(const QRect &rect, bool apply) const
{
    const QList<QLayoutItem *> tiles = visibleItems();
    const QMargins margins = contentsMargins();
    if (tiles.isEmpty())
        return margins.top() + margins.bottom();
    const QRect area = rect.marginsRemoved(margins);
    const int gap = std::max(0, spacing());
    const int columns = columnsFor(rect.width());
    int y = area.top();
    for (int first = 0; first < tiles.size(); first += columns) {
        const int last = std::min<int>(int(tiles.size()), first + columns);
        // Each tile its preferred width and an equal share of what is left (nothing when a tile is wider than
        // the whole row: then it gets the row).
        int preferred = gap * (last - first - 1);
        for (int i = first; i < last; ++i)
            preferred += tileWidth(tiles.at(i));
        const int extra = std::max(0, area.width() - preferred) / (last - first);
        QList<int> widths;
        int height = 0;
        for (int i = first; i < last; ++i) {
            const int width = std::min(area.width(), tileWidth(tiles.at(i)) + extra);
            widths << width;
            QLayoutItem *tile = tiles.at(i);
            const int tileHeight = tile->hasHeightForWidth() ? tile->heightForWidth(width) : tile->sizeHint().height();
            height = std::max(height, tileHeight);
        }
        if (apply) {
            int x = area.left();
            for (int i = first; i < last; ++i) {
                tiles.at(i)->setGeometry(QRect(x, y, widths.at(i - first), height));
                x += widths.at(i - first) + gap;
            }
        }
        y += height + gap;
    }
    return y - gap - area.top() + margins.top() + margins.bottom();
}

QSize TileLayout::minimumSize() const
{
    const QMargins margins = contentsMargins();
    QSize size;
    for (QLayoutItem *item : visibleItems())
        size = size.expandedTo(item->minimumSize());
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize TileLayout::sizeHint() const
{
    // One row of tiles at their preferred widths.
    const QList<QLayoutItem *> tiles = visibleItems();
    const QMargins margins = contentsMargins();
    const int gap = std::max(0, spacing());
    int width = 0;
    int height = 0;
    for (QLayoutItem *item : tiles) {
        width += tileWidth(item);
        height = std::max(height, item->sizeHint().height());
    }
    width += gap * std::max<int>(0, int(tiles.size()) - 1);
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void TileLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

} // namespace baton
