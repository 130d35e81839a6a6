// SLA benchmarks: the business clock on long spans against the day-by-day walk it replaced, the SLA clock
// over every handoff, the recompute of the stored facts (against a bare SQL rewrite of the same columns),
// and the Enforce page's queries, on a workspace of N handoffs (default 1,000,000).
// Usage: bench_sla [--handoffs N] [--runs R] [--keep FILE]. Prints the median of R runs per measurement.

#include "benchresult.h"

#include "core/repository.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "demo/demogenerator.h"
#include "enforce/businessclock.h"
#include "enforce/sla.h"
#include "enforce/slabreaches.h"
#include "enforce/slaclock.h"
#include "enforce/slafacts.h"
#include "enforce/slareport.h"
#include "route/coverage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <random>

using namespace baton;

namespace {

QTextStream out(stdout);
int runs = 3;


// Runs `work` `runs` times (after `prepare`, untimed) and returns the median seconds.
double measure(const std::function<void()> &work, const std::function<void()> &prepare = {})
{
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        seconds << double(timer.nsecsElapsed()) / 1e9;
    }
    return bench::median(seconds);
}

void report(const QString &what, double seconds, const QString &extra = {})
{
    out << QStringLiteral("%1 %2 s  %3\n").arg(what, -58).arg(seconds, 9, 'f', 3).arg(extra);
    out.flush();
}

// The algorithm BusinessClock used before its day table: walk every local day of the span and add up the
// overlap with that day's intervals (each converted through the zone, cached per day).
class DayWalkClock
{
public:
    explicit DayWalkClock(CalendarSpec spec) : m_spec(std::move(spec)), m_days(m_spec.zone) { }
    qint64 secondsBetween(qint64 from, qint64 to)
    {
        qint64 total = 0;
        const QDate last = m_days.dayOf(to);
        for (QDate day = m_days.dayOf(from); day <= last; day = day.addDays(1))
            for (const auto &[start, end] : intervalsOn(day)) {
                const qint64 a = std::max(start, from);
                const qint64 b = std::min(end, to);
                if (b > a)
                    total += b - a;
            }
        return total;
    }

private:
    const QList<std::pair<qint64, qint64>> &intervalsOn(const QDate &day)
    {
        auto [entry, inserted] = m_cache.try_emplace(day.toJulianDay());
        if (inserted && !m_spec.holidays.contains(day))
            for (const auto &[start, end] : m_spec.hours[day.dayOfWeek()])
                entry->second.append({ QDateTime(day, QTime(start / 60, start % 60), m_spec.zone).toSecsSinceEpoch(),
                    end >= 1440 ? QDateTime(day.addDays(1), QTime(0, 0), m_spec.zone).toSecsSinceEpoch()
                                : QDateTime(day, QTime(end / 60, end % 60), m_spec.zone).toSecsSinceEpoch() });
        return entry->second;
    }
    CalendarSpec m_spec;
    LocalDays m_days;
    std::unordered_map<qint64, QList<std::pair<qint64, qint64>>> m_cache;
};

void benchClock()
{
    CalendarSpec spec = CalendarSpec::weekdays(QTimeZone("Europe/Berlin"), 9 * 60, 17 * 60 + 30);
    for (const QDate &day : { QDate(2026, 1, 1), QDate(2026, 4, 3), QDate(2026, 4, 6), QDate(2026, 5, 1), QDate(2026, 12, 25) })
        spec.holidays.insert(day);
    const qint64 now = QDateTime(QDate(2026, 11, 22), QTime(23, 0), Qt::UTC).toSecsSinceEpoch();
    std::mt19937_64 random(7);
    for (int days : { 1, 30, 180 }) {
        constexpr int Calls = 200000;
        QList<qint64> starts;
        for (int i = 0; i < Calls; ++i)
            starts << now - qint64(random() % quint64(days * 86400)) - 60;
        qint64 a = 0, b = 0;
        const BusinessClock clock(spec);
        const double table = measure([&]() {
            a = 0;
            for (qint64 from : std::as_const(starts))
                a += clock.secondsBetween(from, now);
        });
        DayWalkClock walk(spec);
        const double reference = measure([&]() {
            b = 0;
            for (qint64 from : std::as_const(starts))
                b += walk.secondsBetween(from, now);
        });
        report(QStringLiteral("business clock, spans up to %1 days, x%2 calls").arg(days).arg(Calls), table,
            QStringLiteral("day walk %1 s, ratio %2%3")
                .arg(reference, 0, 'f', 3)
                .arg(table / reference, 0, 'f', 3)
                .arg(a == b ? QString() : QStringLiteral("  RESULTS DIFFER")));
    }
}

Result<void> fillHandoffs(Workspace &workspace, qint64 count)
{
    auto owners = Repository<Owner>(workspace).list();
    auto policies = Repository<SlaPolicy>(workspace).list();
    if (!owners || !policies)
        return fail(QStringLiteral("no configuration"));
    auto clock = SlaClock::load(workspace);
    if (!clock)
        return clock.error();
    const qint64 asOf = workspace.asOf();
    std::mt19937_64 random(2026);
    return workspace.transaction([&]() -> Result<void> {
        BATON_TRY(execSql(workspace.db(), QStringLiteral("DELETE FROM stage_change")));
        BATON_TRY(execSql(workspace.db(), QStringLiteral("DELETE FROM handoff")));
        HandoffWriter writer(workspace);
        for (qint64 i = 0; i < count; ++i) {
            const Owner &owner = owners->at(qsizetype(random() % quint64(owners->size())));
            Handoff h;
            h.leadRef = QStringLiteral("B-%1").arg(i);
            h.signalTypeId = policies->at(qsizetype(random() % quint64(policies->size()))).signalTypeId;
            h.ownerId = owner.id;
            h.teamId = owner.teamId;
            h.handedOffAt = asOf - qint64(random() % (365 * 86400ULL));
            h.assignedAt = h.handedOffAt + qint64(random() % 600);
            if (random() % 100 >= 3) {
                const qint64 touch = *h.assignedAt + qint64(random() % (3 * 86400ULL));
                if (touch <= asOf)
                    h.firstTouchAt = touch;
            }
            clock->apply(h);
            BATON_TRY(writer.insert(h));
        }
        return {};
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 handoffs = 1000000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--handoffs"))
            handoffs = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    out << QStringLiteral("median of %1 runs\n").arg(runs);
    benchClock();

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("sla.baton")) : keep;
    QFile::remove(path);
    DemoOptions options;
    options.handoffs = 1000; // the demo's configuration: 6 calendars with holidays, 9 policies, 17 owners
    auto demo = createDemoWorkspace(path, options);
    if (!demo) {
        out << demo.errorMessage() << '\n';
        return 1;
    }
    auto opened = Workspace::open(path);
    if (!opened)
        return 1;
    Workspace &workspace = **opened;
    QElapsedTimer timer;
    timer.start();
    if (auto filled = fillHandoffs(workspace, handoffs); !filled) {
        out << filled.errorMessage() << '\n';
        return 1;
    }
    report(QStringLiteral("write %1 handoffs with their SLA facts (once)").arg(handoffs), double(timer.nsecsElapsed()) / 1e9);

    // The SLA clock alone, over every handoff held in memory.
    QList<Handoff> all;
    {
        auto query = execSql(workspace.db(),
            QStringLiteral("SELECT signal_type_id, owner_id, team_id, handed_off_at, assigned_at, first_touch_at FROM handoff"));
        while (query->next()) {
            Handoff h;
            h.signalTypeId = query->value(0).toLongLong();
            h.ownerId = query->value(1).toLongLong();
            h.teamId = query->value(2).toLongLong();
            h.handedOffAt = query->value(3).toLongLong();
            if (!query->value(4).isNull())
                h.assignedAt = query->value(4).toLongLong();
            if (!query->value(5).isNull())
                h.firstTouchAt = query->value(5).toLongLong();
            all << h;
        }
    }
    report(QStringLiteral("SlaClock::load + apply to %1 handoffs in memory").arg(all.size()), measure([&]() {
        auto clock = SlaClock::load(workspace);
        for (Handoff &h : all)
            clock->apply(h);
    }));
    all.clear();

    // Recompute after every target moved by a minute (every row rewritten), and with nothing to change.
    int shift = 0;
    const auto moveTargets = [&]() {
        shift = shift == 0 ? 1 : -shift;
        auto policies = Repository<SlaPolicy>(workspace).list();
        for (SlaPolicy &policy : *policies) {
            policy.targetMinutes += shift;
            (void)Repository<SlaPolicy>(workspace).update(policy);
        }
    };
    SlaRecomputeSummary summary;
    const double everything = measure([&]() { summary = SlaFacts::recompute(workspace).valueOr({}); }, moveTargets);
    const double bare = measure([&]() {
        (void)workspace.transaction([&]() -> Result<void> {
            return execSql(workspace.db(),
                QStringLiteral("UPDATE handoff SET sla_target_minutes = sla_target_minutes + 0, sla_due_at = sla_due_at + 1, "
                               "routing_delay_seconds = routing_delay_seconds + 0, response_seconds = response_seconds + 0, "
                               "first_touch_seconds = first_touch_seconds + 0"))
                .ok()
                ? Result<void>()
                : fail(QStringLiteral("update failed"));
        });
    });
    report(QStringLiteral("recompute SLA facts, every handoff changed (%1 rewritten)").arg(summary.changed), everything,
        QStringLiteral("bare SQL UPDATE of the 5 columns %1 s, ratio %2").arg(bare, 0, 'f', 3).arg(everything / bare, 0, 'f', 2));
    if (auto fixed = SlaFacts::recompute(workspace); !fixed)
        out << fixed.errorMessage() << '\n';
    const double nothing = measure([&]() { summary = SlaFacts::recompute(workspace).valueOr({}); });
    report(QStringLiteral("recompute SLA facts, nothing changed"), nothing, QStringLiteral("(%1 rewritten)").arg(summary.changed));
    report(QStringLiteral("check facts are current (fingerprint)"), measure([&]() { (void)SlaFacts::areCurrent(workspace); }));

    const qint64 asOf = workspace.asOf();
    const IsoWeek week = SlaReport::lastCompleteWeek(workspace, asOf).valueOr({}).value_or(IsoWeek { 2026, 47 });
    report(QStringLiteral("compliance for %1 by signal type, team, owner").arg(week.label()),
        measure([&]() { (void)SlaReport::forWeek(workspace, week, asOf); }));
    report(QStringLiteral("trend by team over every week"),
        measure([&]() { (void)SlaReport::trend(workspace, SlaDimension::Team, asOf); }));
    qsizetype breaches = 0;
    const double breachSeconds = measure([&]() {
        auto open = SlaBreaches::open(workspace, asOf);
        if (!open)
            out << open.errorMessage() << '\n';
        breaches = open.valueOr({}).size();
    });
    report(QStringLiteral("open breaches with escalation steps"), breachSeconds, QStringLiteral("(%1 breaches)").arg(breaches));
    return 0;
}
