#pragma once

// Base of every page in the main window. A page shows one part of one workflow step; it reloads
// from the workspace lazily, only when it is visible and something changed, so opening a large
// workspace costs only what the visible page needs.

#include <QWidget>

namespace baton {

class WorkspaceSession;

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(WorkspaceSession *session, QWidget *parent = nullptr);

    WorkspaceSession *session() const { return m_session; }

    // Marks the page's contents out of date; it reloads now if visible, else when next shown.
    void invalidate();

protected:
    // Fill the page from session()->workspace() (which may be null: show the empty state).
    virtual void reload() = 0;
    void showEvent(QShowEvent *event) override;

private:
    WorkspaceSession *m_session;
    bool m_stale = true;
};

} // namespace baton
