#pragma once

// Draws an agenda item of the meeting page: its title, and under it the detail in a muted colour, both wrapped to
// the column's width (a plain tree would cut them off), in the warning colour when the item needs attention.

#include <QStyledItemDelegate>

class QTreeView;

namespace baton {

class AgendaDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int DetailRole = Qt::UserRole + 20;
    static constexpr int AttentionRole = Qt::UserRole + 21;

    explicit AgendaDelegate(QTreeView *view);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int textWidth(const QModelIndex &index) const;
    QTreeView *m_view;
};

} // namespace baton
