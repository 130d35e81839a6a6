#pragma once

// A hand-made workspace for the Govern suites: the default configuration (9 signal types, stages, data
// standard, reasons with plays, SLA policies with two-step ladders, a fallback queue), one territory, segment
// and industry, an SDR team with one owner, a routing rule set, and `handoffs` Demo requests in week
// 2026-W10 (Monday 2 to Sunday 8 March 2026, UTC), judged as of Thursday 12 March. Every handoff is clean
// (it keeps every rule of the contract, the stage map and the data standard, has an owner, and met its SLA)
// except the ones a recipe spoils, each spoiled handoff in exactly one way, so every figure of the maturity
// evidence is known by construction:
//
//   notQualified     fit D where the contract asks C or better      -> definition violation
//   fallback         routed to the fallback queue                   -> fallback share
//   missingTimestamp at stage SAL with no accepted_at               -> missing_timestamp
//   disordered       first touch before the handoff                 -> timestamp_order
//   slaMissed        first touch after the SLA due instant          -> SLA missed
//   rejected         rejected with a reason (rejectedWithoutReason of them without one)
//
// and the configuration can be set per rule: the contract's state, the routing rules' coverage, the SLA
// policies and ladders, the weeks with a governance meeting, and rejection reasons without a play.

#include "core/workspace.h"
#include "data/handoff.h"
#include "define/contractservice.h"
#include "demo/defaultconfiguration.h"
#include "enforce/sla.h"
#include "feedback/feedback.h"
#include "govern/governance.h"
#include "route/coverage.h"
#include "route/routingrules.h"

#include <QDateTime>
#include <QTest>

#include <memory>

namespace baton::test {

struct GovernRecipe
{
    enum class Contract { ActiveSigned, DraftSignedByOne, None, ActivatedAfterWeek };
    enum class Coverage { Full, FallbackOnly, NoOwner };
    enum class Policies { AllWithLadders, OneWithoutLadder, OneMissing };

    int handoffs = 20;
    int notQualified = 0;
    int fallback = 0;
    int missingTimestamp = 0;
    int disordered = 0;
    int slaMissed = 0;
    int rejected = 0;
    int rejectedWithoutReason = 0; // of the rejected
    Contract contract = Contract::ActiveSigned;
    Coverage coverage = Coverage::Full;
    Policies policies = Policies::AllWithLadders;
    QList<int> meetingWeeksBack { 0, 1, 2, 3 }; // weeks before 2026-W10 with a held meeting (0 = W10 itself)
    int reasonsWithoutPlay = 0;
    bool inactiveReasonWithoutPlay = false; // a retired reason without a play (does not count)
};

struct GovernFixture
{
    static inline const IsoWeek Week { 2026, 10 };
    std::unique_ptr<Workspace> workspace;
    DefaultIds ids;
    qint64 demo = 0;
    qint64 sdr = 0; // team
    qint64 sam = 0; // owner in SDR
    qint64 tess = 0; // owner in the fallback queue
    qint64 territory = 0;
    qint64 segment = 0;
    QList<qint64> handoffIds;

    static qint64 at(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
    }
    static qint64 asOf() { return at(12, 12); }

    template <typename T>
    void add(T &entity)
    {
        auto added = Repository<T>(*workspace).add(entity);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }

    void build(const QString &path, const GovernRecipe &recipe)
    {
        auto created = Workspace::create(path);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        workspace = std::move(created.value());
        auto applied = applyDefaultConfiguration(*workspace, QStringLiteral("Govern test"));
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        ids = *applied;
        demo = ids.signalTypes.value(QStringLiteral("Demo request"));
        QVERIFY(workspace->setSetting(QStringLiteral("as_of"), QDateTime::fromSecsSinceEpoch(asOf(), Qt::UTC).toString(Qt::ISODate)).ok());

        contract(recipe);
        routing(recipe);
        policies(recipe);
        for (int back : recipe.meetingWeeksBack) {
            IsoWeek week = Week;
            for (int i = 0; i < back; ++i)
                week = week.previous();
            GovernanceMeeting meeting { 0, 0, week.label(), week.monday().addDays(1), { QStringLiteral("Nina") }, {} };
            add(meeting);
        }
        reasons(recipe);
        handoffs(recipe);
    }

    void contract(const GovernRecipe &recipe)
    {
        ContractService contracts(*workspace);
        const QDateTime before = QDateTime::fromSecsSinceEpoch(at(1, 9) - 30 * 86400, Qt::UTC);
        const QDateTime after = QDateTime::fromSecsSinceEpoch(at(20, 9), Qt::UTC);
        switch (recipe.contract) {
        case GovernRecipe::Contract::ActiveSigned:
        case GovernRecipe::Contract::ActivatedAfterWeek:
            for (const QString &party : Party::all()) {
                auto signedNow = contracts.sign(ids.contract, party, QStringLiteral("Signer"),
                    recipe.contract == GovernRecipe::Contract::ActiveSigned ? before : after);
                QVERIFY2(signedNow.ok(), qPrintable(signedNow.errorMessage()));
            }
            break;
        case GovernRecipe::Contract::DraftSignedByOne: {
            auto signedNow = contracts.sign(ids.contract, Party::Sales, QStringLiteral("Signer"), before);
            QVERIFY2(signedNow.ok(), qPrintable(signedNow.errorMessage()));
            break;
        }
        case GovernRecipe::Contract::None:
            break;
        }
    }

    void routing(const GovernRecipe &recipe)
    {
        Territory t { 0, 0, QStringLiteral("North America"), 1 };
        add(t);
        territory = t.id;
        Segment s;
        s.name = QStringLiteral("Mid-market");
        s.position = 1;
        s.minEmployees = 1;
        add(s);
        segment = s.id;
        Industry industry { 0, 0, QStringLiteral("Software") };
        add(industry);
        Team team { 0, 0, QStringLiteral("SDR"), QStringLiteral("team"), QString(), ids.calendar, false };
        add(team);
        sdr = team.id;
        Owner owner;
        owner.name = QStringLiteral("Sam");
        owner.teamId = sdr;
        add(owner);
        sam = owner.id;
        TeamMember member { 0, 0, sdr, sam, 1 };
        add(member);
        Owner triage;
        triage.name = QStringLiteral("Tess");
        triage.teamId = ids.fallbackQueue;
        add(triage);
        tess = triage.id;
        if (recipe.coverage != GovernRecipe::Coverage::NoOwner) {
            TeamMember queueMember { 0, 0, ids.fallbackQueue, tess, 1 };
            add(queueMember);
        }
        RoutingRule rule;
        rule.ruleSetId = ids.ruleSet;
        rule.position = 1;
        rule.name = QStringLiteral("Leads to the SDR team");
        rule.assignKind = AssignKind::Pool;
        rule.assignTeamId = sdr;
        if (recipe.coverage != GovernRecipe::Coverage::Full)
            rule.conditions.signalTypes = { demo };
        add(rule);
    }

    void policies(const GovernRecipe &recipe)
    {
        if (recipe.policies == GovernRecipe::Policies::AllWithLadders)
            return;
        const qint64 webinar = ids.signalTypes.value(QStringLiteral("Webinar attended"));
        auto list = Repository<SlaPolicy>(*workspace).list(QStringLiteral("signal_type_id = ?"), { webinar });
        QVERIFY(list.ok() && list->size() == 1);
        auto steps = Repository<EscalationStep>(*workspace).list(QStringLiteral("sla_policy_id = ?"), { list->first().id });
        QVERIFY(steps.ok() && !steps->isEmpty());
        for (const EscalationStep &step : *steps)
            QVERIFY(Repository<EscalationStep>(*workspace).remove(step).ok());
        if (recipe.policies == GovernRecipe::Policies::OneMissing)
            QVERIFY(Repository<SlaPolicy>(*workspace).remove(list->first()).ok());
    }

    void reasons(const GovernRecipe &recipe)
    {
        auto all = Repository<RejectionReason>(*workspace).list();
        QVERIFY(all.ok() && all->size() >= 3);
        for (int i = 0; i < recipe.reasonsWithoutPlay; ++i) {
            RejectionReason reason = all->at(i);
            reason.recyclePlayId = 0;
            QVERIFY(Repository<RejectionReason>(*workspace).update(reason).ok());
        }
        if (recipe.inactiveReasonWithoutPlay) {
            RejectionReason retired { 0, 0, QStringLiteral("Retired reason"), 0, QString(), false, 99 };
            add(retired);
        }
    }

    qint64 reason() const { return ids.reasons.value(QStringLiteral("Bad fit")); }

    // A clean Demo request handed off on a weekday of the week at 10:00 + i minutes.
    Handoff clean(int i) const
    {
        Handoff h;
        h.leadRef = QStringLiteral("L-%1").arg(i);
        h.email = QStringLiteral("lead%1@example.com").arg(i);
        h.contactName = QStringLiteral("Lead %1").arg(i);
        h.company = QStringLiteral("Company %1").arg(i);
        h.signalTypeId = demo;
        h.fitGrade = QStringLiteral("B");
        h.source = QStringLiteral("organic_search");
        h.campaign = QStringLiteral("seo-blog");
        h.utmSource = QStringLiteral("google");
        h.utmMedium = QStringLiteral("organic");
        h.utmCampaign = QStringLiteral("seo-blog");
        h.context = QStringLiteral("{\"job_title\":\"CTO\",\"phone\":\"+1 555 0100\",\"signal_detail\":\"12 seats\"}");
        h.stageId = ids.stages.value(QStringLiteral("MQL"));
        h.territoryId = territory;
        h.segmentId = segment;
        h.ownerId = sam;
        h.teamId = sdr;
        const qint64 handed = at(2 + (i % 5), 10) + 60 * i;
        h.createdAt = handed - 600;
        h.handedOffAt = handed;
        h.assignedAt = handed + 60;
        h.firstTouchAt = handed + 600;
        h.slaTargetMinutes = 60;
        h.slaDueAt = handed + 3600;
        h.outcome = Outcome::Open;
        return h;
    }

    void handoffs(const GovernRecipe &recipe)
    {
        QList<Handoff> list;
        int next = 0;
        for (int i = 0; i < recipe.handoffs; ++i)
            list << clean(i);
        const auto spoil = [&](int count, const std::function<void(Handoff &)> &how) {
            for (int k = 0; k < count; ++k) {
                QVERIFY2(next < list.size(), "the recipe spoils more handoffs than it has");
                how(list[next++]);
            }
        };
        spoil(recipe.notQualified, [](Handoff &h) { h.fitGrade = QStringLiteral("D"); });
        spoil(recipe.fallback, [&](Handoff &h) {
            h.routedToFallback = true;
            h.teamId = ids.fallbackQueue;
            h.ownerId = tess;
        });
        spoil(recipe.missingTimestamp, [&](Handoff &h) { h.stageId = ids.stages.value(QStringLiteral("SAL")); });
        spoil(recipe.disordered, [](Handoff &h) { h.firstTouchAt = h.handedOffAt - 60; });
        spoil(recipe.slaMissed, [](Handoff &h) { h.firstTouchAt = h.handedOffAt + 7200; });
        int withoutReason = recipe.rejectedWithoutReason;
        spoil(recipe.rejected, [&](Handoff &h) {
            h.rejectedAt = *h.firstTouchAt + 600;
            h.outcome = Outcome::Rejected;
            h.rejectionReasonId = withoutReason-- > 0 ? 0 : reason();
        });
        auto written = workspace->transaction([&]() -> Result<void> {
            HandoffWriter writer(*workspace);
            for (Handoff &h : list) {
                BATON_TRY(writer.insert(h));
                handoffIds << h.id;
            }
            return {};
        });
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    }
};

} // namespace baton::test
