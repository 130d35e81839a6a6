#pragma once

// Lays out tiles (the KPI and SLA figures) in as few rows as the width allows, each tile of a row its
// preferred width and an equal share of the rest: one row on a wide window, two or more on a narrow one.
// Its minimum width is that of the widest tile, so a row of tiles never forces the window wider; its height
// follows the width (heightForWidth), so the rows below move down when the tiles wrap.

#include <QLayout>

namespace baton {

class TileLayout final : public QLayout
{
public:
    explicit TileLayout(QWidget *parent = nullptr);
    ~TileLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // How many tiles go in one row at this width (contents margins included).
    int columnsFor(int width) const;

private:
    QList<QLayoutItem *> visibleItems() const;
    static int tileWidth(QLayoutItem *item); // its preferred width
    // Whether rows of `columns` tiles each (the last one fewer) fit `available` pixels.
    bool rowsFit(const QList<QLayoutItem *> &tiles, int columns, int available) const;
    int arrange(const QRect &rect, bool apply) const; // returns the height used

    QList<QLayoutItem *> m_items;
};

} // namespace baton
