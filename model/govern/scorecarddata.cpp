#include "scorecarddata.h"

#include "governhistory.h"
#include "governweek.h"

#include "core/workspace.h"
#include "data/names.h"
#include "feedback/feedback.h"

#include <QMap>

#include <algorithm>

namespace baton {

Result<ScorecardData> ScorecardData::build(Workspace &workspace, const IsoWeek &week, int trendWeeks)
{
    ScorecardData data;
    data.workspaceName = workspace.displayName();
    data.week = week;
    data.asOf = workspace.asOf();
    data.generatedAt = QDateTime::currentDateTimeUtc();
    auto names = NameLookup::load(workspace);
    if (!names)
        return names.error();

    // KPIs: one engine pass over the trend weeks, by week (with durations) and rejections by week and reason.
    IsoWeek first = week;
    for (int i = 1; i < std::max(trendWeeks, 2); ++i)
        first = first.previous();
    HandoffFilter span;
    span.fromWeek = first.code();
    span.toWeek = week.code();
    const QList<KpiGrouping> groupings { KpiGrouping { KpiDimension::Week, std::nullopt, true },
        KpiGrouping { KpiDimension::Week, KpiDimension::RejectionReason } };
    auto kpis = KpiEngine(workspace).compute(span, groupings, false);
    if (!kpis)
        return kpis.error();
    data.trend = KpiReport::fromResult(*kpis, 0, *names, span);
    data.thisWeek = KpiFigures::from(kpis->groups.at(0).value({ week.code(), 0 }));
    data.weekBefore = KpiFigures::from(kpis->groups.at(0).value({ week.previous().code(), 0 }));

    auto reasons = Repository<RejectionReason>(workspace).list();
    if (!reasons)
        return reasons.error();
    auto plays = Repository<RecyclePlay>(workspace).list();
    if (!plays)
        return plays.error();
    QHash<qint64, QString> playNames;
    for (const RecyclePlay &play : *plays)
        playNames.insert(play.id, play.name);
    QMap<qint64, ScorecardReason> byReason;
    for (auto it = kpis->groups.at(1).cbegin(); it != kpis->groups.at(1).cend(); ++it) {
        const bool now = it.key().first == week.code();
        if (!now && it.key().first != week.previous().code())
            continue;
        ScorecardReason &reason = byReason[it.key().second];
        (now ? reason.thisWeek : reason.weekBefore) += it.value().counts.rejected;
    }
    for (auto it = byReason.begin(); it != byReason.end(); ++it) {
        it->reasonId = it.key();
        it->name = it.key() == 0 ? QCoreApplication::translate("baton::ScorecardData", "(no reason)")
                                 : names->reasons.value(it.key());
        for (const RejectionReason &reason : *reasons)
            if (reason.id == it.key())
                it->play = playNames.value(reason.recyclePlayId);
        if (it->thisWeek > 0 || it->weekBefore > 0)
            data.reasons << *it;
    }
    std::stable_sort(data.reasons.begin(), data.reasons.end(), [](const ScorecardReason &a, const ScorecardReason &b) {
        if (a.thisWeek != b.thisWeek)
            return a.thisWeek > b.thisWeek;
        return a.weekBefore > b.weekBefore;
    });

    auto sla = SlaReport::forWeek(workspace, week, data.asOf);
    if (!sla)
        return sla.error();
    data.sla = *sla;
    auto slaBefore = SlaReport::forWeek(workspace, week.previous(), data.asOf);
    if (!slaBefore)
        return slaBefore.error();
    data.slaComplianceWeekBefore = slaBefore->total.compliance();

    auto validation = GovernHistory::validateWeek(workspace, week);
    if (!validation)
        return validation.error();
    auto maturity = MaturityEvidence::assess(workspace, week, &*validation);
    if (!maturity)
        return maturity.error();
    data.maturity = *maturity;
    auto agenda = MeetingAgenda::build(workspace, week, &*validation);
    if (!agenda)
        return agenda.error();
    data.agenda = *agenda;

    // The contract in force at the week's end (the active one for the current week).
    auto at = GovernHistory::contractAt(workspace, GovernWeek::of(workspace, week).end);
    if (!at)
        return at.error();
    if (at->versionId > 0) {
        auto document = ContractService(workspace).document(at->versionId);
        if (!document)
            return document.error();
        data.contract = *document;
    }
    if (data.contract) {
        auto signalTypes = Repository<SignalType>(workspace).list();
        if (!signalTypes)
            return signalTypes.error();
        for (const SignalType &type : *signalTypes)
            if (const ContractTerm *term = data.contract->term(type.id))
                data.terms << ScorecardTerm { type.name, type.intentTier, *term };
    }

    auto meeting = MeetingRecord::load(workspace, week);
    if (!meeting)
        return meeting.error();
    data.meeting = *meeting;
    return data;
}

} // namespace baton
