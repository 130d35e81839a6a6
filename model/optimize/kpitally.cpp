#include "kpitally.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace baton {

void KpiCounts::add(const KpiCounts &o)
{
    handoffs += o.handoffs;
    accepted += o.accepted;
    rejected += o.rejected;
    rejectedWithoutReason += o.rejectedWithoutReason;
    opportunities += o.opportunities;
    won += o.won;
    lost += o.lost;
    pipelineCents += o.pipelineCents;
    wonCents += o.wonCents;
    unassigned += o.unassigned;
    slaMet += o.slaMet;
    slaDecided += o.slaDecided;
    slaBreaching += o.slaBreaching;
    acceptedNotConverted += o.acceptedNotConverted;
}

void KpiTally::add(const KpiTally &other)
{
    counts.add(other.counts);
    firstTouch.insert(firstTouch.end(), other.firstTouch.begin(), other.firstTouch.end());
    toOpportunity.insert(toOpportunity.end(), other.toOpportunity.begin(), other.toOpportunity.end());
    toWon.insert(toWon.end(), other.toWon.begin(), other.toWon.end());
}

QString LeakageStep::key(Kind kind)
{
    switch (kind) {
    case Unassigned:
        return QStringLiteral("unassigned_or_fallback");
    case UntouchedPastSla:
        return QStringLiteral("untouched_past_sla");
    case RejectedWithReason:
        return QStringLiteral("rejected_with_reason");
    case RejectedWithoutReason:
        return QStringLiteral("rejected_without_reason");
    case AcceptedNotConverted:
        return QStringLiteral("accepted_not_converted");
    }
    return {};
}

QString LeakageStep::title(Kind kind)
{
    switch (kind) {
    case Unassigned:
        return QCoreApplication::translate("baton::Leakage", "Unassigned or fallback");
    case UntouchedPastSla:
        return QCoreApplication::translate("baton::Leakage", "Untouched past SLA");
    case RejectedWithReason:
        return QCoreApplication::translate("baton::Leakage", "Rejected with reason");
    case RejectedWithoutReason:
        return QCoreApplication::translate("baton::Leakage", "Rejected, no reason");
    case AcceptedNotConverted:
        return QCoreApplication::translate("baton::Leakage", "Accepted, no opportunity");
    }
    return {};
}

namespace {

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

std::optional<double> scaled(std::optional<double> seconds, double unit)
{
    if (!seconds)
        return std::nullopt;
    return *seconds / unit;
}

} // namespace

std::optional<double> Quantile::median(std::vector<qint32> values)
{
    if (values.empty())
        return std::nullopt;
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qsizetype(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    // The lower middle value is the largest of the lower half.
    const double lower = *std::max_element(values.begin(), values.begin() + qsizetype(middle));
    return (lower + upper) / 2.0;
}

std::optional<double> Quantile::p90(std::vector<qint32> values)
{
    if (values.empty())
        return std::nullopt;
    // Rank ceil(0.9 n), counted from 1; computed in integers so that 0.9 * 10 is exactly 9.
    const size_t rank = (values.size() * 9 + 9) / 10;
    std::nth_element(values.begin(), values.begin() + qsizetype(rank - 1), values.end());
    return double(values[rank - 1]);
}

Quantile::MedianAndP90 Quantile::medianAndP90(std::vector<qint32> values)
{
    if (values.empty())
        return {};
    MedianAndP90 result;
    const size_t middle = values.size() / 2;
    const auto mid = values.begin() + qsizetype(middle);
    std::nth_element(values.begin(), mid, values.end());
    const double upper = *mid;
    result.median = values.size() % 2 == 1 ? upper : (double(*std::max_element(values.begin(), mid)) + upper) / 2.0;
    // The 90th percentile's rank is at or above the middle, so only the upper part needs ordering.
    const size_t rank = (values.size() * 9 + 9) / 10;
    std::nth_element(mid, values.begin() + qsizetype(rank - 1), values.end());
    result.p90 = double(values[rank - 1]);
    return result;
}

KpiFigures KpiFigures::from(const KpiTally &tally)
{
    constexpr double Day = 86400.0;
    KpiFigures f;
    const KpiCounts &c = tally.counts;
    f.counts = c;
    f.acceptanceRate = ratio(c.accepted, c.accepted + c.rejected);
    f.conversionRate = ratio(c.opportunities, c.handoffs);
    f.winRate = ratio(c.won, c.won + c.lost);
    const auto toOpportunity = Quantile::medianAndP90(tally.toOpportunity);
    f.medianDaysToOpportunity = scaled(toOpportunity.median, Day);
    f.p90DaysToOpportunity = scaled(toOpportunity.p90, Day);
    const auto toWon = Quantile::medianAndP90(tally.toWon);
    f.medianDaysToWon = scaled(toWon.median, Day);
    f.p90DaysToWon = scaled(toWon.p90, Day);
    if (c.handoffs > 0) {
        f.pipelinePerHandoff = double(c.pipelineCents) / 100.0 / double(c.handoffs);
        f.wonPerHandoff = double(c.wonCents) / 100.0 / double(c.handoffs);
    }
    f.slaCompliance = ratio(c.slaMet, c.slaDecided);
    const auto firstTouch = Quantile::medianAndP90(tally.firstTouch);
    f.medianMinutesToFirstTouch = scaled(firstTouch.median, 60.0);
    f.p90MinutesToFirstTouch = scaled(firstTouch.p90, 60.0);
    return f;
}

QList<LeakageStep> KpiFigures::leakage() const
{
    const KpiCounts &c = counts;
    QList<LeakageStep> steps {
        { LeakageStep::Unassigned, c.unassigned, {} },
        { LeakageStep::UntouchedPastSla, c.slaBreaching, {} },
        { LeakageStep::RejectedWithReason, c.rejected - c.rejectedWithoutReason, {} },
        { LeakageStep::RejectedWithoutReason, c.rejectedWithoutReason, {} },
        { LeakageStep::AcceptedNotConverted, c.acceptedNotConverted, {} },
    };
    for (LeakageStep &step : steps)
        step.share = ratio(step.count, c.handoffs);
    std::stable_sort(steps.begin(), steps.end(), [](const LeakageStep &a, const LeakageStep &b) { return a.count > b.count; });
    return steps;
}

} // namespace baton
