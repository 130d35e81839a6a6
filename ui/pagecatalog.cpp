#include "pagecatalog.h"

#include "pages/contractpage.h"
#include "pages/datastandardpage.h"
#include "pages/enforce/slapage.h"
#include "pages/enforce/slapoliciespage.h"
#include "pages/feedback/rejectionspage.h"
#include "pages/govern/maturitypage.h"
#include "pages/govern/meetingpage.h"
#include "pages/historypage.h"
#include "pages/instrument/importpage.h"
#include "pages/optimize/accountspage.h"
#include "pages/optimize/dashboardpage.h"
#include "pages/overviewpage.h"
#include "pages/route/coveragepage.h"
#include "pages/route/rosterpage.h"
#include "pages/route/rulespage.h"
#include "pages/stagemappage.h"
#include "pages/violationspage.h"

namespace baton {

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
    pages << PageInfo { QStringLiteral("workspace/history"), WorkflowStep::Workspace, tr("History"),
        tr("Every configuration change: who changed what, when, and from what to what."),
        [](WorkspaceSession *session) { return new HistoryPage(session); } };
    pages << PageInfo { QStringLiteral("define/contract"), WorkflowStep::Define, tr("Handoff contract"),
        tr("The one-page agreement between Sales, Marketing and RevOps."),
        [](WorkspaceSession *session) { return new ContractPage(session); } };
    pages << PageInfo { QStringLiteral("map/stages"), WorkflowStep::Map, tr("Stage map"),
        tr("Lifecycle stages, the workflow action each requires, and where a lead may go next."),
        [](WorkspaceSession *session) { return new StageMapPage(session); } };
    pages << PageInfo { QStringLiteral("instrument/standard"), WorkflowStep::Instrument, tr("Data standard"),
        tr("Required fields and timestamps, UTM conventions, identity and account-matching rules."),
        [](WorkspaceSession *session) { return new DataStandardPage(session); } };
    pages << PageInfo { QStringLiteral("instrument/import"), WorkflowStep::Instrument, tr("Import"),
        tr("CSV exports from the CRM: every import with its counts, and the rows kept aside with line and reason."),
        [](WorkspaceSession *session) { return new ImportPage(session); } };
    pages << PageInfo { QStringLiteral("instrument/violations"), WorkflowStep::Instrument, tr("Violations"),
        tr("Handoffs that break the contract, the stage map or the data standard."),
        [](WorkspaceSession *session) { return new ViolationsPage(session); } };
    pages << PageInfo { QStringLiteral("route/rules"), WorkflowStep::Route, tr("Routing rules"),
        tr("Ordered rules that give every lead an owner, and the coverage model they use."),
        [](WorkspaceSession *session) { return new RulesPage(session); } };
    pages << PageInfo { QStringLiteral("route/coverage"), WorkflowStep::Route, tr("Coverage"),
        tr("Proof that every scenario reaches an owner before the rules go live."),
        [](WorkspaceSession *session) { return new CoveragePage(session); } };
    pages << PageInfo { QStringLiteral("route/roster"), WorkflowStep::Route, tr("Roster what-ifs"),
        tr("What happens to routing when someone leaves or is away."),
        [](WorkspaceSession *session) { return new RosterPage(session); } };
    pages << PageInfo { QStringLiteral("enforce/sla"), WorkflowStep::Enforce, tr("SLA compliance"),
        tr("Time to first touch on business-hours clocks, breaches and escalations."),
        [](WorkspaceSession *session) { return new SlaPage(session); } };
    pages << PageInfo { QStringLiteral("enforce/policies"), WorkflowStep::Enforce, tr("SLA policies and calendars"),
        tr("Targets per signal type, whose business hours count, escalation ladders, working hours and holidays."),
        [](WorkspaceSession *session) { return new SlaPoliciesPage(session); } };
    pages << PageInfo { QStringLiteral("feedback/rejections"), WorkflowStep::Feedback, tr("Rejections and recycling"),
        tr("Why Sales rejects handoffs, the recycle play each reason triggers, and what became of them."),
        [](WorkspaceSession *session) { return new RejectionsPage(session); } };
    pages << PageInfo { QStringLiteral("optimize/dashboard"), WorkflowStep::Optimize, tr("KPI dashboard"),
        tr("Acceptance, conversion, velocity, yield, SLA compliance and leakage; click any bar to drill down."),
        [](WorkspaceSession *session) { return new DashboardPage(session); } };
    pages << PageInfo { QStringLiteral("optimize/accounts"), WorkflowStep::Optimize, tr("Accounts"),
        tr("Every handoff and engagement of one account, judged as one motion."),
        [](WorkspaceSession *session) { return new AccountsPage(session); } };
    pages << PageInfo { QStringLiteral("govern/maturity"), WorkflowStep::Govern, tr("Maturity matrix"),
        tr("Where the handoff process stands, by the team's view and by the evidence."),
        [](WorkspaceSession *session) { return new MaturityPage(session); } };
    pages << PageInfo { QStringLiteral("govern/meeting"), WorkflowStep::Govern, tr("Meeting"),
        tr("The weekly governance meeting: an agenda built from the data, decisions and action items."),
        [](WorkspaceSession *session) { return new MeetingPage(session); } };
    return pages;
}

} // namespace baton
