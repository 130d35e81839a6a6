// The Route pages on the offscreen platform: reordering rules by drag and drop with undo and redo (also
// several steps back), activating a draft, the coverage page's planted gap and its click-through to the
// rule, the roster page, the simulation dialog, and the undoable edits the coverage model editor makes.
// Numbers are checked against SQL on the workspace file, not against the pages' own code.

#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "pages/route/coveragepage.h"
#include "pages/route/rosterpage.h"
#include "entitycommand.h"
#include "pages/route/rulelistmodel.h"
#include "pages/route/rulesetcommands.h"
#include "pages/route/rulespage.h"
#include "pages/route/simulationdialog.h"
#include "route/rulesetstore.h"
#include "testsupport.h"
#include "workspacesession.h"

#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

QStringList ruleOrder(const RawDatabase &raw, qint64 set)
{
    QStringList names;
    for (const QVariantList &row : raw.rows(QStringLiteral("SELECT name FROM routing_rule WHERE rule_set_id = ? ORDER BY position, id"), { set }))
        names << row.at(0).toString();
    return names;
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestRoutePages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    DemoSummary m_summary;
    int m_copies = 0;

    // A fresh copy of the demo for a test that changes it.
    QString copyOfDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.baton").arg(++m_copies));
        auto workspace = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        if (!workspace || !(*workspace)->saveCopyAs(path).ok())
            qFatal("cannot copy the demo");
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BatonTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_routepages"));
        QSettings().clear();
        DemoOptions options;
        options.handoffs = 1500;
        options.weeks = 6;
        m_demo = m_dir.filePath(QStringLiteral("demo.baton"));
        auto summary = createDemoWorkspace(m_demo, options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        m_summary = *summary;
    }

    void rulesAreReorderedByDragAndDropWithUndo()
    {
        const QString path = copyOfDemo();
        WorkspaceSession session;
        QVERIFY(session.open(path).ok());
        const qint64 active = *RuleSetStore(*session.workspace()).activeRuleSetId();
        auto *draft = new CreateDraftCommand(&session, QStringLiteral("Reordered"), active);
        session.undoStack()->push(draft);
        const qint64 set = draft->ruleSetId();
        QVERIFY(set > 0);

        RulesPage page(&session);
        page.resize(1200, 800);
        page.show();
        page.showRule(RuleSetStore(*session.workspace()).rules(set)->first().id);
        QCOMPARE(page.currentRuleSetId(), set);
        auto *model = qobject_cast<RuleListModel *>(page.findChild<QTableView *>(QStringLiteral("RuleList"))->model());
        QVERIFY(model);
        RawDatabase raw(path);
        const QStringList original = ruleOrder(raw, set);
        QCOMPARE(original.size(), 7);
        QCOMPARE(ruleOrder(raw, active), original);

        // Drag the shadowed rule (row 5) above the EMEA rule (row 4): it comes first now, and is no longer shadowed.
        QMimeData *dragged = model->mimeData({ model->index(4, 0) });
        model->dropMimeData(dragged, Qt::MoveAction, 3, 0, {});
        delete dragged;
        QStringList expected = original;
        expected.move(4, 3);
        QCOMPARE(ruleOrder(raw, set), expected);
        QCOMPARE(model->row(3).rule.name, m_summary.story.shadowedRule);
        QVERIFY(!model->row(3).coverage.startsWith(QStringLiteral("Shadowed")));
        QVERIFY(model->row(4).coverage.startsWith(QStringLiteral("Scenarios taken")));
        // A second move of rows the first one touched, then undo both, redo both.
        dragged = model->mimeData({ model->index(6, 0) });
        model->dropMimeData(dragged, Qt::MoveAction, 0, 0, {});
        delete dragged;
        QStringList twice = expected;
        twice.move(6, 0);
        QCOMPARE(ruleOrder(raw, set), twice);
        session.undoStack()->undo();
        QCOMPARE(ruleOrder(raw, set), expected);
        session.undoStack()->undo();
        QCOMPARE(ruleOrder(raw, set), original);
        session.undoStack()->redo();
        session.undoStack()->redo();
        QCOMPARE(ruleOrder(raw, set), twice);
        // The active rules never changed, and every position change is in the audit log.
        QCOMPARE(ruleOrder(raw, active), original);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'routing_rule' AND field = 'position'")).toInt() >= 8);
        // The active set cannot be reordered.
        page.showRule(RuleSetStore(*session.workspace()).rules(active)->first().id);
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled));
        // Undo of the draft itself removes it with its rules; redo brings the same rows back.
        while (session.undoStack()->canUndo())
            session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM routing_rule WHERE rule_set_id = ?"), { set }).toInt(), 0);
        session.undoStack()->redo();
        QCOMPARE(ruleOrder(raw, set), original);
    }

    void aDraftWithoutGapsIsActivatedAndUndone()
    {
        const QString path = copyOfDemo();
        WorkspaceSession session;
        QVERIFY(session.open(path).ok());
        Workspace &ws = *session.workspace();
        const qint64 active = *RuleSetStore(ws).activeRuleSetId();
        const qint64 set = *RuleSetStore(ws).createDraft(QStringLiteral("Closes the APAC gap"), active);
        RawDatabase raw(path);
        // The rule that closes the planted gap: APAC Enterprise to the Enterprise AEs.
        RoutingRule fix;
        fix.ruleSetId = set;
        fix.position = 100;
        fix.name = QStringLiteral("APAC Enterprise to Enterprise AEs");
        fix.conditions.territories = { raw.value(QStringLiteral("SELECT id FROM territory WHERE name = 'APAC'")).toLongLong() };
        fix.assignKind = AssignKind::Pool;
        fix.assignTeamId = raw.value(QStringLiteral("SELECT id FROM team WHERE name = 'Enterprise AE'")).toLongLong();
        session.undoStack()->push(EntityCommand<RoutingRule>::add(&session, fix, QStringLiteral("Add")));

        RulesPage page(&session);
        page.show();
        page.showRule(session.undoStack()->count() ? RuleSetStore(ws).rules(set)->last().id : 0);
        QCOMPARE(page.currentRuleSetId(), set);
        QPushButton *activate = button(&page, QStringLiteral("Activate"));
        QVERIFY(activate && activate->isEnabled());
        activate->click(); // no gaps left: no question asked
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM routing_rule_set WHERE id = ?"), { set }).toString(), QStringLiteral("active"));
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM routing_rule_set WHERE id = ?"), { active }).toString(), QStringLiteral("archived"));
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM routing_rule_set WHERE id = ?"), { set }).toString(), QStringLiteral("draft"));
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM routing_rule_set WHERE id = ?"), { active }).toString(), QStringLiteral("active"));
    }

    void theCoveragePageShowsThePlantedGapAndOpensItsRule()
    {
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(window.openWorkspace(m_demo, true));
        QVERIFY(window.showPage(QStringLiteral("route/coverage")));
        auto *page = window.findChild<CoveragePage *>();
        QVERIFY(page && page->analysis());
        RawDatabase raw(m_demo);
        const int signalTypes = raw.value(QStringLiteral("SELECT count(*) FROM signal_type")).toInt();
        const int industries = raw.value(QStringLiteral("SELECT count(*) FROM industry")).toInt();
        QCOMPARE(page->analysis()->count(CoverageAnalysis::Reach::FallbackOnly), qint64(signalTypes) * industries);
        // Every grid: only the APAC x Enterprise cell has gaps (half of it: leads without an account owner).
        QTableWidget *grid = page->grid();
        for (int s = 0; s < signalTypes; ++s) {
            page->selectSignalType(s);
            for (int t = 0; t < grid->rowCount(); ++t)
                for (int g = 0; g < grid->columnCount(); ++g) {
                    const bool gap = grid->verticalHeaderItem(t)->text() == m_summary.story.gapTerritory
                        && grid->horizontalHeaderItem(g)->text() == m_summary.story.gapSegment;
                    QCOMPARE(grid->item(t, g)->text().contains(QStringLiteral("only the fallback")), gap);
                    if (gap)
                        QVERIFY(grid->item(t, g)->text().startsWith(QStringLiteral("%1 of %2").arg(industries).arg(2 * industries)));
                }
        }
        // The gap cell is open; its first scenario names the nearest rule, which opens on the rules page.
        QCOMPARE(grid->verticalHeaderItem(grid->currentRow())->text(), m_summary.story.gapTerritory);
        QTableWidget *details = page->details();
        QVERIFY(details->item(details->currentRow(), details->columnCount() - 1)->text().contains(QStringLiteral("nearest rule")));
        const qint64 rule = details->item(details->currentRow(), 0)->data(Qt::UserRole).toLongLong();
        QVERIFY(rule > 0);
        button(page, QStringLiteral("Open the rule"))->click();
        QCOMPARE(window.currentPageId(), QStringLiteral("route/rules"));
        auto *rules = window.findChild<RulesPage *>();
        auto *view = rules->findChild<QTableView *>(QStringLiteral("RuleList"));
        auto *model = qobject_cast<RuleListModel *>(view->model());
        QCOMPARE(model->row(view->selectionModel()->selectedRows().first().row()).rule.id, rule);
    }

    void theRosterPageShowsAWhatIfAndWhoIsNotThere()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_demo).ok());
        RosterPage page(&session);
        page.show();
        RawDatabase raw(m_demo);
        // The departed account executive is flagged with the accounts and open handoffs SQL counts.
        QTableWidget *flags = page.flagsTable();
        QCOMPARE(flags->rowCount(), 1);
        QCOMPARE(flags->item(0, 0)->text(), m_summary.story.departedOwner);
        QCOMPARE(flags->item(0, 2)->text().toInt(),
            raw.value(QStringLiteral("SELECT count(*) FROM account a JOIN owner o ON o.id = a.owner_id WHERE o.name = ?"),
                   { m_summary.story.departedOwner })
                .toInt());
        QCOMPARE(flags->item(0, 3)->text().toInt(),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff h JOIN owner o ON o.id = h.owner_id WHERE o.name = ? AND h.outcome = 'open'"),
                   { m_summary.story.departedOwner })
                .toInt());
        // The fallback queue has one member: if she leaves, the planted gap reaches no owner at all.
        const qint64 triage = raw.value(QStringLiteral("SELECT m.owner_id FROM team_member m JOIN team t ON t.id = m.team_id "
                                                       "WHERE t.is_fallback = 1")).toLongLong();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM team_member m JOIN team t ON t.id = m.team_id WHERE t.is_fallback = 1")).toInt(), 1);
        page.setWhatIf(triage, true, QDate(2026, 12, 1));
        QVERIFY(page.runWhatIf());
        QTableWidget *shifts = page.shiftsTable();
        QCOMPARE(shifts->rowCount(), raw.value(QStringLiteral("SELECT count(*) FROM signal_type")).toInt()
                * raw.value(QStringLiteral("SELECT count(*) FROM industry")).toInt());
        for (int r = 0; r < shifts->rowCount(); ++r) {
            QVERIFY(shifts->item(r, 0)->text().contains(m_summary.story.gapTerritory + QStringLiteral(" × ") + m_summary.story.gapSegment));
            QCOMPARE(shifts->item(r, 1)->text(), QStringLiteral("fallback queue"));
            QCOMPARE(shifts->item(r, 2)->text(), QStringLiteral("no owner"));
        }
        // The load table lists every owner who gets leads, with capacities from the owner table.
        page.setWhatIf(raw.value(QStringLiteral("SELECT id FROM owner WHERE name = 'Jordan Blake'")).toLongLong(), false,
            QDate(2026, 11, 24), QDate(2026, 11, 28));
        QVERIFY(page.runWhatIf());
        QTableWidget *loads = page.loadTable();
        QVERIFY(loads->rowCount() >= 10);
        for (int r = 0; r < loads->rowCount(); ++r)
            QCOMPARE(loads->item(r, 1)->text().toInt(),
                raw.value(QStringLiteral("SELECT capacity_per_day FROM owner WHERE name = ?"), { loads->item(r, 0)->text() }).toInt());
    }

    void theSimulationDialogReplaysHandoffs()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_demo).ok());
        const qint64 active = *RuleSetStore(*session.workspace()).activeRuleSetId();
        SimulationDialog dialog(&session, active);
        dialog.useHandoffs(QDate(2026, 11, 9), QDate(2026, 11, 22));
        QVERIFY(dialog.run());
        qint64 leads = 0;
        for (int r = 0; r < dialog.ownersTable()->rowCount(); ++r)
            leads += QLocale().toLongLong(dialog.ownersTable()->item(r, 2)->text());
        RawDatabase raw(m_demo);
        // Every handoff of the range (in the reporting time zone) is routed to somebody.
        const qint64 from = QDateTime(QDate(2026, 11, 9), QTime(0, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        QCOMPARE(leads, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE handed_off_at >= ? AND handed_off_at < ?"), { from, to })
                            .toLongLong());
    }

    void coverageModelEditsAreOneUndoableStep()
    {
        const QString path = copyOfDemo();
        WorkspaceSession session;
        QVERIFY(session.open(path).ok());
        // A new territory with two areas, as the editor builds it: the areas take the territory's new id.
        auto *command = new QUndoCommand(QStringLiteral("Add territory Nordics"));
        auto *territory = EntityCommand<Territory>::add(&session, Territory { 0, 0, "Nordics", 9 }, command->text(), command);
        for (const char *country : { "SE", "NO" }) {
            auto *area = EntityCommand<TerritoryArea>::add(&session, TerritoryArea { 0, 0, 0, QString::fromLatin1(country), {} },
                command->text(), command);
            area->linkTo(&TerritoryArea::territoryId, territory);
        }
        session.undoStack()->push(command);
        RawDatabase raw(path);
        const qint64 id = raw.value(QStringLiteral("SELECT id FROM territory WHERE name = 'Nordics'")).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM territory_area WHERE territory_id = ?"), { id }).toInt(), 2);
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM territory WHERE name = 'Nordics'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM territory_area WHERE country IN ('SE', 'NO')")).toInt(), 0);
        session.undoStack()->redo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM territory_area WHERE territory_id = ?"), { id }).toInt(), 2);
        // Someone else renames it: undoing our add refuses to delete their row and says why.
        Territory theirs = *Repository<Territory>(*session.workspace()).get(id);
        theirs.name = QStringLiteral("Nordics and Baltics");
        QVERIFY(Repository<Territory>(*session.workspace()).update(theirs).ok());
        QSignalSpy errors(&session, &WorkspaceSession::errorReported);
        session.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(raw.value(QStringLiteral("SELECT name FROM territory WHERE id = ?"), { id }).toString(), QStringLiteral("Nordics and Baltics"));
    }
};

QTEST_MAIN(TestRoutePages)
#include "tst_routepages.moc"
