#pragma once

// The dimensions KPIs are sliced by: segment, source, campaign/offer, signal type, owner, team,
// territory, account, ISO week, and (for rejection breakdowns) the rejection reason.

#include "core/result.h"

#include <QList>
#include <QString>

namespace baton {

enum class KpiDimension { Week, Segment, Source, Campaign, SignalType, Owner, Team, Territory, Account, RejectionReason };

namespace KpiDimensions {

// The dimensions `baton kpi --by` takes, in the order its help lists them.
QList<KpiDimension> all();
// The command-line and JSON name: "week", "segment", "source", "campaign", "signal_type", "owner", "team",
// "territory", "account", "rejection_reason".
QString key(KpiDimension dimension);
// The name shown to users ("Signal type").
QString title(KpiDimension dimension);
// The name inside a sentence or a chart title ("Acceptance by signal type"): lower case where the language
// writes it so, translated on its own rather than lower-cased from title() (German nouns keep their capital).
QString phrase(KpiDimension dimension);
// Parses a key (also "signal" for signal_type and "offer" for campaign).
Result<KpiDimension> parse(const QString &key);

} // namespace KpiDimensions

} // namespace baton
