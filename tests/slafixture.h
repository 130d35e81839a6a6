#pragma once

// A small hand-made workspace for the SLA suites, with every expected number worked out by hand in the
// comments below. Week 2026-W48 runs Monday 23 to Sunday 29 November 2026; "now" (asOf) is Wednesday
// 25 November, 12:00 in Berlin (11:00 UTC).
//
// Calendars: Berlin and Tokyo, Monday to Friday 09:00-17:00; Tokyo has a holiday on Monday 23 November
// (in Japan, not in Germany). Teams: EMEA on Berlin, APAC on Tokyo. Owners: Anna (EMEA), Kenji (APAC,
// with the Tokyo calendar of his own). Policies on the team's calendar: Demo request 60 business minutes,
// Webinar 240; Content download has none. Ladders: notify the owner at 50 %, the manager at 100 %,
// reassign at 200 % (stored in the order 200, 50, 100 to show they fire by threshold).
//
// handoff  signal   owner  handed off (local)   assigned   first touch        business minutes         outcome as of asOf
// h1       Demo     Anna   Mon 23 10:00 Berlin  10:05      10:40              first touch 40           met
// h2       Demo     Anna   Mon 23 16:30 Berlin  16:45      Tue 24 09:50       80 (30 + 50)             missed
// h3       Demo     Anna   Tue 24 11:00 Berlin  11:02      -                  elapsed 540 = 900 %      breaching, step 3
// h4       Demo     Anna   Wed 25 11:30 Berlin  11:31      -                  elapsed 30 = 50 %        running, step 1
// h5       Webinar  Kenji  Mon 23 10:00 Tokyo   Tue 09:10  Tue 24 12:00 Tokyo 180 (Monday a holiday)   met
// h6       Webinar  Kenji  Tue 24 15:00 Tokyo   15:20      -                  elapsed 600 = 250 %      breaching, step 3
// h7       Demo     Anna   Wed 25 11:00 Berlin  11:03      -                  elapsed 60 = 100 %       breaching, step 2
// h8       Content  none   Wed 25 10:00 Berlin  -          -                  no policy                -
// h9       Demo     Anna   Fri 20 16:30 Berlin  16:31      Mon 23 09:20       50 (30 + 20), week W47   met

#include "core/workspace.h"
#include "data/handoff.h"
#include "define/contract.h"
#include "enforce/sla.h"
#include "enforce/slaclock.h"
#include "route/coverage.h"

#include <QDateTime>
#include <QTest>

#include <memory>

namespace baton::test {

struct SlaFixture
{
    std::unique_ptr<Workspace> workspace;
    qint64 demo = 0, webinar = 0, content = 0; // signal types
    qint64 demoPolicy = 0, webinarPolicy = 0;
    qint64 berlin = 0, tokyo = 0; // calendars
    qint64 emea = 0, apac = 0; // teams
    qint64 anna = 0, kenji = 0; // owners
    QList<qint64> h; // h[1] .. h[9]; h[0] unused
    qint64 asOf = 0;

    static qint64 inBerlin(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone("Europe/Berlin")).toSecsSinceEpoch();
    }
    static qint64 inTokyo(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone("Asia/Tokyo")).toSecsSinceEpoch();
    }

    template <typename T>
    void add(T &entity)
    {
        auto added = Repository<T>(*workspace).add(entity);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }

    qint64 calendar(const QString &name, const QString &zone)
    {
        BusinessCalendar c { 0, 0, name, zone };
        add(c);
        for (int day = 1; day <= 5; ++day) {
            CalendarHours hours { 0, 0, c.id, day, 9 * 60, 17 * 60 };
            add(hours);
        }
        return c.id;
    }

    void build(const QString &path)
    {
        auto created = Workspace::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        workspace = std::move(created.value());
        SignalType demoType { 0, 0, QStringLiteral("Demo request"), IntentTier::High, {}, 1 };
        SignalType webinarType { 0, 0, QStringLiteral("Webinar"), IntentTier::Medium, {}, 2 };
        SignalType contentType { 0, 0, QStringLiteral("Content download"), IntentTier::Low, {}, 3 };
        add(demoType);
        add(webinarType);
        add(contentType);
        demo = demoType.id;
        webinar = webinarType.id;
        content = contentType.id;
        berlin = calendar(QStringLiteral("Berlin"), QStringLiteral("Europe/Berlin"));
        tokyo = calendar(QStringLiteral("Tokyo"), QStringLiteral("Asia/Tokyo"));
        CalendarHoliday holiday { 0, 0, tokyo, QDate(2026, 11, 23), QStringLiteral("Labour Thanksgiving Day") };
        add(holiday);
        Team emeaTeam { 0, 0, QStringLiteral("EMEA"), QStringLiteral("team"), QStringLiteral("Maria"), berlin, false };
        Team apacTeam { 0, 0, QStringLiteral("APAC"), QStringLiteral("team"), QStringLiteral("Hiro"), tokyo, false };
        add(emeaTeam);
        add(apacTeam);
        emea = emeaTeam.id;
        apac = apacTeam.id;
        Owner annaOwner;
        annaOwner.name = QStringLiteral("Anna");
        annaOwner.teamId = emea;
        add(annaOwner);
        anna = annaOwner.id;
        Owner kenjiOwner;
        kenjiOwner.name = QStringLiteral("Kenji");
        kenjiOwner.teamId = apac;
        kenjiOwner.calendarId = tokyo;
        add(kenjiOwner);
        kenji = kenjiOwner.id;
        SlaPolicy demoSla { 0, 0, demo, 60, CalendarSource::Team, 0 };
        SlaPolicy webinarSla { 0, 0, webinar, 240, CalendarSource::Team, 0 };
        add(demoSla);
        add(webinarSla);
        demoPolicy = demoSla.id;
        webinarPolicy = webinarSla.id;
        for (qint64 policy : { demoPolicy, webinarPolicy }) {
            EscalationStep reassign { 0, 0, policy, 1, 200, EscalationAction::Reassign };
            EscalationStep notifyOwner { 0, 0, policy, 2, 50, EscalationAction::NotifyOwner };
            EscalationStep notifyManager { 0, 0, policy, 3, 100, EscalationAction::NotifyManager };
            add(reassign);
            add(notifyOwner);
            add(notifyManager);
        }

        auto clock = SlaClock::load(*workspace);
        QVERIFY2(clock.ok(), qPrintable(clock.errorMessage()));
        h = { 0 };
        auto result = workspace->transaction([&]() -> Result<void> {
            HandoffWriter writer(*workspace);
            const auto write = [&](qint64 signal, qint64 owner, qint64 team, qint64 handedOff, Handoff::Instant assigned,
                                   Handoff::Instant touched) -> Result<void> {
                Handoff x;
                x.leadRef = QStringLiteral("L-%1").arg(h.size());
                x.company = QStringLiteral("Company %1").arg(h.size());
                x.signalTypeId = signal;
                x.ownerId = owner;
                x.teamId = team;
                x.handedOffAt = handedOff;
                x.assignedAt = assigned;
                x.firstTouchAt = touched;
                x.outcome = touched ? Outcome::Accepted : Outcome::Open;
                clock->apply(x);
                BATON_TRY(writer.insert(x));
                h << x.id;
                return {};
            };
            BATON_TRY(write(demo, anna, emea, inBerlin(23, 10), inBerlin(23, 10, 5), inBerlin(23, 10, 40)));
            BATON_TRY(write(demo, anna, emea, inBerlin(23, 16, 30), inBerlin(23, 16, 45), inBerlin(24, 9, 50)));
            BATON_TRY(write(demo, anna, emea, inBerlin(24, 11), inBerlin(24, 11, 2), std::nullopt));
            BATON_TRY(write(demo, anna, emea, inBerlin(25, 11, 30), inBerlin(25, 11, 31), std::nullopt));
            BATON_TRY(write(webinar, kenji, apac, inTokyo(23, 10), inTokyo(24, 9, 10), inTokyo(24, 12)));
            BATON_TRY(write(webinar, kenji, apac, inTokyo(24, 15), inTokyo(24, 15, 20), std::nullopt));
            BATON_TRY(write(demo, anna, emea, inBerlin(25, 11), inBerlin(25, 11, 3), std::nullopt));
            BATON_TRY(write(content, 0, 0, inBerlin(25, 10), std::nullopt, std::nullopt));
            BATON_TRY(write(demo, anna, emea, inBerlin(20, 16, 30), inBerlin(20, 16, 31), inBerlin(23, 9, 20)));
            return {};
        });
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        asOf = inBerlin(25, 12);
        QVERIFY(workspace->setSetting(QStringLiteral("as_of"), QDateTime::fromSecsSinceEpoch(asOf, Qt::UTC).toString(Qt::ISODate)).ok());
    }
};

} // namespace baton::test
