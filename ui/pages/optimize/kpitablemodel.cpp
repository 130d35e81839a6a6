#include "kpitablemodel.h"

#include "optimize/kpidefinitions.h"
#include "reporttable.h"
#include "kpiformat.h"

#include <QFont>

namespace baton {

void KpiTableModel::setReport(const KpiReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

const KpiGroup &KpiTableModel::group(int row) const
{
    return row < m_report.groups.size() ? m_report.groups.at(row) : m_report.total;
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.groups.size()) + 1;
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const KpiGroup &g = group(index.row());
    const KpiFigures &f = g.figures;
    const KpiCounts &c = f.counts;
    const auto value = [&]() -> std::optional<double> {
        switch (index.column()) {
        case Handoffs:
            return double(c.handoffs);
        case Accepted:
            return double(c.accepted);
        case Rejected:
            return double(c.rejected);
        case AcceptanceRate:
            return f.acceptanceRate;
        case Opportunities:
            return double(c.opportunities);
        case ConversionRate:
            return f.conversionRate;
        case Won:
            return double(c.won);
        case WinRate:
            return f.winRate;
        case MedianDaysToOpportunity:
            return f.medianDaysToOpportunity;
        case P90DaysToOpportunity:
            return f.p90DaysToOpportunity;
        case MedianDaysToWon:
            return f.medianDaysToWon;
        case PipelinePerHandoff:
            return f.pipelinePerHandoff;
        case WonPerHandoff:
            return f.wonPerHandoff;
        case SlaCompliance:
            return f.slaCompliance;
        case MedianMinutesToFirstTouch:
            return f.medianMinutesToFirstTouch;
        case P90MinutesToFirstTouch:
            return f.p90MinutesToFirstTouch;
        case RejectedWithoutReason:
            return double(c.rejectedWithoutReason);
        case Unassigned:
            return double(c.unassigned);
        case UntouchedPastSla:
            return double(c.slaBreaching);
        default:
            return std::nullopt;
        }
    };
    const bool isRate = index.column() == AcceptanceRate || index.column() == ConversionRate || index.column() == WinRate
        || index.column() == SlaCompliance;
    const bool isDays = index.column() == MedianDaysToOpportunity || index.column() == P90DaysToOpportunity
        || index.column() == MedianDaysToWon;
    const bool isMoney = index.column() == PipelinePerHandoff || index.column() == WonPerHandoff;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Group)
            return g.label;
        if (isRate)
            return KpiFormat::percent(value());
        if (isDays)
            return KpiFormat::days(value());
        if (isMoney)
            return KpiFormat::money(value());
        if (index.column() == MedianMinutesToFirstTouch || index.column() == P90MinutesToFirstTouch)
            return KpiFormat::minutes(value());
        return KpiFormat::count(value());
    case ReportTable::SortRole:
        if (index.column() == Group)
            // Weeks and configured entities sort in their natural order, the total last.
            return isTotal(index.row()) ? QVariant(QStringLiteral("\U0010FFFF")) : QVariant(g.label);
        if (const auto v = value())
            return *v;
        return -1.0; // no value sorts before zero
    case Qt::TextAlignmentRole:
        return index.column() == Group ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return KpiDefinitions::tooltip(definitionKey(index.column()));
    default:
        return {};
    }
}

QString KpiTableModel::definitionKey(int column)
{
    switch (column) {
    case Handoffs:
        return QStringLiteral("handoffs");
    case AcceptanceRate:
    case Accepted:
    case Rejected:
        return QStringLiteral("acceptance_rate");
    case ConversionRate:
    case Opportunities:
        return QStringLiteral("conversion_rate");
    case WinRate:
    case Won:
        return QStringLiteral("win_rate");
    case MedianDaysToOpportunity:
    case P90DaysToOpportunity:
        return QStringLiteral("median_days_to_opportunity");
    case MedianDaysToWon:
        return QStringLiteral("median_days_to_won");
    case PipelinePerHandoff:
        return QStringLiteral("pipeline_per_handoff");
    case WonPerHandoff:
        return QStringLiteral("won_per_handoff");
    case SlaCompliance:
        return QStringLiteral("sla_compliance");
    case MedianMinutesToFirstTouch:
    case P90MinutesToFirstTouch:
        return QStringLiteral("median_minutes_to_first_touch");
    case RejectedWithoutReason:
        return QStringLiteral("rejected_without_reason");
    case Unassigned:
        return QStringLiteral("unassigned_or_fallback");
    case UntouchedPastSla:
        return QStringLiteral("untouched_past_sla");
    default:
        return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return KpiDefinitions::tooltip(definitionKey(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return KpiDimensions::title(m_report.by);
    case Handoffs:
        return tr("Handoffs");
    case Accepted:
        return tr("Accepted");
    case Rejected:
        return tr("Rejected");
    case AcceptanceRate:
        return tr("Acceptance");
    case Opportunities:
        return tr("Opportunities");
    case ConversionRate:
        return tr("Conversion");
    case Won:
        return tr("Won");
    case WinRate:
        return tr("Win rate");
    case MedianDaysToOpportunity:
        return tr("Days to opp. (median)");
    case P90DaysToOpportunity:
        return tr("Days to opp. (p90)");
    case MedianDaysToWon:
        return tr("Days to won (median)");
    case PipelinePerHandoff:
        return tr("Pipeline / handoff");
    case WonPerHandoff:
        return tr("Won / handoff");
    case SlaCompliance:
        return tr("SLA compliance");
    case MedianMinutesToFirstTouch:
        return tr("First touch, min (median)");
    case P90MinutesToFirstTouch:
        return tr("First touch, min (p90)");
    case RejectedWithoutReason:
        return tr("Rejected w/o reason");
    case Unassigned:
        return tr("Unassigned/fallback");
    case UntouchedPastSla:
        return tr("Untouched past SLA");
    }
    return {};
}

} // namespace baton
