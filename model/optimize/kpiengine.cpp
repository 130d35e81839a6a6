#include "kpiengine.h"

#include "core/isoweek.h"
#include "core/sql.h"
#include "core/workspace.h"
#include "data/handoff.h"
#include "kpisql.h"
#include "core/rowcursor.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace baton {

namespace {

// Column positions shared by every query the engine reads (cube, handoffs, pending SLAs).
enum Column {
    Week,
    Segment,
    Territory,
    Signal,
    Team,
    Owner,
    Source,
    Campaign,
    Reason,
    Account,
    FirstCount, // KpiCounts in declaration order
    FirstDuration = FirstCount + 14,
    ReasonList = FirstDuration + 3, // a cube's rejection reasons, one per rejected handoff
    ColumnCount
};

int dimensionColumn(KpiDimension dimension)
{
    switch (dimension) {
    case KpiDimension::Week:
        return Week;
    case KpiDimension::Segment:
        return Segment;
    case KpiDimension::Territory:
        return Territory;
    case KpiDimension::SignalType:
        return Signal;
    case KpiDimension::Team:
        return Team;
    case KpiDimension::Owner:
        return Owner;
    case KpiDimension::Source:
        return Source;
    case KpiDimension::Campaign:
        return Campaign;
    case KpiDimension::RejectionReason:
        return Reason;
    case KpiDimension::Account:
        return Account;
    }
    return Week;
}

// How the duration columns of a query are written.
enum class Durations { Lists, Values, None };

// The columns one query selects: only those some grouping or the total needs, each at its position.
struct Columns
{
    QStringList sql;
    std::array<int, ColumnCount> at;
    Columns() { at.fill(-1); }
    void add(int column, const QString &expression)
    {
        at[column] = int(sql.size());
        sql << expression;
    }
    QString list() const { return sql.isEmpty() ? QStringLiteral("1") : sql.join(QStringLiteral(", ")); }
};

struct TransparentHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};

class Accumulator
{
public:
    Accumulator(KpiResult &result, bool totalDurations) : m_result(result), m_totalDurations(totalDurations)
    {
        for (const KpiGrouping &grouping : std::as_const(result.groupings)) {
            m_anyDurations = m_anyDurations || grouping.durations;
            for (const std::optional<KpiDimension> &d : { std::optional(grouping.dimension), grouping.within })
                if (d == KpiDimension::Source || d == KpiDimension::Campaign)
                    m_needsTexts = true;
        }
        m_anyDurations = m_anyDurations || totalDurations;
        m_last.resize(result.groupings.size());
        for (const KpiGrouping &grouping : std::as_const(result.groupings)) {
            m_used[dimensionColumn(grouping.dimension)] = true;
            if (grouping.within)
                m_used[dimensionColumn(*grouping.within)] = true;
            m_rejectionGroupings = m_rejectionGroupings || grouping.countsRejections();
        }
    }

    // Whether a dimension column is needed by some grouping.
    bool uses(int column) const { return m_used[column]; }
    bool needsDurations() const { return m_anyDurations; }
    bool countsRejections() const { return m_rejectionGroupings; }

    Result<void> read(RowCursor &cursor, const Columns &columns, Durations durations)
    {
        KpiTally row;
        qint64 dims[Account + 1];
        KpiCounts &k = row.counts;
        qint64 *fields[] = { &k.handoffs, &k.accepted, &k.rejected, &k.rejectedWithoutReason, &k.opportunities, &k.won,
            &k.lost, &k.pipelineCents, &k.wonCents, &k.unassigned, &k.slaMet, &k.slaDecided, &k.slaBreaching,
            &k.acceptedNotConverted };
        std::vector<qint32> *targets[] = { &row.firstTouch, &row.toOpportunity, &row.toWon };
        const std::array<int, ColumnCount> &at = columns.at;
        while (cursor.next()) {
            ++m_result.rowsRead;
            for (int c = Week; c <= Account; ++c)
                dims[c] = at[c] < 0 ? 0 : (c == Source || c == Campaign) ? intern(cursor.text(at[c])) : cursor.integer(at[c]);
            for (int i = 0; i < 14; ++i)
                *fields[i] = at[FirstCount + i] < 0 ? 0 : cursor.integer(at[FirstCount + i]);
            for (int i = 0; i < 3; ++i) {
                targets[i]->clear();
                const int column = at[FirstDuration + i];
                if (column < 0)
                    continue;
                if (durations == Durations::Lists)
                    parseList(cursor.text(column), targets[i]);
                else if (!cursor.isNull(column))
                    targets[i]->push_back(qint32(cursor.integer(column)));
            }
            addRow(row, dims);
            if (!m_rejectionGroupings)
                continue;
            if (at[ReasonList] >= 0) {
                // A cube row: one rejected handoff per reason in its list.
                m_reasons.clear();
                parseList(cursor.text(at[ReasonList]), &m_reasons);
                for (qint32 reason : m_reasons) {
                    dims[Reason] = reason;
                    addRejection(dims);
                }
            } else if (k.rejected > 0) {
                addRejection(dims); // one rejected handoff
            }
        }
        return cursor.status();
    }

private:
    void addRow(const KpiTally &row, const qint64 *dims)
    {
        add(m_result.total, row, m_totalDurations);
        for (int g = 0; g < m_result.groupings.size(); ++g) {
            const KpiGrouping &grouping = m_result.groupings.at(g);
            if (grouping.countsRejections())
                continue;
            const KpiGroupKey key { dims[dimensionColumn(grouping.dimension)], grouping.within ? dims[dimensionColumn(*grouping.within)] : 0 };
            // Rows come in key order from the cube, so the last group is often the next one too.
            Last &last = m_last[g];
            if (!last.tally || !(last.key == key)) {
                last.key = key;
                last.tally = &m_result.groups[g][key];
            }
            add(*last.tally, row, grouping.durations);
        }
    }

    // One rejected handoff with reason dims[Reason], into the groupings within the rejection reason.
    void addRejection(const qint64 *dims)
    {
        for (int g = 0; g < m_result.groupings.size(); ++g) {
            const KpiGrouping &grouping = m_result.groupings.at(g);
            if (!grouping.countsRejections())
                continue;
            KpiCounts &counts = m_result.groups[g][{ dims[dimensionColumn(grouping.dimension)], dims[Reason] }].counts;
            ++counts.rejected;
            if (dims[Reason] == 0)
                ++counts.rejectedWithoutReason;
        }
    }

    struct Last
    {
        KpiGroupKey key;
        KpiTally *tally = nullptr;
    };

    static void add(KpiTally &target, const KpiTally &row, bool durations)
    {
        target.counts.add(row.counts);
        if (durations) {
            target.firstTouch.insert(target.firstTouch.end(), row.firstTouch.begin(), row.firstTouch.end());
            target.toOpportunity.insert(target.toOpportunity.end(), row.toOpportunity.begin(), row.toOpportunity.end());
            target.toWon.insert(target.toWon.end(), row.toWon.begin(), row.toWon.end());
        }
    }

    // ",12,-3,4," -> 12, -3, 4
    static void parseList(std::string_view text, std::vector<qint32> *values)
    {
        qint64 value = 0;
        bool negative = false;
        bool inNumber = false;
        for (char c : text) {
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                inNumber = true;
            } else if (c == '-') {
                negative = true;
            } else {
                if (inNumber)
                    values->push_back(qint32(negative ? -value : value));
                value = 0;
                negative = false;
                inNumber = false;
            }
        }
        if (inNumber)
            values->push_back(qint32(negative ? -value : value));
    }

    qint64 intern(std::string_view text)
    {
        auto found = m_texts.find(text);
        if (found != m_texts.end())
            return found->second;
        const qint64 index = m_result.texts.size();
        m_result.texts << QString::fromUtf8(text.data(), qsizetype(text.size()));
        m_texts.emplace(std::string(text), index);
        return index;
    }

    KpiResult &m_result;
    bool m_totalDurations;
    bool m_anyDurations = false;
    bool m_needsTexts = false;
    bool m_rejectionGroupings = false;
    bool m_used[Account + 1] = {}; // the dimension columns some grouping needs
    std::vector<Last> m_last;
    std::vector<qint32> m_reasons;
    std::unordered_map<std::string, qint64, TransparentHash, std::equal_to<>> m_texts;
};

QString countColumnsOfCube()
{
    return QStringLiteral("handoffs, accepted, rejected, rejected_without_reason, opportunities, won, lost, pipeline_cents, "
                          "won_cents, unassigned, sla_met, sla_touched + sla_untouched, sla_untouched, accepted_not_converted");
}

QString where(const QString &condition)
{
    return condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
}

// The part of a filter that the cube holds: weeks, instants (see planWeeks) and the cube's dimensions.
HandoffFilter cubePart(const HandoffFilter &f)
{
    HandoffFilter part;
    part.fromWeek = f.fromWeek;
    part.toWeek = f.toWeek;
    part.handedOffFrom = f.handedOffFrom;
    part.handedOffBefore = f.handedOffBefore;
    part.signalTypes = f.signalTypes;
    part.owners = f.owners;
    part.teams = f.teams;
    part.territories = f.territories;
    part.segments = f.segments;
    part.rejectionReasons = f.rejectionReasons;
    part.sources = f.sources;
    part.campaigns = f.campaigns;
    return part;
}

// Whether the filter selects nothing beyond its cube part. Compared through the SQL it makes, so that a
// field added to HandoffFilter later sends the engine to the handoffs rather than to a wrong answer.
bool filterFitsCube(const HandoffFilter &filter)
{
    QVariantList all;
    QVariantList part;
    return filter.whereClause(&all) == cubePart(filter).whereClause(&part) && all == part;
}

// How a filter's time range splits into whole weeks (from the cube) and cut weeks (from the handoffs).
struct WeekPlan
{
    std::optional<HandoffFilter> cube; // whole weeks, no instants
    QList<HandoffFilter> handoffs; // the weeks a date range cuts
};

WeekPlan planWeeks(const HandoffFilter &filter, const QTimeZone &zone)
{
    WeekPlan plan;
    HandoffFilter whole = filter;
    whole.handedOffFrom.reset();
    whole.handedOffBefore.reset();
    LocalDays days(zone);
    const auto weekStart = [&](int code) { return days.startOf(IsoWeek::fromCode(code).monday()); };
    std::optional<int> low = filter.fromWeek;
    std::optional<int> high = filter.toWeek;
    std::optional<int> cutLow;
    std::optional<int> cutHigh;
    if (filter.handedOffFrom) {
        const int week = days.weekCodeOf(*filter.handedOffFrom);
        const bool cut = *filter.handedOffFrom > weekStart(week);
        if (cut)
            cutLow = week;
        const int first = cut ? IsoWeek::fromCode(week).next().code() : week;
        low = low ? std::max(*low, first) : first;
    }
    if (filter.handedOffBefore) {
        const int week = days.weekCodeOf(*filter.handedOffBefore - 1);
        const bool cut = *filter.handedOffBefore < weekStart(IsoWeek::fromCode(week).next().code());
        if (cut)
            cutHigh = week;
        const int last = cut ? IsoWeek::fromCode(week).previous().code() : week;
        high = high ? std::min(*high, last) : last;
    }
    if (!low || !high || *low <= *high) {
        whole.fromWeek = low;
        whole.toWeek = high;
        plan.cube = whole;
    }
    QList<int> cuts;
    if (cutLow)
        cuts << *cutLow;
    if (cutHigh && cutHigh != cutLow)
        cuts << *cutHigh;
    for (int week : cuts) {
        if ((filter.fromWeek && week < *filter.fromWeek) || (filter.toWeek && week > *filter.toWeek))
            continue;
        HandoffFilter part = filter;
        part.fromWeek = week;
        part.toWeek = week;
        plan.handoffs << part;
    }
    return plan;
}

} // namespace

namespace {

struct Cube
{
    const char *table;
    QList<KpiDimension> dimensions;
};

// From the smallest to the largest. Each also lists the rejection reasons of its rejected handoffs, which
// answers rejection breakdowns (a dimension within the reason) without the reason being a dimension.
const QList<Cube> &cubes()
{
    using D = KpiDimension;
    static const QList<Cube> all {
        { "kpi_cell", { D::Week, D::Segment, D::Territory, D::SignalType, D::Team, D::Source, D::Campaign } },
        { "kpi_owner_cell", { D::Week, D::Segment, D::Territory, D::SignalType, D::Team, D::Owner, D::Source, D::Campaign } },
    };
    return all;
}

QList<KpiDimension> dimensionsUsed(const HandoffFilter &f, const QList<KpiGrouping> &groupings)
{
    QList<KpiDimension> used;
    const std::pair<bool, KpiDimension> fields[] = { { !f.segments.isEmpty(), KpiDimension::Segment },
        { !f.territories.isEmpty(), KpiDimension::Territory }, { !f.signalTypes.isEmpty(), KpiDimension::SignalType },
        { !f.teams.isEmpty(), KpiDimension::Team }, { !f.owners.isEmpty(), KpiDimension::Owner },
        { !f.sources.isEmpty(), KpiDimension::Source }, { !f.campaigns.isEmpty(), KpiDimension::Campaign },
        { !f.rejectionReasons.isEmpty(), KpiDimension::RejectionReason } };
    for (const auto &[set, dimension] : fields)
        if (set)
            used << dimension;
    for (const KpiGrouping &grouping : groupings) {
        used << grouping.dimension;
        if (grouping.within)
            used << *grouping.within;
    }
    return used;
}

const Cube *cubeFor(const HandoffFilter &filter, const QList<KpiGrouping> &groupings)
{
    if (!filterFitsCube(filter))
        return nullptr;
    QList<KpiDimension> used = dimensionsUsed(filter, groupings);
    // Groupings within the rejection reason take it from the cube's reason list; a filter by reason, or a
    // grouping by it for other counts, needs the handoffs.
    bool reasonAsDimension = !filter.rejectionReasons.isEmpty();
    for (const KpiGrouping &grouping : groupings)
        reasonAsDimension = reasonAsDimension || grouping.dimension == KpiDimension::RejectionReason;
    if (!reasonAsDimension)
        used.removeAll(KpiDimension::RejectionReason);
    for (const Cube &cube : cubes())
        if (std::all_of(used.cbegin(), used.cend(), [&](KpiDimension d) { return cube.dimensions.contains(d); }))
            return &cube;
    return nullptr;
}

// The columns to read from a cube: the dimensions the groupings use, the counts it holds, and the duration
// lists when medians are wanted.
Columns cubeColumns(const Cube &cube, const Accumulator &accumulator)
{
    Columns columns;
    const std::pair<KpiDimension, const char *> dimensions[] = { { KpiDimension::Week, "week" },
        { KpiDimension::Segment, "segment_id" }, { KpiDimension::Territory, "territory_id" },
        { KpiDimension::SignalType, "signal_type_id" }, { KpiDimension::Team, "team_id" },
        { KpiDimension::Owner, "owner_id" }, { KpiDimension::Source, "source" }, { KpiDimension::Campaign, "campaign" },
        { KpiDimension::RejectionReason, "rejection_reason_id" }, { KpiDimension::Account, "account_id" } };
    for (const auto &[dimension, column] : dimensions)
        if (accumulator.uses(dimensionColumn(dimension)) && cube.dimensions.contains(dimension))
            columns.add(dimensionColumn(dimension), QString::fromLatin1(column));
    const QStringList counts = countColumnsOfCube().split(QStringLiteral(", "));
    for (int i = 0; i < counts.size(); ++i)
        columns.add(FirstCount + i, counts.at(i));
    if (accumulator.needsDurations()) {
        columns.add(FirstDuration, QStringLiteral("first_touch_list"));
        columns.add(FirstDuration + 1, QStringLiteral("opportunity_list"));
        columns.add(FirstDuration + 2, QStringLiteral("won_list"));
    }
    if (accumulator.countsRejections())
        columns.add(ReasonList, QStringLiteral("rejection_list"));
    return columns;
}

} // namespace

bool KpiEngine::cubeAnswers(const HandoffFilter &filter, const QList<KpiGrouping> &groupings)
{
    return cubeFor(filter, groupings) != nullptr;
}

Result<KpiResult> KpiEngine::rejections(const HandoffFilter &filter, const QList<KpiGrouping> &groupings, Path path) const
{
    for (const KpiGrouping &grouping : groupings)
        if (!grouping.countsRejections())
            return fail(QStringLiteral("Rejection breakdowns group within the rejection reason."), Error::Kind::Invalid);
    return compute(filter, groupings, false, path);
}

Result<KpiResult> KpiEngine::compute(const HandoffFilter &filter, const QList<KpiGrouping> &groupings, bool totalDurations,
    Path path) const
{
    KpiResult result;
    result.groupings = groupings;
    result.groups.resize(groupings.size());
    Accumulator accumulator(result, totalDurations);
    const qint64 asOf = m_workspace.asOf();
    const QSqlDatabase db = m_workspace.db();
    const QString h = QStringLiteral("h");

    // The columns read from the handoff table, and from it for the untouched handoffs not due yet.
    Columns handoffColumns;
    Columns pendingColumns;
    const QStringList dimensions = KpiSql::dimensionColumns(h);
    for (int c = Week; c <= Account; ++c) {
        if (accumulator.uses(c)) {
            handoffColumns.add(c, dimensions.at(c));
            pendingColumns.add(c, dimensions.at(c));
        }
    }
    const QStringList counts = KpiSql::countColumns(h, asOf);
    for (int i = 0; i < counts.size(); ++i)
        handoffColumns.add(FirstCount + i, counts.at(i));
    if (accumulator.needsDurations()) {
        const QStringList durations = KpiSql::durationColumns(h);
        for (int i = 0; i < durations.size(); ++i)
            handoffColumns.add(FirstDuration + i, durations.at(i));
    }
    // Not decided and not breaching (yet): -1 each, against the cube's untouched count.
    pendingColumns.add(FirstCount + 11, QStringLiteral("-1"));
    pendingColumns.add(FirstCount + 12, QStringLiteral("-1"));

    const auto readHandoffs = [&](const HandoffFilter &part) -> Result<void> {
        QVariantList values;
        const QString condition = part.whereClause(&values, h);
        auto cursor = RowCursor::open(db, QStringLiteral("SELECT %1 FROM handoff h%2").arg(handoffColumns.list(), where(condition)), values);
        if (!cursor)
            return cursor.error();
        return accumulator.read(*cursor, handoffColumns, Durations::Values);
    };
    // Untouched handoffs whose SLA is not due yet as of asOf: the cube counts them as untouched, but they are
    // neither decided nor breaching yet, so they are taken off again.
    const auto subtractPending = [&](const HandoffFilter &part) -> Result<void> {
        QVariantList values;
        // "sla_due_at > asOf" follows from the rest for an untouched handoff; it is there so that the partial
        // index handoff_sla_untouched (migration 003) reads only these few handoffs.
        QString condition = QStringLiteral("h.first_touch_at IS NULL AND h.sla_due_at IS NOT NULL AND h.sla_due_at > %1 "
                                           "AND NOT ifnull(%2, 0)")
                                .arg(asOf)
                                .arg(SlaSql::decided(asOf, h));
        const QString narrower = part.whereClause(&values, h);
        if (!narrower.isEmpty())
            condition += QStringLiteral(" AND ") + narrower;
        auto cursor = RowCursor::open(db, QStringLiteral("SELECT %1 FROM handoff h WHERE %2").arg(pendingColumns.list(), condition), values);
        if (!cursor)
            return cursor.error();
        return accumulator.read(*cursor, pendingColumns, Durations::None);
    };

    const Cube *cube = path == Path::Auto ? cubeFor(filter, groupings) : nullptr;
    if (cube) {
        // A workspace opened read-only at an older schema has no cubes yet.
        auto exists = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
            { QString::fromLatin1(cube->table) });
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            cube = nullptr;
    }
    if (!cube) {
        BATON_TRY(readHandoffs(filter));
        return result;
    }

    const WeekPlan plan = planWeeks(filter, HandoffRepository(m_workspace).reportingZone());
    if (plan.cube) {
        QVariantList values;
        const QString table = QString::fromLatin1(cube->table);
        const QString condition = plan.cube->whereClause(&values, table);
        const Columns columns = cubeColumns(*cube, accumulator);
        auto cursor = RowCursor::open(db, QStringLiteral("SELECT %1 FROM %2%3").arg(columns.list(), table, where(condition)), values);
        if (!cursor)
            return cursor.error();
        BATON_TRY(accumulator.read(*cursor, columns, Durations::Lists));
        BATON_TRY(subtractPending(*plan.cube));
        result.fromCube = true;
    }
    for (const HandoffFilter &part : plan.handoffs)
        BATON_TRY(readHandoffs(part));
    return result;
}

namespace {

// The main cube when there is one (a workspace opened read-only at an older schema has none).
Result<QString> smallestTable(const QSqlDatabase &db)
{
    auto exists = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'kpi_cell'"));
    if (!exists)
        return exists.error();
    return exists->toInt() ? QStringLiteral("kpi_cell") : QStringLiteral("handoff");
}

} // namespace

Result<QList<int>> KpiEngine::weeks() const
{
    auto table = smallestTable(m_workspace.db());
    if (!table)
        return table.error();
    auto query = execSql(m_workspace.db(), QStringLiteral("SELECT DISTINCT week FROM %1 ORDER BY week").arg(*table));
    if (!query)
        return query.error();
    QList<int> result;
    while (query->next())
        result << query->value(0).toInt();
    return result;
}

Result<QStringList> KpiEngine::texts(KpiDimension dimension) const
{
    if (dimension != KpiDimension::Source && dimension != KpiDimension::Campaign)
        return fail(QStringLiteral("Only sources and campaigns are text."), Error::Kind::Invalid);
    auto table = smallestTable(m_workspace.db());
    if (!table)
        return table.error();
    const QString column = dimension == KpiDimension::Source ? QStringLiteral("source") : QStringLiteral("campaign");
    auto query = execSql(m_workspace.db(),
        QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY %1").arg(column, *table));
    if (!query)
        return query.error();
    QStringList result;
    while (query->next())
        result << query->value(0).toString();
    return result;
}

} // namespace baton
