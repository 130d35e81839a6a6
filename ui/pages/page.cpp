#include "page.h"

#include "workspacesession.h"

#include <QEvent>

namespace baton {

Page::Page(WorkspaceSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    connect(session, &WorkspaceSession::workspaceChanged, this, &Page::invalidate);
    connect(session, &WorkspaceSession::dataChanged, this, &Page::invalidate);
}

void Page::invalidate()
{
    m_stale = true;
    if (isVisible()) {
        m_stale = false;
        reload();
    }
}

void Page::focusItem(const QString &kind, qint64 id)
{
    Q_UNUSED(kind)
    Q_UNUSED(id)
}

void Page::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        invalidate();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

} // namespace baton
