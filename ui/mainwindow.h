#pragma once

#include "pagecatalog.h"
#include "paletteprovider.h"

#include <QMainWindow>
#include <QMap>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace baton {

class CommandPalette;
class WorkspaceSession;

// The main window: navigation by workflow step on the left, the current page on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession *session() const { return m_session; }
    // Opens `path`; shows a message on failure unless `quiet`. Returns whether it opened.
    bool openWorkspace(const QString &path, bool quiet = false);
    // Shows the page with this id (see PageCatalog); returns false for an unknown id.
    bool showPage(const QString &id);
    QString currentPageId() const { return m_currentPage; }
    // At start: the welcome (Overview) when no workspace is open (a first run, or the last workspace is
    // gone), else the page remembered from last time.
    void showStartPage();
    // Opens the entry's page and asks it to show the entry's item (Page::focusItem), or triggers its command.
    void activatePaletteEntry(const PaletteEntry &entry);
    CommandPalette *commandPalette() const { return m_palette; }

public slots:
    void newWorkspace();
    void newDemoWorkspace();
    void openWorkspaceDialog();
    // File > Import CSV…: the import dialog (asks for a workspace first when none is open).
    void importCsv();
    void saveCopyAs();
    // File > Export Scorecard…: the week's PDF scorecard.
    void exportScorecard();
    void closeWorkspace();
    void about();
    void showCommandPalette();
    void showPreferences();
    // The next or previous page in the navigation's order.
    void nextPage();
    void previousPage();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViewMenu();
    QList<PaletteEntry> paletteEntries() const;
    void syncThemeActions();
    void createNavigation();
    void updateRecentMenu();
    void updateWindowState();
    QWidget *pageWidget(const PageInfo &info);
    static QString fileFilter();

    WorkspaceSession *m_session;
    QList<PageInfo> m_pages;
    QMap<QString, QWidget *> m_pageWidgets;
    QMap<QString, QTreeWidgetItem *> m_navItems;
    QString m_currentPage;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_pageTitle = nullptr;
    QLabel *m_pageSummary = nullptr;
    QLabel *m_statusPath = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_workspaceActions;
    QList<QMenu *> m_commandMenus; // menus whose actions the command palette offers
    QMap<QString, QKeySequence> m_pageShortcuts;
    QActionGroup *m_themeGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    CommandPalette *m_palette = nullptr;
};

} // namespace baton
