// The window at scale: opening a workspace to a painted window, the KPI dashboard's refresh on a change of
// filter as the user sees it (painted), and scrolling the lazy handoff table end to end. Qt's offscreen
// platform (unless QT_QPA_PLATFORM says otherwise); the user's settings are not read or written (a fresh
// settings folder for the process, so the start page is the one a first start shows: the Overview).
//
// Usage:
//   bench_window open FILE.baton --empty EMPTY.baton [--runs N] [--result FILE]
//   bench_window kpi FILE.baton [--runs N] [--result FILE]
//   bench_window scroll FILE.baton [--runs N] [--result FILE]
//
//   open    Per run: construct baton::MainWindow (not timed), then time openWorkspace(FILE), show() and the event
//           loop until the start page has been painted: the Overview with the workspace's name, file, schema,
//           time zone and data-as-of lines and the table listing its tables, i.e. until the viewport of that
//           table has received its QEvent::Paint with the rows in it and the event loop has returned from that
//           frame (painted into the backing store and flushed). The Overview counts the rows of every table in a
//           worker; the second time ("numbers", op=open_numbers) runs on until the table has been painted again
//           with every count in it (Handoffs: N). The reference is the same on EMPTY (`baton demo EMPTY
//           --handoffs 0`: the same configuration, no handoffs), in the same process; runs alternate EMPTY and
//           FILE (EMPTY first on even runs, FILE first on odd ones) after one warm-up run of each that is not
//           counted.
//   kpi     The window on FILE showing the KPI dashboard (Overview tab). Per run: the reference, the sqlite3
//           shell's GROUP BY source over the raw handoffs (a process, as bench_kpi runs it); then for each of
//           four one-filter changes (one segment, one source, one owner, the last 13 weeks) the time from
//           DashboardPage::setFilter (what the filter bar calls) until the trend, leakage and source charts have
//           been painted with the new numbers; between two of them the filter is cleared (all weeks, no filter),
//           also timed. The result is the slowest one-filter change's median.
//   scroll  The window on FILE showing the KPI dashboard (where drill-downs start), then a HandoffView (the lazy
//           table every drill-down uses: HandoffTableModel keeps the ids and a bounded cache of 256-row pages)
//           in its own 1200x780 window on all handoffs of the workspace, sorted by hand-off time as it opens.
//           Per run: from the top, page down (QAbstractSlider::SliderPageStepAdd) and let the event loop paint
//           the viewport after every step, until the last row is shown. Reports wall time, the resident set
//           before the table, right after it opened and painted, and the peak (getrusage ru_maxrss).
//
// --result FILE appends RESULT lines for tests/bench/scale.sh (benchresult.h): op=open and op=open_numbers,
// op=kpi_window, op=scroll.

#include "benchresult.h"
#include "core/workspace.h"
#include "data/names.h"
#include "handofftablemodel.h"
#include "handoffview.h"
#include "mainwindow.h"
#include "optimize/kpiengine.h"
#include "pages/optimize/breakdownchart.h"
#include "pages/optimize/dashboardpage.h"
#include "pages/optimize/leakagechart.h"
#include "pages/optimize/trendchart.h"
#include "pages/overviewpage.h"
#include "settings.h"
#include "theme.h"
#include "translations.h"
#include "workspacesession.h"

#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace baton;

namespace {

constexpr qint64 TimeoutMs = 120000;


// Counts the paint events one widget receives (optionally only those while `when` holds).
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *widget, std::function<bool()> when = {}) : m_widget(widget), m_when(std::move(when))
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint && (!m_when || m_when()))
            ++m_count;
        return false;
    }

private:
    QWidget *m_widget;
    std::function<bool()> m_when;
    int m_count = 0;
};

QWidget *paintTarget(QWidget *widget)
{
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
        return area->viewport();
    return widget;
}

// Runs the event loop until `done` holds; false after TimeoutMs. Deferred deletes are delivered on the way, as the
// application's own event loop does (processEvents called from main() leaves them pending, and the charts' scenes
// would keep what a refresh replaced).
bool spinUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > TimeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    // The frame whose paint event we saw is finished (flushed) when processEvents has returned; drain what it posted.
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

qint64 handoffCount(Workspace &workspace)
{
    for (const auto &[table, rows] : workspace.tableCounts().valueOr({}))
        if (table == QStringLiteral("handoff"))
            return rows;
    return -1;
}

struct OpenRun
{
    double seconds = -1; // to the start page painted with its rows (their counts may still be on the way)
    double numbersSeconds = -1; // to the start page painted with every row's count
    QString shownHandoffs; // what the start page says in its Handoffs row
    QString pageId;
};

// One timed open of `path` in a new main window, to the painted start page.
OpenRun openOnce(const QString &path, QString *error)
{
    OpenRun run;
    auto window = std::make_unique<MainWindow>();
    window->showPage(QStringLiteral("overview"));
    auto *overview = window->findChild<OverviewPage *>();
    auto *counts = overview ? overview->findChild<QTableWidget *>() : nullptr;
    if (!counts) {
        *error = QStringLiteral("no Overview page with a table of counts");
        return run;
    }
    bool countsShown = false;
    QObject::connect(overview, &OverviewPage::countsShown, [&countsShown]() { countsShown = true; });
    PaintWatch watch(counts->viewport(), [counts]() { return counts->isVisible() && counts->rowCount() > 0; });
    PaintWatch numbers(counts->viewport(), [counts, &countsShown]() { return counts->isVisible() && countsShown; });
    QElapsedTimer timer;
    timer.start();
    if (!window->openWorkspace(path, true)) {
        *error = QStringLiteral("could not open %1").arg(path);
        return run;
    }
    window->showStartPage();
    window->show();
    if (!spinUntil([&]() { return watch.count() > 0; })) {
        *error = QStringLiteral("the start page of %1 was not painted within %2 s").arg(path).arg(TimeoutMs / 1000);
        return run;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!spinUntil([&]() { return numbers.count() > 0; })) {
        *error = QStringLiteral("the counts of %1 were not painted within %2 s").arg(path).arg(TimeoutMs / 1000);
        return run;
    }
    run.numbersSeconds = double(timer.nsecsElapsed()) / 1e9;
    run.pageId = window->currentPageId();
    const QString label = OverviewPage::tableLabel(QStringLiteral("handoff"));
    for (int row = 0; row < counts->rowCount(); ++row)
        if (counts->item(row, 0) && counts->item(row, 0)->text() == label && counts->item(row, 1))
            run.shownHandoffs = counts->item(row, 1)->text();
    window.reset();
    flushDeletes();
    return run;
}

int runOpen(const QString &file, const QString &empty, int runs, const QString &resultFile, QTextStream &out, QTextStream &err)
{
    if (empty.isEmpty()) {
        err << "open needs --empty EMPTY.baton (a workspace with the same configuration and no handoffs)\n";
        return 2;
    }
    QString error;
    // Warm-up, not counted: the first window pays for fonts, style and the file system cache.
    const OpenRun warmEmpty = openOnce(empty, &error);
    const OpenRun warmFull = warmEmpty.seconds >= 0 ? openOnce(file, &error) : OpenRun {};
    if (warmFull.seconds < 0) {
        err << error << '\n';
        return 1;
    }
    QList<double> emptyTimes;
    QList<double> fullTimes;
    QList<double> emptyNumbers;
    QList<double> fullNumbers;
    for (int run = 0; run < runs; ++run) {
        for (int which = 0; which < 2; ++which) {
            const bool full = (which == 0) == (run % 2 == 1);
            const OpenRun timed = openOnce(full ? file : empty, &error);
            if (timed.seconds < 0 || timed.numbersSeconds < 0) {
                err << error << '\n';
                return 1;
            }
            (full ? fullTimes : emptyTimes) << timed.seconds;
            (full ? fullNumbers : emptyNumbers) << timed.numbersSeconds;
        }
    }
    const double e = bench::median(emptyTimes);
    const double f = bench::median(fullTimes);
    const double en = bench::median(emptyNumbers);
    const double fn = bench::median(fullNumbers);
    // What the start page reads that grows with the data: Workspace::tableCounts (count(*) of every table), which
    // the Overview runs when it is shown; timed on its own on a fresh connection to each file, alternating too.
    QList<double> countEmpty;
    QList<double> countFull;
    for (int run = 0; run < runs; ++run) {
        for (const bool full : { false, true }) {
            auto workspace = Workspace::open(full ? file : empty, Workspace::Access::ReadOnly);
            if (!workspace)
                continue;
            QElapsedTimer timer;
            timer.start();
            (void)(*workspace)->tableCounts();
            (full ? countFull : countEmpty) << double(timer.nsecsElapsed()) / 1e9;
        }
    }
    const qint64 peak = bench::peakRssKb();
    qint64 handoffs = -1;
    if (auto workspace = Workspace::open(file, Workspace::Access::ReadOnly))
        handoffs = handoffCount(**workspace);
    out << QStringLiteral("open a workspace to a painted window (%1 handoffs), median of %2 runs, alternating with an empty "
                          "workspace\n")
               .arg(handoffs)
               .arg(runs);
    out << QStringLiteral("  painted = the start page (%1) drawn with the workspace's name, details and the list of its tables; "
                          "numbers = drawn again with the rows per table, counted in a worker (Handoffs showing %2, empty: %3)\n")
               .arg(warmFull.pageId, warmFull.shownHandoffs, warmEmpty.shownHandoffs);
    out << QStringLiteral("  %1 painted %2 s, numbers %3 s\n")
               .arg(QStringLiteral("empty workspace (reference)").leftJustified(36), bench::seconds(e), bench::seconds(en));
    out << QStringLiteral("  %1 painted %2 s (%3 x the empty one; target: < 1 s and <= 1.5 x), numbers %4 s (%5 x)\n")
               .arg(QStringLiteral("%1 handoffs").arg(handoffs).leftJustified(36), bench::seconds(f),
                   QString::number(e > 0 ? f / e : 0, 'f', 2), bench::seconds(fn),
                   QString::number(en > 0 ? fn / en : 0, 'f', 2));
    out << QStringLiteral("  of which counting every table (Workspace::tableCounts, which the Overview shows), alone: empty %1 s, "
                          "full %2 s\n")
               .arg(bench::seconds(bench::median(countEmpty)), bench::seconds(bench::median(countFull)));
    out << QStringLiteral("  runs, empty: %1\n  runs, full:  %2\n  peak RSS of the process: %3 MB\n")
               .arg([&]() { QStringList l; for (double t : emptyTimes) l << QString::number(t, 'f', 3); return l.join(' '); }(),
                   [&]() { QStringList l; for (double t : fullTimes) l << QString::number(t, 'f', 3); return l.join(' '); }())
               .arg(peak / 1024);
    bench::appendResult(resultFile, QStringLiteral("open_numbers"), handoffs, fn, en, peak, runs, {});
    bench::appendResult(resultFile, QStringLiteral("open"), handoffs, f, e, peak, runs,
        { QStringLiteral("page=%1").arg(warmFull.pageId), QStringLiteral("counts_empty=%1").arg(bench::seconds(bench::median(countEmpty))),
            QStringLiteral("counts_full=%1").arg(bench::seconds(bench::median(countFull))), QStringLiteral("shown_handoffs=%1").arg(QString(warmFull.shownHandoffs).remove(QLatin1Char(' '))) });
    return 0;
}

// A main window on `file`, showing the KPI dashboard, painted. Null on failure.
std::unique_ptr<MainWindow> windowOnDashboard(const QString &file, QString *error)
{
    auto window = std::make_unique<MainWindow>();
    if (!window->openWorkspace(file, true)) {
        *error = QStringLiteral("could not open %1").arg(file);
        return nullptr;
    }
    window->showPage(QStringLiteral("optimize/dashboard"));
    auto *page = window->findChild<DashboardPage *>();
    if (!page) {
        *error = QStringLiteral("no KPI dashboard page");
        return nullptr;
    }
    PaintWatch watch(paintTarget(page->trendChart()));
    window->show();
    if (!spinUntil([&]() { return watch.count() > 0; })) {
        *error = QStringLiteral("the KPI dashboard was not painted");
        return nullptr;
    }
    return window;
}

bool runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    return process.waitForFinished(600000) && process.exitCode() == 0;
}

int runKpi(const QString &file, int runs, const QString &resultFile, QTextStream &out, QTextStream &err)
{
    QString error;
    auto window = windowOnDashboard(file, &error);
    if (!window) {
        err << error << '\n';
        return 1;
    }
    auto *page = window->findChild<DashboardPage *>();
    Workspace &workspace = *window->session()->workspace();
    const qint64 handoffs = handoffCount(workspace);

    // The scenarios, chosen deterministically (the smallest id, the first name).
    KpiEngine engine(workspace);
    auto weeks = engine.weeks();
    auto names = NameLookup::load(workspace);
    auto sources = engine.texts(KpiDimension::Source);
    QList<std::pair<QString, HandoffFilter>> scenarios;
    if (names && !names->segments.isEmpty()) {
        HandoffFilter segment;
        const QList<qint64> ids = names->segments.keys();
        segment.segments = { *std::min_element(ids.begin(), ids.end()) };
        scenarios.append({ QStringLiteral("one segment, all weeks"), segment });
    }
    if (sources && !sources->isEmpty()) {
        HandoffFilter source;
        source.sources = { sources->first() };
        scenarios.append({ QStringLiteral("one source, all weeks"), source });
    }
    if (names && !names->owners.isEmpty()) {
        HandoffFilter owner;
        const QList<qint64> ids = names->owners.keys();
        owner.owners = { *std::min_element(ids.begin(), ids.end()) };
        scenarios.append({ QStringLiteral("one owner, all weeks"), owner });
    }
    if (weeks && weeks->size() > 13) {
        HandoffFilter recent;
        recent.fromWeek = weeks->at(weeks->size() - 13);
        scenarios.append({ QStringLiteral("last 13 weeks"), recent });
    }

    // What the charts hold, before and after the refreshes: graphics items in their scenes and objects under them
    // (a chart that keeps what it replaced grows with every refresh, and so do its paint time and memory).
    const QList<QChartView *> charts { page->trendChart(), page->leakageChart(), page->sourceChart() };
    const auto census = [&]() {
        QStringList parts;
        for (QChartView *chart : charts)
            parts << QStringLiteral("%1 items/%2 objects")
                         .arg(chart->scene() ? chart->scene()->items().size() : 0)
                         .arg(chart->findChildren<QObject *>().size() + chart->chart()->findChildren<QObject *>().size());
        return parts.join(QStringLiteral(", "));
    };
    const QString before = census();
    const qsizetype itemsBefore = page->trendChart()->scene()->items().size();
    const qint64 rssBefore = bench::currentRssKb();
    PaintWatch trend(paintTarget(page->trendChart()));
    PaintWatch leakage(paintTarget(page->leakageChart()));
    PaintWatch sourceChart(paintTarget(page->sourceChart()));
    const auto refresh = [&](const HandoffFilter &filter) -> double {
        const int t = trend.count(), l = leakage.count(), s = sourceChart.count();
        QElapsedTimer timer;
        timer.start();
        page->setFilter(filter);
        if (!spinUntil([&]() { return trend.count() > t && leakage.count() > l && sourceChart.count() > s; }))
            return -1;
        return double(timer.nsecsElapsed()) / 1e9;
    };

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString reference = QStringLiteral(
        "SELECT source, count(*), sum(accepted_at IS NOT NULL), sum(rejected_at IS NOT NULL), sum(opportunity_at IS NOT NULL), "
        "sum(outcome = 'won'), total(opportunity_amount), total(won_amount), sum(first_touch_at <= sla_due_at) FROM handoff GROUP BY source;");
    QList<double> referenceTimes;
    QList<double> clearTimes;
    QHash<QString, QList<double>> times;
    QList<qint64> engineMs;
    QList<double> inOrder; // every one-filter change, in the order made
    for (int run = 0; run < runs; ++run) {
        if (!sqlite.isEmpty()) {
            QElapsedTimer timer;
            timer.start();
            if (runProcess(sqlite, { file, reference }))
                referenceTimes << double(timer.nsecsElapsed()) / 1e9;
        }
        for (const auto &[name, filter] : std::as_const(scenarios)) {
            const double clear = refresh({});
            const double seconds = refresh(filter);
            if (clear < 0 || seconds < 0) {
                err << "the dashboard did not repaint after a change of filter\n";
                return 1;
            }
            clearTimes << clear;
            times[name] << seconds;
            inOrder << seconds;
            engineMs << page->lastRepaintMs();
        }
    }
    const double ref = bench::median(referenceTimes);
    out << QStringLiteral("KPI dashboard refresh on a change of filter, painted (%1 handoffs), median of %2 runs\n").arg(handoffs).arg(runs);
    out << QStringLiteral("  from DashboardPage::setFilter until the trend, leakage and source charts have repainted\n");
    out << QStringLiteral("  %1 %2 s\n").arg(QStringLiteral("reference: sqlite3 shell, GROUP BY source").leftJustified(48), bench::seconds(ref));
    double slowest = 0;
    QString slowestName;
    for (const auto &[name, filter] : std::as_const(scenarios)) {
        const double m = bench::median(times.value(name));
        out << QStringLiteral("  %1 %2 s   %3 x the reference\n")
                   .arg(name.leftJustified(48), bench::seconds(m), QString::number(ref > 0 ? m / ref : 0, 'f', 2));
        if (m > slowest) {
            slowest = m;
            slowestName = name;
        }
    }
    const double clear = bench::median(clearTimes);
    out << QStringLiteral("  %1 %2 s   %3 x the reference\n")
               .arg(QStringLiteral("clear the filter (all weeks, no filter)").leftJustified(48), bench::seconds(clear),
                   QString::number(ref > 0 ? clear / ref : 0, 'f', 2));
    QList<double> engine_;
    for (qint64 ms : std::as_const(engineMs))
        engine_ << double(ms) / 1000.0;
    out << QStringLiteral("  the page's own recompute (engine + setting the charts, no painting), median: %1 s\n")
               .arg(bench::seconds(bench::median(engine_)));
    const qint64 peak = bench::peakRssKb();
    out << QStringLiteral("  one-filter changes in the order made (the window is not reopened between them): first %1 s, last %2 s\n")
               .arg(bench::seconds(inOrder.value(0, -1)), bench::seconds(inOrder.value(inOrder.size() - 1, -1)));
    out << QStringLiteral("  trend, leakage and source charts before the %1 refreshes: %2\n").arg(clearTimes.size() * 2).arg(before);
    out << QStringLiteral("                                         after them: %1\n").arg(census());
    out << QStringLiteral("  resident set before the refreshes %1 MB, after %2 MB; peak RSS of the process: %3 MB\n")
               .arg(rssBefore / 1024)
               .arg(bench::currentRssKb() / 1024)
               .arg(peak / 1024);
    bench::appendResult(resultFile, QStringLiteral("kpi_window"), handoffs, slowest, ref, peak, runs,
        { QStringLiteral("slowest=%1").arg(QString(slowestName).replace(QLatin1Char(' '), QLatin1Char('_')).remove(QLatin1Char(','))),
            QStringLiteral("clear=%1").arg(bench::seconds(clear)), QStringLiteral("first=%1").arg(bench::seconds(inOrder.value(0, -1))),
            QStringLiteral("last=%1").arg(bench::seconds(inOrder.value(inOrder.size() - 1, -1))),
            QStringLiteral("refreshes=%1").arg(clearTimes.size() * 2),
            QStringLiteral("trend_items=%1->%2").arg(itemsBefore).arg(page->trendChart()->scene()->items().size()) });
    return 0;
}

int runScroll(const QString &file, int runs, const QString &resultFile, QTextStream &out, QTextStream &err)
{
    QString error;
    auto window = windowOnDashboard(file, &error);
    if (!window) {
        err << error << '\n';
        return 1;
    }
    const qint64 rssWindow = bench::currentRssKb();
    auto view = std::make_unique<HandoffView>(window->session());
    view->setWindowTitle(QStringLiteral("Handoffs"));
    view->resize(1200, 780);
    QTableView *table = view->table();
    PaintWatch watch(table->viewport());
    HandoffFilter all;
    all.description = QStringLiteral("All handoffs");
    QElapsedTimer timer;
    timer.start();
    view->setFilter(all);
    view->show();
    if (!spinUntil([&]() { return watch.count() > 0; })) {
        err << "the handoff table was not painted\n";
        return 1;
    }
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 rssOpen = bench::currentRssKb();
    const int rows = view->model()->rowCount();
    QScrollBar *bar = table->verticalScrollBar();

    QList<double> times;
    int steps = 0;
    bool reachedEnd = false;
    for (int run = 0; run < runs; ++run) {
        int before = watch.count();
        bar->setValue(0);
        spinUntil([&]() { return watch.count() > before || run == 0; });
        steps = 0;
        timer.restart();
        while (bar->value() < bar->maximum()) {
            before = watch.count();
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            if (!spinUntil([&]() { return watch.count() > before; })) {
                err << "the handoff table was not repainted after a page step\n";
                return 1;
            }
            ++steps;
        }
        times << double(timer.nsecsElapsed()) / 1e9;
        // At the scroll bar's end the last row is the bottom one shown (or the rows end above the bottom edge),
        // and it was read: its cell holds its text, not the placeholder of a row still to fetch.
        const int bottom = table->rowAt(table->viewport()->height() - 1);
        const QString lastText = rows ? view->model()->index(rows - 1, HandoffTableModel::Reference).data().toString() : QString();
        reachedEnd = rows == 0
            || (bar->value() == bar->maximum() && (bottom == -1 || bottom == rows - 1) && lastText != QStringLiteral("…"));
    }
    const double scroll = bench::median(times);
    const qint64 peak = bench::peakRssKb();
    const qint64 rssEnd = bench::currentRssKb();
    out << QStringLiteral("scroll the handoff table end to end (%1 handoffs, all of them, by hand-off time), median of %2 runs\n")
               .arg(rows)
               .arg(runs);
    out << QStringLiteral("  HandoffView in a 1200x780 window beside the main window on the KPI dashboard; %1 page steps of %2 rows, "
                          "each painted; last row reached: %3\n")
               .arg(steps)
               .arg(bar->pageStep())
               .arg(reachedEnd ? QStringLiteral("yes") : QStringLiteral("no"));
    out << QStringLiteral("  open the table on all handoffs (ids read, first page painted): %1 s\n").arg(bench::seconds(openSeconds));
    out << QStringLiteral("  scroll top to bottom: %1 s (%2 ms per step); 256-row pages read: %3\n")
               .arg(bench::seconds(scroll), QString::number(steps ? scroll * 1000 / steps : 0, 'f', 2))
               .arg(view->model()->pagesLoaded());
    out << QStringLiteral("  resident set: window on the dashboard %1 MB, table open %2 MB, after scrolling %3 MB, peak %4 MB "
                          "(target: peak < 300 MB)\n")
               .arg(rssWindow / 1024)
               .arg(rssOpen / 1024)
               .arg(rssEnd / 1024)
               .arg(peak / 1024);
    bench::appendResult(resultFile, QStringLiteral("scroll"), rows, scroll, -1, peak, runs,
        { QStringLiteral("rss_window_kb=%1").arg(rssWindow), QStringLiteral("rss_open_kb=%1").arg(rssOpen),
            QStringLiteral("rss_end_kb=%1").arg(rssEnd), QStringLiteral("open_s=%1").arg(bench::seconds(openSeconds)),
            QStringLiteral("steps=%1").arg(steps), QStringLiteral("end=%1").arg(reachedEnd ? 1 : 0) });
    return reachedEnd ? 0 : 1;
}

// The offscreen platform says on every window that it cannot propagate size hints; nothing else is dropped.
QtMessageHandler defaultHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    defaultHandler = qInstallMessageHandler(quietHandler);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A settings folder of our own: nothing of the user's is read (last page, window geometry) or written.
    QByteArray settingsDir = QDir::tempPath().toLocal8Bit() + "/bench_window-XXXXXX";
    if (!mkdtemp(settingsDir.data()))
        return 1;
    qputenv("XDG_CONFIG_HOME", settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("Baton"));
    QCoreApplication::setApplicationName(QStringLiteral("Baton"));
    QApplication app(argc, argv);
    installTranslations(Settings::language().get());
    Theme::apply(Theme::stored());

    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString mode;
    QString file;
    QString empty;
    QString resultFile;
    int runs = 3;
    for (int i = 0; i < args.size(); ++i) {
        const QString arg = args.at(i);
        if (arg == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (arg == QLatin1String("--empty") && i + 1 < args.size())
            empty = args.at(++i);
        else if (arg == QLatin1String("--result") && i + 1 < args.size())
            resultFile = args.at(++i);
        else if (mode.isEmpty())
            mode = arg;
        else
            file = arg;
    }
    int code = 2;
    if (file.isEmpty() || !QFileInfo::exists(file))
        err << "usage: bench_window open|kpi|scroll FILE.baton [--empty EMPTY.baton] [--runs N] [--result FILE]\n";
    else if (mode == QLatin1String("open"))
        code = runOpen(file, empty, runs, resultFile, out, err);
    else if (mode == QLatin1String("kpi"))
        code = runKpi(file, runs, resultFile, out, err);
    else if (mode == QLatin1String("scroll"))
        code = runScroll(file, runs, resultFile, out, err);
    else
        err << "unknown mode " << mode << " (open, kpi or scroll)\n";
    out.flush();
    QDir(QString::fromLocal8Bit(settingsDir)).removeRecursively();
    return code;
}
