// The first-run welcome: with no workspace open Baton starts on the Overview's welcome, which offers the
// demo, a new or existing workspace, and an import button that opens the CSV importer.

#include "core/workspace.h"
#include "demo/defaultconfiguration.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "settings.h"
#include "workspacesession.h"

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace baton;

class TestWelcome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_welcome"));
    }

    void init() { QSettings().clear(); }

    void firstRunStartsOnTheWelcome()
    {
        // A first run: nothing recent, nothing open. Even a remembered page gives way to the welcome.
        Settings::lastPage().set(QStringLiteral("route/rules"));
        MainWindow window;
        QCOMPARE(window.currentPageId(), QStringLiteral("route/rules"));
        window.showStartPage();
        QCOMPARE(window.currentPageId(), QStringLiteral("overview"));
    }

    void anOpenWorkspaceKeepsTheRememberedPage()
    {
        const QString file = m_dir.filePath(QStringLiteral("start.baton"));
        {
            auto workspace = Workspace::create(file);
            QVERIFY(workspace.ok());
            QVERIFY(applyDefaultConfiguration(**workspace, QStringLiteral("Start")).ok());
        }
        Settings::lastPage().set(QStringLiteral("route/rules"));
        MainWindow window;
        QVERIFY(window.openWorkspace(file, true));
        window.showStartPage();
        QCOMPARE(window.currentPageId(), QStringLiteral("route/rules"));
    }

    void recentWorkspacesShowTheirWholeLines()
    {
        // A line longer than the list's size hint (as the German "no recent workspaces yet" is) is shown whole:
        // the list widens to its longest line, up to its maximum width.
        const QString path = m_dir.filePath(QStringLiteral("Quarterly governance review - EMEA.baton"));
        Settings::recentWorkspaces().set({ path });
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.showPage(QStringLiteral("overview"));
        auto *overview = window.findChild<OverviewPage *>();
        QVERIFY(overview);
        QListWidget *recent = nullptr;
        for (auto *list : overview->findChildren<QListWidget *>())
            if (list->isVisible())
                recent = list;
        QVERIFY(recent);
        QCOMPARE(recent->count(), 1);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int needed = recent->fontMetrics().horizontalAdvance(recent->item(0)->text());
        QVERIFY(needed > recent->sizeHint().width()); // the premise: the size hint alone would cut it
        if (needed <= recent->maximumWidth() - 40)
            QVERIFY2(recent->viewport()->width() >= needed,
                qPrintable(QStringLiteral("%1 px shown of %2").arg(recent->viewport()->width()).arg(needed)));
        else
            QCOMPARE(recent->width(), recent->maximumWidth());
    }

    void importOpensTheImporter()
    {
        MainWindow window;
        window.show();
        window.showPage(QStringLiteral("overview"));
        auto *overview = window.findChild<OverviewPage *>();
        QVERIFY(overview);
        auto *import = overview->findChild<QPushButton *>(QStringLiteral("ImportButton"));
        QVERIFY(import);
        QVERIFY(import->isVisible());
        // The main window handles it: enabled, and clicking it asks for an import (which, with no workspace
        // open, first asks for one).
        QCoreApplication::processEvents();
        QVERIFY(import->isEnabled());
        QCOMPARE(import->toolTip(), QStringLiteral("Import handoffs from a CRM's CSV export"));
        QSignalSpy requested(overview, &OverviewPage::importRequested);
        bool asked = false;
        QTimer::singleShot(0, &window, [&]() {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text().contains(QStringLiteral("adds to a workspace"));
                box->reject();
            }
        });
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QVERIFY(asked);
    }

    void welcomeOffersTheWaysToStart()
    {
        MainWindow window;
        window.show();
        window.showPage(QStringLiteral("overview"));
        auto *overview = window.findChild<OverviewPage *>();
        QSignalSpy demo(overview, &OverviewPage::newDemoRequested);
        QPushButton *demoButton = nullptr;
        for (QPushButton *button : overview->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Explore a demo workspace"))
                demoButton = button;
        QVERIFY(demoButton);
        QVERIFY(demoButton->isVisible());
        // The main window handles it by asking where to put the demo (a dialog), so only the request is checked.
        disconnect(overview, &OverviewPage::newDemoRequested, &window, nullptr);
        QTest::mouseClick(demoButton, Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
