// The Feedback and Optimize pages on a demo workspace: the dashboard shows what the engine computes and
// reveals the planted stories, every chart drills down to exactly the handoffs behind it, tables export
// what they show, the account list pages lazily, and catalogue edits are undoable and audited.

#include "chartsupport.h"
#include "core/workspace.h"
#include "demo/demogenerator.h"
#include "handofftablemodel.h"
#include "handoffview.h"
#include "optimize/kpireport.h"
#include "pages/feedback/catalogmodels.h"
#include "pages/feedback/rejectionspage.h"
#include "pages/optimize/accountspage.h"
#include "pages/optimize/accounttablemodel.h"
#include "pages/optimize/breakdownchart.h"
#include "pages/optimize/dashboardpage.h"
#include "pages/optimize/kpitablemodel.h"
#include "pages/optimize/kpitiles.h"
#include "pages/optimize/leakagechart.h"
#include "pages/optimize/rejectionchart.h"
#include "pages/optimize/reporttable.h"
#include "pages/optimize/trendchart.h"
#include "testsupport.h"
#include "workspacesession.h"

#include <QAbstractAxis>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

// Waits (in the event loop, no sleeping) until the handoff view has applied its deferred filter.
qint64 handoffRows(HandoffView *view)
{
    QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);
    if (reset.isEmpty())
        reset.wait(5000);
    return view->model()->rowCount();
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QStringList> rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.isEmpty())
            rows << QString::fromUtf8(line).split(u',');
    return rows;
}

} // namespace

class TestOptimizePages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    DemoSummary m_summary;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_file = m_dir.filePath(QStringLiteral("pages.baton"));
        DemoOptions options;
        options.handoffs = 6000; // 26 weeks ending 2026-W47, as the default demo
        auto summary = createDemoWorkspace(m_file, options);
        QVERIFY(summary.ok());
        m_summary = *summary;
    }

    void dashboardShowsTheEngineAndTheStories()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        DashboardPage page(&session);
        page.resize(1200, 800);
        page.show();
        auto engine = KpiReport::compute(*session.workspace(), KpiDimension::Week, {});
        QVERIFY(engine.ok());
        QCOMPARE(page.tiles()->valueText(QStringLiteral("handoffs")), QLocale().toString(m_summary.handoffs));
        QCOMPARE(page.tiles()->valueText(QStringLiteral("acceptance_rate")),
            QLocale().toString(*engine->total.figures.acceptanceRate * 100.0, 'f', 1) + QStringLiteral(" %"));
        // The weekly trend dips in the planted week.
        const KpiReport &weeks = page.trendChart()->report();
        QCOMPARE(weeks.groups.size(), 26);
        const KpiGroup *lowest = &weeks.groups.first();
        for (const KpiGroup &g : weeks.groups)
            if (*g.figures.acceptanceRate < *lowest->figures.acceptanceRate)
                lowest = &g;
        QCOMPARE(lowest->label, QStringLiteral("2026-W38"));
        // The bad-fit source is the worst bar, drawn in the warning colour.
        QCOMPARE(page.sourceChart()->groups().first().label, m_summary.story.badFitSource);
        QCOMPARE(page.sourceChart()->flagged(), QStringList { m_summary.story.badFitSource });
        // Its offer sends the most rejections, most of them as a bad fit.
        const RejectionChart *offers = page.offerRejectionChart();
        QCOMPARE(offers->groups().first().label, m_summary.story.badFitCampaign);
        QCOMPARE(offers->reasons().first().label, QStringLiteral("Bad fit"));
        QVERIFY(offers->count(0, 0) > offers->count(0, 1));
        // The leakage funnel is ranked.
        const QList<LeakageStep> &leaks = page.leakageChart()->steps();
        QCOMPARE(leaks.size(), 5);
        for (int i = 1; i < leaks.size(); ++i)
            QVERIFY(leaks.at(i - 1).count >= leaks.at(i).count);
    }

    void everyChartDrillsDownToItsHandoffs()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        DashboardPage page(&session);
        page.resize(1200, 800);
        page.show();
        RawDatabase raw(m_file);

        // A week of the trend: the dashboard narrows to it and the handoffs appear.
        const KpiReport weeks = page.trendChart()->report();
        const KpiGroup w38 = *std::find_if(weeks.groups.cbegin(), weeks.groups.cend(), [](const KpiGroup &g) { return g.label == QStringLiteral("2026-W38"); });
        emit page.trendChart()->drillDown(w38);
        QCOMPARE(page.filter().fromWeek.value_or(0), 202638);
        QCOMPARE(handoffRows(page.handoffs()), raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE week = 202638")).toLongLong());
        QCOMPARE(page.tiles()->valueText(QStringLiteral("handoffs")),
            QLocale().toString(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE week = 202638")).toLongLong()));
        QVERIFY(page.lastRepaintMs() >= 0);

        // A bar of the source breakdown narrows further.
        const KpiGroup source = page.sourceChart()->groups().first();
        emit page.sourceChart()->drillDown(source);
        const QString where = QStringLiteral("week = 202638 AND source = '%1'").arg(source.label);
        QCOMPARE(handoffRows(page.handoffs()), raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE ") + where).toLongLong());

        // A leak shows its handoffs within the selection, without narrowing the dashboard.
        emit page.leakageChart()->drillDown(LeakageStep::AcceptedNotConverted);
        QCOMPARE(handoffRows(page.handoffs()),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE accepted_at IS NOT NULL AND opportunity_at IS NULL AND ") + where).toLongLong());
        emit page.leakageChart()->drillDown(LeakageStep::UntouchedPastSla);
        QCOMPARE(handoffRows(page.handoffs()),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE first_touch_at IS NULL AND sla_due_at <= ? AND ") + where,
                   { session.workspace()->asOf() }).toLongLong());

        // A segment of a stacked rejection bar: that offer, that reason.
        page.setFilter({});
        const RejectionChart *offers = page.offerRejectionChart();
        emit page.offerRejectionChart()->drillDown(offers->groups().first(), offers->reasons().first());
        QCOMPARE(handoffRows(page.handoffs()),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff h JOIN rejection_reason r ON r.id = h.rejection_reason_id "
                                     "WHERE h.campaign = ? AND r.name = ?"),
                   { offers->groups().first().label, offers->reasons().first().label }).toLongLong());
        QCOMPARE(page.filter().campaigns, QStringList { m_summary.story.badFitCampaign });

        // The breakdown table: one row per group and a total; a row drills down; the CSV holds what it shows.
        page.setFilter({});
        page.tabs()->setCurrentIndex(1);
        const KpiTableModel *model = page.kpiModel();
        QCOMPARE(model->report().by, KpiDimension::Source);
        QCOMPARE(model->rowCount(), raw.value(QStringLiteral("SELECT count(DISTINCT source) FROM handoff")).toInt() + 1);
        QCOMPARE(model->group(model->rowCount() - 1).figures.counts.handoffs, m_summary.handoffs);
        const QString csv = m_dir.filePath(QStringLiteral("kpis.csv"));
        QVERIFY(page.kpiTable()->exportCsv(csv));
        const QList<QStringList> rows = readCsv(csv);
        QCOMPARE(rows.size(), model->rowCount() + 1);
        QCOMPARE(rows.first().first(), QStringLiteral("Source"));
        int paidSocial = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->group(row).label == m_summary.story.badFitSource)
                paidSocial = row;
        QVERIFY(paidSocial >= 0);
        emit page.kpiTable()->rowActivated(paidSocial);
        QCOMPARE(page.filter().sources, QStringList { m_summary.story.badFitSource });
        QCOMPARE(handoffRows(page.handoffs()),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE source = ?"), { m_summary.story.badFitSource }).toLongLong());
        // The filter of the table narrows the rows it shows and exports.
        page.kpiTable()->proxy()->setFilterFixedString(QStringLiteral("zzz-nothing"));
        QVERIFY(page.kpiTable()->exportCsv(csv));
        QCOMPARE(readCsv(csv).size(), 1);
    }

    void refreshingKeepsTheChartsTheSameSize()
    {
        // A change of filter redraws every chart; the axes of the old data go with it, so the charts' scenes
        // (and the time to paint them) do not grow with every refresh.
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        DashboardPage page(&session);
        page.resize(1200, 800);
        page.show();
        const QList<QChartView *> charts = { page.trendChart(), page.leakageChart(), page.sourceChart(), page.rejectionChart() };
        const auto items = [&]() {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QList<qsizetype> counts;
            for (QChartView *view : charts)
                counts << view->scene()->items().size();
            return counts;
        };
        page.setFilter({});
        const QList<qsizetype> before = items();
        QList<QPointer<QAbstractAxis>> oldAxes;
        for (QChartView *view : charts)
            for (QAbstractAxis *axis : view->chart()->axes())
                oldAxes << axis;
        QVERIFY2(oldAxes.size() >= 6, qPrintable(QString::number(oldAxes.size())));
        HandoffFilter filter;
        filter.fromWeek = 202640;
        for (int i = 0; i < 5; ++i) {
            page.setFilter(filter);
            page.setFilter({});
        }
        QCOMPARE(items(), before);
        // The axes of the first data are gone, not just detached from their charts.
        QVERIFY(std::all_of(oldAxes.cbegin(), oldAxes.cend(), [](const QPointer<QAbstractAxis> &axis) { return axis.isNull(); }));
    }

    // Every category, axis title and legend entry of the dashboard's charts reads whole (Qt Charts cuts to "..."
    // what it has no room for) in the room a page has in a small window: on every tab, drilled down with the
    // handoffs open below, in English and in German (longer labels).
    void chartsReadWhole_data() { addLanguageAndPageSizeRows(); }

    void chartsReadWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        LanguageScope scope(language);
        QCOMPARE(scope.loaded(), language);
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        DashboardPage page(&session);
        page.resize(size);
        page.show();
        for (int tab = 0; tab < page.tabs()->count(); ++tab) {
            page.tabs()->setCurrentIndex(tab);
            settleCharts();
            const QStringList problems = unreadableChartTextsIn(page.tabs()->currentWidget());
            QVERIFY2(problems.isEmpty(), qPrintable(page.tabs()->tabText(tab) + QStringLiteral(":\n") + problems.join(u'\n')));
        }
        page.tabs()->setCurrentIndex(0);
        emit page.sourceChart()->drillDown(page.sourceChart()->groups().first());
        handoffRows(page.handoffs());
        settleCharts();
        QVERIFY(page.handoffs()->isVisible());
        const QStringList problems = unreadableChartTextsIn(page.tabs()->currentWidget());
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("drilled down:\n") + problems.join(u'\n')));
    }

    void handoffTablesReadNothingBeforeTheyHaveAFilter()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        HandoffTableModel model(&session);
        model.sort(HandoffTableModel::HandedOff, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QCOMPARE(model.rowCount(), int(m_summary.handoffs));
        model.sort(HandoffTableModel::Pipeline, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), int(m_summary.handoffs));
    }

    void accountsAreJudgedAsOneMotion()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        AccountsPage page(&session);
        page.resize(1200, 800);
        page.show();
        RawDatabase raw(m_file);
        AccountTableModel *accounts = page.accounts();
        QCOMPARE(accounts->rowCount(), raw.value(QStringLiteral("SELECT count(*) FROM account")).toInt());
        // Sorted by handoffs, most first.
        const qint64 first = accounts->accountId(0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE account_id = ?"), { first }).toLongLong(),
            raw.value(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM handoff WHERE account_id IS NOT NULL GROUP BY account_id)")).toLongLong());
        // Lazily: only the first page was read.
        accounts->sort(AccountKpis::Name, Qt::AscendingOrder);
        QCOMPARE(accounts->index(0, AccountKpis::Name).data().toString(), raw.value(QStringLiteral("SELECT name FROM account ORDER BY name, id LIMIT 1")).toString());
        // The detail: the account's handoffs, its engagements and its KPIs.
        page.showAccount(first);
        const qint64 handoffs = raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE account_id = ?"), { first }).toLongLong();
        QCOMPARE(page.tiles()->valueText(QStringLiteral("handoffs")), QLocale().toString(handoffs));
        QCOMPARE(page.handoffs()->model()->rowCount(), int(handoffs));
        const qint64 events = raw.value(QStringLiteral(
            "SELECT count(handed_off_at) + count(first_touch_at) + count(accepted_at) + count(rejected_at) + count(opportunity_at) "
            "+ sum(outcome IN ('won', 'lost') AND closed_at IS NOT NULL) FROM handoff WHERE account_id = ?"), { first }).toLongLong();
        QCOMPARE(page.engagements()->rowCount(), int(events));
        QVERIFY(page.headline().contains(raw.value(QStringLiteral("SELECT name FROM account WHERE id = ?"), { first }).toString()));
        // Search, then export what the list shows.
        page.search()->setText(QStringLiteral("Analytics"));
        accounts->setSearch(QStringLiteral("Analytics"));
        const int found = raw.value(QStringLiteral("SELECT count(*) FROM account WHERE name LIKE '%Analytics%' OR domain LIKE '%Analytics%'")).toInt();
        QCOMPARE(accounts->rowCount(), found);
        const QString csv = m_dir.filePath(QStringLiteral("accounts.csv"));
        QVERIFY(page.exportAccounts(csv));
        QCOMPARE(readCsv(csv).size(), found + 1);
    }

    void rejectionCatalogueAndRecycling()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_file).ok());
        RejectionsPage page(&session);
        page.resize(1200, 800);
        page.show();
        RawDatabase raw(m_file);
        ReasonCatalogModel *reasons = page.reasons();
        QCOMPARE(reasons->rowCount(), raw.value(QStringLiteral("SELECT count(*) FROM rejection_reason")).toInt());
        QVERIFY(reasons->gaps().isEmpty());
        // Imported rejections without a reason are called out as leakage.
        QVERIFY(page.gapText().contains(QLocale().toString(raw.value(QStringLiteral(
            "SELECT count(*) FROM handoff WHERE rejected_at IS NOT NULL AND rejection_reason_id IS NULL")).toLongLong())));

        // Where the bad-fit rejections went, and what became of them.
        int badFit = -1;
        for (int row = 0; row < page.report().reasons.size(); ++row)
            if (page.report().reasons.at(row).reason == QStringLiteral("Bad fit"))
                badFit = row;
        QVERIFY(badFit >= 0);
        const qint64 reasonId = page.report().reasons.at(badFit).reasonId;
        QCOMPARE(page.outcomes()->item(badFit, 1)->text(), QStringLiteral("Nurture track (90 days)"));
        page.showOutcomeRow(badFit, false);
        QCOMPARE(page.handoffs()->model()->rowCount(),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE rejection_reason_id = ?"), { reasonId }).toInt());
        page.showOutcomeRow(badFit, true);
        QCOMPARE(page.handoffs()->model()->rowCount(),
            raw.value(QStringLiteral("SELECT count(*) FROM handoff WHERE recycled_from_id IN (SELECT id FROM handoff WHERE rejection_reason_id = ?)"), { reasonId }).toInt());

        // Unmapping a reason's play makes it a governance gap; undo restores it; both are audited.
        int row = -1;
        for (int r = 0; r < reasons->rowCount(); ++r)
            if (reasons->reason(r).id == reasonId)
                row = r;
        const qint64 play = reasons->reason(row).recyclePlayId;
        QVERIFY(reasons->setData(reasons->index(row, ReasonCatalogModel::Play), qint64(0)));
        QVERIFY(raw.value(QStringLiteral("SELECT recycle_play_id FROM rejection_reason WHERE id = ?"), { reasonId }).isNull());
        QCOMPARE(page.reasons()->gaps(), QStringList { QStringLiteral("Bad fit") });
        QVERIFY(page.gapText().contains(QStringLiteral("Bad fit")));
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT recycle_play_id FROM rejection_reason WHERE id = ?"), { reasonId }).toLongLong(), play);
        QVERIFY(page.reasons()->gaps().isEmpty());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'rejection_reason' AND entity_id = ? AND field = 'recycle_play_id'"),
                     { reasonId }).toInt(), 2);

        // A reason in use cannot be removed; a new one starts as a gap and can be removed.
        QVERIFY(!page.removeReason(row).ok());
        page.addReason();
        QCOMPARE(page.reasons()->rowCount(), reasons->rowCount());
        QVERIFY(page.reasons()->gaps().contains(QStringLiteral("New reason")));
        int added = -1;
        for (int r = 0; r < page.reasons()->rowCount(); ++r)
            if (page.reasons()->reason(r).name == QStringLiteral("New reason"))
                added = r;
        QVERIFY(page.removeReason(added).ok());
        QVERIFY(page.reasons()->gaps().isEmpty());

        // Removing a play unmaps its reasons first; one undo brings back the play and the mapping.
        int nurture = -1;
        for (int r = 0; r < page.plays()->rowCount(); ++r)
            if (page.plays()->play(r).id == play)
                nurture = r;
        QVERIFY(page.removePlay(nurture).ok());
        QVERIFY(raw.value(QStringLiteral("SELECT count(*) FROM recycle_play WHERE id = ?"), { play }).toInt() == 0);
        QVERIFY(page.reasons()->gaps().contains(QStringLiteral("Bad fit")));
        session.undoStack()->undo();
        QCOMPARE(raw.value(QStringLiteral("SELECT recycle_play_id FROM rejection_reason WHERE id = ?"), { reasonId }).toLongLong(), play);
        QVERIFY(page.reasons()->gaps().isEmpty());
    }

    // Pictures of the pages in the states a user reaches by clicking, for looking at them (not checked):
    // BATON_SCREENSHOTS=DIR tst_optimizepages screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("BATON_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("Set BATON_SCREENSHOTS to a directory to save pictures of the pages.");
        const QString file = qEnvironmentVariable("BATON_SCREENSHOTS_WORKSPACE", m_file);
        WorkspaceSession session;
        QVERIFY(session.open(file).ok());
        DashboardPage dashboard(&session);
        dashboard.resize(1100, 760);
        dashboard.show();
        for (int tab = 0; tab < dashboard.tabs()->count(); ++tab) {
            dashboard.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents(); // lets the charts lay themselves out
            QVERIFY(dashboard.grab().save(QStringLiteral("%1/dashboard-tab%2.png").arg(dir).arg(tab)));
        }
        dashboard.tabs()->setCurrentIndex(0);
        const KpiGroup source = dashboard.sourceChart()->groups().first();
        emit dashboard.sourceChart()->drillDown(source);
        handoffRows(dashboard.handoffs());
        QCoreApplication::processEvents();
        QVERIFY(dashboard.grab().save(dir + QStringLiteral("/dashboard-drilled.png")));
        RejectionsPage rejections(&session);
        rejections.resize(1100, 760);
        rejections.show();
        rejections.showOutcomeRow(0, false);
        QCoreApplication::processEvents();
        QVERIFY(rejections.grab().save(dir + QStringLiteral("/rejections.png")));
        rejections.findChild<QTabWidget *>()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY(rejections.grab().save(dir + QStringLiteral("/catalogue.png")));
        AccountsPage accounts(&session);
        accounts.resize(1100, 760);
        accounts.show();
        QCoreApplication::processEvents();
        QVERIFY(accounts.grab().save(dir + QStringLiteral("/accounts.png")));
    }
};

QTEST_MAIN(TestOptimizePages)
#include "tst_optimizepages.moc"
