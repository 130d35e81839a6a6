#pragma once

// A workspace for the import suites: the default configuration plus a little coverage so that routing has
// something to do: territory North America (US), segments SMB (up to 200 employees) and Enterprise, a team SDR
// (Ana, Ben) that a rule gives every "web" lead, and the fallback queue with Tri in it. Reporting time zone UTC.
// Also a digest of the whole database content for "unchanged" checks.

#include "core/sql.h"
#include "core/workspace.h"
#include "demo/defaultconfiguration.h"
#include "route/coverage.h"
#include "route/routingrules.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace baton::test {

struct ImportFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> workspace;
    DefaultIds ids;
    qint64 northAmerica = 0, smb = 0, enterprise = 0, sdrTeam = 0, ana = 0, ben = 0, tri = 0, webRule = 0;

    bool setUp(const QString &name = QStringLiteral("import.baton"))
    {
        path = dir.filePath(name);
        auto created = Workspace::create(path);
        if (!created)
            return false;
        workspace = std::move(*created);
        auto defaults = applyDefaultConfiguration(*workspace, QStringLiteral("Import tests"));
        if (!defaults)
            return false;
        ids = *defaults;
        Territory na { 0, 0, QStringLiteral("North America"), 1 };
        if (!Repository<Territory>(*workspace).add(na))
            return false;
        northAmerica = na.id;
        TerritoryArea us { 0, 0, na.id, QStringLiteral("US"), QString() };
        if (!Repository<TerritoryArea>(*workspace).add(us))
            return false;
        Segment small;
        small.name = QStringLiteral("SMB");
        small.position = 1;
        small.maxEmployees = 200;
        Segment large;
        large.name = QStringLiteral("Enterprise");
        large.position = 2;
        large.minEmployees = 201;
        if (!Repository<Segment>(*workspace).add(small) || !Repository<Segment>(*workspace).add(large))
            return false;
        smb = small.id;
        enterprise = large.id;
        Team team;
        team.name = QStringLiteral("SDR");
        if (!Repository<Team>(*workspace).add(team))
            return false;
        sdrTeam = team.id;
        const auto addOwner = [&](const char *ownerName, qint64 teamId) -> qint64 {
            Owner owner;
            owner.name = QString::fromLatin1(ownerName);
            owner.teamId = teamId;
            owner.capacityPerDay = 1000;
            if (!Repository<Owner>(*workspace).add(owner))
                return 0;
            TeamMember member { 0, 0, teamId, owner.id, 1 };
            if (!Repository<TeamMember>(*workspace).add(member))
                return 0;
            return owner.id;
        };
        ana = addOwner("Ana", sdrTeam);
        ben = addOwner("Ben", sdrTeam);
        tri = addOwner("Tri", ids.fallbackQueue);
        RoutingRule rule;
        rule.ruleSetId = ids.ruleSet;
        rule.position = 1;
        rule.name = QStringLiteral("Web leads to the SDR team");
        rule.conditions.sources = { QStringLiteral("web") };
        rule.assignKind = AssignKind::Pool;
        rule.assignTeamId = sdrTeam;
        if (!Repository<RoutingRule>(*workspace).add(rule))
            return false;
        webRule = rule.id;
        return ana && ben && tri;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString file = dir.filePath(name);
        QFile out(file);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(content);
        return file;
    }
};

// Everything the database holds: the schema and every table's rows (sorted, so that the page layout and the
// order rows come back in do not matter).
inline QByteArray contentDigest(const QString &path)
{
    RawDatabase raw(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QList<QVariantList> schema =
        raw.rows(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    for (const QVariantList &row : schema) {
        for (const QVariant &value : row)
            hash.addData(value.toString().toUtf8() + '\x1f');
        if (row.at(0).toString() != QLatin1String("table"))
            continue;
        QStringList lines;
        for (const QVariantList &values : raw.rows(QStringLiteral("SELECT * FROM \"%1\"").arg(row.at(1).toString()))) {
            QString line;
            for (const QVariant &value : values)
                line += (value.isNull() ? QStringLiteral("<null>") : value.toString()) + QChar(0x1f);
            lines << line;
        }
        std::sort(lines.begin(), lines.end());
        hash.addData(row.at(1).toString().toUtf8() + ':' + QByteArray::number(lines.size()) + '\n');
        for (const QString &line : std::as_const(lines))
            hash.addData(line.toUtf8() + '\x1e');
    }
    return hash.result().toHex();
}

// The KPI cubes against the sums over the handoffs, recomputed here with plain SQL (the definitions of
// resources/migrations/004_kpi_cube.sql); lists are compared as sorted multisets. Returns the first difference.
inline QString cubeDifference(const QString &path)
{
    RawDatabase raw(path);
    const QString measures = QStringLiteral(
        "count(*), sum(h.accepted_at IS NOT NULL), sum(h.rejected_at IS NOT NULL), "
        "sum(h.rejected_at IS NOT NULL AND h.rejection_reason_id IS NULL), sum(h.opportunity_at IS NOT NULL), "
        "sum(h.outcome = 'won'), sum(h.outcome = 'lost'), sum(CAST(round(ifnull(h.opportunity_amount, 0) * 100) AS INTEGER)), "
        "sum(CAST(round(ifnull(h.won_amount, 0) * 100) AS INTEGER)), sum(h.routed_to_fallback <> 0 OR h.owner_id IS NULL), "
        "sum(ifnull(h.first_touch_at IS NOT NULL AND h.first_touch_at <= h.sla_due_at, 0)), "
        "sum(h.sla_due_at IS NOT NULL AND h.first_touch_at IS NOT NULL), sum(h.sla_due_at IS NOT NULL AND h.first_touch_at IS NULL), "
        "sum(h.accepted_at IS NOT NULL AND h.opportunity_at IS NULL), "
        "group_concat(h.first_touch_seconds), group_concat(h.opportunity_at - h.handed_off_at), "
        "group_concat(CASE WHEN h.outcome = 'won' AND h.closed_at IS NOT NULL THEN h.closed_at - h.handed_off_at END), "
        "group_concat(CASE WHEN h.rejected_at IS NOT NULL THEN ifnull(h.rejection_reason_id, 0) END)");
    const QString cubeMeasures = QStringLiteral(
        "handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, won_cents, "
        "unassigned, sla_met, sla_touched, sla_untouched, accepted_not_converted, first_touch_list, opportunity_list, "
        "won_list, rejection_list");
    struct Cube
    {
        QString table;
        QString keys; // cube key columns
        QString rawKeys; // the same from the handoffs
        QString where;
    };
    const QList<Cube> cubes = {
        { "kpi_cell", "week, segment_id, territory_id, signal_type_id, team_id, source, campaign",
            "h.week, ifnull(h.segment_id, 0), ifnull(h.territory_id, 0), ifnull(h.signal_type_id, 0), ifnull(h.team_id, 0), "
            "ifnull(h.source, ''), ifnull(h.campaign, '')",
            "" },
        { "kpi_owner_cell", "week, segment_id, territory_id, signal_type_id, team_id, owner_id, source, campaign",
            "h.week, ifnull(h.segment_id, 0), ifnull(h.territory_id, 0), ifnull(h.signal_type_id, 0), ifnull(h.team_id, 0), "
            "ifnull(h.owner_id, 0), ifnull(h.source, ''), ifnull(h.campaign, '')",
            "" },
        { "kpi_account", "account_id", "h.account_id", "WHERE h.account_id IS NOT NULL" },
    };
    const auto normalize = [](const QVariantList &row, int keyCount) {
        QStringList parts;
        for (int i = 0; i < row.size(); ++i) {
            QString value = row.at(i).isNull() ? QString() : row.at(i).toString();
            if (i >= keyCount + 14) { // a list: sort its numbers
                QStringList numbers = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
                std::sort(numbers.begin(), numbers.end());
                value = numbers.join(QLatin1Char(','));
            }
            parts << value;
        }
        return parts.join(QLatin1Char('|'));
    };
    for (const Cube &cube : cubes) {
        const int keyCount = int(cube.keys.count(QLatin1Char(',')) + 1);
        QStringList stored;
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT %1, %2 FROM %3").arg(cube.keys, cubeMeasures, cube.table)))
            stored << normalize(row, keyCount);
        QStringList expected;
        QString groupBy;
        for (int i = 1; i <= keyCount; ++i)
            groupBy += (i > 1 ? QStringLiteral(", ") : QString()) + QString::number(i);
        for (const QVariantList &row : raw.rows(
                 QStringLiteral("SELECT %1, %2 FROM handoff h %3 GROUP BY %4").arg(cube.rawKeys, measures, cube.where, groupBy)))
            expected << normalize(row, keyCount);
        std::sort(stored.begin(), stored.end());
        std::sort(expected.begin(), expected.end());
        if (stored != expected) {
            for (int i = 0; i < std::max(stored.size(), expected.size()); ++i)
                if (stored.value(i) != expected.value(i))
                    return QStringLiteral("%1: stored %2, from the handoffs %3").arg(cube.table, stored.value(i), expected.value(i));
        }
    }
    if (raw.value(QStringLiteral("SELECT count(*) FROM handoff")).toLongLong() > 0
        && raw.value(QStringLiteral("SELECT count(*) FROM kpi_cell")).toLongLong() == 0)
        return QStringLiteral("the cube is empty");
    return {};
}

} // namespace baton::test
