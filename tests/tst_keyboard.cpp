// Keyboard access to the main window: every page is reachable with Ctrl+PgDn/Ctrl+PgUp in the navigation's
// order, the common actions have their keys, no key is bound twice, and the controls have accessible names.

#include "commandpalette.h"
#include "mainwindow.h"
#include "pagecatalog.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace baton;

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    static QAction *findAction(QWidget *window, const QKeySequence &key)
    {
        for (QAction *action : window->findChildren<QAction *>())
            if (action->shortcuts().contains(key))
                return action;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
        QSettings().clear();
    }

    void nextAndPreviousVisitEveryPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<PageInfo> pages = PageCatalog::pages();
        window.showPage(pages.first().id);
        for (int i = 1; i < pages.size(); ++i) {
            QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), pages.at(i).id);
        }
        // At the last page Ctrl+PgDn stays there.
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), pages.last().id);
        for (int i = int(pages.size()) - 2; i >= 0; --i) {
            QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), pages.at(i).id);
        }
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), pages.first().id);
    }

    void ctrlDigitOpensTheFirstPageOfEachStep()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Independently: the first page of each step, in the steps' order.
        QStringList firsts;
        for (WorkflowStep step : PageCatalog::steps())
            for (const PageInfo &info : PageCatalog::pages())
                if (info.step == step) {
                    firsts << info.id;
                    break;
                }
        QCOMPARE(firsts.size(), 9);
        for (int digit = 0; digit < 9; ++digit) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + digit), Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), firsts.at(digit));
        }
    }

    void commonActionsHaveKeys()
    {
        MainWindow window;
        // Save As and Quit have no standard key on some platforms (Windows, and the offscreen platform that
        // behaves like it); Baton gives them Ctrl+Shift+S and Ctrl+Q there.
        const QList<QKeySequence> keys = { QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Open),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QKeySequence(QKeySequence::Close), QKeySequence(Qt::CTRL | Qt::Key_Q),
            QKeySequence(QKeySequence::Undo), QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Comma),
            QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
            QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
            QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_I) };
        for (const QKeySequence &key : keys) {
            QVERIFY(!key.isEmpty());
            QVERIFY2(findAction(&window, key), qPrintable(key.toString()));
        }
        // Full screen has a key even where the platform defines none (GNOME).
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::FullScreen);
        QVERIFY(findAction(&window, platform.isEmpty() ? QKeySequence(Qt::Key_F11) : platform.first()));
    }

    void noKeyIsBoundTwice()
    {
        MainWindow window;
        QMap<QKeySequence, QString> owners;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                QVERIFY2(!owners.contains(key),
                    qPrintable(QStringLiteral("%1: %2 and %3").arg(key.toString(), owners.value(key), action->text())));
                owners.insert(key, action->text());
            }
        }
        QVERIFY(owners.size() > 20);
    }

    void paletteOpensFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(window.commandPalette()->isVisible());
        QTest::keyClick(window.commandPalette()->searchField(), Qt::Key_Escape);
        QVERIFY(!window.commandPalette()->isVisible());
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.commandPalette()->isVisible());
        QTest::keyClick(window.commandPalette()->searchField(), Qt::Key_Escape);
    }

    void f6SwitchesBetweenNavigationAndPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(QStringLiteral("overview"));
        auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("Navigation"));
        QWidget *page = window.findChild<QStackedWidget *>()->currentWidget();
        navigation->setFocus();
        QVERIFY(navigation->hasFocus());
        QTest::keyClick(&window, Qt::Key_F6);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QVERIFY(page->isAncestorOf(focused));
        QTest::keyClick(&window, Qt::Key_F6);
        QVERIFY(navigation->hasFocus());
    }

    void controlsHaveAccessibleNames()
    {
        MainWindow window;
        QVERIFY(!window.findChild<QTreeWidget *>(QStringLiteral("Navigation"))->accessibleName().isEmpty());
        QVERIFY(!window.findChild<QStackedWidget *>()->accessibleName().isEmpty());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("PageTitle"))->accessibleName().isEmpty());
        QVERIFY(!window.commandPalette()->searchField()->accessibleName().isEmpty());
        QVERIFY(!window.commandPalette()->findChild<QListWidget *>()->accessibleName().isEmpty());
        // Every menu command has a text a screen reader can say.
        std::function<void(const QList<QAction *> &)> check = [&](const QList<QAction *> &actions) {
            for (QAction *action : actions) {
                if (action->isSeparator())
                    continue;
                QVERIFY(!action->text().isEmpty());
                if (action->menu())
                    check(action->menu()->actions());
            }
        };
        check(window.menuBar()->actions());
        QVERIFY(window.menuBar()->actions().size() >= 5);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
