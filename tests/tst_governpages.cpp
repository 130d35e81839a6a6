// The Govern pages on hand-made workspaces: the maturity matrix shows the engine's stages and the team's view
// (rosier rows marked), the history table, self-assessments recorded and undone; the meeting page builds the
// agenda, drills down to handoffs, records a meeting, decisions and action items, closes and reopens items,
// and deletes a meeting in one undoable step; File > Export Scorecard is enabled once a workspace is open and
// writes the PDF. Set BATON_SCREENSHOT_DIR to keep pictures of every tab.

#include "governfixture.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "govern/maturitymatrix.h"
#include "handofftablemodel.h"
#include "handoffview.h"
#include "mainwindow.h"
#include "pages/govern/maturitygrid.h"
#include "pages/govern/maturitypage.h"
#include "pages/govern/meetingpage.h"
#include "pages/govern/meetingrecordpanel.h"
#include "scorecard/scorecardexport.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace baton;
using namespace baton::test;

class TestGovernPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fixture workspace, taken over by `session`.
    QString open(WorkspaceSession &session, const GovernRecipe &recipe)
    {
        GovernFixture fixture;
        const QString file = m_dir.filePath(QStringLiteral("pages-%1.baton").arg(++m_files));
        fixture.build(file, recipe);
        fixture.workspace->setActor(QStringLiteral("tester"));
        session.adopt(std::move(fixture.workspace));
        return file;
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BATON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents(); // pending layouts first, as a window would have done before painting
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // The buttons of `parent` labelled `text`, in creation order.
    static QList<QPushButton *> buttons(QWidget *parent, const QString &text)
    {
        QList<QPushButton *> found;
        for (QPushButton *button : parent->findChildren<QPushButton *>())
            if (button->text() == text)
                found << button;
        return found;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void maturityPageShowsEvidenceAndTheTeamsView()
    {
        WorkspaceSession session;
        GovernRecipe recipe;
        recipe.coverage = GovernRecipe::Coverage::FallbackOnly; // routing evidence 2
        const QString file = open(session, recipe);
        MaturitySelfAssessment rosy { 0, 0, MaturityDimension::Routing, 3, QDate(2026, 3, 1), QStringLiteral("we route everything") };
        QVERIFY(Repository<MaturitySelfAssessment>(*session.workspace()).add(rosy).ok());

        MaturityPage page(&session);
        QSignalSpy shown(&page, &MaturityPage::assessmentShown);
        QSignalSpy history(&page, &MaturityPage::historyShown);
        page.resize(1280, 820);
        page.show();
        QVERIFY(shown.wait(20000));
        QCOMPARE(page.weekCombo()->currentText(), QStringLiteral("2026-W10"));
        QVERIFY(page.assessment().has_value());
        const DimensionAssessment *routing = page.assessment()->dimension(MaturityDimension::Routing);
        QCOMPARE(routing->evidenceStage, 2);
        QCOMPARE(routing->self->stage, 3);
        // The grid: evidence in stage 2's cell, the team in stage 3's, the row marked rosier.
        MaturityGrid *grid = page.grid();
        QVERIFY(grid->cell(MaturityDimension::Routing, 2)->styleSheet().contains(QStringLiteral("#d6e8f7")));
        QVERIFY(grid->cell(MaturityDimension::Routing, 3)->styleSheet().contains(QStringLiteral("#d55e00")));
        QVERIFY(grid->summary(MaturityDimension::Routing).contains(QStringLiteral("rosier")));
        QVERIFY(!grid->summary(MaturityDimension::Definitions).contains(QStringLiteral("rosier")));
        screenshot(&page, QStringLiteral("maturity-matrix"));

        // The history: one column per week with data up to the week (only W10 here), recorded.
        if (history.isEmpty())
            QVERIFY(history.wait(20000));
        QCOMPARE(page.historyTable()->columnCount(), 1);
        QCOMPARE(page.historyTable()->rowCount(), 5);
        QCOMPARE(page.historyTable()->item(1, 0)->text(), QStringLiteral("2  ▲3"));
        QCOMPARE(RawDatabase(file).value(QStringLiteral("SELECT stage FROM maturity_snapshot WHERE week = '2026-W10' AND dimension = 'routing'")).toInt(), 2);
        page.tabs()->setCurrentIndex(1);
        screenshot(&page, QStringLiteral("maturity-history"));
        page.tabs()->setCurrentIndex(3);
        screenshot(&page, QStringLiteral("maturity-rules"));

        // Recording a self-assessment is one undoable step, and the matrix follows it.
        shown.clear();
        MaturitySelfAssessment honest { 0, 0, MaturityDimension::Routing, 2, QDate(2026, 3, 8), QStringLiteral("the fallback still catches leads") };
        page.recordSelfAssessment(honest);
        QCOMPARE(session.undoStack()->count(), 1);
        RawDatabase raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM maturity_self_assessment")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'maturity_self_assessment'")).toInt() > 0, true);
        QVERIFY(shown.wait(20000));
        QCOMPARE(page.assessment()->dimension(MaturityDimension::Routing)->self->stage, 2);
        QVERIFY(!page.grid()->summary(MaturityDimension::Routing).contains(QStringLiteral("rosier")));
        page.tabs()->setCurrentIndex(2);
        QCOMPARE(page.selfTable()->model()->rowCount(), 2);
        // Edit and remove act on the selected row: without one they are disabled.
        const QList<QPushButton *> selfRemove = buttons(&page, MaturityPage::tr("Remove"));
        QCOMPARE(selfRemove.size(), 1);
        QVERIFY(!selfRemove.first()->isEnabled());
        page.selfTable()->selectRow(1);
        QVERIFY(selfRemove.first()->isEnabled());
        page.selfTable()->clearSelection();
        QVERIFY(!selfRemove.first()->isEnabled());
        QCOMPARE(page.selfTable()->model()->index(0, 3).data().toString(), QStringLiteral("the fallback still catches leads"));
        screenshot(&page, QStringLiteral("maturity-self"));
        shown.clear();
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM maturity_self_assessment")).toInt(), 1);
        QVERIFY(shown.wait(20000));
        QCOMPARE(page.assessment()->dimension(MaturityDimension::Routing)->self->stage, 3);
        session.undoStack()->redo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM maturity_self_assessment")).toInt(), 2);
    }

    void maturityPageOnTheDemo()
    {
        // The demo's story on the page: the team rates routing 3, the evidence (the APAC gap) says less.
        const QString file = m_dir.filePath(QStringLiteral("demo.baton"));
        DemoOptions options;
        options.handoffs = 2400;
        options.weeks = 12;
        QVERIFY(createDemoWorkspace(file, options).ok());
        WorkspaceSession session;
        QVERIFY(session.open(file).ok());
        MaturityPage page(&session);
        QSignalSpy shown(&page, &MaturityPage::assessmentShown);
        QSignalSpy history(&page, &MaturityPage::historyShown);
        page.resize(1280, 820);
        page.show();
        QVERIFY(shown.wait(30000));
        QCOMPARE(page.weekCombo()->currentText(), QStringLiteral("2026-W47"));
        const DimensionAssessment *routing = page.assessment()->dimension(MaturityDimension::Routing);
        QCOMPARE(routing->self->stage, 3);
        QVERIFY(routing->evidenceStage < 3);
        QVERIFY(page.grid()->summary(MaturityDimension::Routing).contains(QStringLiteral("rosier")));
        screenshot(&page, QStringLiteral("demo-maturity-matrix"));
        if (history.isEmpty())
            QVERIFY(history.wait(60000));
        QCOMPARE(page.historyTable()->columnCount(), MaturityPage::HistoryWeeks);
        QCOMPARE(page.history().last().week, (IsoWeek { 2026, 47 }));
        QCOMPARE(page.history().last().evidence.value(MaturityDimension::Routing), routing->evidenceStage);
        page.tabs()->setCurrentIndex(1);
        screenshot(&page, QStringLiteral("demo-maturity-history"));
        page.tabs()->setCurrentIndex(2);
        screenshot(&page, QStringLiteral("demo-maturity-self"));

        MeetingPage meeting(&session);
        QSignalSpy agenda(&meeting, &MeetingPage::agendaShown);
        meeting.resize(1280, 820);
        meeting.show();
        QVERIFY(agenda.wait(30000));
        meeting.showWeek(IsoWeek { 2026, 46 });
        QVERIFY(agenda.wait(30000));
        QVERIFY(meeting.recordPanel()->record().meeting.has_value());
        screenshot(&meeting, QStringLiteral("demo-meeting-w46"));
    }

    void exportScorecardFromTheWindow()
    {
        MainWindow window;
        GovernFixture fixture;
        const QString file = m_dir.filePath(QStringLiteral("window.baton"));
        fixture.build(file, GovernRecipe {});
        fixture.workspace.reset();
        QAction *action = nullptr;
        for (QAction *candidate : window.findChildren<QAction *>())
            if (candidate->text() == MainWindow::tr("&Export Scorecard…"))
                action = candidate;
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no workspace yet
        QVERIFY(window.openWorkspace(file, true));
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        // What the action does after its dialogs: data in the background, the PDF on the GUI thread.
        const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
        auto pages = ScorecardExport::write(&window, window.session(), GovernFixture::Week, pdf, QPageSize::Letter);
        QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
        QCOMPARE(*pages, 5);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
    }

    void maturityPageWithoutWorkspace()
    {
        WorkspaceSession session;
        MaturityPage page(&session);
        page.show();
        QVERIFY(!page.assessment().has_value());
        QVERIFY(!page.isComputing());
    }

    void meetingPageBuildsTheAgendaAndDrillsDown()
    {
        WorkspaceSession session;
        GovernRecipe recipe;
        recipe.slaMissed = 4;
        recipe.rejected = 3;
        open(session, recipe);
        MeetingPage page(&session);
        QSignalSpy shown(&page, &MeetingPage::agendaShown);
        page.resize(1280, 820);
        page.show();
        QVERIFY(shown.wait(20000));
        QCOMPARE(page.weekCombo()->currentText(), QStringLiteral("2026-W10"));
        QTreeWidget *tree = page.agendaTree();
        QCOMPARE(tree->topLevelItemCount(), 6);
        QCOMPARE(tree->topLevelItem(0)->text(0), MeetingAgenda::sectionTitle(AgendaItem::Section::SlaBreaches));
        int items = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            items += tree->topLevelItem(i)->childCount();
        QCOMPARE(items, page.agenda()->items.size());
        // The owner with missed SLAs: his handoffs below on activation.
        QTreeWidgetItem *sam = tree->topLevelItem(0)->child(1);
        QVERIFY(sam->text(0).startsWith(QStringLiteral("Sam: 4 missed")));
        emit tree->itemActivated(sam, 0);
        QTRY_COMPARE(page.handoffs()->model()->rowCount(), 4);
        screenshot(&page, QStringLiteral("meeting"));
    }

    void meetingRecordIsEditableWithUndo()
    {
        WorkspaceSession session;
        GovernRecipe recipe;
        recipe.meetingWeeksBack = { 1 }; // W09 held, W10 not yet
        const QString file = open(session, recipe);
        const qint64 w09 = RawDatabase(file).value(QStringLiteral("SELECT id FROM governance_meeting WHERE week = '2026-W09'")).toLongLong();
        ActionItem earlier { 0, 0, w09, QStringLiteral("Fix the webinar form"), QStringLiteral("Nina"), QDate(2026, 3, 4), ActionStatus::Open, {} };
        QVERIFY(Repository<ActionItem>(*session.workspace()).add(earlier).ok());

        MeetingPage page(&session);
        page.resize(1280, 820);
        page.show();
        MeetingRecordPanel *panel = page.recordPanel();
        QVERIFY(!panel->record().meeting.has_value());
        // Last week's open item comes back on this week's page.
        QCOMPARE(panel->actionItems()->rowCount(), 1);
        QCOMPARE(panel->itemAt(0).title, QStringLiteral("Fix the webinar form"));
        // Removing needs a selected item; decisions need a recorded meeting.
        const QList<QPushButton *> remove = buttons(panel, MeetingRecordPanel::tr("Remove"));
        QCOMPARE(remove.size(), 2); // decision, action item
        QVERIFY(!remove.at(0)->isEnabled());
        QVERIFY(!remove.at(1)->isEnabled());
        auto *itemTable = panel->findChild<QTableView *>();
        itemTable->selectRow(0);
        QVERIFY(remove.at(1)->isEnabled());
        QVERIFY(!remove.at(0)->isEnabled());
        itemTable->clearSelection();
        QVERIFY(!remove.at(1)->isEnabled());

        // Record the meeting: attendees taken over from the last one.
        page.recordMeeting();
        RawDatabase raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM governance_meeting WHERE week = '2026-W10'")).toInt(), 1);
        QVERIFY(panel->record().meeting.has_value());
        QCOMPARE(panel->record().meeting->attendees, QStringList { QStringLiteral("Nina") });
        // The as-of day (12 March) comes after the week's Sunday: the meeting is dated the Sunday.
        QCOMPARE(panel->record().meeting->heldOn, QDate(2026, 3, 8));

        panel->saveDetails(QDate(2026, 3, 9), { QStringLiteral("Nina"), QStringLiteral("Sam") }, QStringLiteral("Weekly review"));
        QCOMPARE(raw.value(QStringLiteral("SELECT attendees FROM governance_meeting WHERE week = '2026-W10'")).toString(),
            QStringLiteral("[\"Nina\",\"Sam\"]"));
        panel->addDecision(QStringLiteral("Every reason gets a play by Friday."));
        QCOMPARE(panel->decisions()->count(), 1);
        QVERIFY(!remove.at(0)->isEnabled());
        panel->decisions()->setCurrentRow(0);
        QVERIFY(remove.at(0)->isEnabled());
        ActionItem draft;
        draft.meetingId = panel->record().meeting->id;
        draft.title = QStringLiteral("Map the retired reasons");
        draft.ownerName = QStringLiteral("Sam");
        draft.dueOn = QDate(2026, 3, 13);
        panel->addActionItem(draft);
        QCOMPARE(panel->actionItems()->rowCount(), 2); // this meeting's first, then carried over
        QCOMPARE(panel->itemAt(0).title, QStringLiteral("Map the retired reasons"));
        QCOMPARE(panel->actionItems()->index(1, MeetingRecordPanel::RaisedColumn).data().toString(), QStringLiteral("2026-W09"));
        // The carried-over item is overdue on the meeting's day (9 March).
        QCOMPARE(panel->actionItems()->index(1, MeetingRecordPanel::StatusColumn).data().toString(), QStringLiteral("Open, overdue"));

        // Closing it records the meeting's day; undo reopens it.
        panel->setStatus(1, ActionStatus::Done);
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM action_item WHERE title = 'Fix the webinar form'")).toString(), ActionStatus::Done);
        QCOMPARE(raw.value(QStringLiteral("SELECT closed_on FROM action_item WHERE title = 'Fix the webinar form'")).toString(),
            QStringLiteral("2026-03-09"));
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT status FROM action_item WHERE title = 'Fix the webinar form'")).toString(), ActionStatus::Open);
        QVERIFY(raw.value(QStringLiteral("SELECT closed_on FROM action_item WHERE title = 'Fix the webinar form'")).isNull());
        session.undoStack()->redo();

        // Editing a cell pushes a command too (after the view's edit has finished).
        const int before = session.undoStack()->count();
        panel->actionItems()->item(0, MeetingRecordPanel::OwnerColumn)->setText(QStringLiteral("Nina"));
        QTRY_COMPARE(session.undoStack()->count(), before + 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT owner_name FROM action_item WHERE title = 'Map the retired reasons'")).toString(),
            QStringLiteral("Nina"));
        screenshot(&page, QStringLiteral("meeting-record"));

        // Deleting the meeting takes its decision and action item with it, in one step; undo brings all back.
        const int steps = session.undoStack()->count();
        page.deleteMeeting();
        QCOMPARE(session.undoStack()->count(), steps + 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM governance_meeting WHERE week = '2026-W10'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM meeting_decision")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM action_item WHERE title = 'Map the retired reasons'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM action_item WHERE title = 'Fix the webinar form'")).toInt(), 1);
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM governance_meeting WHERE week = '2026-W10'")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM meeting_decision")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT owner_name FROM action_item WHERE title = 'Map the retired reasons'")).toString(),
            QStringLiteral("Nina"));
        QVERIFY(panel->record().meeting.has_value());
        QCOMPARE(panel->decisions()->count(), 1);
    }
};

QTEST_MAIN(TestGovernPages)
#include "tst_governpages.moc"
