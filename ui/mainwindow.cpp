#include "mainwindow.h"

#include "backgroundtask.h"
#include "commandpalette.h"
#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "pages/instrument/importdialog.h"
#include "pages/instrument/importpage.h"
#include "pages/overviewpage.h"
#include "pages/page.h"
#include "settings.h"
#include "scorecard/scorecardexport.h"
#include "settingsdialog.h"
#include "theme.h"
#include "workspacesession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace baton {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// The platform's keys for a standard action, or `fallback` where the platform has none (Windows has no
// Save As or Quit key, GNOME no Full Screen key).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

QString withExtension(QString path)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".baton");
    return path;
}

// Navigation rows a little taller than the font: accents above capitals (Ü, É) need the room.
class NavigationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return QSize(size.width(), std::max(size.height(), option.fontMetrics.height() + 6));
    }
};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new WorkspaceSession(this)), m_pages(PageCatalog::pages())
{
    setWindowIcon(Theme::applicationIcon());
    setObjectName(QStringLiteral("MainWindow"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("MainSplitter"));
    createNavigation();
    splitter->addWidget(m_navigation);

    auto *content = new QWidget(splitter);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    m_pageTitle = new QLabel(content);
    m_pageTitle->setObjectName(QStringLiteral("PageTitle"));
    m_pageTitle->setAccessibleName(tr("Page title"));
    QFont titleFont = m_pageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    m_pageSummary = new QLabel(content);
    m_pageSummary->setWordWrap(true);
    m_pageSummary->setForegroundRole(QPalette::PlaceholderText);
    m_pageSummary->setAccessibleName(tr("What the page holds"));
    m_stack = new QStackedWidget(content);
    m_stack->setAccessibleName(tr("Current page"));
    contentLayout->addWidget(m_pageTitle);
    contentLayout->addWidget(m_pageSummary);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_stack, 1);
    splitter->addWidget(content);
    splitter->setCollapsible(0, false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 900 });
    setCentralWidget(splitter);

    m_statusPath = new QLabel(this);
    m_statusPath->setAccessibleName(tr("Open workspace file"));
    statusBar()->addPermanentWidget(m_statusPath);

    m_palette = new CommandPalette(m_session, this);
    connect(m_palette, &CommandPalette::entryActivated, this, &MainWindow::activatePaletteEntry);

    createActions();
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::updateWindowState);
    connect(m_session, &WorkspaceSession::errorReported, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Baton"), message); });

    resize(1200, 780);
    restoreGeometry(Settings::windowGeometry().get());
    restoreState(Settings::windowState().get());
    splitter->restoreState(Settings::splitterState().get());
    if (!showPage(Settings::lastPage().get()))
        showPage(QStringLiteral("overview"));
    updateWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(QStringLiteral("Navigation"));
    m_navigation->setAccessibleName(tr("Workflow steps and pages"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setItemsExpandable(false);
    m_navigation->setUniformRowHeights(true);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    int number = 0;
    for (WorkflowStep step : PageCatalog::steps()) {
        auto *stepItem = new QTreeWidgetItem(m_navigation);
        stepItem->setText(0, step == WorkflowStep::Workspace ? PageCatalog::stepName(step)
                                                             : tr("%1. %2").arg(++number).arg(PageCatalog::stepName(step)));
        stepItem->setToolTip(0, PageCatalog::stepPurpose(step));
        stepItem->setFlags(Qt::ItemIsEnabled);
        QFont font = stepItem->font(0);
        font.setBold(true);
        stepItem->setFont(0, font);
        for (const PageInfo &info : std::as_const(m_pages)) {
            if (info.step != step)
                continue;
            auto *item = new QTreeWidgetItem(stepItem);
            item->setText(0, info.title);
            item->setToolTip(0, info.summary);
            item->setData(0, Qt::UserRole, info.id);
            m_navItems.insert(info.id, item);
        }
    }
    m_navigation->expandAll();
    // As wide as the longest entry in the language shown: the page next to it may be wide, and the
    // splitter then gives the navigation no more than its minimum.
    const QAbstractItemView *view = m_navigation; // sizeHintForColumn is public there
    m_navigation->setMinimumWidth(view->sizeHintForColumn(0) + 2 * m_navigation->frameWidth()
        + m_navigation->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            showPage(item->data(0, Qt::UserRole).toString());
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDemo = file->addAction(tr("New &Demo Workspace…"), this, &MainWindow::newDemoWorkspace);
    newDemo->setStatusTip(tr("Create a workspace filled with realistic sample data"));
    QAction *create = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import CSV…"), this, &MainWindow::importCsv);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import a CRM's CSV export: handoffs, accounts or owners, with a preview first"));
    file->addSeparator();
    QAction *copy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyAs);
    copy->setShortcuts(standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    QAction *scorecard = file->addAction(tr("&Export Scorecard…"), this, &MainWindow::exportScorecard);
    scorecard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    scorecard->setStatusTip(tr("Write the week's PDF scorecard for the governance meeting"));
    QAction *close = file->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    close->setShortcut(QKeySequence::Close);
    m_workspaceActions = { copy, scorecard, close };
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    // Ctrl+, everywhere, and the platform's own key where it has one (Cmd+, on macOS, Ctrl+Shift+, on KDE).
    QList<QKeySequence> preferenceKeys = { QKeySequence(Qt::CTRL | Qt::Key_Comma) };
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Preferences))
        if (!preferenceKeys.contains(key))
            preferenceKeys << key;
    preferences->setShortcuts(preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    createViewMenu();

    // Go: the command palette, the next and previous page, every page, and Ctrl+<n> for the first page of
    // each step.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *palette = go->addAction(tr("&Command Palette…"), this, &MainWindow::showCommandPalette);
    palette->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
    palette->setStatusTip(tr("Jump to any page, command, signal type, owner or routing rule by typing its name"));
    QAction *next = go->addAction(tr("&Next Page"), this, &MainWindow::nextPage);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = go->addAction(tr("&Previous Page"), this, &MainWindow::previousPage);
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *focusSwitch = go->addAction(tr("Switch Between Navigation and Page"), this, [this]() {
        QWidget *page = m_stack->currentWidget();
        if (!m_navigation->hasFocus()) {
            m_navigation->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        // The page's first control that takes the keyboard.
        for (QWidget *widget = page->nextInFocusChain(); widget && widget != page; widget = widget->nextInFocusChain()) {
            if (page->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && widget->isVisible()
                && widget->isEnabled()) {
                widget->setFocus(Qt::ShortcutFocusReason);
                return;
            }
        }
    });
    focusSwitch->setShortcut(QKeySequence(Qt::Key_F6));
    go->addSeparator();
    int digit = 0;
    for (WorkflowStep step : PageCatalog::steps()) {
        bool first = true;
        for (const PageInfo &info : std::as_const(m_pages)) {
            if (info.step != step)
                continue;
            QAction *action = go->addAction(PageCatalog::stepName(step) + QStringLiteral(": ") + info.title);
            if (first && digit < 9) {
                action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + digit++)));
                m_pageShortcuts.insert(info.id, action->shortcut());
            }
            first = false;
            const QString id = info.id;
            connect(action, &QAction::triggered, this, [this, id]() { showPage(id); });
        }
        go->addSeparator();
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Baton"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_commandMenus = { file, edit, m_viewMenu, help };
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    for (ThemeChoice choice : Theme::choices()) {
        QAction *action = theme->addAction(Theme::label(choice));
        action->setCheckable(true);
        action->setData(Theme::key(choice));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [choice]() {
            Theme::store(choice);
            Theme::apply(choice);
        });
    }
    syncThemeActions();
    m_viewMenu->addSeparator();
    QAction *reload = m_viewMenu->addAction(tr("&Reload Page"), this, [this]() {
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->invalidate();
    });
    reload->setShortcut(QKeySequence::Refresh);
    reload->setStatusTip(tr("Read the current page again from the workspace"));
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(standardKeys(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
}

void MainWindow::syncThemeActions()
{
    const QString stored = Theme::key(Theme::stored());
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == stored);
}

QList<PaletteEntry> MainWindow::paletteEntries() const
{
    QList<PaletteEntry> entries;
    for (const PageInfo &info : std::as_const(m_pages)) {
        entries << PaletteEntry { .kind = PaletteEntry::Page, .title = info.title,
            .detail = PageCatalog::stepName(info.step), .pageId = info.id, .shortcut = m_pageShortcuts.value(info.id) };
    }
    // Enabled menu commands, with the submenu's name in front ("Theme: Dark"). Recent workspaces are left
    // out: that submenu is filled only when it opens.
    std::function<void(QMenu *, const QString &)> addCommands = [&](QMenu *menu, const QString &prefix) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isEnabled())
                continue;
            const QString text = prefix + action->text().remove(QLatin1Char('&'));
            if (action->menu()) {
                addCommands(action->menu(), text + QStringLiteral(": "));
                continue;
            }
            entries << PaletteEntry { .kind = PaletteEntry::Command, .title = text, .detail = action->statusTip(),
                .action = action, .shortcut = action->shortcut() };
        }
    };
    for (QMenu *menu : m_commandMenus)
        addCommands(menu, QString());
    return entries;
}

void MainWindow::showCommandPalette()
{
    // Collected now, so that commands are offered with their current text and only while enabled.
    m_palette->setFixedEntries(paletteEntries());
    m_palette->popup();
}

void MainWindow::activatePaletteEntry(const PaletteEntry &entry)
{
    if (entry.kind == PaletteEntry::Command) {
        if (entry.action && entry.action->isEnabled())
            entry.action->trigger();
        return;
    }
    if (!showPage(entry.pageId))
        return;
    if (entry.kind != PaletteEntry::Page)
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->focusItem(entry.kind, entry.itemId);
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    syncThemeActions();
    if (dialog.languageChanged())
        statusBar()->showMessage(tr("The new language applies when Baton next starts."), 10000);
}

void MainWindow::nextPage()
{
    for (int i = 0; i + 1 < m_pages.size(); ++i)
        if (m_pages.at(i).id == m_currentPage) {
            showPage(m_pages.at(i + 1).id);
            return;
        }
}

void MainWindow::previousPage()
{
    for (int i = 1; i < m_pages.size(); ++i)
        if (m_pages.at(i).id == m_currentPage) {
            showPage(m_pages.at(i - 1).id);
            return;
        }
}

void MainWindow::showStartPage()
{
    if (!m_session->isOpen())
        showPage(QStringLiteral("overview"));
}

QWidget *MainWindow::pageWidget(const PageInfo &info)
{
    if (QWidget *existing = m_pageWidgets.value(info.id))
        return existing;
    Page *page = info.create(m_session);
    page->setObjectName(info.id);
    if (auto *overview = qobject_cast<OverviewPage *>(page)) {
        connect(overview, &OverviewPage::newDemoRequested, this, &MainWindow::newDemoWorkspace);
        connect(overview, &OverviewPage::newRequested, this, &MainWindow::newWorkspace);
        connect(overview, &OverviewPage::openRequested, this, &MainWindow::openWorkspaceDialog);
        connect(overview, &OverviewPage::openPathRequested, this, [this](const QString &path) { openWorkspace(path); });
        connect(overview, &OverviewPage::importRequested, this, &MainWindow::importCsv);
    }
    if (auto *imports = qobject_cast<ImportPage *>(page))
        connect(imports, &ImportPage::importRequested, this, &MainWindow::importCsv);
    m_stack->addWidget(page);
    m_pageWidgets.insert(info.id, page);
    return page;
}

bool MainWindow::showPage(const QString &id)
{
    for (const PageInfo &info : std::as_const(m_pages)) {
        if (info.id != id)
            continue;
        m_stack->setCurrentWidget(pageWidget(info));
        m_pageTitle->setText(info.title);
        m_pageSummary->setText(PageCatalog::stepName(info.step) + QStringLiteral(" · ") + info.summary);
        m_currentPage = id;
        if (QTreeWidgetItem *item = m_navItems.value(id); item && m_navigation->currentItem() != item)
            m_navigation->setCurrentItem(item);
        return true;
    }
    return false;
}

bool MainWindow::openWorkspace(const QString &path, bool quiet)
{
    auto opened = m_session->open(path);
    if (!opened) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open workspace"), opened.errorMessage());
        if (opened.error().kind == Error::Kind::NotFound)
            Settings::removeRecentWorkspace(path);
        return false;
    }
    Settings::addRecentWorkspace(path);
    Settings::lastWorkspace().set(QFileInfo(path).absoluteFilePath());
    if (!m_session->workspace()->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded the workspace; the previous version was saved as %1")
                                     .arg(m_session->workspace()->migrationBackupPath()));
    return true;
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), documentsFolder(), fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::newWorkspace()
{
    const QString path = withExtension(QFileDialog::getSaveFileName(this, tr("New Workspace"),
        documentsFolder() + QStringLiteral("/Handoffs.baton"), fileFilter()));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Workspace"), tr("%1 exists and cannot be replaced.").arg(path));
        return;
    }
    auto created = m_session->create(path);
    if (!created) {
        QMessageBox::warning(this, tr("New Workspace"), created.errorMessage());
        return;
    }
    Settings::addRecentWorkspace(path);
    Settings::lastWorkspace().set(QFileInfo(path).absoluteFilePath());
}

void MainWindow::newDemoWorkspace()
{
    const QString path = withExtension(QFileDialog::getSaveFileName(this, tr("New Demo Workspace"),
        documentsFolder() + QStringLiteral("/Baton demo.baton"), fileFilter()));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Demo Workspace"), tr("%1 exists and cannot be replaced.").arg(path));
        return;
    }
    auto done = runInBackground(this, tr("Generating the demo workspace…"), [path](TaskControl &control) -> Result<void> {
        DemoOptions options;
        options.progress = [&control](qint64 written, qint64 total) {
            control.setProgress(written, total);
            return !control.isCancelled();
        };
        auto summary = createDemoWorkspace(path, options);
        if (!summary)
            return summary.error();
        return {};
    });
    if (!done) {
        if (done.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(this, tr("New Demo Workspace"), done.errorMessage());
        return;
    }
    openWorkspace(path);
}

void MainWindow::importCsv()
{
    if (!m_session->isOpen()) {
        // An import adds to a workspace: make or open one first, then go on.
        QMessageBox box(QMessageBox::Question, tr("Import CSV"),
            tr("An import adds to a workspace. Create a new workspace for it, or open an existing one?"),
            QMessageBox::Cancel, this);
        QPushButton *create = box.addButton(tr("&New Workspace…"), QMessageBox::AcceptRole);
        QPushButton *open = box.addButton(tr("&Open…"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == create)
            newWorkspace();
        else if (box.clickedButton() == open)
            openWorkspaceDialog();
        if (!m_session->isOpen())
            return;
    }
    ImportDialog dialog(m_session, this);
    qint64 keptAsideRun = 0;
    connect(&dialog, &ImportDialog::keptAsideRequested, this, [&keptAsideRun](qint64 runId) { keptAsideRun = runId; });
    dialog.exec();
    if (keptAsideRun && showPage(QStringLiteral("instrument/import")))
        if (auto *imports = qobject_cast<ImportPage *>(m_stack->currentWidget()))
            imports->selectRun(keptAsideRun);
}

void MainWindow::saveCopyAs()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    const QFileInfo current(workspace->path());
    const QString path = withExtension(QFileDialog::getSaveFileName(this, tr("Save a Copy As"),
        current.absolutePath() + QLatin1Char('/') + current.completeBaseName() + tr(" (copy).baton"),
        fileFilter()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        QMessageBox::warning(this, tr("Save a Copy As"), tr("Choose a different file than the open workspace."));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Save a Copy As"), tr("%1 exists and cannot be replaced.").arg(path));
        return;
    }
    auto saved = workspace->saveCopyAs(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save a Copy As"), saved.errorMessage());
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 8000);
}

void MainWindow::exportScorecard()
{
    auto written = ScorecardExport::run(this, m_session);
    if (!written)
        QMessageBox::warning(this, tr("Export Scorecard"), written.errorMessage());
    else if (!written->isEmpty())
        statusBar()->showMessage(tr("Wrote the scorecard to %1").arg(*written), 8000);
}

void MainWindow::closeWorkspace()
{
    m_session->close();
    Settings::lastWorkspace().set(QString());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentWorkspaces().get();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path]() { openWorkspace(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::updateWindowState()
{
    Workspace *workspace = m_session->workspace();
    setWindowTitle(workspace ? tr("%1 — Baton").arg(workspace->displayName()) : tr("Baton"));
    setWindowFilePath(workspace ? workspace->path() : QString());
    m_statusPath->setText(workspace ? workspace->path() : tr("No workspace open"));
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(workspace != nullptr);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Baton"),
        tr("<h3>Baton %1</h3><p>Governs the Marketing to Sales lead handoff as a measurable contract: "
           "Define, Map, Instrument, Route, Enforce, Feedback, Optimize.</p><p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(BATON_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

QString MainWindow::fileFilter()
{
    return tr("Baton workspaces (*.baton);;All files (*)");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::windowGeometry().set(saveGeometry());
    Settings::windowState().set(saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        Settings::splitterState().set(splitter->saveState());
    Settings::lastPage().set(m_currentPage);
    event->accept();
}

} // namespace baton
