#include "emptystate.h"

#include "widgets.h"

#include <QLabel>
#include <QVBoxLayout>

namespace baton {

EmptyState::EmptyState(const QString &heading, const QString &text, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = makeHeading(heading, this, 1.3);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addSpacing(8);
    auto *body = new QLabel(text, this);
    body->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(centeredParagraph(body, 560));
    layout->addStretch(2);
}

} // namespace baton
