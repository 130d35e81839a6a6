// The main window on the offscreen platform: it constructs, offers every workflow step, shows every
// page, follows the open workspace, and remembers its page.

#include "chartsupport.h"
#include "core/workspace.h"
#include "demo/defaultconfiguration.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "pagecatalog.h"
#include "pages/enforce/slapage.h"
#include "pages/optimize/dashboardpage.h"
#include "pages/overviewpage.h"
#include "settings.h"
#include "translations.h"
#include "workspacesession.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <algorithm>

using namespace baton;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QAction *findAction(QWidget *window, const QKeySequence &shortcut)
    {
        for (QAction *action : window->findChildren<QAction *>())
            if (action->shortcut() == shortcut)
                return action;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void navigationHasEveryWorkflowStep()
    {
        MainWindow window;
        auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("Navigation"));
        QVERIFY(navigation);
        QStringList steps;
        for (int i = 0; i < navigation->topLevelItemCount(); ++i)
            steps << navigation->topLevelItem(i)->text(0);
        const QStringList expected = { "Define", "Map", "Instrument", "Route", "Enforce", "Feedback", "Optimize", "Govern" };
        for (const QString &step : expected)
            QVERIFY2(steps.join(u'|').contains(step), qPrintable(step));
        // The steps come in the workflow's order.
        int last = -1;
        for (const QString &step : expected) {
            const int index = steps.indexOf(QRegularExpression(QStringLiteral(".*%1$").arg(step)));
            QVERIFY(index > last);
            last = index;
        }
        // Maturity and Meeting are reachable.
        QVERIFY(window.showPage(QStringLiteral("govern/maturity")));
        QVERIFY(window.showPage(QStringLiteral("govern/meeting")));
    }

    void everyPageShows()
    {
        MainWindow window;
        window.show();
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        for (const PageInfo &info : PageCatalog::pages()) {
            QVERIFY2(window.showPage(info.id), qPrintable(info.id));
            QCOMPARE(window.currentPageId(), info.id);
            // The visible page is the one asked for.
            bool found = false;
            for (QWidget *widget : window.findChildren<QWidget *>(info.id))
                found = found || widget->isVisible();
            QVERIFY2(found, qPrintable(info.id));
        }
        QVERIFY(!window.showPage(QStringLiteral("no/such/page")));
    }

    void followsTheOpenWorkspace()
    {
        const QString file = m_dir.filePath(QStringLiteral("window.baton"));
        {
            auto workspace = Workspace::create(file);
            QVERIFY(workspace.ok());
            QVERIFY(applyDefaultConfiguration(**workspace, QStringLiteral("Window test")).ok());
        }
        MainWindow window;
        window.show();
        window.showPage(QStringLiteral("overview"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Baton")));
        QVERIFY(window.openWorkspace(file, true));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Window test")));
        // The overview lists every table with its row count, by a name in words; the KPI cubes' bookkeeping
        // (kpi_sync) holds nothing of the user's and is left out.
        auto *overview = window.findChild<OverviewPage *>();
        QVERIFY(overview);
        auto *counts = overview->findChild<QTableWidget *>();
        QVERIFY(counts);
        const auto tables = *window.session()->workspace()->tableCounts();
        QVERIFY(std::any_of(
            tables.begin(), tables.end(), [](const auto &table) { return table.first == QStringLiteral("kpi_sync"); }));
        QCOMPARE(counts->rowCount(), int(tables.size()) - 1);
        for (int row = 0; row < counts->rowCount(); ++row)
            QVERIFY2(
                !counts->item(row, 0)->text().contains(QLatin1Char('_')), qPrintable(counts->item(row, 0)->text()));
        // The rows are counted in a worker after the page shows; then every table shows its own count.
        QSignalSpy shown(overview, &OverviewPage::countsShown);
        QVERIFY(shown.wait(10000));
        QHash<QString, qint64> expected;
        for (const auto &[table, count] : tables)
            expected.insert(OverviewPage::tableLabel(table), count);
        int nonZero = 0;
        for (int row = 0; row < counts->rowCount(); ++row) {
            const QString label = counts->item(row, 0)->text();
            QCOMPARE(counts->item(row, 1)->data(Qt::DisplayRole).toLongLong(), expected.value(label, -1));
            nonZero += expected.value(label) > 0 ? 1 : 0;
        }
        QVERIFY(nonZero > 5); // the default configuration fills several tables
        // The counts show the locale's group separators (item views hand delegates a locale without them).
        auto *delegate = qobject_cast<QStyledItemDelegate *>(counts->itemDelegateForColumn(1));
        QVERIFY(delegate);
        QLocale asAViewHandsItOver(QLocale::German, QLocale::Germany);
        asAViewHandsItOver.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(delegate->displayText(QVariant(qint64(1234567)), asAViewHandsItOver), QStringLiteral("1.234.567"));
        QCOMPARE(delegate->displayText(QVariant(QStringLiteral("…")), asAViewHandsItOver), QStringLiteral("…"));
        QCOMPARE(Settings::recentWorkspaces().get().value(0), QFileInfo(file).absoluteFilePath());
        window.session()->close();
        QCOMPARE(window.windowTitle(), QStringLiteral("Baton"));
        // A missing file is refused and dropped from the recent list.
        QVERIFY(!window.openWorkspace(m_dir.filePath(QStringLiteral("gone.baton")), true));
    }

    void standardShortcutsExist()
    {
        MainWindow window;
        for (const QKeySequence &key : { QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::New),
                 QKeySequence(QKeySequence::Undo), QKeySequence(QKeySequence::Redo), QKeySequence(QKeySequence::Quit),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QKeySequence(Qt::CTRL | Qt::Key_Q),
                 QKeySequence(Qt::CTRL | Qt::Key_2) }) {
            // Some platforms (offscreen among them) define no standard key for an action: those are given
            // explicit ones instead, checked by the explicit sequences above.
            if (key.isEmpty())
                continue;
            QVERIFY2(findAction(&window, key), qPrintable(key.toString()));
        }
        findAction(&window, QKeySequence(Qt::CTRL | Qt::Key_2))->trigger();
        QCOMPARE(window.currentPageId(), QStringLiteral("define/contract"));
    }

    void remembersItsPage()
    {
        {
            MainWindow window;
            window.show();
            window.showPage(QStringLiteral("route/coverage"));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.currentPageId(), QStringLiteral("route/coverage"));
    }

    void rendersSomething()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1000, 700));
        // Not a blank picture: the navigation and the welcome text put many colours on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);
    }

    // The pages with charts in a small and in a common window, in English and in German: every category, axis
    // title and legend entry of their charts reads whole (Qt Charts cuts to "..." what it has no room for). The
    // pages get the room that the pages' own tests give them (chartsupport.h).
    void chartsReadWholeInTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("window");
        QTest::addColumn<QSize>("page");
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
            QTest::addRow("%s 1100x700", qPrintable(language)) << language << QSize(1100, 700) << baton::test::PageIn1100x700;
            QTest::addRow("%s 1280x800", qPrintable(language)) << language << QSize(1280, 800) << baton::test::PageIn1280x800;
        }
    }

    void chartsReadWholeInTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QSize, window);
        QFETCH(QSize, page);
        const QString file = m_dir.filePath(QStringLiteral("charts.baton"));
        if (!QFile::exists(file)) {
            DemoOptions options;
            options.handoffs = 3000;
            QVERIFY(createDemoWorkspace(file, options).ok());
        }
        baton::test::LanguageScope scope(language);
        QCOMPARE(scope.loaded(), language);
        MainWindow main;
        QVERIFY(main.openWorkspace(file, true));
        main.resize(window);
        main.show();
        for (const QString &id : { QStringLiteral("optimize/dashboard"), QStringLiteral("enforce/sla"),
                 QStringLiteral("optimize/accounts"), QStringLiteral("feedback/rejections") }) {
            QVERIFY2(main.showPage(id), qPrintable(id));
            baton::test::settleCharts();
            QCOMPARE(main.size(), window);
            const QStringList problems = baton::test::unreadableChartTextsIn(&main);
            QVERIFY2(problems.isEmpty(), qPrintable(id + QStringLiteral(":\n") + problems.join(u'\n')));
        }
        QCOMPARE(main.findChild<DashboardPage *>()->size(), page);
        QCOMPARE(main.findChild<SlaPage *>()->size(), page);
    }

    // Last, because it switches the language: every page, in German (long words and labels) and with a
    // workspace's data, fits a window 1100 pixels wide. Tiles and labels wrap, tables scroll; no page sets
    // the window a larger minimum width, and the navigation shows its entries whole.
    void germanPagesFitASmallWindow()
    {
        const QString file = m_dir.filePath(QStringLiteral("narrow.baton"));
        DemoOptions options;
        options.handoffs = 2000;
        options.weeks = 8;
        QVERIFY(createDemoWorkspace(file, options).ok());
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        const auto english = qScopeGuard([] {
            for (QTranslator *translator : qApp->findChildren<QTranslator *>())
                QCoreApplication::removeTranslator(translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        });
        MainWindow window;
        QVERIFY(window.openWorkspace(file, true));
        window.resize(1100, 750);
        window.show();
        auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("Navigation"));
        QVERIFY(navigation);
        // Twice round: pages that compute in the background have their results the second time.
        for (int round = 0; round < 2; ++round)
            for (const PageInfo &info : PageCatalog::pages()) {
                QVERIFY2(window.showPage(info.id), qPrintable(info.id));
                QCoreApplication::processEvents();
                const int minimum = window.minimumSizeHint().width();
                QVERIFY2(minimum <= 1100, qPrintable(QStringLiteral("%1 needs %2 px").arg(info.id).arg(minimum)));
                QTreeWidgetItem *item = navigation->currentItem();
                QVERIFY(item);
                const int needed = navigation->fontMetrics().horizontalAdvance(item->text(0))
                    + navigation->visualItemRect(item).left();
                QVERIFY2(needed <= navigation->viewport()->width(), qPrintable(item->text(0)));
            }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
