#include "widgets.h"

#include <QHBoxLayout>
#include <QLabel>

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

} // namespace baton
