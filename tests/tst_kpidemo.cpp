// The KPI engine, the rejection breakdowns, the recycling report and `baton kpi` on a demo workspace,
// each number checked against an SQL computation written here independently of the engine (its own SLA
// expressions, medians taken from SQL-ordered values), and the planted stories found by the KPIs.

#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "feedback/recycling.h"
#include "optimize/kpidefinitions.h"
#include "optimize/kpiengine.h"
#include "optimize/kpireport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

using namespace baton;
using namespace baton::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runBaton(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BATON_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    return run;
}

// The label SQL of a dimension, written independently of KpiLabels.
QString labelSql(KpiDimension d)
{
    const auto entity = [](const char *table, const char *column, const char *none) {
        return QStringLiteral("ifnull((SELECT name FROM %1 WHERE id = h.%2), '%3')").arg(QString::fromLatin1(table), QString::fromLatin1(column), QString::fromLatin1(none));
    };
    switch (d) {
    case KpiDimension::Week:
        return QStringLiteral("(h.week / 100) || '-W' || substr('0' || (h.week % 100), -2)");
    case KpiDimension::Segment:
        return entity("segment", "segment_id", "(none)");
    case KpiDimension::Source:
        return QStringLiteral("ifnull(h.source, '(none)')");
    case KpiDimension::Campaign:
        return QStringLiteral("ifnull(h.campaign, '(none)')");
    case KpiDimension::SignalType:
        return entity("signal_type", "signal_type_id", "(none)");
    case KpiDimension::Owner:
        return entity("owner", "owner_id", "(unassigned)");
    case KpiDimension::Team:
        return entity("team", "team_id", "(none)");
    case KpiDimension::Territory:
        return entity("territory", "territory_id", "(none)");
    case KpiDimension::Account:
        return entity("account", "account_id", "(no account)");
    case KpiDimension::RejectionReason:
        return entity("rejection_reason", "rejection_reason_id", "(no reason)");
    }
    return {};
}

std::optional<double> medianOfSorted(const QList<double> &v)
{
    if (v.isEmpty())
        return std::nullopt;
    const int n = int(v.size());
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

std::optional<double> p90OfSorted(const QList<double> &v)
{
    if (v.isEmpty())
        return std::nullopt;
    return v.at(int(std::ceil(0.9 * double(v.size()) - 1e-9)) - 1);
}

bool near(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

} // namespace

class TestKpiDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    DemoSummary m_summary;
    std::unique_ptr<Workspace> m_workspace;

    KpiReport report(KpiDimension by, const HandoffFilter &filter = {})
    {
        auto computed = KpiReport::compute(*m_workspace, by, filter);
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

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("demo.baton"));
        DemoOptions options;
        options.handoffs = 8000; // 26 weeks ending 2026-W47, as the default demo
        auto summary = createDemoWorkspace(m_file, options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        m_summary = *summary;
        auto opened = Workspace::open(m_file);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened.value());
    }

    void everyDimensionAgreesWithIndependentSql_data()
    {
        QTest::addColumn<int>("dimension");
        for (KpiDimension d : KpiDimensions::all())
            QTest::newRow(qPrintable(KpiDimensions::key(d))) << int(d);
    }

    void everyDimensionAgreesWithIndependentSql()
    {
        QFETCH(int, dimension);
        const auto d = KpiDimension(dimension);
        const KpiReport r = report(d);
        QVERIFY(!r.groups.isEmpty());
        RawDatabase raw(m_file);
        const qint64 asOf = m_workspace->asOf();
        const QString label = labelSql(d);
        const auto rows = raw.rows(QStringLiteral(
            "SELECT %1, count(*), sum(accepted_at IS NOT NULL), sum(rejected_at IS NOT NULL), "
            "sum(opportunity_at IS NOT NULL), sum(outcome = 'won'), sum(outcome = 'lost'), total(opportunity_amount), "
            "total(won_amount), sum(CASE WHEN first_touch_at <= sla_due_at THEN 1 ELSE 0 END), "
            "sum(CASE WHEN sla_due_at IS NULL THEN 0 WHEN first_touch_at IS NOT NULL OR sla_due_at <= ? THEN 1 ELSE 0 END), "
            "sum(rejected_at IS NOT NULL AND rejection_reason_id IS NULL), "
            "sum(CASE WHEN routed_to_fallback = 1 OR owner_id IS NULL THEN 1 ELSE 0 END), "
            "sum(CASE WHEN first_touch_at IS NULL AND sla_due_at <= ? THEN 1 ELSE 0 END), "
            "sum(accepted_at IS NOT NULL AND opportunity_at IS NULL) FROM handoff h GROUP BY 1").arg(label),
            { asOf, asOf });
        QVERIFY(!rows.isEmpty());
        // Durations, ordered by SQL, per group.
        QHash<QString, QList<double>> toOpportunity;
        QHash<QString, QList<double>> toWon;
        QHash<QString, QList<double>> firstTouch;
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT %1, (opportunity_at - handed_off_at) / 86400.0 FROM handoff h "
                                                               "WHERE opportunity_at IS NOT NULL ORDER BY 1, 2").arg(label)))
            toOpportunity[row.at(0).toString()] << row.at(1).toDouble();
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT %1, (closed_at - handed_off_at) / 86400.0 FROM handoff h "
                                                               "WHERE outcome = 'won' AND closed_at IS NOT NULL ORDER BY 1, 2").arg(label)))
            toWon[row.at(0).toString()] << row.at(1).toDouble();
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT %1, first_touch_seconds / 60.0 FROM handoff h "
                                                               "WHERE first_touch_seconds IS NOT NULL ORDER BY 1, 2").arg(label)))
            firstTouch[row.at(0).toString()] << row.at(1).toDouble();

        qint64 handoffs = 0;
        for (const QVariantList &row : rows) {
            const QString name = row.at(0).toString();
            const KpiGroup *g = group(r, name);
            QVERIFY2(g, qPrintable(name));
            const KpiFigures &f = g->figures;
            const qint64 n = row.at(1).toLongLong();
            const qint64 accepted = row.at(2).toLongLong();
            const qint64 rejected = row.at(3).toLongLong();
            const qint64 won = row.at(5).toLongLong();
            const qint64 lost = row.at(6).toLongLong();
            handoffs += n;
            QCOMPARE(f.counts.handoffs, n);
            QCOMPARE(f.counts.accepted, accepted);
            QCOMPARE(f.counts.rejected, rejected);
            QVERIFY(near(f.acceptanceRate, accepted + rejected ? std::optional(double(accepted) / double(accepted + rejected)) : std::nullopt));
            QVERIFY(near(f.conversionRate, double(row.at(4).toLongLong()) / double(n)));
            QVERIFY(near(f.winRate, won + lost ? std::optional(double(won) / double(won + lost)) : std::nullopt));
            QVERIFY(near(f.pipelinePerHandoff, row.at(7).toDouble() / double(n)));
            QVERIFY(near(f.wonPerHandoff, row.at(8).toDouble() / double(n)));
            const qint64 met = row.at(9).toLongLong();
            const qint64 decided = row.at(10).toLongLong();
            QCOMPARE(f.counts.slaMet, met);
            QCOMPARE(f.counts.slaDecided, decided);
            QVERIFY(near(f.slaCompliance, decided ? std::optional(double(met) / double(decided)) : std::nullopt));
            QCOMPARE(f.counts.rejectedWithoutReason, row.at(11).toLongLong());
            QCOMPARE(f.counts.unassigned, row.at(12).toLongLong());
            QCOMPARE(f.counts.slaBreaching, row.at(13).toLongLong());
            QCOMPARE(f.counts.acceptedNotConverted, row.at(14).toLongLong());
            QVERIFY2(near(f.medianDaysToOpportunity, medianOfSorted(toOpportunity.value(name))), qPrintable(name));
            QVERIFY(near(f.p90DaysToOpportunity, p90OfSorted(toOpportunity.value(name))));
            QVERIFY(near(f.medianDaysToWon, medianOfSorted(toWon.value(name))));
            QVERIFY(near(f.p90DaysToWon, p90OfSorted(toWon.value(name))));
            QVERIFY(near(f.medianMinutesToFirstTouch, medianOfSorted(firstTouch.value(name))));
            QVERIFY(near(f.p90MinutesToFirstTouch, p90OfSorted(firstTouch.value(name))));
        }
        QCOMPARE(handoffs, m_summary.handoffs);
        QCOMPARE(r.total.figures.counts.handoffs, m_summary.handoffs);
        // Groups without handoffs are there too, with nulls.
        for (const KpiGroup &g : r.groups)
            if (g.figures.counts.handoffs == 0)
                QVERIFY(!g.figures.conversionRate.has_value());
    }

    void rejectionsByReasonWithinEveryDimension_data()
    {
        QTest::addColumn<int>("dimension");
        for (KpiDimension d : { KpiDimension::Segment, KpiDimension::Source, KpiDimension::Campaign, KpiDimension::Team })
            QTest::newRow(qPrintable(KpiDimensions::key(d))) << int(d);
    }

    void rejectionsByReasonWithinEveryDimension()
    {
        QFETCH(int, dimension);
        const auto d = KpiDimension(dimension);
        auto names = NameLookup::load(*m_workspace);
        HandoffFilter filter;
        filter.fromWeek = 202640;
        auto result = KpiEngine(*m_workspace).rejections(filter, { { d, KpiDimension::RejectionReason, false } });
        QVERIFY(result.ok());
        QVERIFY(result->fromCube);
        RawDatabase raw(m_file);
        const auto rows = raw.rows(QStringLiteral("SELECT %1, %2, count(*) FROM handoff h WHERE rejected_at IS NOT NULL "
                                                  "AND week >= 202640 GROUP BY 1, 2").arg(labelSql(d), labelSql(KpiDimension::RejectionReason)));
        QCOMPARE(result->groups.first().size(), rows.size());
        QHash<QString, qint64> expected;
        for (const QVariantList &row : rows)
            expected.insert(row.at(0).toString() + u'|' + row.at(1).toString(), row.at(2).toLongLong());
        for (auto it = result->groups.first().cbegin(); it != result->groups.first().cend(); ++it) {
            const QString key = KpiLabels::label(d, it.key().first, *result, *names) + u'|'
                + KpiLabels::label(KpiDimension::RejectionReason, it.key().second, *result, *names);
            QCOMPARE(it.value().counts.rejected, expected.value(key, -1));
        }
    }

    void theBadFitSourceAndCampaignStandOut()
    {
        // The planted story: paid_social / ebook-ai-trends-2026 is mostly rejected, mostly as a bad fit.
        const KpiReport sources = report(KpiDimension::Source);
        const KpiGroup *bad = group(sources, m_summary.story.badFitSource);
        QVERIFY(bad);
        for (const KpiGroup &g : sources.groups)
            if (&g != bad && g.figures.counts.handoffs > 100)
                QVERIFY2(*g.figures.acceptanceRate > *bad->figures.acceptanceRate + 0.15, qPrintable(g.label));
        const KpiReport campaigns = report(KpiDimension::Campaign);
        const KpiGroup *offer = group(campaigns, m_summary.story.badFitCampaign);
        QVERIFY(offer);
        QVERIFY(*offer->figures.acceptanceRate < 0.35);
        auto result = KpiEngine(*m_workspace).rejections({}, { { KpiDimension::Campaign, KpiDimension::RejectionReason, false } });
        auto names = NameLookup::load(*m_workspace);
        qint64 top = 0;
        QString topReason;
        for (auto it = result->groups.first().cbegin(); it != result->groups.first().cend(); ++it)
            if (result->text(it.key().first) == m_summary.story.badFitCampaign && it.value().counts.rejected > top) {
                top = it.value().counts.rejected;
                topReason = KpiLabels::label(KpiDimension::RejectionReason, it.key().second, *result, *names);
            }
        QCOMPARE(topReason, QStringLiteral("Bad fit"));
    }

    void theWeekWhereAcceptanceDrops()
    {
        const KpiReport weeks = report(KpiDimension::Week);
        QCOMPARE(weeks.groups.size(), 26);
        const KpiGroup *lowest = nullptr;
        for (const KpiGroup &g : weeks.groups)
            if (!lowest || *g.figures.acceptanceRate < *lowest->figures.acceptanceRate)
                lowest = &g;
        QCOMPARE(lowest->label, m_summary.story.acceptanceDropWeek.label());
        QCOMPARE(lowest->label, QStringLiteral("2026-W38"));
        QVERIFY(*lowest->figures.acceptanceRate < 0.45);
    }

    void recyclingReportAgreesWithSql()
    {
        auto recycling = RecyclingReport::compute(*m_workspace);
        QVERIFY(recycling.ok());
        RawDatabase raw(m_file);
        QCOMPARE(recycling->total.rejected, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE rejected_at IS NOT NULL")).toLongLong());
        for (const ReasonRecycling &row : recycling->reasons) {
            const QString reason = row.reasonId ? QStringLiteral("rejection_reason_id = %1").arg(row.reasonId) : QStringLiteral("rejection_reason_id IS NULL");
            const QString origins = QStringLiteral("SELECT id FROM handoff WHERE rejected_at IS NOT NULL AND %1").arg(reason);
            QCOMPARE(row.outcome.rejected, raw.value(QStringLiteral("SELECT count(*) FROM (%1)").arg(origins)).toLongLong());
            QCOMPARE(row.outcome.cameBack, raw.value(QStringLiteral("SELECT count(DISTINCT recycled_from_id) FROM handoff WHERE recycled_from_id IN (%1)").arg(origins)).toLongLong());
            QCOMPARE(row.outcome.convertedThen, raw.value(QStringLiteral("SELECT count(DISTINCT recycled_from_id) FROM handoff WHERE opportunity_at IS NOT NULL AND recycled_from_id IN (%1)").arg(origins)).toLongLong());
            QCOMPARE(row.outcome.acceptedThen, raw.value(QStringLiteral("SELECT count(DISTINCT recycled_from_id) FROM handoff WHERE accepted_at IS NOT NULL AND recycled_from_id IN (%1)").arg(origins)).toLongLong());
        }
        // Nurture plays bring handoffs back in the demo; the reasons without a reason go nowhere.
        qint64 cameBack = 0;
        for (const PlayRecycling &play : recycling->plays)
            cameBack += play.outcome.cameBack;
        QVERIFY(cameBack > 0);
        QCOMPARE(cameBack, raw.value(QStringLiteral("SELECT count(DISTINCT recycled_from_id) FROM handoff WHERE recycled_from_id IS NOT NULL")).toLongLong());
        QVERIFY(recycling->gaps.isEmpty()); // every default reason has a play
        QVERIFY(recycling->reasons.last().outcome.rejected > 0); // imported rejections without a reason
    }

    void commandLinePrintsWhatTheEngineComputes()
    {
        const Run run = runBaton({ QStringLiteral("kpi"), m_file, QStringLiteral("--by"), QStringLiteral("source"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("source"));
        QCOMPARE(json, report(KpiDimension::Source).toJson());
        const QJsonObject total = json.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("handoffs")).toInteger(), m_summary.handoffs);
        for (const char *key : { "acceptance_rate", "conversion_rate", "win_rate", "median_days_to_opportunity",
                 "median_days_to_won", "pipeline_per_handoff", "sla_compliance" }) {
            const double value = total.value(QString::fromLatin1(key)).toDouble(-1);
            QVERIFY2(value >= 0, key);
            if (QByteArray(key).endsWith("rate") || QByteArray(key) == "sla_compliance")
                QVERIFY2(value <= 1, key);
        }

        // One week, by segment.
        const Run week = runBaton({ QStringLiteral("kpi"), m_file, QStringLiteral("--by"), QStringLiteral("segment"),
            QStringLiteral("--week"), QStringLiteral("2026-W38"), QStringLiteral("--json") });
        QCOMPARE(week.exitCode, 0);
        RawDatabase raw(m_file);
        QCOMPARE(week.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("handoffs")).toInteger(),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE week = 202638")).toLongLong());
        QCOMPARE(week.json().value(QStringLiteral("week")).toString(), QStringLiteral("2026-W38"));

        // Days in the workspace's time zone (America/New_York), cutting weeks on both ends.
        const Run days = runBaton({ QStringLiteral("kpi"), m_file, QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--from"),
            QStringLiteral("2026-09-16"), QStringLiteral("--to"), QStringLiteral("2026-10-07"), QStringLiteral("--json") });
        QCOMPARE(days.exitCode, 0);
        const qint64 from = QDateTime(QDate(2026, 9, 16), QTime(0, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        const qint64 before = QDateTime(QDate(2026, 10, 8), QTime(0, 0), QTimeZone("America/New_York")).toSecsSinceEpoch();
        QCOMPARE(days.json().value(QStringLiteral("total")).toObject().value(QStringLiteral("handoffs")).toInteger(),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE handed_off_at >= ? AND handed_off_at < ?"), { from, before }).toLongLong());
        const QJsonArray groups = days.json().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.first().toObject().value(QStringLiteral("group")).toString(), QStringLiteral("2026-W38"));
        QCOMPARE(groups.last().toObject().value(QStringLiteral("group")).toString(), QStringLiteral("2026-W41"));
    }

    void commandLineRefusesWrongUse()
    {
        QCOMPARE(runBaton({ QStringLiteral("kpi"), m_file }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("kpi"), m_file, QStringLiteral("--by"), QStringLiteral("colour") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("kpi"), m_file, QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--from"), QStringLiteral("2026-13-01") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("kpi"), m_file, QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--from"),
                              QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-09-01") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("kpi"), m_file, QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--week"), QStringLiteral("2026-47") }).exitCode, 2);
        QCOMPARE(runBaton({ QStringLiteral("kpi"), m_dir.filePath(QStringLiteral("missing.baton")), QStringLiteral("--by"), QStringLiteral("week") }).exitCode, 1);
    }

    void everyDefinitionIsWrittenDown()
    {
        const Run run = runBaton({ QStringLiteral("kpi"), QStringLiteral("--definitions"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray printed = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(printed.size(), KpiDefinitions::all().size());
        QFile readme(QStringLiteral(BATON_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        for (const KpiDefinition &definition : KpiDefinitions::all()) {
            QVERIFY(!definition.definition.isEmpty());
            QVERIFY2(text.contains(QStringLiteral("| %1 |").arg(definition.name)), qPrintable(definition.name));
        }
        // The JSON fields of `baton kpi` that are KPIs have a definition.
        for (const char *key : { "acceptance_rate", "conversion_rate", "win_rate", "median_days_to_opportunity", "median_days_to_won",
                 "pipeline_per_handoff", "won_per_handoff", "sla_compliance", "median_minutes_to_first_touch",
                 "unassigned_or_fallback", "untouched_past_sla", "rejected_without_reason", "accepted_not_converted" })
            QVERIFY2(!KpiDefinitions::of(QString::fromLatin1(key)).key.isEmpty(), key);
    }
};

QTEST_GUILESS_MAIN(TestKpiDemo)
#include "tst_kpidemo.moc"
