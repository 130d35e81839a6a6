#pragma once

// Everything the PDF scorecard of one week shows, computed by the engines (the ui renders it, computing
// nothing): the week's KPIs against the week before and their trend (KpiEngine, one pass over the cubes), SLA
// compliance by team and signal type (SlaReport), rejection reasons this week and the week before, leakage
// (KpiFigures::leakage), the maturity matrix (MaturityEvidence), the active contract (ContractService) and
// the meeting's decisions and action items (MeetingRecord) with the agenda built from the data (MeetingAgenda).
// The week's validation runs once and serves both the maturity evidence and the agenda.

#include "core/isoweek.h"
#include "core/result.h"
#include "define/contractservice.h"
#include "enforce/slareport.h"
#include "maturityevidence.h"
#include "meetingagenda.h"
#include "meetingrecord.h"
#include "optimize/kpireport.h"

#include <QDateTime>

#include <optional>

namespace baton {

class Workspace;

struct ScorecardReason
{
    qint64 reasonId = 0; // 0: rejected without a reason
    QString name;
    QString play; // the recycle play the reason triggers, empty when none
    qint64 thisWeek = 0;
    qint64 weekBefore = 0;
};

struct ScorecardTerm
{
    QString signalType;
    QString intentTier;
    ContractTerm term;
};

struct ScorecardData
{
    static constexpr int DefaultTrendWeeks = 12;

    QString workspaceName;
    IsoWeek week;
    qint64 asOf = 0;
    QDateTime generatedAt;

    KpiFigures thisWeek;
    KpiFigures weekBefore;
    KpiReport trend; // by week, the trend weeks ending with the week (every week, also empty ones)
    SlaWeekReport sla; // the week's SLA compliance
    std::optional<double> slaComplianceWeekBefore;
    QList<ScorecardReason> reasons; // reasons with a rejection in either week, most this week first
    MaturityAssessment maturity;
    std::optional<ContractDocument> contract; // the version in force at the week's end
    QList<ScorecardTerm> terms; // its terms, in signal type order
    MeetingRecord meeting;
    MeetingAgenda agenda; // the agenda built from the week's data

    static Result<ScorecardData> build(Workspace &workspace, const IsoWeek &week, int trendWeeks = DefaultTrendWeeks);
};

} // namespace baton
