#pragma once

#include "pagecatalog.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace baton {

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

public slots:
    void newWorkspace();
    void newDemoWorkspace();
    void openWorkspaceDialog();
    void saveCopyAs();
    void closeWorkspace();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
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
};

} // namespace baton
