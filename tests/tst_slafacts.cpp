// Stored SLA facts: the configuration fingerprint, staleness after policy and calendar edits, and the
// recompute (values worked out by hand, all-or-nothing when cancelled).

#include "data/handoff.h"
#include "enforce/slafacts.h"
#include "slafixture.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestSlaFacts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Handoff handoff(Workspace &workspace, qint64 id) { return HandoffRepository(workspace).get(id).value(); }

    static void setTarget(Workspace &workspace, qint64 policyId, int minutes)
    {
        auto policy = Repository<SlaPolicy>(workspace).get(policyId);
        QVERIFY(policy.ok());
        policy->targetMinutes = minutes;
        QVERIFY(Repository<SlaPolicy>(workspace).update(*policy).ok());
    }

private slots:
    void freshFactsAreCurrent()
    {
        SlaFixture f;
        f.build(m_dir.filePath(QStringLiteral("fresh.baton")));
        // No fingerprint recorded yet: the sample check recomputes and finds the same facts.
        QVERIFY(f.workspace->setting(SlaFacts::FingerprintSetting).isEmpty());
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), true);
        setTarget(*f.workspace, f.demoPolicy, 30);
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), false);
        QCOMPARE(SlaFacts::checkAndRecord(*f.workspace).value(), false);
        QVERIFY(f.workspace->setting(SlaFacts::FingerprintSetting).isEmpty()); // stale facts are never blessed
    }

    void aSampleCanMissAnEditTheFingerprintCannot()
    {
        SlaFixture f;
        f.build(m_dir.filePath(QStringLiteral("record.baton")));
        QCOMPARE(SlaFacts::checkAndRecord(*f.workspace).value(), true);
        QCOMPARE(f.workspace->setting(SlaFacts::FingerprintSetting), SlaFacts::fingerprint(*f.workspace).value());
        // A holiday on a day no handoff's clock runs through leaves every stored fact as it is, so a sample
        // would find nothing; the recorded fingerprint still tells the configuration changed.
        CalendarHoliday far { 0, 0, f.berlin, QDate(2027, 6, 1), QStringLiteral("Far away") };
        QVERIFY(Repository<CalendarHoliday>(*f.workspace).add(far).ok());
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), false);
        QVERIFY(f.workspace->setSetting(SlaFacts::FingerprintSetting, QString()).ok());
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), true);
    }

    void aRecomputeRewritesWhatChanged()
    {
        SlaFixture f;
        f.build(m_dir.filePath(QStringLiteral("recompute.baton")));
        setTarget(*f.workspace, f.demoPolicy, 30);
        QList<std::pair<qint64, qint64>> calls;
        auto summary = SlaFacts::recompute(*f.workspace, [&](qint64 done, qint64 total) {
            calls.append({ done, total });
            return true;
        });
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->handoffs, 9);
        QCOMPARE(summary->changed, 6); // the six Demo requests: h1, h2, h3, h4, h7, h9
        QCOMPARE(calls.last(), (std::pair<qint64, qint64>(9, 9)));
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), true);
        QCOMPARE(f.workspace->setting(SlaFacts::FingerprintSetting), SlaFacts::fingerprint(*f.workspace).value());

        // h2, handed off Monday 16:30: 30 business minutes end at 17:00 that day; touched Tuesday 09:50, now missed.
        const Handoff h2 = handoff(*f.workspace, f.h[2]);
        QCOMPARE(h2.slaTargetMinutes.value_or(0), 30);
        QCOMPARE(h2.slaDueAt.value_or(0), SlaFixture::inBerlin(23, 17));
        QCOMPARE(h2.firstTouchSeconds.value_or(-1), 80 * 60); // durations do not depend on the target
        // h1 (touched after 40 minutes) now misses the 30-minute target; Webinars kept their facts.
        QCOMPARE(handoff(*f.workspace, f.h[1]).slaDueAt.value_or(0), SlaFixture::inBerlin(23, 10, 30));
        QCOMPARE(handoff(*f.workspace, f.h[5]).slaDueAt.value_or(0), SlaFixture::inTokyo(24, 13));

        // Nothing changed since: a second recompute rewrites nothing.
        QCOMPARE(SlaFacts::recompute(*f.workspace)->changed, 0);
    }

    void calendarEditsMakeFactsStale()
    {
        SlaFixture f;
        f.build(m_dir.filePath(QStringLiteral("stale.baton")));
        QVERIFY(SlaFacts::recompute(*f.workspace).ok());
        const QString before = SlaFacts::fingerprint(*f.workspace).value();
        // Escalation steps are not part of the facts.
        auto steps = Repository<EscalationStep>(*f.workspace).list();
        steps->first().thresholdPercent = 300;
        QVERIFY(Repository<EscalationStep>(*f.workspace).update(steps->first()).ok());
        QCOMPARE(SlaFacts::fingerprint(*f.workspace).value(), before);
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), true);
        // A holiday is.
        CalendarHoliday holiday { 0, 0, f.berlin, QDate(2026, 11, 24), QStringLiteral("Company day") };
        QVERIFY(Repository<CalendarHoliday>(*f.workspace).add(holiday).ok());
        QVERIFY(SlaFacts::fingerprint(*f.workspace).value() != before);
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), false);
        // So are hours, time zones and the calendars of owners.
        QVERIFY(Repository<CalendarHoliday>(*f.workspace).remove(holiday).ok());
        QCOMPARE(SlaFacts::fingerprint(*f.workspace).value(), before);
        auto kenji = Repository<Owner>(*f.workspace).get(f.kenji);
        kenji->calendarId = f.berlin;
        QVERIFY(Repository<Owner>(*f.workspace).update(*kenji).ok());
        QVERIFY(SlaFacts::fingerprint(*f.workspace).value() != before);
        kenji->calendarId = f.tokyo;
        QVERIFY(Repository<Owner>(*f.workspace).update(*kenji).ok());
        auto calendar = Repository<BusinessCalendar>(*f.workspace).get(f.berlin);
        calendar->timeZone = QStringLiteral("Europe/Paris");
        QVERIFY(Repository<BusinessCalendar>(*f.workspace).update(*calendar).ok());
        QVERIFY(SlaFacts::fingerprint(*f.workspace).value() != before);

        // A holiday on Tuesday 24 in Berlin moves h2's due instant from Tuesday 09:30 to Wednesday 09:30.
        calendar->timeZone = QStringLiteral("Europe/Berlin");
        QVERIFY(Repository<BusinessCalendar>(*f.workspace).update(*calendar).ok());
        CalendarHoliday again { 0, 0, f.berlin, QDate(2026, 11, 24), QStringLiteral("Company day") };
        QVERIFY(Repository<CalendarHoliday>(*f.workspace).add(again).ok());
        QVERIFY(SlaFacts::recompute(*f.workspace).ok());
        const Handoff h2 = handoff(*f.workspace, f.h[2]);
        QCOMPARE(h2.slaDueAt.value_or(0), SlaFixture::inBerlin(25, 9, 30));
        QCOMPARE(h2.firstTouchSeconds.value_or(-1), 30 * 60); // touched on the holiday: only Monday's half hour counts
    }

    void aCancelledRecomputeChangesNothing()
    {
        SlaFixture f;
        const QString path = m_dir.filePath(QStringLiteral("cancel.baton"));
        f.build(path);
        setTarget(*f.workspace, f.demoPolicy, 15);
        const QByteArray handoffs = RawDatabase(path).tableDigest(QStringLiteral("handoff"));
        const QByteArray settings = RawDatabase(path).tableDigest(QStringLiteral("audit_log"));
        auto cancelled = SlaFacts::recompute(*f.workspace, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        QCOMPARE(RawDatabase(path).tableDigest(QStringLiteral("handoff")), handoffs);
        QCOMPARE(RawDatabase(path).tableDigest(QStringLiteral("audit_log")), settings);
        QVERIFY(f.workspace->setting(SlaFacts::FingerprintSetting).isEmpty());
        QCOMPARE(SlaFacts::areCurrent(*f.workspace).value(), false);
    }
};

QTEST_GUILESS_MAIN(TestSlaFacts)
#include "tst_slafacts.moc"
