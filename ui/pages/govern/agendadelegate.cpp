#include "agendadelegate.h"

#include "colours.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTreeView>

namespace baton {

namespace {

constexpr int Margin = 3;

} // namespace

AgendaDelegate::AgendaDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    // Row heights depend on the width: lay the rows out again when it changes.
    connect(view->header(), &QHeaderView::sectionResized, view, [view]() { view->doItemsLayout(); });
}

int AgendaDelegate::textWidth(const QModelIndex &index) const
{
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const int width = m_view->header()->sectionSize(0) - m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    return std::max(80, width - 2 * Margin);
}

QSize AgendaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString detail = index.data(DetailRole).toString();
    if (!index.parent().isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = textWidth(index);
    const QFontMetrics metrics(option.font);
    int height = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, index.data().toString()).height();
    if (!detail.isEmpty())
        height += metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, detail).height();
    return QSize(width, height + 2 * Margin);
}

void AgendaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.parent().isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    QColor title = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    if (index.data(AttentionRole).toBool() && !selected)
        title = Colours::text(Colours::Tone::Caution, palette);
    QColor muted = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::PlaceholderText);
    QRect rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    rect.setWidth(std::min(rect.width(), textWidth(index)));
    painter->save();
    painter->setFont(option.font);
    painter->setPen(title);
    QRect used;
    painter->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data().toString(), &used);
    const QString detail = index.data(DetailRole).toString();
    if (!detail.isEmpty()) {
        painter->setPen(muted);
        painter->drawText(rect.adjusted(0, used.height(), 0, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, detail);
    }
    painter->restore();
}

} // namespace baton
