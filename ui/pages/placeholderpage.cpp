#include "placeholderpage.h"

#include "widgets.h"

#include <QLabel>
#include <QVBoxLayout>

namespace baton {

PlaceholderPage::PlaceholderPage(WorkspaceSession *session, const QString &title, const QString &plan, QWidget *parent)
    : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = makeHeading(tr("%1 is not built yet").arg(title), this, 1.3);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("This page will hold: %1").arg(plan), this);
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(centeredParagraph(text, 640));
    layout->addStretch(2);
}

} // namespace baton
