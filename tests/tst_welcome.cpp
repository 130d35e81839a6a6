// The first-run welcome: with no workspace open Baton starts on the Overview's welcome, which offers the
// demo, a new or existing workspace, and an import button that works only once an importer is connected.

#include "core/workspace.h"
#include "demo/defaultconfiguration.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "settings.h"
#include "workspacesession.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

    void importWaitsForTheImporter()
    {
        MainWindow window;
        window.show();
        window.showPage(QStringLiteral("overview"));
        auto *overview = window.findChild<OverviewPage *>();
        QVERIFY(overview);
        auto *import = overview->findChild<QPushButton *>(QStringLiteral("ImportButton"));
        QVERIFY(import);
        QVERIFY(import->isVisible());
        // Nothing handles it yet: disabled, and says why.
        QVERIFY(!import->isEnabled());
        QCOMPARE(import->toolTip(), QStringLiteral("Import arrives with the CSV importer"));

        // Once something connects (the importer, later), it is enabled and clicking it asks for an import.
        QSignalSpy requested(overview, &OverviewPage::importRequested);
        QCoreApplication::processEvents();
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
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
