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
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
