// The PDF scorecard: its data against the engines and SQL, the PDF as written (pdfinfo: pages and page size;
// pdftotext: the week's numbers the KPI engine computes, the header, "page n of N", the contract, the
// meeting), pages added when a meeting's lists outgrow one, and the command line: `baton scorecard` and
// `baton matrix --json` on the demo (whose self-assessment is rosier than the evidence).

#include "governfixture.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "govern/maturityevidence.h"
#include "govern/scorecarddata.h"
#include "optimize/kpiengine.h"
#include "pages/optimize/kpiformat.h"
#include "scorecard/scorecardrenderer.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

int pdfPages(const QString &pdf)
{
    const Run info = run(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const Run info = run(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+ x [0-9.]+)")).match(QString::fromUtf8(info.out));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments { QStringLiteral("-layout") };
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments).out);
}

KpiFigures weekFigures(Workspace &workspace, const IsoWeek &week)
{
    HandoffFilter filter;
    filter.fromWeek = week.code();
    filter.toWeek = week.code();
    auto result = KpiEngine(workspace).compute(filter, {});
    return result ? KpiFigures::from(result->total) : KpiFigures();
}

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    GovernFixture m_fixture;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        GovernRecipe recipe;
        recipe.handoffs = 40;
        recipe.notQualified = 3;
        recipe.fallback = 2;
        recipe.slaMissed = 6;
        recipe.rejected = 8;
        recipe.rejectedWithoutReason = 1;
        m_fixture.build(m_dir.filePath(QStringLiteral("card.baton")), recipe);
        QVERIFY(!QTest::currentTestFailed());
        // The week's meeting: a decision and an action item.
        auto meetings = Repository<GovernanceMeeting>(*m_fixture.workspace).list(QStringLiteral("week = ?"), { QStringLiteral("2026-W10") });
        QVERIFY(meetings.ok() && meetings->size() == 1);
        MeetingDecision decision { 0, 0, meetings->first().id, QStringLiteral("Marketing stops the low-fit webinar promotion."), 1 };
        QVERIFY(Repository<MeetingDecision>(*m_fixture.workspace).add(decision).ok());
        ActionItem action { 0, 0, meetings->first().id, QStringLiteral("Brief the SDR team on the new fit rules"),
            QStringLiteral("Sam"), QDate(2026, 3, 10), ActionStatus::Open, {} };
        QVERIFY(Repository<ActionItem>(*m_fixture.workspace).add(action).ok());

        m_demo = m_dir.filePath(QStringLiteral("demo.baton"));
        DemoOptions options;
        options.handoffs = 3000;
        options.weeks = 8;
        QVERIFY(createDemoWorkspace(m_demo, options).ok());
    }

    void dataComesFromTheEngines()
    {
        auto data = ScorecardData::build(*m_fixture.workspace, GovernFixture::Week);
        QVERIFY2(data.ok(), qPrintable(data.errorMessage()));
        RawDatabase raw(m_fixture.workspace->path());
        QCOMPARE(data->thisWeek.counts.handoffs, raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE week = 202610")).toLongLong());
        QCOMPARE(data->thisWeek.counts.rejected, 8);
        QCOMPARE(data->weekBefore.counts.handoffs, 0);
        // 34 of 40 met their SLA.
        QCOMPARE(data->thisWeek.slaCompliance.value_or(-1), 34.0 / 40.0);
        QCOMPARE(data->sla.total.met, 34);
        QCOMPARE(data->trend.groups.size(), ScorecardData::DefaultTrendWeeks);
        QCOMPARE(data->trend.groups.last().id, 202610);
        // Rejections: 7 "Bad fit" and 1 without a reason, the most first.
        QCOMPARE(data->reasons.size(), 2);
        QCOMPARE(data->reasons.at(0).name, QStringLiteral("Bad fit"));
        QCOMPARE(data->reasons.at(0).thisWeek, 7);
        QVERIFY(!data->reasons.at(0).play.isEmpty());
        QCOMPARE(data->reasons.at(1).reasonId, 0);
        QCOMPARE(data->reasons.at(1).thisWeek, 1);
        QVERIFY(data->contract.has_value());
        QCOMPARE(data->terms.size(), 9);
        QVERIFY(data->meeting.meeting.has_value());
        QCOMPARE(data->meeting.decisions.size(), 1);
        QCOMPARE(data->maturity.dimensions.size(), 5);
        QVERIFY(!data->agenda.items.isEmpty());
    }

    void pdfHoldsTheWeeksNumbers()
    {
        auto data = ScorecardData::build(*m_fixture.workspace, GovernFixture::Week);
        QVERIFY(data.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("fixture.pdf"));
        auto pages = ScorecardRenderer::render(*data, pdf, {});
        QVERIFY2(pages.ok(), qPrintable(pages.errorMessage()));
        QCOMPARE(*pages, 5);
        QCOMPARE(pdfPages(pdf), 5);
        QCOMPARE(pdfPageSize(pdf), QStringLiteral("595 x 842")); // A4 in points

        const QString text = pdfText(pdf);
        // Independent: the KPI engine over the week, formatted as the scorecard writes numbers.
        const KpiFigures week = weekFigures(*m_fixture.workspace, GovernFixture::Week);
        QCOMPARE(week.counts.handoffs, 40);
        for (const QString &expected : { KpiFormat::percent(week.acceptanceRate), KpiFormat::percent(week.slaCompliance),
                 KpiFormat::minutes(week.medianMinutesToFirstTouch), QStringLiteral("Handoffs                                  40") })
            QVERIFY2(text.contains(expected) || text.simplified().contains(expected.simplified()), qPrintable(expected));
        QVERIFY(text.contains(QStringLiteral("85.0 %"))); // 34 of 40
        // Header with workspace name and week on every page, page numbers.
        for (int page = 1; page <= 5; ++page) {
            const QString one = pdfText(pdf, page);
            QVERIFY2(one.contains(m_fixture.workspace->displayName()), qPrintable(QString::number(page)));
            QVERIFY(one.contains(QStringLiteral("Week 2026-W10")));
            QVERIFY2(one.contains(QStringLiteral("Page %1 of 5").arg(page)), qPrintable(one.right(200)));
        }
        // The sections.
        const QString simple = text.simplified();
        for (const QString &section : { QStringLiteral("Headline KPIs"), QStringLiteral("SLA compliance"),
                 QStringLiteral("Rejection reasons"), QStringLiteral("Leakage"), QStringLiteral("Maturity matrix"),
                 QStringLiteral("Handoff contract"), QStringLiteral("Governance meeting, week 2026-W10") })
            QVERIFY2(simple.contains(section), qPrintable(section));
        QVERIFY(simple.contains(QStringLiteral("Marketing stops the low-fit webinar promotion.")));
        QVERIFY(simple.contains(QStringLiteral("Brief the SDR team on the new fit rules")));
        QVERIFY(simple.contains(QStringLiteral("Demo request")));
        // The maturity page names each dimension's evidence stage.
        const QString maturity = pdfText(pdf, 3).simplified();
        for (const DimensionAssessment &d : data->maturity.dimensions)
            QVERIFY(maturity.contains(QStringLiteral("Evidence: stage %1").arg(d.evidenceStage)));
        // Vector charts: no images in the file.
        const Run images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
        QCOMPARE(QString::fromUtf8(images.out).trimmed().split(QLatin1Char('\n')).size(), 2); // the header lines only
    }

    void letterPages()
    {
        auto data = ScorecardData::build(*m_fixture.workspace, GovernFixture::Week);
        QVERIFY(data.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        ScorecardOptions options;
        options.pageSize = QPageSize::Letter;
        auto pages = ScorecardRenderer::render(*data, pdf, options);
        QVERIFY(pages.ok());
        QCOMPARE(pdfPageSize(pdf), QStringLiteral("612 x 792"));
        QCOMPARE(pdfPages(pdf), *pages);
    }

    void longListsAddPages()
    {
        auto data = ScorecardData::build(*m_fixture.workspace, GovernFixture::Week);
        QVERIFY(data.ok());
        for (int i = 0; i < 90; ++i)
            data->meeting.actionItems << ActionItem { 1000 + i, 1, data->meeting.meeting->id,
                QStringLiteral("Follow-up number %1 on the handoff review").arg(i), QStringLiteral("Sam"), QDate(2026, 3, 20),
                ActionStatus::Open, {} };
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        auto pages = ScorecardRenderer::render(*data, pdf, {});
        QVERIFY(pages.ok());
        QVERIFY(*pages > 5);
        QCOMPARE(pdfPages(pdf), *pages);
        const QString last = pdfText(pdf, *pages);
        QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(*pages)));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Follow-up number 89")));
        // The action item table repeats its header on the page it continues on.
        QVERIFY(pdfText(pdf, 6).contains(QStringLiteral("Action item")));
    }

    void commandLineScorecardOnTheDemo()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("demo card.pdf"));
        const Run card = run(QStringLiteral(BATON_EXECUTABLE),
            { QStringLiteral("scorecard"), m_demo, QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("-o"), pdf,
                QStringLiteral("--page-size"), QStringLiteral("a4"), QStringLiteral("--json") });
        QVERIFY2(card.exitCode == 0, card.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(card.out).object();
        QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W47"));
        QCOMPARE(pdfPages(pdf), 5);
        // The week's numbers as the KPI engine computes them, in the PDF.
        auto workspace = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(workspace.ok());
        const KpiFigures week = weekFigures(**workspace, IsoWeek { 2026, 47 });
        const KpiFigures before = weekFigures(**workspace, IsoWeek { 2026, 46 });
        const QString page1 = pdfText(pdf, 1);
        QVERIFY(week.counts.handoffs > 0);
        for (const QString &expected : { KpiFormat::count(double(week.counts.handoffs)), KpiFormat::percent(week.acceptanceRate),
                 KpiFormat::percent(week.conversionRate), KpiFormat::percent(week.slaCompliance),
                 KpiFormat::minutes(week.medianMinutesToFirstTouch), KpiFormat::count(double(before.counts.handoffs)),
                 KpiFormat::percent(before.acceptanceRate) })
            QVERIFY2(page1.contains(expected), qPrintable(expected));
        QVERIFY(page1.contains(QStringLiteral("Northwind Analytics")));
    }

    void commandLineErrors()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        QCOMPARE(run(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("scorecard"), m_demo }).exitCode, 2); // no -o
        QCOMPARE(run(QStringLiteral(BATON_EXECUTABLE),
                     { QStringLiteral("scorecard"), m_demo, QStringLiteral("--week"), QStringLiteral("W47"), QStringLiteral("-o"), pdf })
                     .exitCode,
            2);
        QCOMPARE(run(QStringLiteral(BATON_EXECUTABLE),
                     { QStringLiteral("scorecard"), m_demo, QStringLiteral("--page-size"), QStringLiteral("a5"), QStringLiteral("-o"), pdf })
                     .exitCode,
            2);
        const Run missing = run(QStringLiteral(BATON_EXECUTABLE),
            { QStringLiteral("scorecard"), m_dir.filePath(QStringLiteral("missing.baton")), QStringLiteral("-o"), pdf });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(run(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("matrix"), m_demo, QStringLiteral("--week"), QStringLiteral("nope") }).exitCode, 2);
    }

    void matrixJsonOnTheDemo()
    {
        const Run matrix = run(QStringLiteral(BATON_EXECUTABLE),
            { QStringLiteral("matrix"), m_demo, QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--json") });
        QVERIFY2(matrix.exitCode == 0, matrix.err.constData());
        const QJsonArray dimensions = QJsonDocument::fromJson(matrix.out).object().value(QStringLiteral("dimensions")).toArray();
        QCOMPARE(dimensions.size(), 5);
        auto workspace = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(workspace.ok());
        auto assessment = MaturityEvidence::assess(**workspace, IsoWeek { 2026, 47 });
        QVERIFY(assessment.ok());
        for (int i = 0; i < 5; ++i) {
            const QJsonObject d = dimensions.at(i).toObject();
            const DimensionAssessment &expected = assessment->dimensions.at(i);
            QCOMPARE(d.value(QStringLiteral("dimension")).toString(), expected.dimension);
            QCOMPARE(d.value(QStringLiteral("evidence_stage")).toInt(), expected.evidenceStage);
            QVERIFY(d.value(QStringLiteral("self_stage")).isDouble()); // the demo assessed every dimension
            QCOMPARE(d.value(QStringLiteral("reasons")).toArray().size(), expected.criteria.size());
        }
        // The demo's story: the team rates routing 3, the APAC gap holds the evidence lower.
        const DimensionAssessment *routing = assessment->dimension(MaturityDimension::Routing);
        QCOMPARE(routing->self->stage, 3);
        QVERIFY(routing->evidenceStage < 3);
        QVERIFY(assessment->facts.fallbackOnlyScenarios > 0);
        QVERIFY(routing->gap().value_or(0) > 0);
        // --rules prints every rule.
        const Run rules = run(QStringLiteral(BATON_EXECUTABLE), { QStringLiteral("matrix"), QStringLiteral("--rules"), QStringLiteral("--json") });
        QCOMPARE(rules.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(rules.out).array().size(), 11);
    }
};

QTEST_MAIN(TestScorecard)
#include "tst_scorecard.moc"
