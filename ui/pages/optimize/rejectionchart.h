#pragma once

// Rejections by reason within the groups of a dimension (segment, source, campaign/offer), as stacked
// horizontal bars: which offers send the wrong leads, and why Sales turns them down. Clicking a segment
// of a bar drills down to that group and reason.

#include "data/names.h"
#include "optimize/kpiengine.h"
#include "optimize/kpireport.h"

#include <QChartView>

namespace baton {

class RejectionChart final : public QChartView
{
    Q_OBJECT
public:
    explicit RejectionChart(QWidget *parent = nullptr);
    // Where the legend of the reasons goes (right by default; bottom leaves the group names more room).
    void setLegendAlignment(Qt::Alignment alignment);
    // `result` comes from KpiEngine::rejections; grouping `grouping` is a dimension within the rejection reason.
    void setResult(const KpiResult &result, int grouping, const NameLookup &names, int maxGroups = 12);

    // What the bars show, for tables and tests: groups (most rejections first) and reasons, and the counts.
    const QList<KpiGroup> &groups() const { return m_groups; }
    const QList<KpiGroup> &reasons() const { return m_reasons; }
    qint64 count(int group, int reason) const;

signals:
    void drillDown(const KpiGroup &group, const KpiGroup &reason);

private:
    QList<KpiGroup> m_groups;
    QList<KpiGroup> m_reasons;
    QHash<QPair<int, int>, qint64> m_counts;
};

} // namespace baton
