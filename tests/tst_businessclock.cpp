// Business time on working-hours calendars, checked against values worked out by hand.

#include "enforce/businessclock.h"

#include <QDateTime>
#include <QTest>

using namespace baton;

namespace {
qint64 at(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toSecsSinceEpoch();
}
constexpr qint64 Hour = 3600;
} // namespace

class TestBusinessClock : public QObject
{
    Q_OBJECT

private slots:
    void nightsAndWeekendsDoNotCount()
    {
        const QTimeZone berlin("Europe/Berlin");
        const BusinessClock clock(CalendarSpec::weekdays(berlin));
        // Tuesday 20:00 to Wednesday 10:00: one hour (Wednesday 09:00-10:00).
        QCOMPARE(clock.secondsBetween(at(QDate(2026, 11, 17), QTime(20, 0), berlin), at(QDate(2026, 11, 18), QTime(10, 0), berlin)),
            Hour);
        // Friday 16:30 to Monday 09:30: half an hour on Friday, half an hour on Monday.
        QCOMPARE(clock.secondsBetween(at(QDate(2026, 11, 20), QTime(16, 30), berlin), at(QDate(2026, 11, 23), QTime(9, 30), berlin)),
            Hour);
        // Adding two business hours on Friday 16:00 lands on Monday 10:00.
        QCOMPARE(clock.addSeconds(at(QDate(2026, 11, 20), QTime(16, 0), berlin), 2 * Hour),
            at(QDate(2026, 11, 23), QTime(10, 0), berlin));
        // Zero business time from Saturday noon is Monday's opening.
        QCOMPARE(clock.addSeconds(at(QDate(2026, 11, 21), QTime(12, 0), berlin), 0), at(QDate(2026, 11, 23), QTime(9, 0), berlin));
        QVERIFY(clock.isOpen(at(QDate(2026, 11, 23), QTime(9, 0), berlin)));
        QVERIFY(!clock.isOpen(at(QDate(2026, 11, 23), QTime(17, 0), berlin)));
        QVERIFY(!clock.isOpen(at(QDate(2026, 11, 22), QTime(11, 0), berlin)));
    }

    void holidaysDoNotCount()
    {
        const QTimeZone berlin("Europe/Berlin");
        CalendarSpec spec = CalendarSpec::weekdays(berlin);
        spec.holidays = { QDate(2026, 12, 25) }; // a Friday
        const BusinessClock clock(spec);
        // Thursday 16:00 to Monday 10:00 over Christmas: 1 hour Thursday + 1 hour Monday.
        QCOMPARE(clock.secondsBetween(at(QDate(2026, 12, 24), QTime(16, 0), berlin), at(QDate(2026, 12, 28), QTime(10, 0), berlin)),
            2 * Hour);
        QCOMPARE(clock.addSeconds(at(QDate(2026, 12, 24), QTime(16, 0), berlin), 2 * Hour),
            at(QDate(2026, 12, 28), QTime(10, 0), berlin));
    }

    void daylightSavingChangesAreHonoured()
    {
        const QTimeZone newYork("America/New_York");
        const BusinessClock clock(CalendarSpec::weekdays(newYork));
        // Clocks go forward on Sunday 2026-03-08. Friday 16:30 EST (21:30 UTC) + 1 business hour
        // = Monday 09:30 EDT = 13:30 UTC.
        const qint64 friday = QDateTime(QDate(2026, 3, 6), QTime(21, 30), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(clock.addSeconds(friday, Hour), QDateTime(QDate(2026, 3, 9), QTime(13, 30), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(clock.secondsBetween(friday, QDateTime(QDate(2026, 3, 9), QTime(13, 30), Qt::UTC).toSecsSinceEpoch()), Hour);
        // A full working day after the change is still 8 hours.
        QCOMPARE(clock.secondsBetween(at(QDate(2026, 3, 9), QTime(0, 0), newYork), at(QDate(2026, 3, 10), QTime(0, 0), newYork)),
            8 * Hour);
    }

    void timeZonesShiftTheWorkingDay()
    {
        // 08:00 UTC on a Monday is 17:00 in Tokyo (closed) and 03:00 in New York (not yet open).
        const qint64 monday = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
        const BusinessClock tokyo(CalendarSpec::weekdays(QTimeZone("Asia/Tokyo")));
        const BusinessClock newYork(CalendarSpec::weekdays(QTimeZone("America/New_York")));
        QVERIFY(!tokyo.isOpen(monday));
        QVERIFY(!newYork.isOpen(monday));
        // Next Tokyo opening: Tuesday 09:00 JST = Tuesday 00:00 UTC; New York: Monday 09:00 EST = 14:00 UTC.
        QCOMPARE(tokyo.addSeconds(monday, 0), QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(newYork.addSeconds(monday, 0), QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC).toSecsSinceEpoch());
    }

    void aCalendarWithoutHoursRunsAroundTheClock()
    {
        const BusinessClock clock { CalendarSpec() };
        QCOMPARE(clock.secondsBetween(0, 5000), 5000);
        QCOMPARE(clock.secondsBetween(5000, 0), 0);
        QCOMPARE(clock.addSeconds(100, 50), 150);
        QVERIFY(clock.isOpen(123456));
    }
};

QTEST_GUILESS_MAIN(TestBusinessClock)
#include "tst_businessclock.moc"
