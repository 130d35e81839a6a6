<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton</name>
    <message>
        <source>Copies can only be made of SQLite workspaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying the workspace to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of weeks must be between 1 and 520.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of handoffs cannot be negative.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::ConfigStore</name>
    <message>
        <source>This %1 no longer exists; someone else may have deleted it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This %1 was changed by someone else since you opened it; reload and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This %1 was changed by someone else; reload and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::Generator</name>
    <message>
        <source>The demo generator's inputs are missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the default rejection reasons failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vacation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed: faster follow-up on pricing-page visits, event name required for event scans, content downloads need fit B.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EMEA SDR response times are reviewed weekly until compliance is back above 80%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review EMEA SDR staffing against the SLA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>APAC Enterprise leads need an owner; RevOps proposes a rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a routing rule for APAC Enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing reviews the targeting of the AI-trends ebook campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tighten the ebook-ai-trends-2026 audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts of people who left are reassigned within a week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reassign Marco Rossi's accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly Marketing and Sales handoff review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-assessment at the quarterly review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating the demo workspace was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::IsoWeek</name>
    <message>
        <source>'%1' is not an ISO week; write it like 2026-W47.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::MainWindow</name>
    <message>
        <source>Workflow steps and pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a workspace filled with realistic sample data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Baton</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgraded the workspace; the previous version was saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating the demo workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (copy).baton</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a different file than the open workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Baton</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baton</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Baton</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Baton %1&lt;/h3&gt;&lt;p&gt;Governs the Marketing to Sales lead handoff as a measurable contract: Define, Map, Instrument, Route, Enforce, Feedback, Optimize.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baton workspaces (*.baton);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::OverviewPage</name>
    <message>
        <source>Welcome to Baton</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baton turns the Marketing to Sales handoff into a governed, measurable contract: define it, map the stages, instrument the data, route every lead to an owner, enforce the SLAs, learn from rejections and optimize with the weekly meeting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explore a demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create and open a demo workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the workspace holds (rows per table):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows per table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recent workspaces yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::PageCatalog</name>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapear</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumentar</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Enrutar</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Hacer cumplir</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimizar</translation>
    </message>
    <message>
        <source>Govern</source>
        <translation>Gobernar</translation>
    </message>
    <message>
        <source>The workspace file and what it holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agree what qualifies, what Sales receives, who follows up and how fast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle stages, their workflow actions and allowed transitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data standard, CRM imports and the records that break the rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage and routing rules: an owner for every scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SLA clocks on business hours, breaches and escalation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejection reasons and the recycle plays they trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPIs, leakage and trends, with drill-down to the handoffs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The maturity matrix and the weekly governance meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The open workspace, what it holds, and where to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handoff contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The one-page agreement between Sales, Marketing and RevOps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signal types with their intent tiers and, per signal type, what qualifies for handoff, the context Sales receives, the owner role, the follow-up action and the SLA target. Drafts show what changed against the active version; three sign-offs activate a version; history is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifecycle stages, the workflow action each requires, and where a lead may go next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A diagram and a form of the ordered stages (Subscriber to Customer, with Nurture and Disqualified beside them), with warnings about stages that cannot be reached or left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required fields and timestamps, UTM conventions, identity and account-matching rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per stage, the fields and timestamps a handoff must carry; allowed campaign and UTM values; the fields that make two records the same lead; how leads are matched to accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV exports from the CRM, mapped onto handoffs, accounts and owners.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved column mappings (with presets for Salesforce, HubSpot and the sample datasets), a preview, progress with cancel, and the rows that were kept aside with their line numbers and reasons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handoffs that break the contract, the stage map or the data standard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts by kind of violation, a data-quality score per source and campaign, and a drill-down to the records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ordered rules that give every lead an owner, and the coverage model they use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Territories, segments, industries, teams, queues and owners; ordered rules with conditions and an assignment (named owner, weighted round robin, account owner) and the fallback queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof that every scenario reaches an owner before the rules go live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A territory by segment grid per signal type showing scenarios with no owner or only the fallback, shadowed and overlapping rules, and a click-through to the rule responsible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roster what-ifs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens to routing when someone leaves or is away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark an owner as leaving or out of office and see which scenarios lose their owner, where their leads would go, the load per owner, and records owned by inactive owners.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to first touch on business-hours clocks, breaches and escalations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance by signal type, team and owner for a week; open breaches with their escalation step; the trend over weeks; routing delay and response time shown apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejections and recycling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why Sales rejects handoffs and what happens to them next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue of rejection reasons, each with its recycle play; reasons without a play; which play each rejected handoff went to and whether recycled handoffs came back and converted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPI dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acceptance, conversion, velocity, yield, SLA compliance and leakage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts of the weekly trend, breakdowns by segment, source and signal, rejection reasons by offer, and a leakage funnel; every bar and slice drills down to its handoffs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every handoff of one account, judged as one motion.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts with their owner and team, stage and account-level KPIs, and the handoffs behind them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maturity matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the handoff process stands, by the team's view and by the evidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definitions, Routing, SLAs, Feedback loop and Measurement against the three stages, with the team's self-assessment, the stage the evidence supports and the reasons, over time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weekly governance meeting: an agenda built from the data, decisions and action items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SLA breaches and owners, top rejection reasons, the biggest leak, coverage gaps, violations and overdue action items; attendees, decisions and action items that come back until closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::PlaceholderPage</name>
    <message>
        <source>%1 is not built yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page will hold: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::Workspace</name>
    <message>
        <source>No migration path from schema %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading to schema %1 (%2) failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace is locked by another program or window; try again in a moment (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace cannot be written (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file is damaged (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is an SQLite database of another program).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Baton workspace (it is not a database file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file %1 is damaged: it is shorter than its header says (truncated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace %1 is read-only. Make it writable, or save a copy and open that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder of %1 is read-only, so the workspace cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of Baton (schema %2; this version knows up to %3). Update Baton to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>baton::cli</name>
    <message>
        <source>Usage: baton [WORKSPACE.baton]          open the window
       baton COMMAND [options]           run a headless command

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Options:
  --help, -h       show this help; `baton COMMAND --help` shows a command's options
  --version, -v    show Baton's version

Exit codes: 0 success, 1 the operation failed, 2 the command line was wrong.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file to create (.baton).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace's display name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new takes exactly one FILE.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 with the default configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed (default 2026).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of weeks (default 26).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of handoffs (default 20000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last week of data (default 2026-W47).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WEEK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo takes exactly one FILE.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--weeks must be between 1 and 520.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--handoffs must be a non-negative integer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1: %2 handoffs, %3 accounts, %4 owners over %5 weeks ending %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info takes exactly one FILE.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)
Schema version %3 (this Baton knows up to %4)

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create an empty workspace with the default configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create a demo workspace with realistic generated data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show a workspace's schema version and row counts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Governs the Marketing to Sales lead handoff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A workspace to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size, WIDTHxHEIGHT.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>