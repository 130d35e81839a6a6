#pragma once

// What the KPIs are computed from: counts and sums over a set of handoffs (KpiCounts), the durations behind
// the medians (KpiTally), and the KPIs themselves (KpiFigures), with null where a rate has no denominator.
// The definitions are written out in kpidefinitions.h and README.md ("What the numbers mean").

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace baton {

struct KpiCounts
{
    qint64 handoffs = 0;
    qint64 accepted = 0; // accepted_at set
    qint64 rejected = 0; // rejected_at set
    qint64 rejectedWithoutReason = 0;
    qint64 opportunities = 0; // opportunity_at set
    qint64 won = 0;
    qint64 lost = 0;
    qint64 pipelineCents = 0; // opportunity amounts
    qint64 wonCents = 0; // won amounts
    qint64 unassigned = 0; // no owner, or routed to the fallback queue
    qint64 slaMet = 0; // SlaSql::met
    qint64 slaDecided = 0; // SlaSql::decided as of Workspace::asOf()
    qint64 slaBreaching = 0; // SlaSql::breaching: untouched past the SLA
    qint64 acceptedNotConverted = 0; // accepted, no opportunity

    void add(const KpiCounts &other);
    bool operator==(const KpiCounts &) const = default;
};

// Counts plus the durations (seconds) behind the medians and 90th percentiles.
struct KpiTally
{
    KpiCounts counts;
    std::vector<qint32> firstTouch; // business seconds handoff -> first touch
    std::vector<qint32> toOpportunity; // seconds handoff -> opportunity
    std::vector<qint32> toWon; // seconds handoff -> won

    void add(const KpiTally &other);
};

// One step of the pipeline where handoffs are lost.
struct LeakageStep
{
    enum Kind { Unassigned, UntouchedPastSla, RejectedWithReason, RejectedWithoutReason, AcceptedNotConverted };
    Kind kind = Unassigned;
    qint64 count = 0;
    std::optional<double> share; // of all handoffs

    static QString key(Kind kind); // "unassigned", "untouched_past_sla", ...
    static QString title(Kind kind);
};

struct KpiFigures
{
    KpiCounts counts;
    std::optional<double> acceptanceRate;
    std::optional<double> conversionRate;
    std::optional<double> winRate;
    std::optional<double> medianDaysToOpportunity;
    std::optional<double> p90DaysToOpportunity;
    std::optional<double> medianDaysToWon;
    std::optional<double> p90DaysToWon;
    std::optional<double> pipelinePerHandoff;
    std::optional<double> wonPerHandoff;
    std::optional<double> slaCompliance;
    std::optional<double> medianMinutesToFirstTouch;
    std::optional<double> p90MinutesToFirstTouch;

    double pipelineAmount() const { return double(counts.pipelineCents) / 100.0; }
    double wonAmount() const { return double(counts.wonCents) / 100.0; }
    // Every leak, largest first (ties in the order of the pipeline's steps).
    QList<LeakageStep> leakage() const;

    // Computes the KPIs; sorts nothing in `tally` (it copies what it must order).
    static KpiFigures from(const KpiTally &tally);
};

namespace Quantile {
struct MedianAndP90
{
    std::optional<double> median;
    std::optional<double> p90;
};
// Both at once, from one copy of the values.
MedianAndP90 medianAndP90(std::vector<qint32> values);
// The median: the middle value, or the mean of the two middle values of an even count. Null when empty.
std::optional<double> median(std::vector<qint32> values);
// The nearest-rank 90th percentile: the smallest value with at least 90 % of the values at or below it.
std::optional<double> p90(std::vector<qint32> values);
} // namespace Quantile

} // namespace baton
