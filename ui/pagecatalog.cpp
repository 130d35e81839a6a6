#include "pagecatalog.h"

#include "pages/feedback/rejectionspage.h"
#include "pages/optimize/accountspage.h"
#include "pages/optimize/dashboardpage.h"
#include "pages/overviewpage.h"
#include "pages/placeholderpage.h"

namespace baton {

namespace {

// A page whose real content is not built yet: it says what it will hold.
PageInfo planned(const char *id, WorkflowStep step, const QString &title, const QString &summary, const QString &plan)
{
    return { QString::fromLatin1(id), step, title, summary,
        [title, plan](WorkspaceSession *session) { return new PlaceholderPage(session, title, plan); } };
}

} // namespace

QList<WorkflowStep> PageCatalog::steps()
{
    return { WorkflowStep::Workspace, WorkflowStep::Define, WorkflowStep::Map, WorkflowStep::Instrument,
        WorkflowStep::Route, WorkflowStep::Enforce, WorkflowStep::Feedback, WorkflowStep::Optimize,
        WorkflowStep::Govern };
}

QString PageCatalog::stepName(WorkflowStep step)
{
    switch (step) {
    case WorkflowStep::Workspace:
        return tr("Workspace");
    case WorkflowStep::Define:
        return tr("Define");
    case WorkflowStep::Map:
        return tr("Map");
    case WorkflowStep::Instrument:
        return tr("Instrument");
    case WorkflowStep::Route:
        return tr("Route");
    case WorkflowStep::Enforce:
        return tr("Enforce");
    case WorkflowStep::Feedback:
        return tr("Feedback");
    case WorkflowStep::Optimize:
        return tr("Optimize");
    case WorkflowStep::Govern:
        return tr("Govern");
    }
    return {};
}

QString PageCatalog::stepPurpose(WorkflowStep step)
{
    switch (step) {
    case WorkflowStep::Workspace:
        return tr("The workspace file and what it holds");
    case WorkflowStep::Define:
        return tr("Agree what qualifies, what Sales receives, who follows up and how fast");
    case WorkflowStep::Map:
        return tr("Lifecycle stages, their workflow actions and allowed transitions");
    case WorkflowStep::Instrument:
        return tr("The data standard, CRM imports and the records that break the rules");
    case WorkflowStep::Route:
        return tr("Coverage and routing rules: an owner for every scenario");
    case WorkflowStep::Enforce:
        return tr("SLA clocks on business hours, breaches and escalation");
    case WorkflowStep::Feedback:
        return tr("Rejection reasons and the recycle plays they trigger");
    case WorkflowStep::Optimize:
        return tr("KPIs, leakage and trends, with drill-down to the handoffs");
    case WorkflowStep::Govern:
        return tr("The maturity matrix and the weekly governance meeting");
    }
    return {};
}

QList<PageInfo> PageCatalog::pages()
{
    QList<PageInfo> pages;
    pages << PageInfo { QStringLiteral("overview"), WorkflowStep::Workspace, tr("Overview"),
        tr("The open workspace, what it holds, and where to start."),
        [](WorkspaceSession *session) { return new OverviewPage(session); } };
    pages << planned("define/contract", WorkflowStep::Define, tr("Handoff contract"),
        tr("The one-page agreement between Sales, Marketing and RevOps."),
        tr("Signal types with their intent tiers and, per signal type, what qualifies for handoff, the context Sales "
           "receives, the owner role, the follow-up action and the SLA target. Drafts show what changed against the "
           "active version; three sign-offs activate a version; history is kept."));
    pages << planned("map/stages", WorkflowStep::Map, tr("Stage map"),
        tr("Lifecycle stages, the workflow action each requires, and where a lead may go next."),
        tr("A diagram and a form of the ordered stages (Subscriber to Customer, with Nurture and Disqualified beside "
           "them), with warnings about stages that cannot be reached or left."));
    pages << planned("instrument/standard", WorkflowStep::Instrument, tr("Data standard"),
        tr("Required fields and timestamps, UTM conventions, identity and account-matching rules."),
        tr("Per stage, the fields and timestamps a handoff must carry; allowed campaign and UTM values; the fields "
           "that make two records the same lead; how leads are matched to accounts."));
    pages << planned("instrument/import", WorkflowStep::Instrument, tr("Import"),
        tr("CSV exports from the CRM, mapped onto handoffs, accounts and owners."),
        tr("Saved column mappings (with presets for Salesforce, HubSpot and the sample datasets), a preview, "
           "progress with cancel, and the rows that were kept aside with their line numbers and reasons."));
    pages << planned("instrument/violations", WorkflowStep::Instrument, tr("Violations"),
        tr("Handoffs that break the contract, the stage map or the data standard."),
        tr("Counts by kind of violation, a data-quality score per source and campaign, and a drill-down to the "
           "records."));
    pages << planned("route/rules", WorkflowStep::Route, tr("Routing rules"),
        tr("Ordered rules that give every lead an owner, and the coverage model they use."),
        tr("Territories, segments, industries, teams, queues and owners; ordered rules with conditions and an "
           "assignment (named owner, weighted round robin, account owner) and the fallback queue."));
    pages << planned("route/coverage", WorkflowStep::Route, tr("Coverage"),
        tr("Proof that every scenario reaches an owner before the rules go live."),
        tr("A territory by segment grid per signal type showing scenarios with no owner or only the fallback, "
           "shadowed and overlapping rules, and a click-through to the rule responsible."));
    pages << planned("route/roster", WorkflowStep::Route, tr("Roster what-ifs"),
        tr("What happens to routing when someone leaves or is away."),
        tr("Mark an owner as leaving or out of office and see which scenarios lose their owner, where their leads "
           "would go, the load per owner, and records owned by inactive owners."));
    pages << planned("enforce/sla", WorkflowStep::Enforce, tr("SLA compliance"),
        tr("Time to first touch on business-hours clocks, breaches and escalations."),
        tr("Compliance by signal type, team and owner for a week; open breaches with their escalation step; the "
           "trend over weeks; routing delay and response time shown apart."));
    pages << PageInfo { QStringLiteral("feedback/rejections"), WorkflowStep::Feedback, tr("Rejections and recycling"),
        tr("Why Sales rejects handoffs, the recycle play each reason triggers, and what became of them."),
        [](WorkspaceSession *session) { return new RejectionsPage(session); } };
    pages << PageInfo { QStringLiteral("optimize/dashboard"), WorkflowStep::Optimize, tr("KPI dashboard"),
        tr("Acceptance, conversion, velocity, yield, SLA compliance and leakage; click any bar to drill down."),
        [](WorkspaceSession *session) { return new DashboardPage(session); } };
    pages << PageInfo { QStringLiteral("optimize/accounts"), WorkflowStep::Optimize, tr("Accounts"),
        tr("Every handoff and engagement of one account, judged as one motion."),
        [](WorkspaceSession *session) { return new AccountsPage(session); } };
    pages << planned("govern/maturity", WorkflowStep::Govern, tr("Maturity matrix"),
        tr("Where the handoff process stands, by the team's view and by the evidence."),
        tr("Definitions, Routing, SLAs, Feedback loop and Measurement against the three stages, with the team's "
           "self-assessment, the stage the evidence supports and the reasons, over time."));
    pages << planned("govern/meeting", WorkflowStep::Govern, tr("Meeting"),
        tr("The weekly governance meeting: an agenda built from the data, decisions and action items."),
        tr("SLA breaches and owners, top rejection reasons, the biggest leak, coverage gaps, violations and overdue "
           "action items; attendees, decisions and action items that come back until closed."));
    return pages;
}

} // namespace baton
