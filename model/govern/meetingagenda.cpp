#include "meetingagenda.h"

#include "governhistory.h"
#include "governweek.h"
#include "meetingrecord.h"

#include "core/workspace.h"
#include "data/names.h"
#include "enforce/sla.h"
#include "enforce/slabreaches.h"
#include "enforce/slareport.h"
#include "optimize/kpiengine.h"
#include "route/coverageanalysis.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace baton {

namespace {

using Section = AgendaItem::Section;

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

QString change(qint64 now, qint64 before)
{
    if (now == before)
        return MeetingAgenda::tr("no change");
    return (now > before ? QStringLiteral("+") : QStringLiteral("−")) + QLocale().toString(std::abs(now - before));
}

QString actionName(const QString &action)
{
    if (action == EscalationAction::NotifyOwner)
        return MeetingAgenda::tr("notify the owner");
    if (action == EscalationAction::NotifyManager)
        return MeetingAgenda::tr("notify the manager");
    if (action == EscalationAction::NotifyRevOps)
        return MeetingAgenda::tr("notify RevOps");
    if (action == EscalationAction::Reassign)
        return MeetingAgenda::tr("reassign");
    return action;
}

HandoffFilter weekFilter(const IsoWeek &week, const QString &description)
{
    HandoffFilter filter;
    filter.fromWeek = week.code();
    filter.toWeek = week.code();
    filter.description = description;
    return filter;
}

AgendaItem item(Section section, const QString &title, const QString &detail = {}, const QString &owner = {},
    bool attention = false, std::optional<HandoffFilter> handoffs = std::nullopt)
{
    return { section, title, detail, owner, attention, std::move(handoffs) };
}

Result<void> slaItems(Workspace &workspace, const IsoWeek &week, qint64 asOf, QList<AgendaItem> &items)
{
    auto now = SlaReport::forWeek(workspace, week, asOf);
    if (!now)
        return now.error();
    auto before = SlaReport::forWeek(workspace, week.previous(), asOf);
    if (!before)
        return before.error();
    const SlaGroupStats &total = now->total;
    HandoffFilter missed = weekFilter(week, MeetingAgenda::tr("Missed SLAs, week %1").arg(week.label()));
    missed.slaMissedAsOf = asOf;
    const bool worse = total.compliance() && before->total.compliance() && *total.compliance() < *before->total.compliance();
    items << item(Section::SlaBreaches,
        MeetingAgenda::tr("SLA compliance %1 (week before: %2)").arg(percent(total.compliance()), percent(before->total.compliance())),
        MeetingAgenda::tr("%1 missed of %2 decided; %3 handoffs under an SLA in the week.")
            .arg(count(total.missed()), count(total.decided), count(total.withSla)),
        {}, worse, missed);

    QList<SlaGroupStats> owners = now->byOwner;
    std::stable_sort(owners.begin(), owners.end(),
        [](const SlaGroupStats &a, const SlaGroupStats &b) { return a.missed() > b.missed(); });
    int shown = 0;
    for (const SlaGroupStats &owner : std::as_const(owners)) {
        if (owner.missed() <= 0 || shown >= MeetingAgenda::TopOwners)
            break;
        ++shown;
        HandoffFilter filter = weekFilter(week, MeetingAgenda::tr("Missed SLAs of %1, week %2").arg(owner.name, week.label()));
        filter.slaMissedAsOf = asOf;
        filter.owners = { owner.id };
        items << item(Section::SlaBreaches,
            MeetingAgenda::tr("%1: %2 missed of %3 decided").arg(owner.name, count(owner.missed()), count(owner.decided)),
            MeetingAgenda::tr("Compliance %1; median time to first touch %2 business minutes.")
                .arg(percent(owner.compliance()),
                    owner.medianFirstTouchMinutes ? QLocale().toString(*owner.medianFirstTouchMinutes, 'f', 0)
                                                  : QStringLiteral("–")),
            owner.id > 0 ? owner.name : QString(), false, filter);
    }

    HandoffFilter open = weekFilter(week, MeetingAgenda::tr("Open SLA breaches, week %1").arg(week.label()));
    auto breaches = SlaBreaches::open(workspace, asOf, open);
    if (!breaches)
        return breaches.error();
    if (!breaches->isEmpty()) {
        const OpenSlaClock &worst = breaches->first(); // most elapsed first
        open.slaBreachingAsOf = asOf;
        items << item(Section::SlaBreaches,
            breaches->size() == 1 ? MeetingAgenda::tr("1 handoff of the week still untouched past due")
                                  : MeetingAgenda::tr("%1 handoffs of the week still untouched past due").arg(count(breaches->size())),
            worst.step > 0 ? MeetingAgenda::tr("Longest: %1 (%2), %3 % of its target, escalation step %4 of %5: %6.")
                                 .arg(worst.lead, worst.owner.isEmpty() ? MeetingAgenda::tr("no owner") : worst.owner)
                                 .arg(qRound(worst.elapsedPercent))
                                 .arg(worst.step)
                                 .arg(worst.steps)
                                 .arg(actionName(worst.action))
                           : MeetingAgenda::tr("Longest: %1 (%2), %3 % of its target.")
                                 .arg(worst.lead, worst.owner.isEmpty() ? MeetingAgenda::tr("no owner") : worst.owner)
                                 .arg(qRound(worst.elapsedPercent)),
            {}, true, open);
    }
    return {};
}

Result<void> rejectionItems(Workspace &workspace, const IsoWeek &week, const NameLookup &names, QList<AgendaItem> &items)
{
    HandoffFilter filter;
    filter.fromWeek = week.previous().code();
    filter.toWeek = week.code();
    auto result = KpiEngine(workspace).rejections(filter, { KpiGrouping { KpiDimension::Week, KpiDimension::RejectionReason } });
    if (!result)
        return result.error();
    QMap<qint64, std::pair<qint64, qint64>> byReason; // reason -> (this week, week before)
    for (auto it = result->groups.first().cbegin(); it != result->groups.first().cend(); ++it) {
        auto &counts = byReason[it.key().second];
        if (it.key().first == week.code())
            counts.first += it.value().counts.rejected;
        else
            counts.second += it.value().counts.rejected;
    }
    QList<std::pair<qint64, std::pair<qint64, qint64>>> ranked;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        if (it.value().first > 0)
            ranked << std::pair { it.key(), it.value() };
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.second.first > b.second.first; });
    if (ranked.isEmpty()) {
        items << item(Section::Rejections, MeetingAgenda::tr("No rejections in the week."));
        return {};
    }
    for (int i = 0; i < std::min<int>(MeetingAgenda::TopReasons, int(ranked.size())); ++i) {
        const auto &[reason, counts] = ranked.at(i);
        const QString name = reason == 0 ? MeetingAgenda::tr("(no reason)") : names.reasons.value(reason);
        HandoffFilter handoffs = weekFilter(week, MeetingAgenda::tr("Rejected: %1, week %2").arg(name, week.label()));
        if (reason == 0)
            handoffs.rejectedWithoutReason = true;
        else
            handoffs.rejectionReasons = { reason };
        items << item(Section::Rejections, MeetingAgenda::tr("%1: %2 rejections").arg(name, count(counts.first)),
            MeetingAgenda::tr("Week before: %1 (%2).").arg(count(counts.second), change(counts.first, counts.second)), {},
            counts.first > counts.second, handoffs);
    }
    return {};
}

HandoffFilter leakFilter(LeakageStep::Kind kind, qint64 asOf, HandoffFilter filter)
{
    switch (kind) {
    case LeakageStep::Unassigned:
        filter.unassignedOrFallback = true;
        break;
    case LeakageStep::UntouchedPastSla:
        filter.untouchedPastSlaAsOf = asOf;
        break;
    case LeakageStep::RejectedWithReason:
        filter.rejectedWithReason = true;
        break;
    case LeakageStep::RejectedWithoutReason:
        filter.rejectedWithoutReason = true;
        break;
    case LeakageStep::AcceptedNotConverted:
        filter.acceptedNotConverted = true;
        break;
    }
    return filter;
}

Result<void> leakageItems(Workspace &workspace, const IsoWeek &week, qint64 asOf, QList<AgendaItem> &items,
    qint64 *fallbackHandoffs, qint64 *handoffs)
{
    HandoffFilter filter;
    filter.fromWeek = week.previous().code();
    filter.toWeek = week.code();
    auto result = KpiEngine(workspace).compute(filter, { KpiGrouping { KpiDimension::Week, std::nullopt } }, false);
    if (!result)
        return result.error();
    const KpiFigures now = KpiFigures::from(result->groups.first().value({ week.code(), 0 }));
    const KpiFigures before = KpiFigures::from(result->groups.first().value({ week.previous().code(), 0 }));
    *fallbackHandoffs = now.counts.unassigned;
    *handoffs = now.counts.handoffs;
    const QList<LeakageStep> leaks = now.leakage();
    if (leaks.isEmpty() || leaks.first().count == 0) {
        items << item(Section::Leakage, MeetingAgenda::tr("No handoffs leaked in the week."));
        return {};
    }
    const LeakageStep &biggest = leaks.first();
    qint64 previous = 0;
    for (const LeakageStep &step : before.leakage())
        if (step.kind == biggest.kind)
            previous = step.count;
    items << item(Section::Leakage,
        MeetingAgenda::tr("Biggest leak: %1, %2 handoffs (%3 of the week's)")
            .arg(LeakageStep::title(biggest.kind), count(biggest.count), percent(biggest.share)),
        MeetingAgenda::tr("Week before: %1 (%2).").arg(count(previous), change(biggest.count, previous)), {},
        biggest.count > previous,
        leakFilter(biggest.kind, asOf, weekFilter(week, LeakageStep::title(biggest.kind) + QStringLiteral(", ") + week.label())));
    return {};
}

Result<void> coverageItems(Workspace &workspace, const IsoWeek &week, qint64 fallbackHandoffs, qint64 handoffs,
    QList<AgendaItem> &items)
{
    const GovernWeek span = GovernWeek::of(workspace, week);
    auto ruleSet = GovernHistory::ruleSetAt(workspace, span.end);
    if (!ruleSet)
        return ruleSet.error();
    if (*ruleSet == 0) {
        items << item(Section::Coverage, MeetingAgenda::tr("No routing rule set was active: every lead goes to the fallback queue."),
            {}, {}, true);
        return {};
    }
    CoverageOptions options;
    options.day = span.referenceDay();
    auto coverage = CoverageAnalysis::load(workspace, *ruleSet, options);
    if (!coverage)
        return coverage.error();
    using Axis = CoverageAnalysis::Axis;
    struct Gap
    {
        int territory = 0;
        int segment = 0;
        qint64 scenarios = 0;
        bool noOwner = false;
        CoverageAnalysis::Scenario example;
    };
    QMap<std::pair<int, int>, Gap> gaps;
    for (auto reach : { CoverageAnalysis::Reach::NoOwner, CoverageAnalysis::Reach::FallbackOnly }) {
        for (const CoverageAnalysis::Scenario &scenario : coverage->scenarios(reach)) {
            Gap &gap = gaps[{ scenario.territory, scenario.segment }];
            if (gap.scenarios == 0)
                gap.example = scenario;
            gap.territory = scenario.territory;
            gap.segment = scenario.segment;
            ++gap.scenarios;
            gap.noOwner = gap.noOwner || reach == CoverageAnalysis::Reach::NoOwner;
        }
    }
    QList<Gap> ranked = gaps.values();
    std::stable_sort(ranked.begin(), ranked.end(), [](const Gap &a, const Gap &b) {
        if (a.noOwner != b.noOwner)
            return a.noOwner;
        return a.scenarios > b.scenarios;
    });
    if (ranked.isEmpty())
        items << item(Section::Coverage, MeetingAgenda::tr("Every scenario reaches an owner by rule."));
    for (int i = 0; i < std::min<int>(MeetingAgenda::TopGaps, int(ranked.size())); ++i) {
        const Gap &gap = ranked.at(i);
        const QString where = coverage->values(Axis::Territory).names.value(gap.territory) + QStringLiteral(" · ")
            + coverage->values(Axis::Segment).names.value(gap.segment);
        const auto nearest = coverage->nearestRule(gap.example);
        QString detail;
        if (nearest.rule >= 0) {
            QStringList missed;
            for (Axis axis : nearest.missed)
                missed << CoverageAnalysis::axisName(axis);
            detail = MeetingAgenda::tr("Nearest rule: %1 (misses on %2).")
                         .arg(coverage->rules().at(nearest.rule).name, missed.join(QStringLiteral(", ")));
        }
        HandoffFilter filter = weekFilter(week, MeetingAgenda::tr("%1 to the fallback queue, week %2").arg(where, week.label()));
        filter.territories = { coverage->values(Axis::Territory).ids.value(gap.territory) };
        filter.segments = { coverage->values(Axis::Segment).ids.value(gap.segment) };
        filter.unassignedOrFallback = true;
        items << item(Section::Coverage,
            gap.noOwner ? MeetingAgenda::tr("%1: %2 scenarios reach no owner").arg(where, count(gap.scenarios))
                        : MeetingAgenda::tr("%1: %2 scenarios reach only the fallback queue").arg(where, count(gap.scenarios)),
            detail, {}, true, filter);
    }
    HandoffFilter fallback = weekFilter(week, MeetingAgenda::tr("Unassigned or fallback, week %1").arg(week.label()));
    fallback.unassignedOrFallback = true;
    items << item(Section::Coverage,
        MeetingAgenda::tr("%1 of the week's %2 handoffs (%3) had no owner or went to the fallback queue")
            .arg(count(fallbackHandoffs), count(handoffs),
                percent(handoffs > 0 ? std::optional<double>(double(fallbackHandoffs) / double(handoffs)) : std::nullopt)),
        {}, {}, false, fallback);
    return {};
}

void violationItems(const ValidationReport &report, const IsoWeek &week, QList<AgendaItem> &items)
{
    QList<qint64> all;
    for (const Violation &violation : report.details)
        if (all.isEmpty() || all.last() != violation.handoffId)
            all << violation.handoffId;
    HandoffFilter any = weekFilter(week, MeetingAgenda::tr("Handoffs with violations, week %1").arg(week.label()));
    any.ids = all;
    items << item(Section::Violations,
        MeetingAgenda::tr("%1 of %2 handoffs (%3) break at least one rule")
            .arg(count(report.handoffsWithViolations), count(report.checked),
                percent(report.checked > 0 ? std::optional<double>(double(report.handoffsWithViolations) / double(report.checked))
                                           : std::nullopt)),
        MeetingAgenda::tr("Data-quality score %1.").arg(percent(report.score())), {}, false,
        all.isEmpty() ? std::nullopt : std::optional<HandoffFilter>(any));
    QList<ViolationKind> kinds = ViolationKinds::all();
    std::stable_sort(kinds.begin(), kinds.end(),
        [&](ViolationKind a, ViolationKind b) { return report.handoffCount(a) > report.handoffCount(b); });
    for (int i = 0; i < std::min<int>(MeetingAgenda::TopViolationKinds, int(kinds.size())); ++i) {
        const ViolationKind kind = kinds.at(i);
        if (report.handoffCount(kind) == 0)
            break;
        QList<qint64> ids;
        for (const Violation &violation : report.details)
            if (violation.kind == kind && (ids.isEmpty() || ids.last() != violation.handoffId))
                ids << violation.handoffId;
        HandoffFilter filter = weekFilter(week, ViolationKinds::label(kind) + QStringLiteral(", ") + week.label());
        filter.ids = ids;
        items << item(Section::Violations,
            MeetingAgenda::tr("%1: %2 handoffs (%3 violations)")
                .arg(ViolationKinds::label(kind), count(report.handoffCount(kind)), count(report.count(kind))),
            {}, {}, false, filter);
    }
}

} // namespace

QList<AgendaItem::Section> MeetingAgenda::sections()
{
    return { Section::SlaBreaches, Section::Rejections, Section::Leakage, Section::Coverage, Section::Violations,
        Section::ActionItems };
}

QString MeetingAgenda::sectionTitle(AgendaItem::Section section)
{
    switch (section) {
    case Section::SlaBreaches:
        return tr("SLA breaches and their owners");
    case Section::Rejections:
        return tr("Top rejection reasons");
    case Section::Leakage:
        return tr("Biggest leakage point");
    case Section::Coverage:
        return tr("Coverage gaps");
    case Section::Violations:
        return tr("Violations");
    case Section::ActionItems:
        return tr("Overdue action items");
    }
    return {};
}

QList<AgendaItem> MeetingAgenda::section(AgendaItem::Section which) const
{
    QList<AgendaItem> result;
    for (const AgendaItem &i : items)
        if (i.section == which)
            result << i;
    return result;
}

Result<MeetingAgenda> MeetingAgenda::build(Workspace &workspace, const IsoWeek &week, const ValidationReport *validation)
{
    MeetingAgenda agenda;
    agenda.week = week;
    agenda.asOf = workspace.asOf();
    auto names = NameLookup::load(workspace);
    if (!names)
        return names.error();
    BATON_TRY(slaItems(workspace, week, agenda.asOf, agenda.items));
    BATON_TRY(rejectionItems(workspace, week, *names, agenda.items));
    qint64 fallback = 0;
    qint64 handoffs = 0;
    BATON_TRY(leakageItems(workspace, week, agenda.asOf, agenda.items, &fallback, &handoffs));
    BATON_TRY(coverageItems(workspace, week, fallback, handoffs, agenda.items));
    ValidationReport computed;
    if (!validation) {
        auto report = GovernHistory::validateWeek(workspace, week);
        if (!report)
            return report.error();
        computed = std::move(*report);
        validation = &computed;
    }
    violationItems(*validation, week, agenda.items);

    auto record = MeetingRecord::load(workspace, week);
    if (!record)
        return record.error();
    const QList<ActionItem> overdue = record->overdue();
    if (overdue.isEmpty())
        agenda.items << item(Section::ActionItems, tr("No action item is overdue."));
    for (const ActionItem &action : overdue)
        agenda.items << item(Section::ActionItems, action.title,
            tr("Due %1, raised at the meeting of %2; %3 days overdue.")
                .arg(action.dueOn.toString(Qt::ISODate),
                    record->meetingWeeks.value(action.meetingId))
                .arg(action.dueOn.daysTo(record->referenceDay)),
            action.ownerName, true);
    return agenda;
}

} // namespace baton
