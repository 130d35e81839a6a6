// The Enforce page for SLA compliance, on the hand-made workspace of slafixture.h: the default week,
// the numbers it shows against the hand-worked values, drill-down to exactly the handoffs behind a
// number, the open breaches with their steps, and the stale-facts banner with its recompute.

#include "chartsupport.h"
#include "data/handoff.h"
#include "demo/demogenerator.h"
#include "handofftablemodel.h"
#include "handoffview.h"
#include "pages/enforce/slacharts.h"
#include "pages/enforce/slafactsbanner.h"
#include "pages/enforce/slapage.h"
#include "slafixture.h"
#include "workspacesession.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace baton;
using namespace baton::test;

class TestSlaPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int rowOf(const SlaComplianceModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, SlaComplianceModel::Group).data().toString() == name)
                return row;
        return -1;
    }

    // A session on a fresh copy of the fixture, and the page shown.
    struct Setup
    {
        WorkspaceSession session;
        SlaFixture fixture;
        std::unique_ptr<SlaPage> page;
    };
    std::unique_ptr<Setup> open(const QString &name)
    {
        auto setup = std::make_unique<Setup>();
        setup->fixture.build(m_dir.filePath(name));
        setup->session.adopt(std::move(setup->fixture.workspace));
        setup->page = std::make_unique<SlaPage>(&setup->session);
        setup->page->resize(1200, 800);
        setup->page->show();
        return setup;
    }

private slots:
    void withoutAWorkspaceItSaysWhatToDo()
    {
        WorkspaceSession session;
        SlaPage page(&session);
        page.show();
        QCOMPARE(page.complianceModel()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel *>() != nullptr);
    }

    void opensOnTheLastCompleteWeek()
    {
        auto s = open(QStringLiteral("default.baton"));
        // asOf is Wednesday of W48: W47 is the last complete week; it holds h9 only (EMEA, met).
        QCOMPARE(s->page->selectedWeek(), (IsoWeek { 2026, 47 }));
        QCOMPARE(s->page->complianceModel()->rowCount(), 1);
        QCOMPARE(s->page->complianceModel()->index(0, SlaComplianceModel::Compliance).data().toString(), QStringLiteral("100.0 %"));
    }

    void showsTheWeeksNumbers()
    {
        auto s = open(QStringLiteral("numbers.baton"));
        s->page->selectWeek({ 2026, 48 });
        const SlaComplianceModel *model = s->page->complianceModel();
        QCOMPARE(model->rowCount(), 3); // APAC, EMEA, no team
        const int emea = rowOf(model, QStringLiteral("EMEA"));
        QVERIFY(emea >= 0);
        QCOMPARE(model->index(emea, SlaComplianceModel::Compliance).data().toString(), QStringLiteral("25.0 %"));
        QCOMPARE(model->index(emea, SlaComplianceModel::Decided).data().toString(), QStringLiteral("4"));
        QCOMPARE(model->index(emea, SlaComplianceModel::Breaching).data().toString(), QStringLiteral("2"));
        QCOMPARE(model->index(emea, SlaComplianceModel::MedianFirstTouch).data().toString(), QStringLiteral("1 h 00 min"));
        QCOMPARE(model->index(emea, SlaComplianceModel::MedianRoutingDelay).data().toString(), QStringLiteral("3 min"));
        QCOMPARE(model->index(emea, SlaComplianceModel::MedianResponse).data().toString(), QStringLiteral("50 min"));
        QCOMPARE(model->index(rowOf(model, QStringLiteral("No team")), SlaComplianceModel::Compliance).data().toString(),
            QStringLiteral("–"));
        // By signal type instead.
        s->page->setDimension(SlaDimension::SignalType);
        QCOMPARE(model->index(rowOf(model, QStringLiteral("Webinar")), SlaComplianceModel::Compliance).data().toString(),
            QStringLiteral("50.0 %"));
        // Every column says what it means.
        for (int column = 1; column < SlaComplianceModel::ColumnCount; ++column)
            QVERIFY(!model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        // The trend draws both teams with decided handoffs.
        QCOMPARE(s->page->trendChart()->groupsShown().size(), 2);
    }

    void drillsDownToExactlyTheHandoffsBehindANumber()
    {
        auto s = open(QStringLiteral("drill.baton"));
        s->page->selectWeek({ 2026, 48 });
        const SlaFixture &f = s->fixture;
        const auto shown = [&]() {
            QList<qint64> ids;
            HandoffTableModel *model = s->page->handoffView()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                ids << model->index(row, 0).data(HandoffTableModel::HandoffIdRole).toLongLong();
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        s->page->drillDown(SlaComplianceModel::Missed, f.emea);
        QCOMPARE(s->page->tabs()->currentIndex(), int(SlaPage::HandoffsTab));
        QCOMPARE(shown(), (QList<qint64> { f.h[2], f.h[3], f.h[7] }));
        s->page->drillDown(SlaComplianceModel::Met, f.emea);
        QCOMPARE(shown(), (QList<qint64> { f.h[1] }));
        s->page->drillDown(SlaComplianceModel::Pending, f.emea);
        QCOMPARE(shown(), (QList<qint64> { f.h[4] }));
        s->page->drillDown(SlaComplianceModel::Decided, f.apac);
        QCOMPARE(shown(), (QList<qint64> { f.h[5], f.h[6] }));
        // The group without a team.
        s->page->drillDown(SlaComplianceModel::Handoffs, 0);
        QCOMPARE(shown(), (QList<qint64> { f.h[8] }));
        s->page->drillDown(SlaComplianceModel::UnderSla, 0);
        QCOMPARE(shown(), QList<qint64>());
        QVERIFY(s->page->drillDownFilter(SlaComplianceModel::Breaching, f.emea).description.contains(QStringLiteral("EMEA")));
    }

    void listsTheOpenBreachesWithTheirSteps()
    {
        auto s = open(QStringLiteral("breaches.baton"));
        const SlaBreachModel *model = s->page->breachModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, SlaBreachModel::Lead).data().toString(), QStringLiteral("L-3"));
        QCOMPARE(model->index(0, SlaBreachModel::ElapsedPercent).data().toString(), QStringLiteral("900 %"));
        QCOMPARE(model->index(0, SlaBreachModel::Step).data().toString(), QStringLiteral("3 of 3"));
        QCOMPARE(model->index(0, SlaBreachModel::Action).data().toString(), QStringLiteral("Reassign"));
        QCOMPARE(model->index(0, SlaBreachModel::Elapsed).data().toString(), QStringLiteral("9 h 00 min"));
        QCOMPARE(model->index(2, SlaBreachModel::Action).data().toString(), QStringLiteral("Notify the manager"));
        QVERIFY(s->page->tabs()->tabText(SlaPage::BreachesTab).contains(QStringLiteral("3")));
    }

    // The charts read whole, every team's name beside its bars (Qt Charts cuts to "..." what it has no room for),
    // on the demo workspace's teams in the room a page has in a small and in a common window, in English and
    // in German.
    void chartsReadWhole_data() { addLanguageAndPageSizeRows(); }

    void chartsReadWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString file = m_dir.filePath(QStringLiteral("demo.baton"));
        if (!QFile::exists(file)) {
            DemoOptions options;
            options.handoffs = 3000;
            QVERIFY(createDemoWorkspace(file, options).ok());
        }
        LanguageScope scope(language);
        QCOMPARE(scope.loaded(), language);
        WorkspaceSession session;
        QVERIFY(session.open(file).ok());
        SlaPage page(&session);
        page.resize(size);
        page.show();
        settleCharts();
        QVERIFY(page.complianceModel()->rowCount() >= 5);
        const QStringList problems = unreadableChartTextsIn(&page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void staleFactsOfferARecompute()
    {
        auto s = open(QStringLiteral("stale.baton"));
        QVERIFY(!s->page->factsBanner()->isVisibleTo(s->page.get()));
        Workspace &workspace = *s->session.workspace();
        auto policy = Repository<SlaPolicy>(workspace).get(s->fixture.demoPolicy);
        policy->targetMinutes = 30;
        QVERIFY(Repository<SlaPolicy>(workspace).update(*policy).ok());
        s->session.notifyDataChanged();
        QVERIFY(s->page->factsBanner()->isVisibleTo(s->page.get()));
        QSignalSpy reloaded(&s->session, &WorkspaceSession::dataChanged);
        QVERIFY(s->page->factsBanner()->recompute());
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(!s->page->factsBanner()->isVisibleTo(s->page.get()));
        // h1 (first touch after 40 minutes) now misses the 30-minute target: EMEA met 0 of 4 in W48.
        s->page->selectWeek({ 2026, 48 });
        const int emea = rowOf(s->page->complianceModel(), QStringLiteral("EMEA"));
        QCOMPARE(s->page->complianceModel()->index(emea, SlaComplianceModel::Met).data().toString(), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestSlaPage)
#include "tst_slapage.moc"
