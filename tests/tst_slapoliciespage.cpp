// Editing SLA policies, escalation ladders and business calendars on the Enforce policies page: each
// edit reaches the workspace through an undoable, audited command, undo restores exactly what was
// there, and edits that would break something are refused with a message.

#include "enforce/slafacts.h"
#include "pages/enforce/calendareditor.h"
#include "editdelegates.h"
#include "pages/enforce/slafactsbanner.h"
#include "pages/enforce/slapoliciespage.h"
#include "slafixture.h"
#include "testsupport.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestSlaPoliciesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Setup
    {
        WorkspaceSession session;
        SlaFixture fixture;
        QString path;
        std::unique_ptr<SlaPoliciesPage> page;
        Workspace &workspace() { return *session.workspace(); }
    };
    std::unique_ptr<Setup> open(const QString &name)
    {
        auto setup = std::make_unique<Setup>();
        setup->path = m_dir.filePath(name);
        setup->fixture.build(setup->path);
        setup->session.adopt(std::move(setup->fixture.workspace));
        setup->page = std::make_unique<SlaPoliciesPage>(&setup->session);
        setup->page->resize(1200, 800);
        setup->page->show();
        return setup;
    }

    static int rowOfPolicy(Setup &s, qint64 policyId)
    {
        s.page->selectPolicy(policyId);
        return s.page->policyTable()->currentRow();
    }

    // Edits a cell the way its delegate does, then waits for the command the page pushes.
    static bool editThroughDelegate(Setup &s, QTableWidget *table, int row, int column, const std::function<void(QWidget *)> &choose,
        bool expectCommand = true)
    {
        QSignalSpy pushed(s.session.undoStack(), &QUndoStack::indexChanged);
        const QModelIndex index = table->model()->index(row, column);
        QAbstractItemDelegate *delegate = table->itemDelegateForIndex(index);
        QWidget *editor = delegate->createEditor(table->viewport(), QStyleOptionViewItem(), index);
        delegate->setEditorData(editor, index);
        choose(editor);
        delegate->setModelData(editor, table->model(), index);
        delete editor;
        return expectCommand ? pushed.wait(2000) : pushed.isEmpty();
    }

private slots:
    void changingATargetIsUndoableAndAudited()
    {
        auto s = open(QStringLiteral("target.baton"));
        const int row = rowOfPolicy(*s, s->fixture.demoPolicy);
        QVERIFY(row >= 0);
        QVERIFY(editThroughDelegate(*s, s->page->policyTable(), row, 1, [](QWidget *editor) { static_cast<QSpinBox *>(editor)->setValue(45); }));
        RawDatabase raw(s->path);
        QCOMPARE(raw.value(QStringLiteral("SELECT target_minutes FROM sla_policy WHERE id = ?"), { s->fixture.demoPolicy }).toInt(), 45);
        QCOMPARE(raw.value(QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'sla_policy' AND field = 'target_minutes' "
                                          "ORDER BY id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("45"));
        // The stored facts no longer match: the page says so.
        QCOMPARE(SlaFacts::areCurrent(s->workspace()).value(), false);
        QVERIFY(s->page->factsBanner()->isVisibleTo(s->page.get()));
        s->session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT target_minutes FROM sla_policy WHERE id = ?"), { s->fixture.demoPolicy }).toInt(), 60);
        QVERIFY(!s->page->factsBanner()->isVisibleTo(s->page.get()));
        QCOMPARE(s->page->policyTable()->item(row, 1)->text(), QStringLiteral("60 min"));
    }

    void choosingWhoseHours()
    {
        auto s = open(QStringLiteral("source.baton"));
        const int row = rowOfPolicy(*s, s->fixture.webinarPolicy);
        QVERIFY(editThroughDelegate(*s, s->page->policyTable(), row, 2, [](QWidget *editor) {
            auto *box = static_cast<QComboBox *>(editor);
            box->setCurrentIndex(box->findData(CalendarSource::Owner));
        }));
        RawDatabase raw(s->path);
        QCOMPARE(raw.value(QStringLiteral("SELECT calendar_source FROM sla_policy WHERE id = ?"), { s->fixture.webinarPolicy }).toString(),
            CalendarSource::Owner);
        QVERIFY(editThroughDelegate(*s, s->page->policyTable(), row, 3, [&](QWidget *editor) {
            auto *box = static_cast<QComboBox *>(editor);
            box->setCurrentIndex(box->findData(s->fixture.berlin));
        }));
        QCOMPARE(raw.value(QStringLiteral("SELECT calendar_id FROM sla_policy WHERE id = ?"), { s->fixture.webinarPolicy }).toLongLong(),
            s->fixture.berlin);
        s->session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT calendar_source || '/' || ifnull(calendar_id, '-') FROM sla_policy WHERE id = ?"),
                     { s->fixture.webinarPolicy })
                     .toString(),
            QStringLiteral("owner/-"));
        s->session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT calendar_source || '/' || ifnull(calendar_id, '-') FROM sla_policy WHERE id = ?"),
                     { s->fixture.webinarPolicy })
                     .toString(),
            QStringLiteral("team/-"));
    }

    void escalationSteps()
    {
        auto s = open(QStringLiteral("ladder.baton"));
        rowOfPolicy(*s, s->fixture.demoPolicy);
        QTableWidget *ladder = s->page->ladderTable();
        QCOMPARE(ladder->rowCount(), 3);
        QCOMPARE(ladder->item(0, 0)->text(), QStringLiteral("50 % of the target"));
        QVERIFY(editThroughDelegate(*s, ladder, 2, 1, [](QWidget *editor) {
            auto *box = static_cast<QComboBox *>(editor);
            box->setCurrentIndex(box->findData(EscalationAction::NotifyRevOps));
        }));
        RawDatabase raw(s->path);
        QCOMPARE(raw.value(QStringLiteral("SELECT action FROM escalation_step WHERE sla_policy_id = ? AND threshold_percent = 200"),
                     { s->fixture.demoPolicy })
                     .toString(),
            EscalationAction::NotifyRevOps);
        s->page->addStep();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) || '/' || max(threshold_percent) FROM escalation_step WHERE sla_policy_id = ?"),
                     { s->fixture.demoPolicy })
                     .toString(),
            QStringLiteral("4/300"));
        s->session.undoStack()->undo();
        QCOMPARE(ladder->rowCount(), 3);
        // Ladders are not part of the SLA facts.
        QCOMPARE(SlaFacts::areCurrent(s->workspace()).value(), true);
    }

    void removingAPolicyTakesItsLadderAndUndoBringsBothBack()
    {
        auto s = open(QStringLiteral("remove.baton"));
        RawDatabase raw(s->path);
        const QByteArray steps = raw.tableDigest(QStringLiteral("escalation_step"));
        rowOfPolicy(*s, s->fixture.webinarPolicy);
        s->page->removePolicy();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sla_policy")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM escalation_step")).toInt(), 3);
        QCOMPARE(s->page->policyTable()->rowCount(), 1);
        s->session.undoStack()->undo();
        // The rows come back with their ids and values.
        QCOMPARE(raw.tableDigest(QStringLiteral("escalation_step")), steps);
        QCOMPARE(raw.value(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM sla_policy ORDER BY id)")).toString(),
            QStringLiteral("%1,%2").arg(s->fixture.demoPolicy).arg(s->fixture.webinarPolicy));
        // A signal type without a policy can get one, with the default ladder.
        s->page->addPolicy(s->fixture.content);
        QCOMPARE(raw.value(QStringLiteral("SELECT target_minutes FROM sla_policy WHERE signal_type_id = ?"), { s->fixture.content }).toInt(), 60);
        QCOMPARE(raw.value(QStringLiteral("SELECT group_concat(threshold_percent) FROM escalation_step e JOIN sla_policy p "
                                          "ON p.id = e.sla_policy_id WHERE p.signal_type_id = ?"),
                     { s->fixture.content })
                     .toString(),
            QStringLiteral("100,200"));
        s->session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sla_policy")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM escalation_step")).toInt(), 6);
    }

    void calendarsHoursAndHolidays()
    {
        auto s = open(QStringLiteral("calendars.baton"));
        CalendarEditor *editor = s->page->calendarEditor();
        RawDatabase raw(s->path);
        // A new calendar comes with Monday to Friday 09:00-17:00, all undone in one step.
        const int before = s->session.undoStack()->count();
        editor->addCalendar();
        QCOMPARE(s->session.undoStack()->count(), before + 1);
        const qint64 added = editor->currentCalendarId();
        QVERIFY(added > 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM calendar_hours WHERE calendar_id = ?"), { added }).toInt(), 5);
        QCOMPARE(editor->hoursTable()->rowCount(), 5);
        s->session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM business_calendar")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM calendar_hours")).toInt(), 10);
        s->session.undoStack()->redo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM calendar_hours WHERE calendar_id = ?"), { added }).toInt(), 5);

        // Working hours that end before they start are refused.
        editor->selectCalendar(s->fixture.berlin);
        QSignalSpy errors(&s->session, &WorkspaceSession::errorReported);
        QVERIFY(editThroughDelegate(*s, editor->hoursTable(), 0, 2, [](QWidget *w) { static_cast<QTimeEdit *>(w)->setTime(QTime(8, 0)); }, false));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT end_minute FROM calendar_hours WHERE calendar_id = ? AND weekday = 1"), { s->fixture.berlin }).toInt(),
            17 * 60);
        // A lunch break: Monday 09:00-12:00 instead of 09:00-17:00, then 13:00-17:00 added.
        QVERIFY(editThroughDelegate(*s, editor->hoursTable(), 0, 2, [](QWidget *w) { static_cast<QTimeEdit *>(w)->setTime(QTime(12, 0)); }));
        QCOMPARE(raw.value(QStringLiteral("SELECT end_minute FROM calendar_hours WHERE calendar_id = ? AND weekday = 1"), { s->fixture.berlin }).toInt(),
            12 * 60);
        // Midnight at the end means the end of the day.
        QVERIFY(editThroughDelegate(*s, editor->hoursTable(), 1, 2, [](QWidget *w) { static_cast<QTimeEdit *>(w)->setTime(QTime(0, 0)); }));
        QCOMPARE(raw.value(QStringLiteral("SELECT end_minute FROM calendar_hours WHERE calendar_id = ? AND weekday = 2"), { s->fixture.berlin }).toInt(),
            24 * 60);

        editor->addHoliday();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM calendar_holiday WHERE calendar_id = ?"), { s->fixture.berlin }).toInt(), 1);
        QCOMPARE(SlaFacts::areCurrent(s->workspace()).value(), false);

        // A calendar in use cannot be removed; an unused one goes with its hours and holidays.
        editor->selectCalendar(s->fixture.tokyo);
        editor->removeCalendar();
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("APAC")));
        editor->selectCalendar(added);
        editor->removeCalendar();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM business_calendar")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM calendar_hours WHERE calendar_id = ?"), { added }).toInt(), 0);
        s->session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM calendar_hours WHERE calendar_id = ?"), { added }).toInt(), 5);
    }
};

QTEST_MAIN(TestSlaPoliciesPage)
#include "tst_slapoliciespage.moc"
