// The command palette: how a query matches, that the built-in providers offer exactly the workspace's
// signal types, owners and routing rules, that typing filters the list and that Enter goes where the
// chosen entry belongs (its page, or its command).

#include "commandpalette.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "settings.h"
#include "testsupport.h"
#include "theme.h"
#include "workspacesession.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace baton;
using baton::test::RawDatabase;

namespace {

PaletteEntry entry(const QString &kind, const QString &title, const QString &detail = {})
{
    PaletteEntry e;
    e.kind = kind;
    e.title = title;
    e.detail = detail;
    return e;
}

QAction *findAction(QWidget *window, const QKeySequence &shortcut)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->shortcuts().contains(shortcut))
            return action;
    return nullptr;
}

// A provider registered from outside, as a page would.
class FixedProvider final : public PaletteProvider
{
public:
    Result<QList<PaletteEntry>> entries(Workspace *) const override
    {
        PaletteEntry e = entry(ItemKind::Owner, QStringLiteral("Zebra Quokka"), QStringLiteral("from a test"));
        e.pageId = QStringLiteral("route/roster");
        e.itemId = 4242;
        return QList<PaletteEntry> { e };
    }
};

} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // Opens the palette of `window` with its shortcut and returns it.
    CommandPalette *openPalette(MainWindow &window)
    {
        QAction *action = findAction(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
        if (!action)
            return nullptr;
        action->trigger();
        return window.commandPalette();
    }

    // A case-insensitive substring filter written independently of CommandPalette::matchScore.
    static bool naiveMatch(const PaletteEntry &e, const QString &word)
    {
        return (e.title + QLatin1Char(' ') + e.detail + QLatin1Char(' ') + PaletteProviders::kindLabel(e.kind))
            .contains(word, Qt::CaseInsensitive);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_commandpalette"));
        QSettings().clear();
        m_demo = m_dir.filePath(QStringLiteral("demo.baton"));
        DemoOptions options;
        options.weeks = 2;
        options.handoffs = 200;
        QVERIFY(createDemoWorkspace(m_demo, options).ok());
    }

    void cleanup() { QSettings().clear(); }

    void matchScore_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("score");
        // Hand-worked: start of the title 30, start of a later word 20, inside a word 10, only in the detail
        // or kind 3, plus 50 when the whole query begins the title; -1 when any word is missing.
        QTest::newRow("empty query") << "Routing rules" << "" << "" << 0;
        QTest::newRow("prefix") << "Routing rules" << "" << "rout" << 80;
        QTest::newRow("case ignored") << "Routing rules" << "" << "ROUT" << 80;
        QTest::newRow("later word") << "Routing rules" << "" << "rules" << 20;
        QTest::newRow("inside a word") << "Routing rules" << "" << "uting" << 10;
        QTest::newRow("two words, any order") << "Routing rules" << "" << "rules rout" << 50;
        QTest::newRow("detail only") << "Jordan Blake" << "SDR, NA SDR" << "sdr" << 3;
        QTest::newRow("kind label") << "Jordan Blake" << "" << "owner" << 3;
        QTest::newRow("accents ignored") << "Français" << "" << "francais" << 80;
        QTest::newRow("one word missing") << "Routing rules" << "" << "rules coverage" << -1;
        QTest::newRow("no match") << "Handoff contract" << "" << "xyz" << -1;
    }

    void matchScore()
    {
        QFETCH(QString, title);
        QFETCH(QString, detail);
        QFETCH(QString, query);
        QFETCH(int, score);
        QCOMPARE(CommandPalette::matchScore(entry(ItemKind::Owner, title, detail), query), score);
    }

    void providersOfferTheWorkspaceItems()
    {
        auto workspace = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(workspace.ok());
        QMap<QString, QList<std::pair<qint64, QString>>> offered;
        for (const auto &provider : PaletteProviders::all()) {
            auto entries = provider->entries(workspace->get());
            QVERIFY2(entries.ok(), qPrintable(entries.errorMessage()));
            for (const PaletteEntry &e : *entries)
                offered[e.kind].append({ e.itemId, e.title });
            // Without a workspace a provider offers nothing, and does not fail.
            auto none = provider->entries(nullptr);
            QVERIFY(none.ok());
            QVERIFY(none->isEmpty());
        }
        RawDatabase raw(m_demo);
        const QMap<QString, QString> tables = { { ItemKind::SignalType, "signal_type" }, { ItemKind::Owner, "owner" },
            { ItemKind::RoutingRule, "routing_rule" } };
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            QList<std::pair<qint64, QString>> expected;
            for (const QVariantList &row : raw.rows(QStringLiteral("SELECT id, name FROM %1").arg(it.value())))
                expected.append({ row.at(0).toLongLong(), row.at(1).toString() });
            QList<std::pair<qint64, QString>> got = offered.value(it.key());
            std::sort(expected.begin(), expected.end());
            std::sort(got.begin(), got.end());
            QVERIFY2(!expected.isEmpty(), qPrintable(it.value()));
            QCOMPARE(got, expected);
        }
    }

    void typingFilters()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_demo, true));
        CommandPalette *palette = openPalette(window);
        QVERIFY(palette);
        QVERIFY(palette->isVisible());
        QVERIFY(palette->searchField()->hasFocus() || palette->searchField()->text().isEmpty());

        // Nothing typed: every page, every workspace item and the commands.
        const QList<PaletteEntry> all = palette->visibleEntries();
        RawDatabase raw(m_demo);
        const int items = raw.value(QStringLiteral("SELECT (SELECT count(*) FROM signal_type) + (SELECT count(*) "
                                                   "FROM owner) + (SELECT count(*) FROM routing_rule)"))
                              .toInt();
        int pages = 0, workspaceItems = 0, commands = 0;
        for (const PaletteEntry &e : all) {
            pages += e.kind == PaletteEntry::Page;
            commands += e.kind == PaletteEntry::Command;
            workspaceItems += e.kind != PaletteEntry::Page && e.kind != PaletteEntry::Command;
        }
        QCOMPARE(pages, int(PageCatalog::pages().size()));
        QCOMPARE(workspaceItems, items);
        QVERIFY(commands >= 10);

        // Typing narrows the list to the entries containing what was typed.
        QTest::keyClicks(palette->searchField(), QStringLiteral("rules"));
        const QList<PaletteEntry> rules = palette->visibleEntries();
        int expected = 0;
        for (const PaletteEntry &e : all)
            expected += naiveMatch(e, QStringLiteral("rules"));
        QCOMPARE(rules.size(), expected);
        QVERIFY(rules.size() < all.size());
        for (const PaletteEntry &e : rules)
            QVERIFY2(naiveMatch(e, QStringLiteral("rules")), qPrintable(e.title));
        // The page whose title starts with the query comes first.
        QCOMPARE(rules.first().title, QStringLiteral("Routing rules"));

        // One owner's full name leaves exactly that owner.
        const QString name = raw.value(QStringLiteral("SELECT name FROM owner ORDER BY id LIMIT 1")).toString();
        palette->searchField()->clear();
        QTest::keyClicks(palette->searchField(), name);
        const QList<PaletteEntry> owner = palette->visibleEntries();
        QCOMPARE(owner.size(), 1);
        QCOMPARE(owner.first().kind, ItemKind::Owner);
        QCOMPARE(owner.first().itemId, raw.value(QStringLiteral("SELECT id FROM owner WHERE name = ?"), { name }).toLongLong());

        // Nothing matches: the list is empty of entries.
        palette->searchField()->clear();
        QTest::keyClicks(palette->searchField(), QStringLiteral("qqqzzz"));
        QVERIFY(palette->visibleEntries().isEmpty());
    }

    void enterGoesToThePageOfTheEntry_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("page");
        QTest::newRow("page") << "stage map" << PaletteEntry::Page << "map/stages";
        QTest::newRow("signal type") << "demo request" << ItemKind::SignalType << "define/contract";
        QTest::newRow("owner") << "jordan blake" << ItemKind::Owner << "route/rules";
        QTest::newRow("routing rule") << "emea to emea sdr" << ItemKind::RoutingRule << "route/rules";
    }

    void enterGoesToThePageOfTheEntry()
    {
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(QString, page);
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_demo, true));
        window.showPage(QStringLiteral("overview"));
        CommandPalette *palette = openPalette(window);
        QSignalSpy activated(palette, &CommandPalette::entryActivated);
        QTest::keyClicks(palette->searchField(), query);
        QCOMPARE(palette->visibleEntries().first().kind, kind);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QVERIFY(!palette->isVisible());
        QCOMPARE(window.currentPageId(), page);
    }

    void arrowKeysChooseAnotherEntry()
    {
        MainWindow window;
        window.show();
        window.showPage(QStringLiteral("overview"));
        CommandPalette *palette = openPalette(window);
        const QList<PaletteEntry> entries = palette->visibleEntries();
        QVERIFY(entries.size() > 3);
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
        QTest::keyClick(palette->searchField(), Qt::Key_Up);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        // The second entry with nothing typed is the second page of the catalogue.
        QCOMPARE(entries.at(1).pageId, PageCatalog::pages().at(1).id);
        QCOMPARE(window.currentPageId(), entries.at(1).pageId);
    }

    void commandsRunTheirAction()
    {
        MainWindow window;
        window.show();
        CommandPalette *palette = openPalette(window);
        QTest::keyClicks(palette->searchField(), QStringLiteral("theme dark"));
        QCOMPARE(palette->visibleEntries().first().kind, PaletteEntry::Command);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QCOMPARE(Settings::theme().get(), QStringLiteral("dark"));
        QVERIFY(Theme::isDark(QApplication::palette()));
        Theme::apply(ThemeChoice::System);
    }

    void registeredProvidersJoinAndLeave()
    {
        PaletteProviders::add(QStringLiteral("test"), std::make_shared<FixedProvider>());
        MainWindow window;
        window.show();
        CommandPalette *palette = openPalette(window);
        QTest::keyClicks(palette->searchField(), QStringLiteral("quokka"));
        QCOMPARE(palette->visibleEntries().size(), 1);
        QCOMPARE(palette->visibleEntries().first().itemId, 4242);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QCOMPARE(window.currentPageId(), QStringLiteral("route/roster"));

        // Registering again under the same id replaces; removing takes it out.
        const qsizetype count = PaletteProviders::all().size();
        PaletteProviders::add(QStringLiteral("test"), std::make_shared<FixedProvider>());
        QCOMPARE(PaletteProviders::all().size(), count);
        PaletteProviders::remove(QStringLiteral("test"));
        QCOMPARE(PaletteProviders::all().size(), count - 1);
        openPalette(window);
        QTest::keyClicks(palette->searchField(), QStringLiteral("quokka"));
        QVERIFY(palette->visibleEntries().isEmpty());
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
