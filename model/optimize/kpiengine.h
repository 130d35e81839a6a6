#pragma once

// The KPI engine: one pass over the handoffs a filter selects, adding up the KPIs for the whole selection
// and for any number of groupings at once (by week, by source, rejection reasons within each campaign, ...).
//
// Where it reads from: the smallest KPI cube (migration 003: sums per ISO week and combination of
// dimensions, kept in sync by triggers) that holds every dimension the filter and the groupings use.
// A date range that cuts a week reads that week's handoffs from the handoff table and the rest from the
// cube; what no cube holds (an account, a search, an outcome, a rejection reason outside rejection
// breakdowns) is read from the handoff table in one pass.
// Either way every number comes from one pass; no query runs per handoff or per group.
// The SLA facts follow model/enforce/slasql.h as of Workspace::asOf().

#include "data/handofffilter.h"
#include "kpidimension.h"
#include "kpitally.h"

#include "core/result.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace baton {

class Workspace;

struct KpiGrouping
{
    KpiDimension dimension = KpiDimension::Week;
    // A second dimension within the first, e.g. rejection reasons within each source.
    std::optional<KpiDimension> within;
    // Whether the groups need durations (medians and 90th percentiles); they cost memory and time.
    bool durations = false;

    // A grouping within the rejection reason (rejections by reason within each source, say) counts the
    // rejected handoffs only: its tallies hold `rejected` and `rejectedWithoutReason`, nothing else.
    bool countsRejections() const { return within == KpiDimension::RejectionReason; }
};

// The value of a group: an entity id, a week code (yyyyww), or for source and campaign an index into
// KpiResult::texts. `second` is the value of the `within` dimension (0 when there is none).
struct KpiGroupKey
{
    qint64 first = 0;
    qint64 second = 0;
    bool operator==(const KpiGroupKey &) const = default;
};
inline size_t qHash(const KpiGroupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.first, key.second);
}

struct KpiResult
{
    KpiTally total;
    QList<KpiGrouping> groupings;
    QList<QHash<KpiGroupKey, KpiTally>> groups; // one per grouping
    QStringList texts; // source and campaign values, by the index used in group keys
    bool fromCube = false; // whether any part came from the cube
    qint64 rowsRead = 0;

    QString text(qint64 index) const { return index >= 0 && index < texts.size() ? texts.at(index) : QString(); }
};

class KpiEngine final
{
public:
    enum class Path {
        Auto, // the cube where it can answer, the handoff table where it cannot
        Handoffs // the handoff table only (for checking the cube, and for comparisons)
    };

    explicit KpiEngine(Workspace &workspace) : m_workspace(workspace) { }

    // Adds up the handoffs `filter` selects, in total (with durations when `totalDurations`) and per grouping.
    Result<KpiResult> compute(const HandoffFilter &filter, const QList<KpiGrouping> &groupings,
        bool totalDurations = true, Path path = Path::Auto) const;

    // Rejection breakdowns only (every grouping within the rejection reason); the total has no durations.
    Result<KpiResult> rejections(const HandoffFilter &filter, const QList<KpiGrouping> &groupings,
        Path path = Path::Auto) const;

    // The ISO weeks (yyyyww) that have handoffs, in order.
    Result<QList<int>> weeks() const;
    // The sources or campaigns that occur, in order (for filters).
    Result<QStringList> texts(KpiDimension dimension) const;

    // Whether a cube can answer this filter and these groupings without reading handoffs (apart from
    // weeks cut by a date range).
    static bool cubeAnswers(const HandoffFilter &filter, const QList<KpiGrouping> &groupings);

private:
    Workspace &m_workspace;
};

} // namespace baton
