#pragma once

// A deterministic generator of realistic demo workspaces: a full configuration (signed contract,
// stages, territories, segments, teams and owners, routing, SLA policies, rejection reasons) and
// handoffs with believable timestamps in business hours across time zones. The same options always
// produce the same data.
//
// Planted stories that Baton's screens must reveal:
//  - one team (EMEA SDR) misses its SLA most of the time;
//  - one source and campaign (paid_social / ebook-ai-trends-2026) sends many bad-fit leads;
//  - one routing gap: APAC Enterprise leads not owned by an account reach only the fallback queue;
//  - one week where acceptance drops sharply (a bought event list);
//  - an account executive who left still owns accounts; a shadowed routing rule; a few duplicates,
//    non-standard UTM values, missing context and out-of-order timestamps for the validator.

#include "core/isoweek.h"
#include "core/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace baton {

class Workspace;

struct DemoOptions
{
    quint64 seed = 2026;
    int weeks = 26;
    qint64 handoffs = 20000;
    IsoWeek endWeek { 2026, 47 }; // fixed, so that a seed means the same data on any day
    // Called now and then with (handoffs written, total); return false to cancel (nothing is kept).
    std::function<bool(qint64, qint64)> progress;
};

struct DemoStory
{
    QString slowTeam;
    QString badFitSource;
    QString badFitCampaign;
    QString gapTerritory;
    QString gapSegment;
    IsoWeek acceptanceDropWeek;
    QString departedOwner;
    QString shadowedRule;
};

struct DemoSummary
{
    qint64 handoffs = 0;
    qint64 accounts = 0;
    qint64 owners = 0;
    qint64 stageChanges = 0;
    double pipelineAmount = 0; // sum of opportunity amounts
    double wonAmount = 0;
    DemoStory story;
};

// Fills an empty workspace (fresh schema, no configuration) with the demo.
Result<DemoSummary> generateDemo(Workspace &workspace, const DemoOptions &options);
// Creates `path` and fills it; on failure or cancel no file is left behind.
Result<DemoSummary> createDemoWorkspace(const QString &path, const DemoOptions &options);

} // namespace baton
