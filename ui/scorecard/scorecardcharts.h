#pragma once

// The scorecard's charts, built from ScorecardData for drawing into the PDF (PdfCanvas::drawChart). Fonts are
// set in pixels of a 96-dpi scene so that they print at the intended point size.

#include "govern/scorecarddata.h"

#include <memory>

class QChart;

namespace baton::ScorecardCharts {

// Handoffs per week as bars, acceptance and conversion rates as lines, over the trend weeks.
std::unique_ptr<QChart> volumeTrend(const KpiReport &trend);
// SLA compliance per week, with the maturity matrix's stage-3 threshold as a dashed line.
std::unique_ptr<QChart> slaTrend(const KpiReport &trend);
// SLA compliance of the week by team.
std::unique_ptr<QChart> slaByTeam(const SlaWeekReport &report);
// Rejections by reason, this week against the week before.
std::unique_ptr<QChart> reasons(const QList<ScorecardReason> &reasons, const QString &thisWeek, const QString &weekBefore);
// The leaks, this week against the week before.
std::unique_ptr<QChart> leakage(const KpiFigures &thisWeek, const KpiFigures &weekBefore, const QString &thisLabel,
    const QString &beforeLabel);

} // namespace baton::ScorecardCharts
