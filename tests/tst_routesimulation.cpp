// Simulation and what-ifs on a small hand-built workspace: the leads file reader, lead-to-account
// matching, routing a file through a draft against the active rules (in the model and on the command
// line), rule sets (draft, activate, delete), replaying the workspace's own handoffs, roster what-ifs
// and records held by owners who are not there. Expected numbers are worked out by hand in comments.

#include "core/sql.h"
#include "core/workspace.h"
#include "data/account.h"
#include "data/handoff.h"
#include "demo/defaultconfiguration.h"
#include "route/inactiveowners.h"
#include "route/leadcsv.h"
#include "route/leadresolver.h"
#include "route/rosterwhatif.h"
#include "route/routingsimulation.h"
#include "route/rulesetstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace baton;
using namespace baton::test;

namespace {

const QDate Monday(2026, 11, 16);

// Ten leads, all on Monday: seven in New York without an account, one in Quebec, one from Acme (owned by
// Dan), one from Globex (no owner, in Germany).
const char *LeadsCsv = "\xEF\xBB\xBF"
                       "Country,Signal_Type,region,employees,email,company,day,source\n"
                       "US,Demo request,NY,50,a1@example.org,One,2026-11-16,webinar\n"
                       "US,Demo request,NY,50,a2@example.org,Two,2026-11-16,webinar\n"
                       "US,Demo request,NY,50,a3@example.org,Three,2026-11-16,webinar\n"
                       "US,Demo request,NY,50,a4@example.org,Four,2026-11-16,webinar\n"
                       "US,Demo request,NY,50,a5@example.org,Five,2026-11-16,webinar\n"
                       "US,Demo request,NY,50,a6@example.org,Six,2026-11-16,webinar\n"
                       "US,Demo request,NY,50,a7@example.org,Seven,2026-11-16,webinar\n"
                       "CA,Pricing page,QC,500,q@example.ca,\"Quebec, Ltd\",2026-11-16,email\n"
                       "US,Demo request,CA,5000,jane@acme.com,Someone,2026-11-16,direct\n"
                       "DE,Demo request,,80,max@gmail.com,\"Globex GmbH\",2026-11-16,direct\n";

struct Fixture
{
    QString path;
    std::unique_ptr<Workspace> workspace;
    DefaultIds ids;
    qint64 na = 0, quebec = 0, smb = 0, enterprise = 0, software = 0;
    qint64 sdr = 0, ae = 0;
    qint64 ann = 0, ben = 0, dan = 0, tia = 0;
    qint64 acme = 0, globex = 0;
    qint64 activeSet = 0, draftSet = 0;
    qint64 quebecRule = 0;

    template <typename T>
    qint64 add(T entity)
    {
        auto id = Repository<T>(*workspace).add(entity);
        if (!id)
            qFatal("%s", qPrintable(id.errorMessage()));
        return *id;
    }

    qint64 addOwner(const QString &name, qint64 team, int capacity, int weight)
    {
        Owner owner;
        owner.name = name;
        owner.teamId = team;
        owner.capacityPerDay = capacity;
        const qint64 id = add(owner);
        add(TeamMember { 0, 0, team, id, weight });
        return id;
    }

    RoutingRule rule(qint64 set, int position, const QString &name, const RuleConditions &c, const QString &kind,
        qint64 owner = 0, qint64 team = 0)
    {
        RoutingRule r;
        r.ruleSetId = set;
        r.position = position;
        r.name = name;
        r.conditions = c;
        r.assignKind = kind;
        r.assignOwnerId = owner;
        r.assignTeamId = team;
        r.id = add(r);
        return r;
    }

    explicit Fixture(const QString &file) : path(file)
    {
        auto created = Workspace::create(path);
        QVERIFY(created.ok());
        workspace = std::move(*created);
        auto defaults = applyDefaultConfiguration(*workspace, QStringLiteral("Simulation"));
        QVERIFY(defaults.ok());
        ids = *defaults;
        QVERIFY(workspace->setSetting(QStringLiteral("time_zone"), QStringLiteral("UTC")).ok());
        QVERIFY(workspace->setSetting(QStringLiteral("as_of"), QStringLiteral("2026-11-22T23:59:59Z")).ok());

        na = add(Territory { 0, 0, "NA", 1 });
        quebec = add(Territory { 0, 0, "Quebec", 2 });
        add(TerritoryArea { 0, 0, na, "US", "" });
        add(TerritoryArea { 0, 0, na, "CA", "" });
        add(TerritoryArea { 0, 0, quebec, "CA", "QC" });
        Segment small;
        small.name = "SMB";
        small.position = 1;
        small.minEmployees = 1;
        small.maxEmployees = 199;
        smb = add(small);
        Segment large;
        large.name = "Enterprise";
        large.position = 2;
        large.minEmployees = 200;
        enterprise = add(large);
        software = add(Industry { 0, 0, "Software" });
        add(Industry { 0, 0, "Retail" });

        sdr = add(Team { 0, 0, "SDR", "team", {}, 0, false });
        ae = add(Team { 0, 0, "AE", "team", {}, 0, false });
        ann = addOwner("Ann", sdr, 3, 2);
        ben = addOwner("Ben", sdr, 3, 1);
        dan = addOwner("Dan", ae, 15, 1);
        tia = addOwner("Tia", ids.fallbackQueue, 50, 1);

        Account a;
        a.externalRef = "ACC-1";
        a.name = "Acme Inc";
        a.normalizedName = "acme";
        a.domain = "acme.com";
        a.ownerId = dan;
        a.teamId = ae;
        acme = add(a);
        Account g;
        g.externalRef = "ACC-2";
        g.name = "Globex GmbH";
        g.normalizedName = "globex";
        g.domain = "globex.de";
        globex = add(g);

        // Active: owned accounts to their owner, then NA to the SDR pool. The draft adds Quebec -> Dan first.
        activeSet = ids.ruleSet;
        RuleConditions owned;
        owned.accountOwned = true;
        RuleConditions inNa;
        inNa.territories = { na };
        rule(activeSet, 1, "Accounts to their owner", owned, AssignKind::AccountOwner);
        rule(activeSet, 2, "NA to SDR", inNa, AssignKind::Pool, 0, sdr);
        auto draft = RuleSetStore(*workspace).createDraft(QStringLiteral("Quebec draft"), activeSet);
        QVERIFY(draft.ok());
        draftSet = *draft;
        RuleConditions inQuebec;
        inQuebec.territories = { quebec };
        quebecRule = rule(draftSet, 0, "Quebec to Dan", inQuebec, AssignKind::Owner, dan).id;
    }

    void addHandoff(qint64 territory, qint64 segment, const QDate &day, qint64 owner, const QString &outcome = Outcome::Accepted)
    {
        HandoffWriter writer(*workspace);
        Handoff h;
        h.signalTypeId = ids.signalTypes.value(QStringLiteral("Demo request"));
        h.territoryId = territory;
        h.segmentId = segment;
        h.industryId = software;
        h.source = QStringLiteral("direct");
        h.handedOffAt = QDateTime(day, QTime(14, 0), QTimeZone::utc()).toSecsSinceEpoch();
        h.ownerId = owner;
        h.outcome = outcome;
        QVERIFY(writer.insert(h).ok());
    }
};

QJsonObject runJson(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(BATON_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    *exitCode = process.exitCode();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestRouteSimulation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("w%1.baton").arg(++m_files)); }

private slots:
    void theLeadsFileReaderTakesTheDocumentedColumns()
    {
        auto file = LeadCsvReader::parse("signal_type,employees,revenue,day,company,ignored\n"
                                         "Demo request,12x,2.5e6,2026-13-01,\"Acme, Inc.\",zzz\n"
                                         "Webinar attended,,,,Plain,\n");
        QVERIFY2(file.ok(), qPrintable(file.errorMessage()));
        QCOMPARE(file->rows.size(), 2);
        const LeadRow &first = file->rows.first();
        QCOMPARE(first.line, 2);
        QCOMPARE(first.signalType, QStringLiteral("Demo request"));
        QCOMPARE(first.company, QStringLiteral("Acme, Inc."));
        QVERIFY(!first.employees); // "12x" is kept as unknown, and said so
        QCOMPARE(*first.revenue, 2.5e6);
        QVERIFY(!first.day.isValid());
        QCOMPARE(file->problems.size(), 2);
        QVERIFY(file->problems.first().startsWith(QStringLiteral("Line 2: employees")));
        QVERIFY(!file->rows.at(1).revenue);

        // Lines are counted in the file: a quoted line break and a blank line move the next record down.
        auto lines = LeadCsvReader::parse("signal_type,company\nDemo request,\"Two\nlines\"\n\nWebinar attended,X\n");
        QVERIFY(lines.ok());
        QCOMPARE(lines->rows.size(), 2);
        QCOMPARE(lines->rows.at(0).line, 2);
        QCOMPARE(lines->rows.at(0).company, QStringLiteral("Two\nlines"));
        QCOMPARE(lines->rows.at(1).line, 5);

        QVERIFY(!LeadCsvReader::parse("country,region\nUS,NY\n").ok()); // no signal_type column
        QVERIFY(!LeadCsvReader::parse("").ok());
        QVERIFY(!LeadCsvReader::read(m_dir.filePath(QStringLiteral("missing.csv"))).ok());
    }

    void leadsAreMatchedToTerritoriesSegmentsAndAccounts()
    {
        Fixture f(nextPath());
        auto model = CoverageModel::load(*f.workspace);
        auto resolver = LeadResolver::load(*f.workspace, *model);
        QVERIFY(resolver.ok());
        auto file = LeadCsvReader::parse(LeadsCsv);
        QVERIFY(file.ok());
        QCOMPARE(file->rows.size(), 10);
        QStringList problems;
        QList<RoutingLead> leads;
        for (const LeadRow &row : file->rows)
            leads << resolver->resolve(row, QDate(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        QCOMPARE(leads.at(0).territoryId, f.na);
        QCOMPARE(leads.at(0).segmentId, f.smb);
        QCOMPARE(leads.at(0).signalTypeId, f.ids.signalTypes.value("Demo request"));
        QCOMPARE(leads.at(0).day, Monday);
        QCOMPARE(leads.at(7).territoryId, f.quebec); // the region's area wins over Canada's
        QCOMPARE(leads.at(7).segmentId, f.enterprise);
        QCOMPARE(leads.at(8).accountId, f.acme); // by email domain
        QCOMPARE(leads.at(8).accountOwnerId, f.dan);
        QCOMPARE(leads.at(8).accountTeamId, f.ae);
        QCOMPARE(leads.at(9).accountId, f.globex); // gmail says nothing; the company name matches
        QCOMPARE(leads.at(9).accountOwnerId, 0);
        QCOMPARE(leads.at(9).territoryId, 0);

        LeadRow byRef;
        byRef.line = 5;
        byRef.signalType = QStringLiteral("Carrier pigeon");
        byRef.account = QStringLiteral("acc-1");
        const RoutingLead lead = resolver->resolve(byRef, Monday, &problems);
        QCOMPARE(lead.accountId, f.acme);
        QCOMPARE(lead.signalTypeId, 0);
        QCOMPARE(lead.day, Monday);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("Carrier pigeon")));
    }

    void aDraftIsSimulatedAgainstTheActiveRules()
    {
        Fixture f(nextPath());
        auto model = CoverageModel::load(*f.workspace);
        auto resolver = LeadResolver::load(*f.workspace, *model);
        auto file = LeadCsvReader::parse(LeadsCsv);
        QList<RoutingLead> leads;
        for (const LeadRow &row : file->rows)
            leads << resolver->resolve(row, Monday);
        auto result = RoutingSimulation::run(*f.workspace, leads, f.draftSet, f.activeSet);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        // NA, weights 2:1, capacity 3 each: Ann, Ben, Ann, Ann, Ben, Ben, then both are full -> fallback.
        // Quebec -> Dan (draft) ; Acme -> Dan (account owner) ; Globex (Germany, no owner) -> fallback.
        QMap<qint64, qint64> owners;
        for (const OwnerLoad &load : result->owners)
            owners.insert(load.ownerId, load.leads);
        QCOMPARE(owners, (QMap<qint64, qint64> { { f.ann, 3 }, { f.ben, 3 }, { f.dan, 2 }, { f.tia, 2 } }));
        QCOMPARE(result->leads, 10);
        QCOMPARE(result->unassigned, 0);
        QCOMPARE(result->fallback, 2);
        QCOMPARE(result->days, 1);
        QCOMPARE(result->rules.value(f.quebecRule), 1);
        const auto ann = std::find_if(result->owners.begin(), result->owners.end(), [&](auto &l) { return l.ownerId == f.ann; });
        QCOMPARE(ann->peakDay, 3);
        QCOMPARE(ann->daysOverCapacity, 0);
        // Against the active rules only the Quebec lead changes: fallback queue -> AE (Dan).
        QCOMPARE(result->fallbackBefore, 3);
        QCOMPARE(result->teamChanged, 1);
        QCOMPARE(result->ownerChanged, 1);
        QCOMPARE(result->ruleChanged, 1);
        QCOMPARE(result->teamMoves, (QMap<std::pair<qint64, qint64>, qint64> { { { f.ids.fallbackQueue, f.ae }, 1 } }));
        QCOMPARE(result->ownerLeadsBefore.value(f.dan), 1);
    }

    void theCommandLineSimulatesAFile()
    {
        Fixture f(nextPath());
        const QString leads = m_dir.filePath(QStringLiteral("leads.csv"));
        QFile file(leads);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(LeadsCsv);
        file.close();
        f.workspace.reset(); // the command opens the file itself
        int exitCode = -1;
        const QJsonObject json = runJson({ "route", f.path, "--simulate", leads, "--rule-set", QString::number(f.draftSet), "--json" },
            &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value("leads").toInteger(), 10);
        QCOMPARE(json.value("unassigned").toInteger(), 0);
        QCOMPARE(json.value("assigned").toInteger(), 10);
        QCOMPARE(json.value("fallback").toInteger(), 2);
        QMap<QString, qint64> owners;
        for (const QJsonValue &owner : json.value("owners").toArray())
            owners.insert(owner["name"].toString(), owner["leads"].toInteger());
        QCOMPARE(owners, (QMap<QString, qint64> { { "Ann", 3 }, { "Ben", 3 }, { "Dan", 2 }, { "Tia", 2 } }));
        QCOMPARE(json.value("compared_with").toObject().value("team_changed").toInteger(), 1);
        // The active rules by default: nothing to compare with, three leads in the fallback queue.
        const QJsonObject active = runJson({ "route", f.path, "--simulate", leads, "--json" }, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(active.value("fallback").toInteger(), 3);
        QVERIFY(!active.contains("compared_with"));
        runJson({ "route", f.path }, &exitCode);
        QCOMPARE(exitCode, 2);
        runJson({ "route", f.path, "--simulate", m_dir.filePath("none.csv") }, &exitCode);
        QCOMPARE(exitCode, 1);
    }

    void ruleSetsAreDraftedActivatedAndDeleted()
    {
        Fixture f(nextPath());
        RuleSetStore store(*f.workspace);
        auto draftRules = store.rules(f.draftSet);
        auto activeRules = store.rules(f.activeSet);
        QCOMPARE(draftRules->size(), 3); // the two copied and the Quebec rule
        QCOMPARE(activeRules->size(), 2);
        QCOMPARE(draftRules->at(1).name, activeRules->at(0).name);
        QVERIFY(draftRules->at(1).id != activeRules->at(0).id);
        QVERIFY(store.activate(f.draftSet).ok());
        QCOMPARE(*store.activeRuleSetId(), f.draftSet);
        RawDatabase raw(f.path);
        QCOMPARE(raw.value("SELECT status FROM routing_rule_set WHERE id = ?", { f.activeSet }).toString(), QStringLiteral("archived"));
        QVERIFY(raw.value("SELECT activated_at FROM routing_rule_set WHERE id = ?", { f.draftSet }).toLongLong() > 0);
        QCOMPARE(raw.value("SELECT count(*) FROM audit_log WHERE entity = 'routing_rule_set' AND field = 'status'").toInt(), 2);
        QVERIFY(!store.remove(f.draftSet).ok()); // the active set stays
        // An archived set whose rules routed handoffs stays too, as history.
        {
            HandoffWriter writer(*f.workspace);
            Handoff h;
            h.handedOffAt = QDateTime(Monday, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
            h.routingRuleId = activeRules->at(1).id;
            QVERIFY(writer.insert(h).ok());
            auto refused = store.remove(f.activeSet);
            QVERIFY(!refused.ok());
            QVERIFY(refused.errorMessage().contains(QStringLiteral("(1 of them)")));
            QVERIFY(execSql(f.workspace->db(), QStringLiteral("DELETE FROM handoff")).ok());
        }
        QVERIFY(store.remove(f.activeSet).ok());
        QCOMPARE(raw.value("SELECT count(*) FROM routing_rule WHERE rule_set_id = ?", { f.activeSet }).toInt(), 0);
        QCOMPARE(raw.value("SELECT count(*) FROM audit_log WHERE entity = 'routing_rule' AND action = 'delete'").toInt(), 2);
        QCOMPARE(*store.resolve(0), f.draftSet);
        QVERIFY(!store.resolve(9999).ok());
    }

    void theWorkspacesHandoffsCanBeReplayed()
    {
        Fixture f(nextPath());
        f.addHandoff(f.na, f.smb, Monday, f.ann);
        f.addHandoff(f.quebec, f.enterprise, Monday.addDays(1), f.tia);
        f.addHandoff(f.quebec, f.enterprise, Monday.addDays(8), f.tia); // after the range
        auto leads = RoutingSimulation::handoffLeads(*f.workspace, Monday, Monday.addDays(6));
        QVERIFY(leads.ok());
        QCOMPARE(leads->size(), 2);
        QCOMPARE(leads->at(0).territoryId, f.na);
        QCOMPARE(leads->at(1).territoryId, f.quebec);
        QCOMPARE(leads->at(1).day, Monday.addDays(1));
        auto result = RoutingSimulation::run(*f.workspace, *leads, f.draftSet, f.activeSet);
        QCOMPARE(result->fallback, 0);
        QCOMPARE(result->fallbackBefore, 1);
        QCOMPARE(result->days, 2);
    }

    void aRosterWhatIfShowsLostScenariosAndTheNewLoad()
    {
        Fixture f(nextPath());
        QVERIFY(RuleSetStore(*f.workspace).activate(f.draftSet).ok());
        // Four weeks before the as-of day (2026-10-26 .. 2026-11-22): five Quebec leads, four in NA.
        for (int i = 0; i < 5; ++i)
            f.addHandoff(f.quebec, f.smb, QDate(2026, 10, 26).addDays(i), f.dan);
        for (int i = 0; i < 4; ++i)
            f.addHandoff(f.na, f.smb, QDate(2026, 11, 2).addDays(i), f.ann);
        f.addHandoff(f.quebec, f.smb, QDate(2026, 11, 20), f.dan, Outcome::Open);

        RosterChange change;
        change.ownerId = f.dan;
        change.kind = RosterChange::Kind::Leaving;
        change.from = QDate(2026, 11, 23);
        auto result = RosterWhatIf::run(*f.workspace, change, 4);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        // Every Quebec scenario loses Dan (the Quebec rule comes before the account rule): signal types x
        // 2 segments x 2 industries x 2. Without an owned account they reach only the fallback; with one, the
        // account owner's rule.
        const int signalTypes = int(f.ids.signalTypes.size());
        QCOMPARE(result->shifts.size(), signalTypes * 2 * 2 * 2);
        for (const ScenarioShift &shift : result->shifts) {
            QCOMPARE(result->before->rules().at(shift.before.rule).id, f.quebecRule);
            if (shift.scenario.accountOwned) {
                QCOMPARE(result->after->rules().at(shift.after.rule).name, QStringLiteral("Accounts to their owner"));
            } else {
                QCOMPARE(shift.after.reach, CoverageAnalysis::Reach::FallbackOnly);
                QCOMPARE(shift.after.rule, -1);
            }
        }
        // Replaying the 10 handoffs of the window: Dan's 6 Quebec leads go to Tia instead.
        QCOMPARE(result->weekdays, 20);
        QCOMPARE(result->replayedLeads, 10);
        QMap<qint64, std::pair<qint64, qint64>> loads;
        for (const ProjectedLoad &load : result->loads)
            loads.insert(load.ownerId, { load.leadsBefore, load.leadsAfter });
        QCOMPARE(loads.value(f.dan), (std::pair<qint64, qint64> { 6, 0 }));
        QCOMPARE(loads.value(f.tia), (std::pair<qint64, qint64> { 0, 6 }));
        QCOMPARE(loads.value(f.ann).first + loads.value(f.ben).first, 4);
        QCOMPARE(result->fallbackBefore, 0);
        QCOMPARE(result->fallbackAfter, 6);
        const auto tia = std::find_if(result->loads.begin(), result->loads.end(), [&](auto &l) { return l.ownerId == f.tia; });
        QCOMPARE(tia->perDayAfter, 6 / 20.0);
        QCOMPARE(result->ownedAccounts, 1);
        QCOMPARE(result->openHandoffs, 1);

        // Away for a week instead: the same scenarios lose Dan for that week only.
        change.kind = RosterChange::Kind::Away;
        change.to = change.from.addDays(4);
        auto away = RosterWhatIf::run(*f.workspace, change, 4);
        QCOMPARE(away->shifts.size(), signalTypes * 2 * 2 * 2);
        change.to = change.from.addDays(-1);
        QVERIFY(!RosterWhatIf::run(*f.workspace, change, 4).ok());
    }

    void recordsOfOwnersWhoAreNotThereAreFlagged()
    {
        Fixture f(nextPath());
        f.addHandoff(f.na, f.smb, QDate(2026, 11, 2), f.dan, Outcome::Open);
        f.addHandoff(f.na, f.smb, QDate(2026, 11, 12), f.dan); // after his last day: a misroute
        f.addHandoff(f.na, f.smb, QDate(2026, 11, 12), f.ann, Outcome::Open);
        auto dan = Repository<Owner>(*f.workspace).get(f.dan);
        dan->activeUntil = QDate(2026, 11, 6);
        QVERIFY(Repository<Owner>(*f.workspace).update(*dan).ok());
        f.add(OwnerAbsence { 0, 0, f.ann, QDate(2026, 11, 20), QDate(2026, 11, 27), {} });
        auto model = CoverageModel::load(*f.workspace);
        auto flags = InactiveOwners::find(*f.workspace, *model, QDate(2026, 11, 22));
        QVERIFY(flags.ok());
        QCOMPARE(flags->inactiveOwners, QList<qint64> { f.dan });
        QCOMPARE(flags->awayOwners, QList<qint64> { f.ann });
        QCOMPARE(flags->accountsByOwner, (QMap<qint64, qint64> { { f.dan, 1 } }));
        QCOMPARE(flags->openHandoffsByOwner, (QMap<qint64, qint64> { { f.dan, 1 }, { f.ann, 1 } }));
        QCOMPARE(flags->assignedAfterLeaving, 1);
        // The drill-down filter selects exactly those open handoffs.
        HandoffRepository handoffs(*f.workspace);
        QCOMPARE(*handoffs.count(flags->openHandoffsFilter()), 2);
        // Before Dan left and Ann went away, nobody is flagged.
        auto earlier = InactiveOwners::find(*f.workspace, *model, QDate(2026, 11, 5));
        QVERIFY(earlier->inactiveOwners.isEmpty() && earlier->awayOwners.isEmpty());
        QCOMPARE(*handoffs.count(earlier->openHandoffsFilter()), 0);
    }
};

QTEST_GUILESS_MAIN(TestRouteSimulation)
#include "tst_routesimulation.moc"
