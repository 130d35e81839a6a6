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

    void aLunchBreakSplitsTheDay()
    {
        const QTimeZone berlin("Europe/Berlin");
        CalendarSpec spec;
        spec.zone = berlin;
        for (int day = 1; day <= 5; ++day)
            spec.hours[day] = { { 13 * 60, 17 * 60 }, { 9 * 60, 12 * 60 } }; // unsorted on purpose
        const BusinessClock clock(spec);
        const QDate monday(2026, 11, 23);
        // 11:30 to 13:30 is half an hour before lunch and half an hour after it.
        QCOMPARE(clock.secondsBetween(at(monday, QTime(11, 30), berlin), at(monday, QTime(13, 30), berlin)), Hour);
        // A whole day is 3 + 4 hours.
        QCOMPARE(clock.secondsBetween(at(monday, QTime(0, 0), berlin), at(monday.addDays(1), QTime(0, 0), berlin)), 7 * Hour);
        // One business hour from 11:30 ends at 13:30; half an hour ends at 12:00 sharp, the earliest such instant.
        QCOMPARE(clock.addSeconds(at(monday, QTime(11, 30), berlin), Hour), at(monday, QTime(13, 30), berlin));
        QCOMPARE(clock.addSeconds(at(monday, QTime(11, 30), berlin), Hour / 2), at(monday, QTime(12, 0), berlin));
        // Nothing from inside the break is the end of the break.
        QCOMPARE(clock.addSeconds(at(monday, QTime(12, 15), berlin), 0), at(monday, QTime(13, 0), berlin));
        QVERIFY(!clock.isOpen(at(monday, QTime(12, 30), berlin)));
        QVERIFY(clock.isOpen(at(monday, QTime(11, 59), berlin)));
        // Friday 16:00 + 5 business hours: 1 hour on Friday, then Monday 09:00-12:00 and 13:00-14:00.
        QCOMPARE(clock.addSeconds(at(QDate(2026, 11, 20), QTime(16, 0), berlin), 5 * Hour), at(monday, QTime(14, 0), berlin));
    }

    void overlappingIntervalsCountOnce()
    {
        const QTimeZone utc = QTimeZone::utc();
        CalendarSpec spec;
        spec.zone = utc;
        spec.hours[1] = { { 9 * 60, 12 * 60 }, { 11 * 60, 14 * 60 }, { 14 * 60, 15 * 60 } }; // 09:00-15:00 in all
        const BusinessClock clock(spec);
        const QDate monday(2026, 11, 23);
        QCOMPARE(clock.secondsBetween(at(monday, QTime(0, 0), utc), at(monday.addDays(1), QTime(0, 0), utc)), 6 * Hour);
    }

    void theFallBackDayIsAnHourLonger()
    {
        // New York sets its clocks back from 02:00 EDT to 01:00 EST on Sunday 2026-11-01.
        const QTimeZone newYork("America/New_York");
        CalendarSpec spec;
        spec.zone = newYork;
        spec.hours[7] = { { 0, 24 * 60 } }; // Sundays around the clock
        spec.hours[6] = { { 0, 6 * 60 } }; // Saturday night shift
        spec.hours[1] = { { 9 * 60, 17 * 60 } };
        const BusinessClock clock(spec);
        const auto utc = [](int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
        };
        // Sunday 00:00 EDT = 04:00 UTC; Monday 00:00 EST = 05:00 UTC: 25 hours.
        QCOMPARE(clock.secondsBetween(utc(1, 4), utc(2, 5)), 25 * Hour);
        QCOMPARE(clock.secondsBetween(utc(1, 0), utc(2, 12)), 25 * Hour);
        // Saturday 2026-10-31 is still EDT: 00:00-06:00 EDT = 04:00-10:00 UTC, 6 hours.
        QCOMPARE(clock.secondsBetween(QDateTime(QDate(2026, 10, 31), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(), utc(1, 0)),
            6 * Hour);
        // 3 business hours from Sunday 00:30 EDT (04:30 UTC) end at 07:30 UTC, which the clock shows as 02:30 EST.
        QCOMPARE(clock.addSeconds(utc(1, 4, 30), 3 * Hour), utc(1, 7, 30));
        // Monday 09:00-17:00 EST = 14:00-22:00 UTC.
        QCOMPARE(clock.addSeconds(utc(1, 23), 0), utc(1, 23));
        QCOMPARE(clock.addSeconds(utc(2, 5), 0), utc(2, 14)); // Monday 00:00 EST: closed until 09:00
        QCOMPARE(clock.secondsBetween(utc(2, 5), utc(3, 5)), 8 * Hour);
        QVERIFY(!clock.isOpen(utc(2, 13, 59)));
        QVERIFY(clock.isOpen(utc(2, 14, 0)));
    }

    void wallTimesAcrossTheChangesReadLikeTheClock()
    {
        const QTimeZone newYork("America/New_York");
        const auto utc = [](int month, int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
        };
        const auto wall = [](int month, int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
        };
        // 01:30 on the fall-back day first shows at 01:30 EDT = 05:30 UTC (and again at 06:30 UTC).
        QCOMPARE(BusinessClock::firstInstantShowing(newYork, wall(11, 1, 1, 30)), utc(11, 1, 5, 30));
        // 02:30 on the spring-forward day (2026-03-08) never shows: it starts with the jump at 07:00 UTC.
        QCOMPARE(BusinessClock::firstInstantShowing(newYork, wall(3, 8, 2, 30)), utc(3, 8, 7));
        QCOMPARE(BusinessClock::firstInstantShowing(newYork, wall(3, 8, 3, 0)), utc(3, 8, 7));
        QCOMPARE(BusinessClock::firstInstantShowing(newYork, wall(3, 8, 1, 59)), utc(3, 8, 6, 59));
        QCOMPARE(BusinessClock::firstInstantShowing(QTimeZone::utc(), wall(3, 8, 2, 30)), utc(3, 8, 2, 30));

        // Hours that start or end inside the change: 02:30-04:00 on the spring-forward Sunday is 03:00-04:00 EDT,
        // one hour; 01:30-03:00 on the fall-back Sunday runs from 01:30 EDT to 03:00 EST, two and a half hours.
        CalendarSpec spec;
        spec.zone = newYork;
        spec.hours[7] = { { 2 * 60 + 30, 4 * 60 }, { 1 * 60 + 30, 3 * 60 } }; // merged: 01:30-04:00
        const BusinessClock clock(spec);
        QCOMPARE(clock.secondsBetween(utc(3, 7, 0), utc(3, 9, 0)), Hour * 3 / 2); // 01:30 EST-04:00 EDT = 06:30-08:00 UTC
        QCOMPARE(clock.secondsBetween(utc(10, 31, 0), utc(11, 2, 0)), Hour * 7 / 2); // 05:30-09:00 UTC
        // A day of 23 hours when the clocks go forward.
        CalendarSpec allDay;
        allDay.zone = newYork;
        for (int day = 1; day <= 7; ++day)
            allDay.hours[day] = { { 0, 24 * 60 } };
        const BusinessClock aroundTheClock(allDay);
        QCOMPARE(aroundTheClock.secondsBetween(utc(3, 8, 5), utc(3, 9, 4)), 23 * Hour);
        QCOMPARE(aroundTheClock.secondsBetween(utc(3, 1, 0), utc(4, 1, 0)), qint64(31) * 24 * Hour);
    }

    void weekdayHoursOverADaylightSavingWeekend()
    {
        // Berlin goes back to CET on Sunday 2026-10-25. Friday 16:00 CEST to Monday 10:00 CET is 1 + 1 hours,
        // though 67 hours pass on the wall clock.
        const QTimeZone berlin("Europe/Berlin");
        const BusinessClock clock(CalendarSpec::weekdays(berlin));
        const qint64 friday = at(QDate(2026, 10, 23), QTime(16, 0), berlin);
        const qint64 monday = at(QDate(2026, 10, 26), QTime(10, 0), berlin);
        QCOMPARE(monday - friday, 67 * Hour);
        QCOMPARE(clock.secondsBetween(friday, monday), 2 * Hour);
        QCOMPARE(clock.addSeconds(friday, 2 * Hour), monday);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(monday, Qt::UTC).time(), QTime(9, 0)); // 10:00 CET
    }

    void holidaysOnlyCountInTheirCalendar()
    {
        // 2026-11-23 is a public holiday in Japan but not in Germany.
        const QTimeZone tokyo("Asia/Tokyo");
        CalendarSpec japan = CalendarSpec::weekdays(tokyo);
        japan.holidays = { QDate(2026, 11, 23) };
        const BusinessClock withHoliday(japan);
        const BusinessClock without(CalendarSpec::weekdays(tokyo));
        const qint64 monday = at(QDate(2026, 11, 23), QTime(9, 0), tokyo);
        QCOMPARE(withHoliday.addSeconds(monday, Hour), at(QDate(2026, 11, 24), QTime(10, 0), tokyo));
        QCOMPARE(without.addSeconds(monday, Hour), at(QDate(2026, 11, 23), QTime(10, 0), tokyo));
        QCOMPARE(withHoliday.secondsBetween(monday, monday + 2 * 24 * Hour), 8 * Hour);
        QCOMPARE(without.secondsBetween(monday, monday + 2 * 24 * Hour), 16 * Hour);
        QVERIFY(!withHoliday.isOpen(monday + Hour));
    }

    void longSpansMatchACountOfWorkingDays()
    {
        // An untouched handoff more than six months old: count the weekdays that are not holidays, 8 hours each,
        // by walking the calendar (Berlin's 09:00-17:00 never meets a daylight-saving change, which happen at night).
        const QTimeZone berlin("Europe/Berlin");
        CalendarSpec spec = CalendarSpec::weekdays(berlin);
        spec.holidays = { QDate(2026, 5, 1), QDate(2026, 5, 14), QDate(2026, 5, 25), QDate(2026, 10, 3), QDate(2026, 12, 25),
            QDate(2027, 1, 1) };
        const BusinessClock clock(spec);
        const QDate first(2026, 4, 29); // Wednesday; the handoff came at 15:00
        const QDate last(2027, 2, 3); // Wednesday; now is 11:00
        qint64 workingDays = 0;
        for (QDate day = first.addDays(1); day < last; day = day.addDays(1))
            if (day.dayOfWeek() <= 5 && !spec.holidays.contains(day))
                ++workingDays;
        const qint64 expected = 2 * Hour + workingDays * 8 * Hour + 2 * Hour;
        const qint64 from = at(first, QTime(15, 0), berlin);
        const qint64 to = at(last, QTime(11, 0), berlin);
        QCOMPARE(clock.secondsBetween(from, to), expected);
        QCOMPARE(clock.addSeconds(from, expected), to);
        // Asked the other way round (the clock's table then grows backwards) the answers stay the same.
        const BusinessClock fresh(spec);
        QCOMPARE(fresh.secondsBetween(to - Hour, to), Hour);
        QCOMPARE(fresh.secondsBetween(from, to), expected);
        QCOMPARE(fresh.secondsBetween(from - 400 * 24 * Hour, from), clock.secondsBetween(from - 400 * 24 * Hour, from));
    }

    void aYearOfHolidaysIsSkipped()
    {
        const QTimeZone utc = QTimeZone::utc();
        CalendarSpec spec = CalendarSpec::weekdays(utc);
        for (QDate day(2027, 1, 1); day.year() == 2027; day = day.addDays(1))
            spec.holidays.insert(day);
        const BusinessClock clock(spec);
        // Thursday 2026-12-31 16:00 + 2 hours: one hour that day, the next on Monday 2028-01-03.
        QCOMPARE(clock.addSeconds(at(QDate(2026, 12, 31), QTime(16, 0), utc), 2 * Hour), at(QDate(2028, 1, 3), QTime(10, 0), utc));
    }

    void agreesWithAMinuteByMinuteCount_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("around");
        QTest::newRow("New York, spring forward") << QStringLiteral("America/New_York") << QDate(2026, 3, 8);
        QTest::newRow("New York, fall back") << QStringLiteral("America/New_York") << QDate(2026, 11, 1);
        QTest::newRow("London, fall back") << QStringLiteral("Europe/London") << QDate(2026, 10, 25);
        QTest::newRow("Lord Howe, half-hour change") << QStringLiteral("Australia/Lord_Howe") << QDate(2026, 10, 4);
        QTest::newRow("Kolkata, no changes") << QStringLiteral("Asia/Kolkata") << QDate(2026, 12, 24);
    }

    void agreesWithAMinuteByMinuteCount()
    {
        // An independent count: step through every minute and ask Qt for the local date and time of each.
        QFETCH(QString, zone);
        QFETCH(QDate, around);
        CalendarSpec spec;
        spec.zone = QTimeZone(zone.toUtf8());
        for (int day = 1; day <= 5; ++day)
            spec.hours[day] = { { 8 * 60, 12 * 60 }, { 12 * 60 + 45, 18 * 60 + 30 } };
        spec.hours[6] = { { 10 * 60, 14 * 60 } };
        spec.hours[7] = { { 0, 24 * 60 } };
        spec.holidays = { around.addDays(-2), around.addDays(3) };
        const BusinessClock clock(spec);
        const auto working = [&](qint64 minuteStart) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(minuteStart, spec.zone);
            if (spec.holidays.contains(local.date()))
                return false;
            const int minute = local.time().hour() * 60 + local.time().minute();
            for (const auto &[start, end] : spec.hours[local.date().dayOfWeek()])
                if (minute >= start && minute < end)
                    return true;
            return false;
        };
        const qint64 base = QDateTime(around.addDays(-5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        quint64 state = 0x9E3779B97F4A7C15ULL ^ quint64(around.toJulianDay());
        const auto next = [&](qint64 bound) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return qint64((state >> 33) % quint64(bound));
        };
        for (int round = 0; round < 40; ++round) {
            const qint64 from = base + next(8 * 24 * 60) * 60;
            const qint64 to = from + next(3 * 24 * 60) * 60;
            qint64 expected = 0;
            for (qint64 t = from; t < to; t += 60)
                expected += working(t) ? 60 : 0;
            QCOMPARE(clock.secondsBetween(from, to), expected);
            QCOMPARE(clock.isOpen(from), working(from));
            // addSeconds is the inverse: the earliest instant by which that much business time has passed.
            const qint64 added = clock.addSeconds(from, expected);
            QCOMPARE(clock.secondsBetween(from, added), expected);
            if (expected > 0)
                QCOMPARE(clock.secondsBetween(from, added - 1), expected - 1);
        }
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
