#pragma once

// The command palette (Ctrl+K, Ctrl+Shift+P): type a few letters of a page, a command, a signal type,
// an owner or a routing rule, and Enter goes there. Entries come from PaletteProviders plus the fixed
// entries the main window sets (its pages and menu commands).

#include "paletteprovider.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace baton {

class WorkspaceSession;

class CommandPalette final : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(WorkspaceSession *session, QWidget *parent = nullptr);

    // Entries shown before the providers' (pages, commands).
    void setFixedEntries(const QList<PaletteEntry> &entries) { m_fixed = entries; }
    // Collects the entries afresh, clears the search and shows the palette over its parent.
    void popup();

    // How well `query` matches `entry`, higher is better; -1 when it does not match. Every word of the
    // query must occur in the title, the detail or the kind (case and accents ignored); words found at
    // the start of the title or of a word in it count most.
    static int matchScore(const PaletteEntry &entry, const QString &query);

    // The entries the current search shows, best first (for tests and accessibility).
    QList<PaletteEntry> visibleEntries() const;
    QLineEdit *searchField() const { return m_search; }

signals:
    // The user chose `entry` (Enter, click); the palette has closed.
    void entryActivated(const PaletteEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void collect();
    void filter();
    void activateCurrent();

    WorkspaceSession *m_session;
    QList<PaletteEntry> m_fixed;
    QList<PaletteEntry> m_entries;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace baton
