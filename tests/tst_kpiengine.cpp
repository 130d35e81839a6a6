// The KPI engine on small hand-made data whose answers are worked out by hand (empty groups, null
// denominators, ties at the median), the KPI cubes kept in sync by their triggers through inserts,
// updates and deletes, date ranges that cut weeks, and the rejection recorder's rules.

#include "core/migrations.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "define/contract.h"
#include "feedback/feedback.h"
#include "feedback/rejectionrecorder.h"
#include "optimize/kpiengine.h"
#include "optimize/kpireport.h"
#include "route/coverage.h"
#include "testsupport.h"

#include <QTest>

#include <algorithm>

using namespace baton;
using namespace baton::test;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Day = 86400;

qint64 utc(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// Sorted copies, so that tallies from the cube and from the handoffs compare whatever their order.
KpiTally sorted(KpiTally tally)
{
    std::sort(tally.firstTouch.begin(), tally.firstTouch.end());
    std::sort(tally.toOpportunity.begin(), tally.toOpportunity.end());
    std::sort(tally.toWon.begin(), tally.toWon.end());
    return tally;
}

bool sameTally(const KpiTally &a, const KpiTally &b)
{
    const KpiTally x = sorted(a);
    const KpiTally y = sorted(b);
    return x.counts == y.counts && x.firstTouch == y.firstTouch && x.toOpportunity == y.toOpportunity && x.toWon == y.toWon;
}

} // namespace

class TestKpiEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_signal = 0;
    qint64 m_smb = 0;
    qint64 m_enterprise = 0;
    qint64 m_mid = 0;
    qint64 m_team = 0;
    qint64 m_fallbackTeam = 0;
    qint64 m_owner = 0;
    qint64 m_triage = 0;
    qint64 m_badFit = 0;
    qint64 m_retired = 0;
    QList<qint64> m_handoffs; // h1 .. h8
    const qint64 m_asOf = utc(3, 14);

    // The eight handoffs worked out by hand below. Weeks 2026-W10 (from 2 March) and 2026-W11 (from 9 March).
    void writeHandoffs(Workspace &workspace)
    {
        struct Spec
        {
            qint64 at;
            qint64 segment;
            const char *source;
            const char *outcome;
            qint64 touchMinutes; // -1: untouched
            qint64 due; // 0: no SLA policy
            int oppDays; // -1: none
            double amount;
            int closeDays; // -1: open
            double wonAmount;
            qint64 reason;
            bool fallback;
        };
        const qint64 w10 = utc(3, 2);
        const qint64 w11 = utc(3, 9);
        const Spec specs[] = {
            // h1: accepted, opportunity after 10 days, won after 30 days; touched in 10 minutes, in time.
            { w10, m_smb, "web", "won", 10, w10 + 3600, 10, 1000, 30, 900, 0, false },
            // h2: rejected as bad fit; touched in 20 minutes, after the due time.
            { w10 + 60, m_smb, "web", "rejected", 20, w10 + 60 + 600, -1, 0, -1, 0, m_badFit, false },
            // h3: rejected without a reason, routed to the fallback queue; touched in 30 minutes, in time.
            { w10 + 120, m_enterprise, "ads", "rejected", 30, w10 + 120 + 7200, -1, 0, -1, 0, 0, true },
            // h4: accepted, opportunity after 20 days, lost; touched in 10 minutes, in time.
            { w11, m_smb, "ads", "lost", 10, w11 + 3600, 20, 3000, 25, 0, 0, false },
            // h5: untouched, due before asOf: a breach.
            { w11 + 60, m_enterprise, "web", "open", -1, w11 + 3600, -1, 0, -1, 0, 0, false },
            // h6: untouched, due after asOf: not decided yet.
            { utc(3, 13, 23), m_enterprise, "web", "open", -1, utc(3, 15), -1, 0, -1, 0, 0, false },
            // h7: accepted, no opportunity, no SLA policy; touched in 40 minutes.
            { w11 + 120, m_smb, "web", "accepted", 40, 0, -1, 0, -1, 0, 0, false },
            // h8: accepted, no opportunity; touched in 10 minutes, in time.
            { w11 + 180, m_smb, "web", "accepted", 10, w11 + 180 + 3600, -1, 0, -1, 0, 0, false },
        };
        HandoffWriter writer(workspace);
        m_handoffs.clear();
        QVERIFY(workspace.transaction([&]() -> Result<void> {
            for (const Spec &s : specs) {
                Handoff h;
                h.handedOffAt = s.at;
                h.signalTypeId = m_signal;
                h.segmentId = s.segment;
                h.source = QString::fromLatin1(s.source);
                h.campaign = QStringLiteral("%1-spring").arg(h.source);
                h.ownerId = s.fallback ? m_triage : m_owner;
                h.teamId = s.fallback ? m_fallbackTeam : m_team;
                h.routedToFallback = s.fallback;
                h.outcome = QString::fromLatin1(s.outcome);
                if (s.touchMinutes >= 0) {
                    h.firstTouchAt = s.at + s.touchMinutes * Minute;
                    h.firstTouchSeconds = s.touchMinutes * Minute;
                }
                if (s.due)
                    h.slaDueAt = s.due;
                const bool accepted = h.outcome != Outcome::Open && h.outcome != Outcome::Rejected;
                if (accepted)
                    h.acceptedAt = s.at + Day;
                if (h.outcome == Outcome::Rejected) {
                    h.rejectedAt = s.at + Day;
                    h.rejectionReasonId = s.reason;
                }
                if (s.oppDays >= 0) {
                    h.opportunityAt = s.at + s.oppDays * Day;
                    h.opportunityAmount = s.amount;
                }
                if (s.closeDays >= 0) {
                    h.closedAt = s.at + s.closeDays * Day;
                    if (h.outcome == Outcome::Won)
                        h.wonAmount = s.wonAmount;
                }
                BATON_TRY(writer.insert(h));
                m_handoffs << h.id;
            }
            return {};
        }).ok());
    }

    KpiReport report(KpiDimension by, const HandoffFilter &filter = {}, KpiEngine::Path path = KpiEngine::Path::Auto)
    {
        auto computed = KpiReport::compute(*m_workspace, by, filter, path);
        if (!computed)
            qWarning() << computed.errorMessage();
        return computed.valueOr(KpiReport());
    }

    static const KpiGroup *group(const KpiReport &report, const QString &label)
    {
        for (const KpiGroup &g : report.groups)
            if (g.label == label)
                return &g;
        return nullptr;
    }

    // Every grouping the cubes hold gives the same tallies from the cube as from the handoffs.
    void checkCubeMatchesHandoffs(const HandoffFilter &filter = {})
    {
        KpiEngine engine(*m_workspace);
        QList<KpiGrouping> groupings;
        for (KpiDimension d : { KpiDimension::Week, KpiDimension::Segment, KpiDimension::Source, KpiDimension::Campaign,
                 KpiDimension::SignalType, KpiDimension::Team, KpiDimension::Territory })
            groupings << KpiGrouping { d, std::nullopt, true };
        for (const QList<KpiGrouping> &set : { groupings, QList<KpiGrouping> { { KpiDimension::Owner, KpiDimension::Week, true } } }) {
            QVERIFY(KpiEngine::cubeAnswers(filter, set));
            auto cube = engine.compute(filter, set);
            auto raw = engine.compute(filter, set, true, KpiEngine::Path::Handoffs);
            QVERIFY2(cube.ok() && raw.ok(), qPrintable(cube.errorMessage() + raw.errorMessage()));
            QVERIFY(cube->fromCube);
            QVERIFY(!raw->fromCube);
            QVERIFY(sameTally(cube->total, raw->total));
            for (int g = 0; g < set.size(); ++g) {
                QCOMPARE(cube->groups.at(g).size(), raw->groups.at(g).size());
                for (auto it = raw->groups.at(g).cbegin(); it != raw->groups.at(g).cend(); ++it) {
                    KpiGroupKey key = it.key();
                    // Source and campaign keys are indexes into each result's own text list.
                    if (set.at(g).dimension == KpiDimension::Source || set.at(g).dimension == KpiDimension::Campaign)
                        key.first = cube->texts.indexOf(raw->text(key.first));
                    QVERIFY2(cube->groups.at(g).contains(key), qPrintable(KpiDimensions::key(set.at(g).dimension)));
                    QVERIFY2(sameTally(cube->groups.at(g).value(key), it.value()), qPrintable(KpiDimensions::key(set.at(g).dimension)));
                }
            }
        }
        // Rejections by reason within every dimension.
        for (KpiDimension d : { KpiDimension::Segment, KpiDimension::Source, KpiDimension::Campaign, KpiDimension::Owner }) {
            const QList<KpiGrouping> set { { d, KpiDimension::RejectionReason, false } };
            auto cube = engine.rejections(filter, set);
            auto raw = engine.rejections(filter, set, KpiEngine::Path::Handoffs);
            QVERIFY(cube.ok() && raw.ok());
            QVERIFY(cube->fromCube);
            QCOMPARE(cube->total.counts, raw->total.counts);
            QCOMPARE(cube->groups.first().size(), raw->groups.first().size());
        }
    }

private slots:
    void initTestCase()
    {
        auto created = Workspace::create(m_dir.filePath(QStringLiteral("kpi.baton")));
        QVERIFY(created.ok());
        m_workspace = std::move(created.value());
        QVERIFY(m_workspace->setSetting(QStringLiteral("time_zone"), QStringLiteral("UTC")).ok());
        QVERIFY(m_workspace->setSetting(QStringLiteral("as_of"),
            QDateTime::fromSecsSinceEpoch(m_asOf, Qt::UTC).toString(Qt::ISODate)).ok());
        SignalType signal { 0, 0, QStringLiteral("Demo request"), IntentTier::High, {}, 1 };
        QVERIFY(Repository<SignalType>(*m_workspace).add(signal).ok());
        m_signal = signal.id;
        for (auto [name, id] : { std::pair { "SMB", &m_smb }, std::pair { "Enterprise", &m_enterprise }, std::pair { "Mid-Market", &m_mid } }) {
            Segment segment;
            segment.name = QString::fromLatin1(name);
            QVERIFY(Repository<Segment>(*m_workspace).add(segment).ok());
            *id = segment.id;
        }
        Team team { 0, 0, QStringLiteral("West"), QStringLiteral("team"), {}, 0, false };
        QVERIFY(Repository<Team>(*m_workspace).add(team).ok());
        m_team = team.id;
        Team fallback { 0, 0, QStringLiteral("Triage"), QStringLiteral("queue"), {}, 0, true };
        QVERIFY(Repository<Team>(*m_workspace).add(fallback).ok());
        m_fallbackTeam = fallback.id;
        Owner owner;
        owner.name = QStringLiteral("Ada");
        owner.teamId = m_team;
        QVERIFY(Repository<Owner>(*m_workspace).add(owner).ok());
        m_owner = owner.id;
        Owner triage;
        triage.name = QStringLiteral("Sam");
        triage.teamId = m_fallbackTeam;
        QVERIFY(Repository<Owner>(*m_workspace).add(triage).ok());
        m_triage = triage.id;
        RecyclePlay play { 0, 0, QStringLiteral("Nurture"), PlayKind::Nurture, 90, {} };
        QVERIFY(Repository<RecyclePlay>(*m_workspace).add(play).ok());
        RejectionReason badFit { 0, 0, QStringLiteral("Bad fit"), play.id, {}, true, 1 };
        QVERIFY(Repository<RejectionReason>(*m_workspace).add(badFit).ok());
        m_badFit = badFit.id;
        RejectionReason retired { 0, 0, QStringLiteral("Old reason"), play.id, {}, false, 2 };
        QVERIFY(Repository<RejectionReason>(*m_workspace).add(retired).ok());
        m_retired = retired.id;
        writeHandoffs(*m_workspace);
        QCOMPARE(m_handoffs.size(), 8);
    }

    void totalsWorkedOutByHand()
    {
        const KpiReport r = report(KpiDimension::Segment);
        const KpiFigures &t = r.total.figures;
        QCOMPARE(t.counts.handoffs, 8);
        QCOMPARE(t.counts.accepted, 4); // h1, h4, h7, h8
        QCOMPARE(t.counts.rejected, 2); // h2, h3
        QCOMPARE(*t.acceptanceRate, 4.0 / 6.0);
        QCOMPARE(*t.conversionRate, 2.0 / 8.0); // h1, h4
        QCOMPARE(*t.winRate, 0.5); // h1 won, h4 lost
        QCOMPARE(*t.medianDaysToOpportunity, 15.0); // 10 and 20 days
        QCOMPARE(*t.p90DaysToOpportunity, 20.0); // rank ceil(1.8) = 2
        QCOMPARE(*t.medianDaysToWon, 30.0);
        QCOMPARE(*t.p90DaysToWon, 30.0);
        QCOMPARE(*t.pipelinePerHandoff, 4000.0 / 8.0);
        QCOMPARE(*t.wonPerHandoff, 900.0 / 8.0);
        // Met: h1, h3, h4, h8. Decided: those, h2 (late) and h5 (untouched past due); h6 is not due yet, h7 has no policy.
        QCOMPARE(t.counts.slaMet, 4);
        QCOMPARE(t.counts.slaDecided, 6);
        QCOMPARE(*t.slaCompliance, 4.0 / 6.0);
        // 10, 10, 10, 20, 30, 40 minutes: the median is the mean of the two middle values.
        QCOMPARE(*t.medianMinutesToFirstTouch, 15.0);
        QCOMPARE(*t.p90MinutesToFirstTouch, 40.0); // rank ceil(5.4) = 6
    }

    void leakageRankedByCount()
    {
        const QList<LeakageStep> leaks = report(KpiDimension::Week).total.figures.leakage();
        QCOMPARE(leaks.size(), 5);
        QCOMPARE(leaks.at(0).kind, LeakageStep::AcceptedNotConverted); // h7, h8
        QCOMPARE(leaks.at(0).count, 2);
        QCOMPARE(*leaks.at(0).share, 2.0 / 8.0);
        // The ties keep the pipeline's order.
        const LeakageStep::Kind rest[] = { LeakageStep::Unassigned, LeakageStep::UntouchedPastSla,
            LeakageStep::RejectedWithReason, LeakageStep::RejectedWithoutReason };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(leaks.at(i + 1).kind, rest[i]);
            QCOMPARE(leaks.at(i + 1).count, 1); // h3, h5, h2, h3
        }
    }

    void groupsWithTiesEmptyGroupsAndNullDenominators()
    {
        const KpiReport r = report(KpiDimension::Segment);
        QCOMPARE(r.groups.size(), 3);
        const KpiGroup *smb = group(r, QStringLiteral("SMB"));
        const KpiGroup *enterprise = group(r, QStringLiteral("Enterprise"));
        const KpiGroup *mid = group(r, QStringLiteral("Mid-Market"));
        QVERIFY(smb && enterprise && mid);
        // SMB: h1, h2, h4, h7, h8. First touches 10, 20, 10, 40, 10: the median is a tie of three 10s.
        QCOMPARE(smb->figures.counts.handoffs, 5);
        QCOMPARE(*smb->figures.acceptanceRate, 0.8);
        QCOMPARE(*smb->figures.conversionRate, 0.4);
        QCOMPARE(*smb->figures.medianMinutesToFirstTouch, 10.0);
        QCOMPARE(*smb->figures.p90MinutesToFirstTouch, 40.0);
        QCOMPARE(*smb->figures.slaCompliance, 0.75); // h1, h4, h8 of h1, h2, h4, h8
        // Enterprise: h3 (rejected), h5, h6 (open). Nothing accepted, nothing closed.
        QCOMPARE(enterprise->figures.counts.handoffs, 3);
        QCOMPARE(*enterprise->figures.acceptanceRate, 0.0);
        QCOMPARE(*enterprise->figures.conversionRate, 0.0);
        QVERIFY(!enterprise->figures.winRate.has_value());
        QVERIFY(!enterprise->figures.medianDaysToOpportunity.has_value());
        QCOMPARE(*enterprise->figures.slaCompliance, 0.5); // h3 of h3, h5
        // Mid-Market has no handoffs: it is listed, with nulls for every rate.
        QCOMPARE(mid->figures.counts.handoffs, 0);
        for (const auto &rate : { mid->figures.acceptanceRate, mid->figures.conversionRate, mid->figures.winRate,
                 mid->figures.pipelinePerHandoff, mid->figures.slaCompliance, mid->figures.medianMinutesToFirstTouch })
            QVERIFY(!rate.has_value());
        // In JSON the missing rates are null, not 0.
        QJsonObject json;
        for (const QJsonValue &value : r.toJson().value(QStringLiteral("groups")).toArray())
            if (value.toObject().value(QStringLiteral("group")).toString() == QStringLiteral("Mid-Market"))
                json = value.toObject();
        QVERIFY(json.value(QStringLiteral("acceptance_rate")).isNull());
        QCOMPARE(json.value(QStringLiteral("handoffs")).toInt(), 0);
    }

    void weeksIncludeEmptyWeeksOfTheRange()
    {
        HandoffFilter filter;
        filter.fromWeek = 202610;
        filter.toWeek = 202612;
        const KpiReport r = report(KpiDimension::Week, filter);
        QCOMPARE(r.groups.size(), 3);
        QCOMPARE(r.groups.at(0).label, QStringLiteral("2026-W10"));
        QCOMPARE(r.groups.at(0).figures.counts.handoffs, 3);
        QCOMPARE(r.groups.at(1).label, QStringLiteral("2026-W11"));
        QCOMPARE(r.groups.at(1).figures.counts.handoffs, 5);
        QCOMPARE(r.groups.at(2).label, QStringLiteral("2026-W12"));
        QCOMPARE(r.groups.at(2).figures.counts.handoffs, 0);
        QVERIFY(!r.groups.at(2).figures.acceptanceRate.has_value());
    }

    void namesNeverIds()
    {
        for (KpiDimension d : { KpiDimension::Owner, KpiDimension::Team, KpiDimension::SignalType, KpiDimension::Segment }) {
            for (const KpiGroup &g : report(d).groups) {
                bool isNumber = false;
                g.label.toLongLong(&isNumber);
                QVERIFY2(!isNumber, qPrintable(g.label));
            }
        }
        const KpiReport owners = report(KpiDimension::Owner);
        QVERIFY(group(owners, QStringLiteral("Ada")));
        QCOMPARE(group(owners, QStringLiteral("Sam"))->figures.counts.unassigned, 1);
    }

    void cubeMatchesHandoffs()
    {
        checkCubeMatchesHandoffs();
        HandoffFilter filter;
        filter.segments = { m_smb };
        filter.sources = { QStringLiteral("web") };
        checkCubeMatchesHandoffs(filter);
    }

    void aDateRangeThatCutsAWeek()
    {
        // From Tuesday 3 March: h1, h2, h3 (Monday 2 March) are out; to Wednesday 11 March 23:59: all of W11 but h6.
        HandoffFilter filter;
        filter.handedOffFrom = utc(3, 3, 0);
        filter.handedOffBefore = utc(3, 12, 0);
        KpiEngine engine(*m_workspace);
        auto result = engine.compute(filter, { { KpiDimension::Segment, std::nullopt, true } });
        QVERIFY(result.ok());
        QCOMPARE(result->total.counts.handoffs, 4); // h4, h5, h7, h8
        auto raw = engine.compute(filter, { { KpiDimension::Segment, std::nullopt, true } }, true, KpiEngine::Path::Handoffs);
        QVERIFY(sameTally(result->total, raw->total));
        // A range of whole weeks reads the cube only; one that cuts W10 reads W10's handoffs.
        filter.handedOffFrom = utc(3, 2, 0);
        filter.handedOffBefore = utc(3, 9, 0);
        result = engine.compute(filter, {});
        QCOMPARE(result->total.counts.handoffs, 3);
        QVERIFY(result->fromCube);
        filter.handedOffFrom = utc(3, 2, 11);
        result = engine.compute(filter, {});
        QCOMPARE(result->total.counts.handoffs, 0); // h1 10:00, h2 10:01, h3 10:02
        QVERIFY(!result->fromCube);
    }

    void slaDecidedMovesWithAsOf()
    {
        // When asOf passes h6's due time, h6 becomes a decided miss and a breach.
        QVERIFY(m_workspace->setSetting(QStringLiteral("as_of"), QDateTime::fromSecsSinceEpoch(utc(3, 16), Qt::UTC).toString(Qt::ISODate)).ok());
        const KpiFigures later = report(KpiDimension::Week).total.figures;
        QVERIFY(m_workspace->setSetting(QStringLiteral("as_of"), QDateTime::fromSecsSinceEpoch(m_asOf, Qt::UTC).toString(Qt::ISODate)).ok());
        QCOMPARE(later.counts.slaDecided, 7);
        QCOMPARE(later.counts.slaBreaching, 2);
        QCOMPARE(*later.slaCompliance, 4.0 / 7.0);
        const KpiFigures now = report(KpiDimension::Week).total.figures;
        QCOMPARE(now.counts.slaBreaching, 1);
        checkCubeMatchesHandoffs();
    }

    void quantilesByHand_data()
    {
        QTest::addColumn<QList<int>>("values");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("p90");
        QTest::newRow("one") << QList<int> { 7 } << 7.0 << 7.0;
        QTest::newRow("two") << QList<int> { 4, 2 } << 3.0 << 4.0;
        QTest::newRow("ties at the median") << QList<int> { 5, 5, 5, 1, 9 } << 5.0 << 9.0;
        QTest::newRow("even, tied middle") << QList<int> { 3, 3, 1, 8 } << 3.0 << 8.0;
        QTest::newRow("ten") << QList<int> { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 } << 5.5 << 9.0; // rank ceil(9) = 9
        QTest::newRow("eleven") << QList<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 } << 6.0 << 10.0; // ceil(9.9) = 10
        QTest::newRow("negative") << QList<int> { -5, -1, -3 } << -3.0 << -1.0;
    }

    void quantilesByHand()
    {
        QFETCH(QList<int>, values);
        QFETCH(double, median);
        QFETCH(double, p90);
        const std::vector<qint32> v(values.begin(), values.end());
        QCOMPARE(*Quantile::median(v), median);
        QCOMPARE(*Quantile::p90(v), p90);
        const auto both = Quantile::medianAndP90(v);
        QCOMPARE(*both.median, median);
        QCOMPARE(*both.p90, p90);
        QVERIFY(!Quantile::median({}).has_value());
        QVERIFY(!Quantile::medianAndP90({}).p90.has_value());
    }

    void rejectionNeedsAReason()
    {
        RejectionRecorder recorder(*m_workspace);
        const qint64 open = m_handoffs.at(4); // h5
        auto refused = recorder.reject(open, 0, m_asOf);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("reason")));
        QCOMPARE(recorder.reject(open, 9999, m_asOf).error().kind, Error::Kind::NotFound);
        QCOMPARE(recorder.reject(open, m_retired, m_asOf).error().kind, Error::Kind::Invalid);
        QCOMPARE(recorder.reject(m_handoffs.at(0), m_badFit, m_asOf).error().kind, Error::Kind::Invalid); // h1 was won
        RawDatabase raw(m_workspace->path());
        QCOMPARE(raw.value(QStringLiteral("SELECT outcome FROM handoff WHERE id = ?"), { open }).toString(), Outcome::Open);

        QVERIFY(recorder.reject(open, m_badFit, m_asOf).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT rejection_reason_id FROM handoff WHERE id = ? AND outcome = 'rejected'"), { open }).toLongLong(), m_badFit);
        // The cubes followed.
        const KpiFigures after = report(KpiDimension::Week).total.figures;
        QCOMPARE(after.counts.rejected, 3);
        QCOMPARE(*after.acceptanceRate, 4.0 / 7.0);
        checkCubeMatchesHandoffs();
    }

    void cubesFollowUpdatesAndDeletes()
    {
        // A bulk update of the kind an SLA recompute or a re-route makes, and a delete.
        QVERIFY(execSql(m_workspace->db(), QStringLiteral("UPDATE handoff SET owner_id = ?, team_id = ?, source = 'partner' WHERE id = ?"),
            { m_triage, m_fallbackTeam, m_handoffs.at(6) }).ok());
        QVERIFY(execSql(m_workspace->db(), QStringLiteral("UPDATE handoff SET first_touch_at = NULL, first_touch_seconds = NULL WHERE id = ?"),
            { m_handoffs.at(7) }).ok());
        QVERIFY(execSql(m_workspace->db(), QStringLiteral("DELETE FROM handoff WHERE id = ?"), { m_handoffs.at(1) }).ok());
        checkCubeMatchesHandoffs();
        const KpiFigures t = report(KpiDimension::Week).total.figures;
        QCOMPARE(t.counts.handoffs, 7);
        // Empty cells are removed rather than kept at zero.
        RawDatabase raw(m_workspace->path());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM kpi_cell WHERE handoffs = 0")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM kpi_owner_cell WHERE handoffs = 0")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT sum(handoffs) FROM kpi_owner_cell")).toInt(), 7);
        // Put the handoffs back for the other tests.
        QVERIFY(execSql(m_workspace->db(), QStringLiteral("DELETE FROM handoff")).ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM kpi_cell")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM kpi_account")).toInt(), 0);
        writeHandoffs(*m_workspace);
        totalsWorkedOutByHand();
    }

    void migrationFillsTheCubesOfAnExistingWorkspace()
    {
        // A version 2 workspace with handoffs, opened by this build: the cubes are filled from its handoffs.
        const QString path = m_dir.filePath(QStringLiteral("old.baton"));
        {
            auto old = Workspace::createAtVersion(path, 2);
            QVERIFY2(old.ok(), qPrintable(old.errorMessage()));
            QVERIFY(execSql((*old)->db(), QStringLiteral("ATTACH ? AS current"), { m_workspace->path() }).ok());
            for (const char *table : { "workspace_setting", "signal_type", "segment", "team", "owner", "recycle_play", "rejection_reason", "handoff" }) {
                auto copied = execSql((*old)->db(), QStringLiteral("INSERT OR REPLACE INTO main.%1 SELECT * FROM current.%1").arg(QString::fromLatin1(table)));
                QVERIFY2(copied.ok(), qPrintable(copied.errorMessage()));
            }
            QVERIFY(execSql((*old)->db(), QStringLiteral("DETACH current")).ok());
        }
        auto opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE((*opened)->schemaVersion(), Migrations::latestVersion());
        auto cube = KpiReport::compute(**opened, KpiDimension::Segment, {});
        auto raw = KpiReport::compute(**opened, KpiDimension::Segment, {}, KpiEngine::Path::Handoffs);
        QVERIFY(cube.ok() && raw.ok());
        QCOMPARE(cube->toJson(), raw->toJson());
        QCOMPARE(cube->total.figures.counts.handoffs, 8);
        QCOMPARE(*cube->total.figures.medianMinutesToFirstTouch, 15.0);
    }

    void triggersSurviveTheMigrationSplitter()
    {
        const QStringList statements = Migrations::splitStatements(QStringLiteral(
            "CREATE TABLE a (x);\n"
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  UPDATE a SET x = CASE WHEN NEW.x > 0 THEN 1 ELSE 0 END; -- a comment; with a semicolon\n"
            "  INSERT INTO a VALUES ('END;');\n"
            "END;\n"
            "CREATE TEMP TRIGGER u AFTER DELETE ON a BEGIN SELECT 1; END;\n"
            "CREATE TABLE trigger_log (trigger TEXT);"));
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END")));
        QVERIFY(statements.at(1).contains(QStringLiteral("'END;'")));
        QVERIFY(statements.at(2).startsWith(QStringLiteral("CREATE TEMP TRIGGER u")));
        QCOMPARE(statements.at(3), QStringLiteral("CREATE TABLE trigger_log (trigger TEXT)"));
    }
};

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "tst_kpiengine.moc"
