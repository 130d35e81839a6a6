#include "kpireport.h"

#include "core/isoweek.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace baton {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("baton::KpiLabels", text);
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

const QHash<qint64, QString> *entityNames(KpiDimension dimension, const NameLookup &names)
{
    switch (dimension) {
    case KpiDimension::Segment:
        return &names.segments;
    case KpiDimension::Territory:
        return &names.territories;
    case KpiDimension::SignalType:
        return &names.signalTypes;
    case KpiDimension::Team:
        return &names.teams;
    case KpiDimension::Owner:
        return &names.owners;
    case KpiDimension::RejectionReason:
        return &names.reasons;
    case KpiDimension::Account:
        return &names.accounts;
    default:
        return nullptr;
    }
}

} // namespace

QString KpiLabels::noneLabel(KpiDimension dimension)
{
    switch (dimension) {
    case KpiDimension::Owner:
        return tr("(unassigned)");
    case KpiDimension::RejectionReason:
        return tr("(no reason)");
    case KpiDimension::Account:
        return tr("(no account)");
    default:
        return tr("(none)");
    }
}

KpiGroup KpiLabels::group(KpiDimension dimension, qint64 value, const KpiResult &result, const NameLookup &names)
{
    KpiGroup group;
    group.dimension = dimension;
    if (dimension == KpiDimension::Source || dimension == KpiDimension::Campaign) {
        group.text = result.text(value);
        group.label = group.text.isEmpty() ? noneLabel(dimension) : group.text;
    } else if (dimension == KpiDimension::Week) {
        group.id = value;
        group.label = IsoWeek::fromCode(int(value)).label();
    } else {
        group.id = value;
        const QHash<qint64, QString> *lookup = entityNames(dimension, names);
        group.label = value == 0 ? noneLabel(dimension)
                                 : lookup && lookup->contains(value) ? lookup->value(value)
                                                                      : tr("(%1 deleted)").arg(KpiDimensions::title(dimension));
    }
    return group;
}

QString KpiLabels::label(KpiDimension dimension, qint64 value, const KpiResult &result, const NameLookup &names)
{
    return group(dimension, value, result, names).label;
}

bool KpiGroup::canDrillDown() const
{
    if (dimension == KpiDimension::Source || dimension == KpiDimension::Campaign)
        return !text.isEmpty();
    return id != 0;
}

HandoffFilter KpiGroup::drillDown(const HandoffFilter &base) const
{
    HandoffFilter filter = base;
    switch (dimension) {
    case KpiDimension::Week:
        filter.fromWeek = int(id);
        filter.toWeek = int(id);
        break;
    case KpiDimension::Segment:
        filter.segments = { id };
        break;
    case KpiDimension::Source:
        filter.sources = { text };
        break;
    case KpiDimension::Campaign:
        filter.campaigns = { text };
        break;
    case KpiDimension::SignalType:
        filter.signalTypes = { id };
        break;
    case KpiDimension::Owner:
        filter.owners = { id };
        break;
    case KpiDimension::Team:
        filter.teams = { id };
        break;
    case KpiDimension::Territory:
        filter.territories = { id };
        break;
    case KpiDimension::Account:
        filter.accounts = { id };
        break;
    case KpiDimension::RejectionReason:
        filter.rejectionReasons = { id };
        break;
    }
    const QString part = QStringLiteral("%1 %2").arg(KpiDimensions::title(dimension), label);
    filter.description = base.description.isEmpty() ? part : base.description + QStringLiteral(", ") + part;
    return filter;
}

QJsonObject KpiReport::figuresJson(const KpiFigures &f)
{
    const KpiCounts &c = f.counts;
    QJsonArray leakage;
    for (const LeakageStep &step : f.leakage())
        leakage.append(QJsonObject { { "step", LeakageStep::key(step.kind) }, { "count", step.count }, { "share", number(step.share) } });
    return QJsonObject {
        { "handoffs", c.handoffs },
        { "accepted", c.accepted },
        { "rejected", c.rejected },
        { "rejected_without_reason", c.rejectedWithoutReason },
        { "acceptance_rate", number(f.acceptanceRate) },
        { "opportunities", c.opportunities },
        { "conversion_rate", number(f.conversionRate) },
        { "won", c.won },
        { "lost", c.lost },
        { "win_rate", number(f.winRate) },
        { "median_days_to_opportunity", number(f.medianDaysToOpportunity) },
        { "p90_days_to_opportunity", number(f.p90DaysToOpportunity) },
        { "median_days_to_won", number(f.medianDaysToWon) },
        { "p90_days_to_won", number(f.p90DaysToWon) },
        { "pipeline_amount", f.pipelineAmount() },
        { "won_amount", f.wonAmount() },
        { "pipeline_per_handoff", number(f.pipelinePerHandoff) },
        { "won_per_handoff", number(f.wonPerHandoff) },
        { "sla_met", c.slaMet },
        { "sla_decided", c.slaDecided },
        { "sla_compliance", number(f.slaCompliance) },
        { "median_minutes_to_first_touch", number(f.medianMinutesToFirstTouch) },
        { "p90_minutes_to_first_touch", number(f.p90MinutesToFirstTouch) },
        { "unassigned_or_fallback", c.unassigned },
        { "untouched_past_sla", c.slaBreaching },
        { "accepted_not_converted", c.acceptedNotConverted },
        { "leakage", leakage },
    };
}

QJsonObject KpiReport::toJson() const
{
    QJsonArray groupArray;
    for (const KpiGroup &group : groups) {
        QJsonObject object = figuresJson(group.figures);
        object.insert(QStringLiteral("group"), group.label);
        groupArray.append(object);
    }
    QJsonObject totalObject = figuresJson(total.figures);
    totalObject.insert(QStringLiteral("group"), total.label);
    return QJsonObject { { "by", KpiDimensions::key(by) }, { "groups", groupArray }, { "total", totalObject } };
}

KpiReport KpiReport::fromResult(const KpiResult &result, int index, const NameLookup &names, const HandoffFilter &filter,
    const KpiFigures *total)
{
    KpiReport report;
    const KpiGrouping &grouping = result.groupings.at(index);
    report.by = grouping.dimension;
    report.filter = filter;
    report.total.label = QCoreApplication::translate("baton::KpiLabels", "All handoffs");
    report.total.figures = total ? *total : KpiFigures::from(result.total);

    QHash<qint64, const KpiTally *> byValue;
    const QHash<KpiGroupKey, KpiTally> &groups = result.groups.at(index);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        byValue.insert(it.key().first, &it.value());

    // Empty groups too: every configured entity, every week of the range.
    QList<qint64> values = byValue.keys();
    if (const QHash<qint64, QString> *lookup = entityNames(report.by, names); lookup && report.by != KpiDimension::Account)
        for (auto it = lookup->cbegin(); it != lookup->cend(); ++it)
            if (!byValue.contains(it.key()))
                values << it.key();
    if (report.by == KpiDimension::Week && (filter.fromWeek || !values.isEmpty())) {
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        IsoWeek week = IsoWeek::fromCode(int(filter.fromWeek ? *filter.fromWeek : *low));
        const int last = filter.toWeek ? *filter.toWeek : int(values.isEmpty() ? week.code() : *high);
        for (; week.isValid() && week.code() <= last; week = week.next())
            if (!byValue.contains(week.code()))
                values << week.code();
    }

    const KpiTally empty;
    for (qint64 value : std::as_const(values)) {
        KpiGroup group = KpiLabels::group(report.by, value, result, names);
        group.figures = KpiFigures::from(byValue.contains(value) ? *byValue.value(value) : empty);
        report.groups << group;
    }
    const bool byText = report.by == KpiDimension::Source || report.by == KpiDimension::Campaign
        || report.by == KpiDimension::Account;
    std::sort(report.groups.begin(), report.groups.end(), [byText](const KpiGroup &a, const KpiGroup &b) {
        // "(none)" last; then by name for text and accounts, by id (the configured order) for the rest.
        const bool aNone = !a.canDrillDown();
        const bool bNone = !b.canDrillDown();
        if (aNone != bNone)
            return bNone;
        if (byText)
            return a.label.localeAwareCompare(b.label) < 0;
        return a.id < b.id;
    });
    return report;
}

Result<KpiReport> KpiReport::compute(Workspace &workspace, KpiDimension by, const HandoffFilter &filter, KpiEngine::Path path)
{
    auto names = NameLookup::load(workspace);
    if (!names)
        return names.error();
    auto result = KpiEngine(workspace).compute(filter, { KpiGrouping { by, std::nullopt, true } }, true, path);
    if (!result)
        return result.error();
    return fromResult(*result, 0, *names, filter);
}

} // namespace baton
