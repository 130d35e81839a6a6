#include "slareport.h"

#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "businessclock.h"
#include "slasql.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::SlaReport", text);
}

QString column(SlaDimension dimension)
{
    switch (dimension) {
    case SlaDimension::SignalType:
        return QStringLiteral("signal_type_id");
    case SlaDimension::Team:
        return QStringLiteral("team_id");
    case SlaDimension::Owner:
        return QStringLiteral("owner_id");
    }
    return {};
}

// The groups of a dimension in display order, with their names.
struct GroupNames
{
    QHash<qint64, QString> names;
    QHash<qint64, int> rank;

    QString name(qint64 id, SlaDimension dimension) const
    {
        if (id == 0) {
            switch (dimension) {
            case SlaDimension::SignalType:
                return QCoreApplication::translate("baton::SlaReport", "No signal type");
            case SlaDimension::Team:
                return QCoreApplication::translate("baton::SlaReport", "No team");
            case SlaDimension::Owner:
                return QCoreApplication::translate("baton::SlaReport", "No owner");
            }
        }
        return names.value(id, QCoreApplication::translate("baton::SlaReport", "#%1").arg(id));
    }
};

Result<GroupNames> loadNames(Workspace &workspace, SlaDimension dimension)
{
    const QString sql = dimension == SlaDimension::SignalType ? QStringLiteral("SELECT id, name FROM signal_type ORDER BY position, id")
        : dimension == SlaDimension::Team                     ? QStringLiteral("SELECT id, name FROM team ORDER BY name, id")
                                                              : QStringLiteral("SELECT id, name FROM owner ORDER BY name, id");
    auto query = execSql(workspace.db(), sql);
    if (!query)
        return query.error();
    GroupNames groups;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        groups.names.insert(id, query->value(1).toString());
        groups.rank.insert(id, int(groups.rank.size()));
    }
    return groups;
}

// Collects one group's counts and durations, then turns them into SlaGroupStats.
struct Accumulator
{
    SlaGroupStats stats;
    QList<qint64> firstTouch;
    QList<qint64> routingDelay;
    QList<qint64> response;

    SlaGroupStats finish()
    {
        const auto minutes = [](std::optional<double> seconds) {
            return seconds ? std::optional<double>(*seconds / 60.0) : std::nullopt;
        };
        stats.medianFirstTouchMinutes = minutes(SlaReport::median(firstTouch));
        stats.p90FirstTouchMinutes = minutes(SlaReport::percentile90(firstTouch));
        stats.medianRoutingDelayMinutes = minutes(SlaReport::median(routingDelay));
        stats.medianResponseMinutes = minutes(SlaReport::median(response));
        return stats;
    }
};

QList<SlaGroupStats> ordered(QHash<qint64, Accumulator> &groups, const GroupNames &names, SlaDimension dimension)
{
    QList<SlaGroupStats> result;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        SlaGroupStats stats = it->finish();
        stats.id = it.key();
        stats.name = names.name(it.key(), dimension);
        result << stats;
    }
    // Known groups in their order, unknown ids after them, "none" last.
    std::sort(result.begin(), result.end(), [&](const SlaGroupStats &a, const SlaGroupStats &b) {
        const auto key = [&](const SlaGroupStats &s) {
            return std::make_tuple(s.id == 0 ? 2 : names.rank.contains(s.id) ? 0 : 1, names.rank.value(s.id), s.id);
        };
        return key(a) < key(b);
    });
    return result;
}

} // namespace

const QList<SlaGroupStats> &SlaWeekReport::by(SlaDimension dimension) const
{
    switch (dimension) {
    case SlaDimension::SignalType:
        return bySignalType;
    case SlaDimension::Team:
        return byTeam;
    case SlaDimension::Owner:
        break;
    }
    return byOwner;
}

std::optional<double> SlaReport::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2.0;
}

std::optional<double> SlaReport::percentile90(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least 90 % of the values at or below it (integer arithmetic).
    const qsizetype rank = (values.size() * 9 + 9) / 10;
    return double(values.at(rank - 1));
}

Result<SlaWeekReport> SlaReport::forWeek(Workspace &workspace, const IsoWeek &week, qint64 asOf)
{
    SlaWeekReport report;
    report.week = week;
    report.asOf = asOf;
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT signal_type_id, team_id, owner_id, sla_due_at IS NOT NULL, "
                       "CASE WHEN %1 THEN 1 ELSE 0 END, CASE WHEN %2 THEN 1 ELSE 0 END, CASE WHEN %3 THEN 1 ELSE 0 END, "
                       "first_touch_seconds, routing_delay_seconds, response_seconds FROM handoff WHERE week = ?")
            .arg(SlaSql::met(), SlaSql::decided(asOf), SlaSql::breaching(asOf)),
        { week.code() });
    if (!query)
        return query.error();
    const SlaDimension dimensions[] = { SlaDimension::SignalType, SlaDimension::Team, SlaDimension::Owner };
    QHash<qint64, Accumulator> groups[3];
    Accumulator total;
    while (query->next()) {
        const bool withSla = query->value(3).toInt() != 0;
        const bool met = query->value(4).toInt() != 0;
        const bool decided = query->value(5).toInt() != 0;
        const bool breaching = query->value(6).toInt() != 0;
        const QVariant durations[] = { query->value(7), query->value(8), query->value(9) };
        const auto add = [&](Accumulator &a) {
            ++a.stats.handoffs;
            if (!withSla)
                return;
            ++a.stats.withSla;
            a.stats.met += met ? 1 : 0;
            a.stats.decided += decided ? 1 : 0;
            a.stats.breaching += breaching ? 1 : 0;
            QList<qint64> *lists[] = { &a.firstTouch, &a.routingDelay, &a.response };
            for (int i = 0; i < 3; ++i)
                if (!durations[i].isNull())
                    lists[i]->append(durations[i].toLongLong());
        };
        for (int d = 0; d < 3; ++d)
            add(groups[d][query->value(d).toLongLong()]);
        add(total);
    }
    for (int d = 0; d < 3; ++d) {
        auto names = loadNames(workspace, dimensions[d]);
        if (!names)
            return names.error();
        QList<SlaGroupStats> list = ordered(groups[d], *names, dimensions[d]);
        (d == 0 ? report.bySignalType : d == 1 ? report.byTeam : report.byOwner) = list;
    }
    report.total = total.finish();
    report.total.name = tr("All handoffs");
    return report;
}

Result<QList<IsoWeek>> SlaReport::weeks(Workspace &workspace)
{
    auto query = execSql(workspace.db(), QStringLiteral("SELECT DISTINCT week FROM handoff ORDER BY week"));
    if (!query)
        return query.error();
    QList<IsoWeek> result;
    while (query->next())
        result << IsoWeek::fromCode(query->value(0).toInt());
    return result;
}

Result<std::optional<IsoWeek>> SlaReport::lastCompleteWeek(Workspace &workspace, qint64 asOf)
{
    auto all = weeks(workspace);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<IsoWeek>();
    const QTimeZone zone = HandoffRepository(workspace).reportingZone();
    for (qsizetype i = all->size() - 1; i >= 0; --i) {
        // A week has ended when the next Monday has begun.
        const qint64 nextMonday = (all->at(i).monday().addDays(7).toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400;
        if (BusinessClock::firstInstantShowing(zone, nextMonday) <= asOf + 1)
            return std::optional<IsoWeek>(all->at(i));
    }
    return std::optional<IsoWeek>(all->last());
}

Result<QList<SlaTrendPoint>> SlaReport::trend(Workspace &workspace, SlaDimension dimension, qint64 asOf,
    std::optional<int> fromWeek, std::optional<int> toWeek, bool withTotal)
{
    QStringList conditions;
    QVariantList values;
    if (fromWeek) {
        conditions << QStringLiteral("week >= ?");
        values << *fromWeek;
    }
    if (toWeek) {
        conditions << QStringLiteral("week <= ?");
        values << *toWeek;
    }
    auto query = execSql(workspace.db(),
        QStringLiteral("SELECT week, coalesce(%1, 0), sum(CASE WHEN %2 THEN 1 ELSE 0 END), sum(CASE WHEN %3 THEN 1 ELSE 0 END) "
                       "FROM handoff %4 GROUP BY 1, 2 ORDER BY 1")
            .arg(column(dimension), SlaSql::met(), SlaSql::decided(asOf),
                conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))),
        values);
    if (!query)
        return query.error();
    auto names = loadNames(workspace, dimension);
    if (!names)
        return names.error();
    QList<SlaTrendPoint> points;
    QList<SlaTrendPoint> weekPoints;
    const auto flush = [&]() {
        std::sort(weekPoints.begin(), weekPoints.end(), [](const SlaTrendPoint &a, const SlaTrendPoint &b) {
            return std::make_pair(a.groupId == 0, a.name) < std::make_pair(b.groupId == 0, b.name);
        });
        if (withTotal && !weekPoints.isEmpty()) {
            SlaTrendPoint all { weekPoints.first().week, SlaTrendPoint::AllGroups, tr("All handoffs"), 0, 0 };
            for (const SlaTrendPoint &p : std::as_const(weekPoints)) {
                all.met += p.met;
                all.decided += p.decided;
            }
            points << all;
        }
        points << weekPoints;
        weekPoints.clear();
    };
    while (query->next()) {
        const int week = query->value(0).toInt();
        if (!weekPoints.isEmpty() && weekPoints.first().week != week)
            flush();
        const qint64 id = query->value(1).toLongLong();
        weekPoints << SlaTrendPoint { week, id, names->name(id, dimension), query->value(2).toLongLong(),
            query->value(3).toLongLong() };
    }
    flush();
    return points;
}

} // namespace baton
