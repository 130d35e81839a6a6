#include "defaultconfiguration.h"

#include "core/workspace.h"
#include "define/contract.h"
#include "enforce/sla.h"
#include "feedback/feedback.h"
#include "instrument/datastandard.h"
#include "map/stages.h"
#include "route/coverage.h"
#include "route/routingrules.h"

#include <QCoreApplication>

namespace baton {

namespace {

struct SignalSpec
{
    const char *name;
    const char *tier;
    const char *description;
    int slaMinutes;
    const char *ownerRole;
    const char *followUp;
    const char *minFit;
};

// SLA targets are business minutes to first touch; high intent is worked within the hour.
const SignalSpec Signals[] = {
    { "Demo request", "high", "Asked for a product demo", 60, "SDR queue", "Call within the hour and book the demo", "C" },
    { "Contact sales", "high", "Filled in the contact-sales form", 60, "SDR queue", "Call and qualify", "C" },
    { "Pricing page", "high", "Visited pricing repeatedly in a week", 120, "SDR queue", "Personal email with pricing context", "B" },
    { "Product usage spike", "high", "Trial or free-tier usage crossed the activation threshold", 120, "Account owner", "Offer an expansion call", "B" },
    { "Free trial signup", "medium", "Started a free trial", 240, "SDR queue", "Onboarding check-in call", "C" },
    { "Webinar attended", "medium", "Attended a live webinar", 480, "SDR queue", "Follow-up sequence with the recording", "B" },
    { "Event scan", "medium", "Badge scanned at a trade show or event", 960, "SDR queue", "Personal follow-up referencing the event", "B" },
    { "Content download", "low", "Downloaded gated content", 1440, "SDR queue", "Enroll in a nurture sequence, call if fit A", "A" },
    { "Newsletter signup", "low", "Subscribed to the newsletter", 2880, "SDR queue", "Nurture only until another signal", "A" },
};

struct StageSpec
{
    const char *name;
    const char *kind;
    const char *action;
    const char *exit;
};

const StageSpec Stages[] = {
    { "Subscriber", "funnel", "nurture", "Gives contact details beyond an email address" },
    { "Lead", "funnel", "sequence_enrollment", "Shows a qualifying signal and meets the minimum fit" },
    { "MQL", "funnel", "sdr_queue", "Sales accepts it (SAL) or rejects it with a reason" },
    { "SAL", "funnel", "task_creation", "Discovery call held and need confirmed" },
    { "SQL", "funnel", "alert", "Opportunity created with an amount and close date" },
    { "Opportunity", "funnel", "task_creation", "Closed won or closed lost" },
    { "Customer", "funnel", "none", "" },
    { "Nurture", "side", "nurture", "Re-engages with a new signal after the re-entry delay" },
    { "Disqualified", "side", "none", "" },
};

const std::pair<const char *, const char *> Transitions[] = {
    { "Subscriber", "Lead" }, { "Lead", "MQL" }, { "Lead", "Nurture" }, { "MQL", "SAL" }, { "MQL", "Nurture" },
    { "MQL", "Disqualified" }, { "SAL", "SQL" }, { "SAL", "Nurture" }, { "SAL", "Disqualified" },
    { "SQL", "Opportunity" }, { "SQL", "Nurture" }, { "Opportunity", "Customer" }, { "Opportunity", "Nurture" },
    { "Nurture", "MQL" },
};

struct RequirementSpec
{
    const char *stage;
    const char *field;
    const char *kind;
};

const RequirementSpec Requirements[] = {
    { "MQL", "email", "field" }, { "MQL", "company", "field" }, { "MQL", "signal_type", "field" },
    { "MQL", "source", "field" }, { "MQL", "handed_off_at", "timestamp" }, { "SAL", "owner", "field" },
    { "SAL", "assigned_at", "timestamp" }, { "SAL", "first_touch_at", "timestamp" },
    { "SAL", "accepted_at", "timestamp" }, { "SQL", "fit_grade", "field" },
    { "Opportunity", "opportunity_at", "timestamp" }, { "Opportunity", "opportunity_amount", "field" },
    { "Customer", "closed_at", "timestamp" }, { "Customer", "won_amount", "field" },
};

struct PlaySpec
{
    const char *name;
    const char *kind;
    int reentryDays;
    const char *description;
};

const PlaySpec Plays[] = {
    { "Nurture track (90 days)", "nurture", 90, "Educational sequence; may come back as an MQL after 90 days" },
    { "Short nurture (30 days)", "nurture", 30, "Check back after a month with a new signal" },
    { "Re-route to the right owner", "reroute", 0, "RevOps reassigns it through routing again" },
    { "Merge with the original", "merge", 0, "Merged into the existing lead or contact" },
    { "Disqualify", "disqualify", 0, "Removed from sales follow-up" },
    { "Competitive nurture", "competitive_nurture", 180, "Displacement content timed to the competitor's renewal" },
};

const std::pair<const char *, const char *> Reasons[] = {
    { "Bad fit", "Nurture track (90 days)" },
    { "Duplicate", "Merge with the original" },
    { "No response", "Short nurture (30 days)" },
    { "Bad timing", "Nurture track (90 days)" },
    { "Competitor customer", "Competitive nurture" },
    { "Wrong contact or territory", "Re-route to the right owner" },
    { "Student or job seeker", "Disqualify" },
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

Result<DefaultIds> applyDefaultConfiguration(Workspace &workspace, const QString &name)
{
    DefaultIds ids;
    auto done = workspace.transaction([&]() -> Result<void> {
        BATON_TRY(workspace.setSetting(QStringLiteral("name"), name));
        if (workspace.setting(QStringLiteral("time_zone")).isEmpty())
            BATON_TRY(workspace.setSetting(QStringLiteral("time_zone"), QStringLiteral("UTC")));
        BATON_TRY(workspace.setSetting(QStringLiteral("currency"), QStringLiteral("USD")));

        Repository<SignalType> signalTypes(workspace);
        int position = 0;
        for (const SignalSpec &spec : Signals) {
            SignalType type { 0, 0, s(spec.name), s(spec.tier), s(spec.description), ++position };
            BATON_TRY(signalTypes.add(type));
            ids.signalTypes.insert(type.name, type.id);
        }

        Repository<LifecycleStage> stages(workspace);
        position = 0;
        for (const StageSpec &spec : Stages) {
            LifecycleStage stage { 0, 0, s(spec.name), ++position, s(spec.kind), s(spec.action), s(spec.exit) };
            BATON_TRY(stages.add(stage));
            ids.stages.insert(stage.name, stage.id);
        }
        Repository<StageTransition> transitions(workspace);
        for (const auto &[from, to] : Transitions) {
            StageTransition transition { 0, 0, ids.stages.value(s(from)), ids.stages.value(s(to)) };
            BATON_TRY(transitions.add(transition));
        }
        Repository<StageRequirement> requirements(workspace);
        for (const RequirementSpec &spec : Requirements) {
            StageRequirement requirement { 0, 0, ids.stages.value(s(spec.stage)), s(spec.field), s(spec.kind) };
            BATON_TRY(requirements.add(requirement));
        }

        Repository<UtmConvention> utm(workspace);
        UtmConvention source { 0, 0, QStringLiteral("utm_source"), QStringLiteral("lower"), {}, {} };
        UtmConvention medium { 0, 0, QStringLiteral("utm_medium"), QStringLiteral("lower"), {},
            { "cpc", "email", "social", "organic", "referral", "event", "display", "partner", "webinar" } };
        UtmConvention campaign { 0, 0, QStringLiteral("utm_campaign"), QStringLiteral("lower"),
            QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*"), {} };
        BATON_TRY(utm.add(source));
        BATON_TRY(utm.add(medium));
        BATON_TRY(utm.add(campaign));

        Repository<IdentityRule> identity(workspace);
        IdentityRule byEmail { 0, 0, QStringLiteral("Same email address"), { "email" }, 1, true };
        IdentityRule byName { 0, 0, QStringLiteral("Same person at the same company"), { "contact_name", "company" }, 2,
            true };
        BATON_TRY(identity.add(byEmail));
        BATON_TRY(identity.add(byName));
        Repository<AccountMatchRule> matching(workspace);
        AccountMatchRule byDomain { 0, 0, QStringLiteral("email_domain"), 1, true };
        AccountMatchRule byCompany { 0, 0, QStringLiteral("company_name"), 2, true };
        BATON_TRY(matching.add(byDomain));
        BATON_TRY(matching.add(byCompany));

        Repository<BusinessCalendar> calendars(workspace);
        BusinessCalendar standard { 0, 0, QStringLiteral("Standard hours (UTC)"), QStringLiteral("UTC") };
        BATON_TRY(calendars.add(standard));
        ids.calendar = standard.id;
        Repository<CalendarHours> hours(workspace);
        for (int day = 1; day <= 5; ++day) {
            CalendarHours h { 0, 0, standard.id, day, 9 * 60, 17 * 60 };
            BATON_TRY(hours.add(h));
        }

        Repository<Team> teams(workspace);
        Team fallback { 0, 0, QStringLiteral("RevOps triage"), QStringLiteral("queue"), QString(), standard.id, true };
        BATON_TRY(teams.add(fallback));
        ids.fallbackQueue = fallback.id;

        Repository<RoutingRuleSet> ruleSets(workspace);
        RoutingRuleSet rules { 0, 0, QStringLiteral("Routing rules"), QStringLiteral("active"),
            QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc() };
        BATON_TRY(ruleSets.add(rules));
        ids.ruleSet = rules.id;

        Repository<SlaPolicy> policies(workspace);
        Repository<EscalationStep> steps(workspace);
        for (const SignalSpec &spec : Signals) {
            SlaPolicy policy { 0, 0, ids.signalTypes.value(s(spec.name)), spec.slaMinutes, CalendarSource::Team,
                standard.id };
            BATON_TRY(policies.add(policy));
            EscalationStep notify { 0, 0, policy.id, 1, 100, EscalationAction::NotifyManager };
            EscalationStep reassign { 0, 0, policy.id, 2, 200, EscalationAction::Reassign };
            BATON_TRY(steps.add(notify));
            BATON_TRY(steps.add(reassign));
        }

        Repository<RecyclePlay> plays(workspace);
        QMap<QString, qint64> playIds;
        for (const PlaySpec &spec : Plays) {
            RecyclePlay play { 0, 0, s(spec.name), s(spec.kind), spec.reentryDays, s(spec.description) };
            BATON_TRY(plays.add(play));
            playIds.insert(play.name, play.id);
        }
        Repository<RejectionReason> reasons(workspace);
        position = 0;
        for (const auto &[reasonName, playName] : Reasons) {
            RejectionReason reason { 0, 0, s(reasonName), playIds.value(s(playName)), QString(), true, ++position };
            BATON_TRY(reasons.add(reason));
            ids.reasons.insert(reason.name, reason.id);
        }

        Repository<ContractVersion> versions(workspace);
        ContractVersion draft { 0, 0, 1, ContractStatus::Draft, QStringLiteral("Marketing to Sales handoff contract"),
            QStringLiteral("What qualifies for handoff, what Sales receives, who follows up, what they do and how fast."),
            QDateTime::currentDateTimeUtc(), {}, {} };
        BATON_TRY(versions.add(draft));
        ids.contract = draft.id;
        Repository<ContractTerm> terms(workspace);
        for (const SignalSpec &spec : Signals) {
            const bool high = qstrcmp(spec.tier, "high") == 0;
            ContractTerm term { 0, 0, draft.id, ids.signalTypes.value(s(spec.name)), s(spec.minFit),
                high ? QStringList { "email", "company" } : QStringList { "email" },
                high ? QStringList { "job_title", "phone", "signal_detail" } : QStringList { "job_title" },
                s(spec.ownerRole), s(spec.followUp), spec.slaMinutes };
            BATON_TRY(terms.add(term));
        }
        return {};
    });
    if (!done)
        return done.error();
    return ids;
}

} // namespace baton
