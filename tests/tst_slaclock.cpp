// The SLA clock picks the right calendar and splits the clock into routing delay and response time;
// values are worked out by hand.

#include "core/workspace.h"
#include "data/handoff.h"
#include "define/contract.h"
#include "enforce/sla.h"
#include "enforce/slaclock.h"
#include "route/coverage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace baton;

class TestSlaClock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_signal = 0;
    qint64 m_berlin = 0;
    qint64 m_tokyo = 0;
    qint64 m_team = 0;
    qint64 m_owner = 0;
    qint64 m_policy = 0;

    qint64 addCalendar(const QString &name, const QString &zone)
    {
        BusinessCalendar calendar { 0, 0, name, zone };
        Repository<BusinessCalendar>(*m_workspace).add(calendar).ok();
        for (int day = 1; day <= 5; ++day) {
            CalendarHours hours { 0, 0, calendar.id, day, 9 * 60, 17 * 60 };
            Repository<CalendarHours>(*m_workspace).add(hours).ok();
        }
        return calendar.id;
    }

    static qint64 berlin(const QDate &day, const QTime &time)
    {
        return QDateTime(day, time, QTimeZone("Europe/Berlin")).toSecsSinceEpoch();
    }

    void setCalendarSource(const QString &source)
    {
        auto policy = Repository<SlaPolicy>(*m_workspace).get(m_policy);
        policy->calendarSource = source;
        QVERIFY(Repository<SlaPolicy>(*m_workspace).update(*policy).ok());
    }

private slots:
    void initTestCase()
    {
        auto created = Workspace::create(m_dir.filePath(QStringLiteral("sla.baton")));
        QVERIFY(created.ok());
        m_workspace = std::move(created.value());
        SignalType signal { 0, 0, QStringLiteral("Demo request"), IntentTier::High, {}, 1 };
        QVERIFY(Repository<SignalType>(*m_workspace).add(signal).ok());
        m_signal = signal.id;
        m_berlin = addCalendar(QStringLiteral("Berlin"), QStringLiteral("Europe/Berlin"));
        m_tokyo = addCalendar(QStringLiteral("Tokyo"), QStringLiteral("Asia/Tokyo"));
        Team team { 0, 0, QStringLiteral("EMEA"), QStringLiteral("team"), {}, m_berlin, false };
        QVERIFY(Repository<Team>(*m_workspace).add(team).ok());
        m_team = team.id;
        Owner owner;
        owner.name = QStringLiteral("Kenji");
        owner.teamId = team.id;
        owner.calendarId = m_tokyo;
        QVERIFY(Repository<Owner>(*m_workspace).add(owner).ok());
        m_owner = owner.id;
        SlaPolicy policy { 0, 0, m_signal, 60, CalendarSource::Team, 0 };
        QVERIFY(Repository<SlaPolicy>(*m_workspace).add(policy).ok());
        m_policy = policy.id;
    }

    void splitsTheClockOnTheTeamCalendar()
    {
        setCalendarSource(CalendarSource::Team);
        auto clock = SlaClock::load(*m_workspace);
        QVERIFY2(clock.ok(), qPrintable(clock.errorMessage()));
        Handoff h;
        h.signalTypeId = m_signal;
        h.teamId = m_team;
        h.ownerId = m_owner;
        h.handedOffAt = berlin(QDate(2026, 11, 20), QTime(16, 30)); // Friday
        h.assignedAt = berlin(QDate(2026, 11, 20), QTime(16, 40));
        h.firstTouchAt = berlin(QDate(2026, 11, 23), QTime(9, 20)); // Monday
        clock->apply(h);
        QCOMPARE(h.slaTargetMinutes.value_or(0), 60);
        // 30 minutes on Friday, the other 30 on Monday morning.
        QCOMPARE(h.slaDueAt.value_or(0), berlin(QDate(2026, 11, 23), QTime(9, 30)));
        QCOMPARE(h.routingDelaySeconds.value_or(-1), 600);
        QCOMPARE(h.responseSeconds.value_or(-1), 2 * 1200); // 16:40-17:00 and 09:00-09:20
        QCOMPARE(h.firstTouchSeconds.value_or(-1), 3000);
        QVERIFY(*h.firstTouchAt <= *h.slaDueAt);
    }

    void ownerCalendarWhenThePolicySaysSo()
    {
        setCalendarSource(CalendarSource::Owner);
        auto clock = SlaClock::load(*m_workspace);
        QVERIFY(clock.ok());
        // Monday 10:00 in Tokyo is 01:00 UTC; the Tokyo owner's day runs to 17:00 JST = 08:00 UTC.
        Handoff h;
        h.signalTypeId = m_signal;
        h.teamId = m_team;
        h.ownerId = m_owner;
        h.handedOffAt = QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC).toSecsSinceEpoch();
        clock->apply(h);
        QCOMPARE(h.slaDueAt.value_or(0), QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(!h.firstTouchSeconds.has_value());
        QVERIFY(!h.routingDelaySeconds.has_value());
    }

    void outOfOrderTimestampsAreNotMeasured()
    {
        setCalendarSource(CalendarSource::Team);
        auto clock = SlaClock::load(*m_workspace);
        Handoff h;
        h.signalTypeId = m_signal;
        h.teamId = m_team;
        h.handedOffAt = berlin(QDate(2026, 11, 24), QTime(10, 0));
        h.firstTouchAt = h.handedOffAt - 600;
        clock->apply(h);
        QVERIFY(!h.firstTouchSeconds.has_value());
        QVERIFY(h.slaDueAt.has_value());
    }

    void noPolicyMeansNoTarget()
    {
        auto clock = SlaClock::load(*m_workspace);
        Handoff h;
        h.signalTypeId = 12345;
        h.handedOffAt = 1000;
        h.firstTouchAt = 4600;
        clock->apply(h);
        QVERIFY(!h.slaTargetMinutes.has_value());
        QVERIFY(!h.slaDueAt.has_value());
        // Without a policy calendar the clock runs 24 x 7.
        QCOMPARE(h.firstTouchSeconds.value_or(-1), 3600);
    }

    void aHolidayOfTheOwnerButNotOfTheTeam()
    {
        // Tuesday 2026-11-03 is a public holiday in Japan (the owner's calendar), not in Germany (the team's).
        CalendarHoliday holiday { 0, 0, m_tokyo, QDate(2026, 11, 3), QStringLiteral("Culture Day") };
        QVERIFY(Repository<CalendarHoliday>(*m_workspace).add(holiday).ok());
        Handoff h;
        h.signalTypeId = m_signal;
        h.teamId = m_team;
        h.ownerId = m_owner;
        h.handedOffAt = QDateTime(QDate(2026, 11, 3), QTime(1, 0), Qt::UTC).toSecsSinceEpoch(); // 10:00 in Tokyo
        h.firstTouchAt = QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC).toSecsSinceEpoch(); // 10:30 in Berlin

        setCalendarSource(CalendarSource::Owner);
        auto ownerClock = SlaClock::load(*m_workspace);
        QVERIFY(ownerClock.ok());
        ownerClock->apply(h);
        // Tokyo is closed all Tuesday; Wednesday opens at 09:00 JST = 00:00 UTC, so the hour is up at 01:00 UTC.
        QCOMPARE(h.slaDueAt.value_or(0), QDateTime(QDate(2026, 11, 4), QTime(1, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(h.firstTouchSeconds.value_or(-1), 0); // touched on the holiday, in Tokyo's night: no business time
        QVERIFY(*h.firstTouchAt <= *h.slaDueAt);

        setCalendarSource(CalendarSource::Team);
        auto teamClock = SlaClock::load(*m_workspace);
        QVERIFY(teamClock.ok());
        teamClock->apply(h);
        // In Berlin it is a working Tuesday: 01:00 UTC is 02:00 CET, opening 09:00 CET = 08:00 UTC, due 09:00 UTC.
        QCOMPARE(h.slaDueAt.value_or(0), QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(h.firstTouchSeconds.value_or(-1), 90 * 60); // 09:00-10:30 CET
        QVERIFY(*h.firstTouchAt > *h.slaDueAt);
        QVERIFY(Repository<CalendarHoliday>(*m_workspace).remove(holiday).ok());
    }

    void missingCalendarsFallBack()
    {
        // An owner without a calendar of his own runs on his team's; a policy's own calendar when asked,
        // and as the fallback when the team has none; 24 x 7 when there is nothing at all.
        Owner noCalendar;
        noCalendar.name = QStringLiteral("Lena");
        noCalendar.teamId = m_team;
        QVERIFY(Repository<Owner>(*m_workspace).add(noCalendar).ok());
        Team bare { 0, 0, QStringLiteral("No hours"), QStringLiteral("team"), {}, 0, false };
        QVERIFY(Repository<Team>(*m_workspace).add(bare).ok());
        const qint64 monday10Utc = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        const auto due = [&](qint64 owner, qint64 team) {
            auto clock = SlaClock::load(*m_workspace);
            Handoff h;
            h.signalTypeId = m_signal;
            h.ownerId = owner;
            h.teamId = team;
            h.handedOffAt = monday10Utc;
            clock->apply(h);
            return h.slaDueAt.value_or(0) - monday10Utc;
        };
        setCalendarSource(CalendarSource::Owner);
        QCOMPARE(due(noCalendar.id, m_team), 3600); // Berlin, open at 11:00 CET
        QCOMPARE(due(m_owner, m_team), 3600 * 15); // Tokyo: 19:00 JST, closed 14 hours until 09:00 JST (00:00 UTC), then 1 hour
        setCalendarSource(CalendarSource::Team);
        QCOMPARE(due(m_owner, bare.id), 3600); // no calendar anywhere: 24 x 7
        auto policy = Repository<SlaPolicy>(*m_workspace).get(m_policy);
        policy->calendarId = m_tokyo;
        QVERIFY(Repository<SlaPolicy>(*m_workspace).update(*policy).ok());
        QCOMPARE(due(m_owner, bare.id), 3600 * 15); // the team has none: the policy's Tokyo calendar
        QCOMPARE(due(m_owner, m_team), 3600); // the team's Berlin calendar comes first
        setCalendarSource(CalendarSource::Policy);
        QCOMPARE(due(m_owner, m_team), 3600 * 15); // the policy's own calendar
        policy = Repository<SlaPolicy>(*m_workspace).get(m_policy);
        policy->calendarId = 0;
        QVERIFY(Repository<SlaPolicy>(*m_workspace).update(*policy).ok());
        setCalendarSource(CalendarSource::Team);
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
