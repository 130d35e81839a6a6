#pragma once

// KPIs by one dimension, with names (never raw ids) and the filter that drills down to each group's
// handoffs. This is what `baton kpi --json` prints and what the Optimize tables show.

#include "data/handofffilter.h"
#include "data/names.h"
#include "kpiengine.h"

#include <QJsonObject>

namespace baton {

struct KpiGroup
{
    QString label;
    KpiDimension dimension = KpiDimension::Week;
    qint64 id = 0; // entity id or week code; 0 = none
    QString text; // the source or campaign value
    KpiFigures figures;

    // Whether a filter can select exactly this group's handoffs (not for "(none)" groups).
    bool canDrillDown() const;
    // `base` narrowed to this group, with a description in words.
    HandoffFilter drillDown(const HandoffFilter &base) const;
};

struct KpiReport
{
    KpiDimension by = KpiDimension::Week;
    HandoffFilter filter;
    QList<KpiGroup> groups;
    KpiGroup total;

    QJsonObject toJson() const;
    static QJsonObject figuresJson(const KpiFigures &figures);

    // Computes the report; groups include every configured segment, territory, signal type, team, owner and
    // reason and every week of the range, also those without handoffs.
    static Result<KpiReport> compute(Workspace &workspace, KpiDimension by, const HandoffFilter &filter,
        KpiEngine::Path path = KpiEngine::Path::Auto);
    // Builds the report of grouping `index` of an engine result; `total` saves computing the total's
    // medians again when several reports come from one result.
    static KpiReport fromResult(const KpiResult &result, int index, const NameLookup &names, const HandoffFilter &filter,
        const KpiFigures *total = nullptr);
};

// Group labels and drill-down filters for a dimension value, shared with the charts.
namespace KpiLabels {
QString label(KpiDimension dimension, qint64 value, const KpiResult &result, const NameLookup &names);
KpiGroup group(KpiDimension dimension, qint64 value, const KpiResult &result, const NameLookup &names);
QString noneLabel(KpiDimension dimension);
} // namespace KpiLabels

} // namespace baton
