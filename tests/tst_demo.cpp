// The demo generator: exact counts, determinism, and the planted stories, each found in the data by
// an independent SQL computation rather than by asking the generator.

#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "route/routingrules.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace baton;
using namespace baton::test;

namespace {
double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_default; // a demo with the default options, shared by the story tests
    DemoSummary m_summary;

private slots:
    void initTestCase()
    {
        m_default = m_dir.filePath(QStringLiteral("default.baton"));
        auto summary = createDemoWorkspace(m_default, DemoOptions());
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        m_summary = *summary;
    }

    void countsMatchTheOptions()
    {
        DemoOptions options;
        options.handoffs = 2500;
        options.weeks = 8;
        options.seed = 11;
        const QString file = m_dir.filePath(QStringLiteral("small.baton"));
        auto summary = createDemoWorkspace(file, options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        RawDatabase raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong(), 2500);
        QCOMPARE(summary->handoffs, 2500);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(DISTINCT week) FROM handoff")).toInt(), 8);
        QCOMPARE(raw.value(QStringLiteral("SELECT min(week) FROM handoff")).toInt(), (IsoWeek { 2026, 40 }.code()));
        QCOMPARE(raw.value(QStringLiteral("SELECT max(week) FROM handoff")).toInt(), (IsoWeek { 2026, 47 }.code()));
        // Every handoff has an owner: no unassigned records.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE owner_id IS NULL OR team_id IS NULL")).toInt(), 0);
        QCOMPARE(summary->pipelineAmount, raw.value(QStringLiteral("SELECT total(opportunity_amount) FROM handoff")).toDouble());
    }

    void defaultDemoIsTheDocumentedSize()
    {
        RawDatabase raw(m_default);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong(), 20000);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(DISTINCT week) FROM handoff")).toInt(), 26);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM signal_type")).toInt() >= 8);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(DISTINCT intent_tier) FROM signal_type")).toInt(), 3);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM lifecycle_stage")).toInt() >= 7);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM territory")).toInt() >= 4);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM segment")).toInt() >= 3);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM owner WHERE team_id IS NOT NULL")).toInt() >= 12);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM rejection_reason WHERE recycle_play_id IS NOT NULL")).toInt() >= 6);
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM routing_rule")).toInt() >= 5);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM sla_policy")).toInt(),
            raw.value(QStringLiteral("SELECT count(*) FROM signal_type")).toInt());
        // The active contract is signed by all three parties.
        QCOMPARE(raw.value(QStringLiteral("SELECT count(DISTINCT s.party) FROM contract_signoff s JOIN contract_version v "
                                          "ON v.id = s.contract_version_id WHERE v.status = 'active'"))
                     .toInt(),
            3);
        // Handoffs arrive mostly on weekdays.
        const double weekend = raw.value(QStringLiteral("SELECT avg(strftime('%w', handed_off_at, 'unixepoch', '-5 hours') IN ('0','6')) FROM handoff")).toDouble();
        QVERIFY2(weekend < 0.06, qPrintable(QString::number(weekend)));
    }

    void theSameSeedGivesTheSameData()
    {
        DemoOptions options;
        options.handoffs = 1500;
        options.weeks = 5;
        options.seed = 99;
        const QString a = m_dir.filePath(QStringLiteral("a.baton"));
        const QString b = m_dir.filePath(QStringLiteral("b.baton"));
        const QString c = m_dir.filePath(QStringLiteral("c.baton"));
        QVERIFY(createDemoWorkspace(a, options).ok());
        QVERIFY(createDemoWorkspace(b, options).ok());
        options.seed = 100;
        QVERIFY(createDemoWorkspace(c, options).ok());
        RawDatabase rawA(a);
        RawDatabase rawB(b);
        RawDatabase rawC(c);
        for (const QString table : { "handoff", "stage_change", "account", "routing_rule", "owner", "contract_term" })
            QCOMPARE(rawA.tableDigest(table), rawB.tableDigest(table));
        QVERIFY(rawA.tableDigest(QStringLiteral("handoff")) != rawC.tableDigest(QStringLiteral("handoff")));
        const QString sums = QStringLiteral("SELECT count(*) || '/' || total(opportunity_amount) || '/' || total(won_amount) "
                                            "|| '/' || total(handed_off_at) FROM handoff");
        QCOMPARE(rawA.value(sums).toString(), rawB.value(sums).toString());
    }

    void theSlowTeamMissesItsSla()
    {
        // Median of wall-clock response (assigned -> first touch) over the SLA target, per SDR team.
        RawDatabase raw(m_default);
        QMap<QString, QList<double>> ratios;
        for (const QVariantList &row : raw.rows(QStringLiteral(
                 "SELECT t.name, (h.first_touch_at - h.assigned_at) / 60.0 / p.target_minutes FROM handoff h "
                 "JOIN team t ON t.id = h.team_id JOIN sla_policy p ON p.signal_type_id = h.signal_type_id "
                 "WHERE h.first_touch_at > h.assigned_at AND t.name LIKE '%SDR'")))
            ratios[row.at(0).toString()] << row.at(1).toDouble();
        QVERIFY(ratios.size() >= 3);
        QString slowest;
        double worst = 0;
        double second = 0;
        for (auto it = ratios.cbegin(); it != ratios.cend(); ++it) {
            const double m = median(it.value());
            if (m > worst) {
                second = worst;
                worst = m;
                slowest = it.key();
            } else {
                second = std::max(second, m);
            }
        }
        QCOMPARE(slowest, m_summary.story.slowTeam);
        QVERIFY2(worst > 1.5 * second, qPrintable(QStringLiteral("%1 vs %2").arg(worst).arg(second)));
    }

    void oneCampaignSendsBadFitLeads()
    {
        RawDatabase raw(m_default);
        const auto rows = raw.rows(QStringLiteral(
            "SELECT h.source, h.campaign, count(*), avg(coalesce(r.name = 'Bad fit', 0)) FROM handoff h "
            "LEFT JOIN rejection_reason r ON r.id = h.rejection_reason_id GROUP BY 1, 2 HAVING count(*) >= 200 "
            "ORDER BY 4 DESC"));
        QVERIFY(rows.size() > 5);
        QCOMPARE(rows.at(0).at(0).toString(), m_summary.story.badFitSource);
        QCOMPARE(rows.at(0).at(1).toString(), m_summary.story.badFitCampaign);
        QVERIFY(rows.at(0).at(3).toDouble() > 2 * rows.at(1).at(3).toDouble());
    }

    void acceptanceDropsInOneWeek()
    {
        RawDatabase raw(m_default);
        QList<std::pair<int, double>> weeks;
        for (const QVariantList &row : raw.rows(QStringLiteral(
                 "SELECT week, sum(accepted_at IS NOT NULL) * 1.0 / sum(accepted_at IS NOT NULL OR rejected_at IS NOT NULL) "
                 "FROM handoff GROUP BY week")))
            weeks.append({ row.at(0).toInt(), row.at(1).toDouble() });
        QCOMPARE(weeks.size(), 26);
        const auto lowest = std::min_element(weeks.begin(), weeks.end(), [](auto &a, auto &b) { return a.second < b.second; });
        QCOMPARE(lowest->first, m_summary.story.acceptanceDropWeek.code());
        QList<double> others;
        for (const auto &[week, rate] : weeks)
            if (week != lowest->first)
                others << rate;
        QVERIFY(lowest->second < 0.75 * median(others));
    }

    void oneScenarioReachesOnlyTheFallback()
    {
        RawDatabase raw(m_default);
        // Every non-account-owned APAC Enterprise handoff went to the fallback queue ...
        const auto gap = raw.rows(QStringLiteral(
            "SELECT count(*), sum(h.routed_to_fallback) FROM handoff h JOIN territory t ON t.id = h.territory_id "
            "JOIN segment s ON s.id = h.segment_id LEFT JOIN account a ON a.id = h.account_id "
            "WHERE t.name = ? AND s.name = ? AND a.owner_id IS NULL"),
            { m_summary.story.gapTerritory, m_summary.story.gapSegment });
        QVERIFY(gap.at(0).at(0).toInt() > 50);
        QCOMPARE(gap.at(0).at(1).toInt(), gap.at(0).at(0).toInt());
        // ... and it is the only territory x segment cell where that happens.
        const auto cells = raw.rows(QStringLiteral(
            "SELECT t.name, s.name FROM handoff h JOIN territory t ON t.id = h.territory_id "
            "JOIN segment s ON s.id = h.segment_id LEFT JOIN account a ON a.id = h.account_id WHERE a.owner_id IS NULL "
            "GROUP BY 1, 2 HAVING count(*) > 20 AND avg(h.routed_to_fallback) > 0.9"));
        QCOMPARE(cells.size(), 1);
        // No rule names both the territory and the segment.
        const qint64 territory = raw.value(QStringLiteral("SELECT id FROM territory WHERE name = ?"), { m_summary.story.gapTerritory }).toLongLong();
        const qint64 segment = raw.value(QStringLiteral("SELECT id FROM segment WHERE name = ?"), { m_summary.story.gapSegment }).toLongLong();
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT conditions FROM routing_rule"))) {
            const RuleConditions conditions = RuleConditions::fromJson(row.at(0).toString());
            const bool coversTerritory = conditions.territories.isEmpty() || conditions.territories.contains(territory);
            const bool coversSegment = conditions.segments.isEmpty() || conditions.segments.contains(segment);
            const bool forUnowned = !conditions.accountOwned || !*conditions.accountOwned;
            QVERIFY(!(coversTerritory && coversSegment && forUnowned));
        }
    }

    void aDepartedOwnerStillOwnsAccounts()
    {
        RawDatabase raw(m_default);
        const auto rows = raw.rows(QStringLiteral(
            "SELECT o.name, count(a.id) FROM owner o JOIN account a ON a.owner_id = o.id "
            "WHERE o.active_until IS NOT NULL AND o.active_until < '2026-11-22' GROUP BY o.name"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(0).toString(), m_summary.story.departedOwner);
        QVERIFY(rows.at(0).at(1).toInt() > 0);
    }

    void cancellingLeavesNoFile()
    {
        DemoOptions options;
        options.handoffs = 6000;
        options.progress = [](qint64 written, qint64) { return written < 2000; };
        const QString file = m_dir.filePath(QStringLiteral("cancelled.baton"));
        auto summary = createDemoWorkspace(file, options);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
