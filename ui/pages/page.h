#pragma once

// Base of every page in the main window. A page shows one part of one workflow step; it reloads
// from the workspace lazily, only when it is visible and something changed, so opening a large
// workspace costs only what the visible page needs.

#include <QWidget>

namespace baton {

class WorkspaceSession;

// Kinds of item that other parts of the window (the command palette, drill-downs) ask a page to show,
// named like their tables.
namespace ItemKind {
inline const QString SignalType = QStringLiteral("signal_type");
inline const QString Owner = QStringLiteral("owner");
inline const QString RoutingRule = QStringLiteral("routing_rule");
} // namespace ItemKind

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(WorkspaceSession *session, QWidget *parent = nullptr);

    WorkspaceSession *session() const { return m_session; }

    // Marks the page's contents out of date; it reloads now if visible, else when next shown.
    void invalidate();

    // Brings the item `id` of `kind` (an ItemKind) into view and selects it, for the command palette.
    // Called right after the page was shown (and reloaded). The default does nothing; a page that lists
    // such items overrides it (a page that fills itself in the background keeps the request until it has).
    virtual void focusItem(const QString &kind, qint64 id);

protected:
    // Fill the page from session()->workspace() (which may be null: show the empty state).
    virtual void reload() = 0;
    void showEvent(QShowEvent *event) override;
    // A new palette (View > Theme) reloads the page: the colours a page gives its cells, charts and
    // diagrams come from the palette when it fills them (Colours).
    void changeEvent(QEvent *event) override;

private:
    WorkspaceSession *m_session;
    bool m_stale = true;
};

} // namespace baton
