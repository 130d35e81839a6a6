// The governance meeting: the agenda of a known week on a hand-made workspace (every item worked out by hand
// below and its drill-down filter counted against SQL), and action items that come back at later meetings
// until they are closed.
//
// Week 2026-W10 (governfixture.h): 20 Demo requests; #0-2 not qualified (fit D), #3-4 routed to the fallback
// queue (owner Tess), #5-8 first touch after the SLA (owner Sam), #9-13 rejected (#9-10 without a reason,
// #11-13 "Bad fit"). The routing rule takes Demo requests only, so the other 8 signal types x owned or not
// (16 scenarios of North America · Mid-market) reach only the fallback queue.
// Week 2026-W09, added here: 10 clean Demo requests, 4 rejected "Bad fit" and 1 "No response".
//
//   SLA        W10: 16 met of 20 decided = 80.0 %, W09: 10 of 10 = 100.0 % (worse); Sam 4 missed of 18 decided;
//              Tess 0 missed (not listed); nothing untouched.
//   Rejections Bad fit 3 (W09 4, −1); (no reason) 2 (W09 0, +2); No response 0 this week (not listed).
//   Leakage    rejected with a reason 3 is the biggest (unassigned 2, without a reason 2); W09 5 (−2).
//   Coverage   North America · Mid-market: 16 scenarios reach only the fallback queue; 2 of 20 (10.0 %) handoffs.
//   Violations 3 of 20 break a rule (15.0 %); not qualified: 3 handoffs.

#include "governfixture.h"
#include "testsupport.h"

#include "govern/meetingagenda.h"
#include "govern/meetingrecord.h"
#include "instrument/validationreport.h"
#include "optimize/kpitally.h"
#include "core/sql.h"

#include <QTest>

using namespace baton;
using namespace baton::test;

class TestMeeting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    GovernFixture m_fixture;
    QHash<QString, qint64> m_meetings; // week label -> meeting id

    qint64 selected(const HandoffFilter &filter) const
    {
        auto count = HandoffRepository(*m_fixture.workspace).count(filter);
        return count.ok() ? *count : -1;
    }

    ActionItem item(const QString &week, const QString &title, const QDate &due, const QString &status = ActionStatus::Open,
        const QDate &closed = {})
    {
        ActionItem action { 0, 0, m_meetings.value(week), title, QStringLiteral("Owner of ") + title, due, status, closed };
        auto added = Repository<ActionItem>(*m_fixture.workspace).add(action);
        if (!added)
            QTest::qFail(qPrintable(added.errorMessage()), __FILE__, __LINE__);
        return action;
    }

    static QStringList titles(const QList<ActionItem> &items)
    {
        QStringList result;
        for (const ActionItem &i : items)
            result << i.title;
        return result;
    }

private slots:
    void initTestCase()
    {
        GovernRecipe recipe;
        recipe.notQualified = 3;
        recipe.fallback = 2;
        recipe.slaMissed = 4;
        recipe.rejected = 5;
        recipe.rejectedWithoutReason = 2;
        recipe.coverage = GovernRecipe::Coverage::FallbackOnly;
        m_fixture.build(m_dir.filePath(QStringLiteral("meeting.baton")), recipe);
        QVERIFY(!QTest::currentTestFailed());
        const qint64 noResponse = m_fixture.ids.reasons.value(QStringLiteral("No response"));
        QVERIFY(noResponse > 0);
        auto written = m_fixture.workspace->transaction([&]() -> Result<void> {
            HandoffWriter writer(*m_fixture.workspace);
            for (int i = 0; i < 10; ++i) {
                Handoff h = m_fixture.clean(200 + i);
                const qint64 shift = 7 * 86400;
                h.handedOffAt -= shift;
                *h.createdAt -= shift;
                *h.assignedAt -= shift;
                *h.firstTouchAt -= shift;
                *h.slaDueAt -= shift;
                if (i < 5) {
                    h.rejectedAt = *h.firstTouchAt + 60;
                    h.outcome = Outcome::Rejected;
                    h.rejectionReasonId = i < 4 ? m_fixture.reason() : noResponse;
                }
                BATON_TRY(writer.insert(h));
            }
            return {};
        });
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        for (const GovernanceMeeting &meeting : Repository<GovernanceMeeting>(*m_fixture.workspace).list().valueOr({}))
            m_meetings.insert(meeting.week, meeting.id);
        QCOMPARE(m_meetings.size(), 4); // W07 to W10, each held on its Tuesday
    }

    void agendaOfAKnownWeek()
    {
        auto agenda = MeetingAgenda::build(*m_fixture.workspace, GovernFixture::Week);
        QVERIFY2(agenda.ok(), qPrintable(agenda.errorMessage()));
        QCOMPARE(agenda->week, GovernFixture::Week);

        // SLA breaches and their owners.
        const QList<AgendaItem> sla = agenda->section(AgendaItem::Section::SlaBreaches);
        QCOMPARE(sla.size(), 2);
        QVERIFY2(sla.at(0).title.contains(QStringLiteral("80.0 %")) && sla.at(0).title.contains(QStringLiteral("100.0 %")),
            qPrintable(sla.at(0).title));
        QVERIFY(sla.at(0).attention); // worse than the week before
        QCOMPARE(selected(*sla.at(0).handoffs), 4);
        QCOMPARE(sla.at(1).owner, QStringLiteral("Sam"));
        QVERIFY2(sla.at(1).title.startsWith(QStringLiteral("Sam: 4 missed of 18 decided")), qPrintable(sla.at(1).title));
        QCOMPARE(selected(*sla.at(1).handoffs), 4);

        // Top rejection reasons and their change against the week before.
        const QList<AgendaItem> rejections = agenda->section(AgendaItem::Section::Rejections);
        QCOMPARE(rejections.size(), 2);
        QVERIFY2(rejections.at(0).title.startsWith(QStringLiteral("Bad fit: 3 rejections")), qPrintable(rejections.at(0).title));
        QVERIFY2(rejections.at(0).detail.contains(QStringLiteral("4 (−1)")), qPrintable(rejections.at(0).detail));
        QVERIFY(!rejections.at(0).attention);
        QCOMPARE(selected(*rejections.at(0).handoffs), 3);
        QVERIFY2(rejections.at(1).title.startsWith(QStringLiteral("(no reason): 2 rejections")), qPrintable(rejections.at(1).title));
        QVERIFY2(rejections.at(1).detail.contains(QStringLiteral("0 (+2)")), qPrintable(rejections.at(1).detail));
        QVERIFY(rejections.at(1).attention);
        QCOMPARE(selected(*rejections.at(1).handoffs), 2);

        // The biggest leak.
        const QList<AgendaItem> leakage = agenda->section(AgendaItem::Section::Leakage);
        QCOMPARE(leakage.size(), 1);
        QVERIFY2(leakage.first().title.contains(LeakageStep::title(LeakageStep::RejectedWithReason))
                && leakage.first().title.contains(QStringLiteral(", 3 handoffs (15.0 %")),
            qPrintable(leakage.first().title));
        QVERIFY2(leakage.first().detail.contains(QStringLiteral("5 (−2)")), qPrintable(leakage.first().detail));
        QCOMPARE(selected(*leakage.first().handoffs), 3);

        // Coverage gaps: one gap cell and the week's fallback share.
        const QList<AgendaItem> coverage = agenda->section(AgendaItem::Section::Coverage);
        QCOMPARE(coverage.size(), 2);
        QVERIFY2(coverage.at(0).title.startsWith(QStringLiteral("North America · Mid-market: 16 scenarios reach only the fallback queue")),
            qPrintable(coverage.at(0).title));
        QVERIFY2(coverage.at(0).detail.contains(QStringLiteral("Leads to the SDR team")), qPrintable(coverage.at(0).detail));
        QCOMPARE(selected(*coverage.at(0).handoffs), 2);
        QVERIFY2(coverage.at(1).title.startsWith(QStringLiteral("2 of the week's 20 handoffs (10.0 %)")), qPrintable(coverage.at(1).title));
        QCOMPARE(selected(*coverage.at(1).handoffs), 2);

        // Violations.
        const QList<AgendaItem> violations = agenda->section(AgendaItem::Section::Violations);
        QCOMPARE(violations.size(), 2);
        QVERIFY2(violations.at(0).title.startsWith(QStringLiteral("3 of 20 handoffs (15.0 %)")), qPrintable(violations.at(0).title));
        QCOMPARE(selected(*violations.at(0).handoffs), 3);
        QVERIFY2(violations.at(1).title.startsWith(ViolationKinds::label(ViolationKind::NotQualified) + QStringLiteral(": 3 handoffs")),
            qPrintable(violations.at(1).title));
        RawDatabase raw(m_fixture.workspace->path());
        QCOMPARE(selected(*violations.at(1).handoffs), raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE fit_grade = 'D'")).toLongLong());

        // No action items yet.
        const QList<AgendaItem> actions = agenda->section(AgendaItem::Section::ActionItems);
        QCOMPARE(actions.size(), 1);
        QVERIFY(!actions.first().attention);

        // Sections in order.
        int last = -1;
        for (const AgendaItem &i : agenda->items) {
            QVERIFY(int(i.section) >= last);
            last = int(i.section);
        }
    }

    void openBreachesComeOnTheAgenda()
    {
        // An untouched Demo request of week 10, due long before the as-of instant: an open breach at the last step.
        Handoff h = m_fixture.clean(300);
        h.firstTouchAt.reset();
        auto written = m_fixture.workspace->transaction([&]() -> Result<void> {
            HandoffWriter writer(*m_fixture.workspace);
            return writer.insert(h).ok() ? Result<void>() : Result<void>(fail(QStringLiteral("insert")));
        });
        QVERIFY(written.ok());
        auto agenda = MeetingAgenda::build(*m_fixture.workspace, GovernFixture::Week);
        QVERIFY(agenda.ok());
        const QList<AgendaItem> sla = agenda->section(AgendaItem::Section::SlaBreaches);
        const auto open = std::find_if(sla.cbegin(), sla.cend(), [](const AgendaItem &i) { return i.title.contains(QStringLiteral("untouched past due")); });
        QVERIFY(open != sla.cend());
        QVERIFY2(open->title.startsWith(QStringLiteral("1 handoff of the week")), qPrintable(open->title));
        QVERIFY2(open->detail.contains(QStringLiteral("step 2 of 2")), qPrintable(open->detail)); // the ladder: 100 %, 200 %
        QVERIFY2(open->detail.contains(QStringLiteral("(Sam)")), qPrintable(open->detail));
        QCOMPARE(selected(*open->handoffs), 1);
        // Put the workspace back as the other tests expect it.
        QVERIFY(m_fixture.workspace->transaction([&]() -> Result<void> {
            return execSql(m_fixture.workspace->db(), QStringLiteral("DELETE FROM handoff WHERE id = ?"), { h.id }).ok()
                ? Result<void>()
                : Result<void>(fail(QStringLiteral("delete")));
        }).ok());
    }

    void actionItemsComeBackUntilClosed()
    {
        // Raised at W08: A (due 1 March, open) and B (due 10 March, open). At W09: C done on 1 March (before W10
        // began), D done on 4 March (during W10). At W10: E (due 2 March, open). At W11: F.
        QVERIFY(Repository<GovernanceMeeting>(*m_fixture.workspace).list().ok());
        GovernanceMeeting w11 { 0, 0, QStringLiteral("2026-W11"), QDate(2026, 3, 10), {}, {} };
        QVERIFY(Repository<GovernanceMeeting>(*m_fixture.workspace).add(w11).ok());
        m_meetings.insert(w11.week, w11.id);
        ActionItem a = item(QStringLiteral("2026-W08"), QStringLiteral("A"), QDate(2026, 3, 1));
        item(QStringLiteral("2026-W08"), QStringLiteral("B"), QDate(2026, 3, 10));
        item(QStringLiteral("2026-W09"), QStringLiteral("C"), QDate(2026, 3, 1), ActionStatus::Done, QDate(2026, 3, 1));
        item(QStringLiteral("2026-W09"), QStringLiteral("D"), QDate(2026, 3, 6), ActionStatus::Done, QDate(2026, 3, 4));
        item(QStringLiteral("2026-W10"), QStringLiteral("E"), QDate(2026, 3, 2));
        item(QStringLiteral("2026-W11"), QStringLiteral("F"), QDate(2026, 3, 20));
        QVERIFY(!QTest::currentTestFailed());

        auto w10 = MeetingRecord::load(*m_fixture.workspace, GovernFixture::Week);
        QVERIFY(w10.ok());
        QVERIFY(w10->meeting.has_value());
        QCOMPARE(w10->referenceDay, QDate(2026, 3, 3)); // held on Tuesday
        QCOMPARE(titles(w10->actionItems), QStringList { QStringLiteral("E") });
        QCOMPARE(titles(w10->carriedOver), (QStringList { QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("B") }));
        // Overdue on 3 March: A (due 1 March) and E (due 2 March, raised at this very meeting).
        QCOMPARE(titles(w10->overdue()), (QStringList { QStringLiteral("A"), QStringLiteral("E") }));
        QCOMPARE(w10->meetingWeeks.value(a.meetingId), QStringLiteral("2026-W08"));

        // W11: A, B and E still open come back; D was closed before W11 began.
        auto w11record = MeetingRecord::load(*m_fixture.workspace, IsoWeek { 2026, 11 });
        QVERIFY(w11record.ok());
        QCOMPARE(titles(w11record->actionItems), QStringList { QStringLiteral("F") });
        QCOMPARE(titles(w11record->carriedOver), (QStringList { QStringLiteral("A"), QStringLiteral("E"), QStringLiteral("B") }));
        QCOMPARE(titles(w11record->overdue()), (QStringList { QStringLiteral("A"), QStringLiteral("E") }));

        // The agenda of W11 lists the overdue ones with their owners.
        auto agenda = MeetingAgenda::build(*m_fixture.workspace, IsoWeek { 2026, 11 });
        QVERIFY(agenda.ok());
        const QList<AgendaItem> overdue = agenda->section(AgendaItem::Section::ActionItems);
        QCOMPARE(overdue.size(), 2);
        QCOMPARE(overdue.at(0).title, QStringLiteral("A"));
        QCOMPARE(overdue.at(0).owner, QStringLiteral("Owner of A"));
        QVERIFY2(overdue.at(0).detail.contains(QStringLiteral("2026-W08")) && overdue.at(0).detail.contains(QStringLiteral("9 days")),
            qPrintable(overdue.at(0).detail));
        QVERIFY(overdue.at(0).attention);

        // A is closed at the W11 meeting: W11 still shows it (closed during the week), W12 no longer does.
        a.status = ActionStatus::Done;
        a.closedOn = QDate(2026, 3, 10);
        QVERIFY(Repository<ActionItem>(*m_fixture.workspace).update(a).ok());
        auto again = MeetingRecord::load(*m_fixture.workspace, IsoWeek { 2026, 11 });
        QVERIFY(again.ok());
        QVERIFY(titles(again->carriedOver).contains(QStringLiteral("A")));
        QVERIFY(!titles(again->overdue()).contains(QStringLiteral("A")));
        auto w12 = MeetingRecord::load(*m_fixture.workspace, IsoWeek { 2026, 12 });
        QVERIFY(w12.ok());
        QVERIFY(!w12->meeting.has_value());
        QCOMPARE(titles(w12->carriedOver), (QStringList { QStringLiteral("E"), QStringLiteral("B"), QStringLiteral("F") }));
        // Dropped items are closed too.
        ActionItem e = w12->carriedOver.first();
        e.status = ActionStatus::Dropped;
        e.closedOn = QDate(2026, 3, 11);
        QVERIFY(Repository<ActionItem>(*m_fixture.workspace).update(e).ok());
        auto w13 = MeetingRecord::load(*m_fixture.workspace, IsoWeek { 2026, 13 });
        QVERIFY(w13.ok());
        QCOMPARE(titles(w13->carriedOver), (QStringList { QStringLiteral("B"), QStringLiteral("F") }));
    }

    void referenceDayWithoutAMeeting()
    {
        // No meeting in W12 (16 to 22 March): the reference day is the week's Sunday, unless the as-of day comes first.
        auto w12 = MeetingRecord::load(*m_fixture.workspace, IsoWeek { 2026, 12 });
        QVERIFY(w12.ok());
        QCOMPARE(w12->referenceDay, QDate(2026, 3, 22));
        // W11 has a meeting held on 10 March; its reference day is that day.
        auto w11 = MeetingRecord::load(*m_fixture.workspace, IsoWeek { 2026, 11 });
        QVERIFY(w11.ok());
        QCOMPARE(w11->referenceDay, QDate(2026, 3, 10));
    }
};

QTEST_GUILESS_MAIN(TestMeeting)
#include "tst_meeting.moc"
