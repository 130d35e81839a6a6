#pragma once

// A small coverage model built by hand for the routing and coverage suites: three signal types (one per
// intent tier), three territories, two segments, two industries, three teams (one the fallback queue)
// and six owners.

#include "route/coveragemodel.h"
#include "route/routingrules.h"

namespace baton::test {

struct RouteFixture
{
    enum : qint64 {
        Demo = 1, // high intent
        Pricing = 2, // medium
        Webinar = 3, // low
        NA = 10,
        EMEA = 11,
        APAC = 12,
        SMB = 20,
        Enterprise = 21,
        Software = 30,
        Health = 31,
        SdrTeam = 40,
        Fallback = 41,
        AeTeam = 42,
        Ann = 50, // SDR, weight 3
        Ben = 51, // SDR, weight 2
        Cat = 52, // SDR, weight 1
        Dan = 53, // AE
        Eve = 54, // AE
        Triage = 55, // fallback queue
    };

    CoverageModel model;

    RouteFixture()
    {
        model.signalTypes = { { Demo, 1, "Demo request", "high", {}, 1 }, { Pricing, 1, "Pricing page", "medium", {}, 2 },
            { Webinar, 1, "Webinar", "low", {}, 3 } };
        model.territories = { { NA, 1, "NA", 1 }, { EMEA, 1, "EMEA", 2 }, { APAC, 1, "APAC", 3 } };
        Segment smb;
        smb.id = SMB;
        smb.name = "SMB";
        smb.position = 1;
        smb.maxEmployees = 999;
        Segment enterprise;
        enterprise.id = Enterprise;
        enterprise.name = "Enterprise";
        enterprise.position = 2;
        enterprise.minEmployees = 1000;
        model.segments = { smb, enterprise };
        model.industries = { { Software, 1, "Software" }, { Health, 1, "Healthcare" } };
        model.teams = { { SdrTeam, 1, "SDR", "team", {}, 0, false }, { Fallback, 1, "Triage", "queue", {}, 0, true },
            { AeTeam, 1, "AE", "team", {}, 0, false } };
        addOwner(Ann, "Ann", SdrTeam, 100);
        addOwner(Ben, "Ben", SdrTeam, 100);
        addOwner(Cat, "Cat", SdrTeam, 100);
        addOwner(Dan, "Dan", AeTeam, 100);
        addOwner(Eve, "Eve", AeTeam, 100);
        addOwner(Triage, "Triage", Fallback, 1);
        model.members = { { 1, 1, SdrTeam, Ann, 3 }, { 2, 1, SdrTeam, Ben, 2 }, { 3, 1, SdrTeam, Cat, 1 },
            { 4, 1, AeTeam, Dan, 1 }, { 5, 1, AeTeam, Eve, 1 }, { 6, 1, Fallback, Triage, 1 } };
    }

    void addOwner(qint64 id, const QString &name, qint64 team, int capacity)
    {
        Owner owner;
        owner.id = id;
        owner.name = name;
        owner.teamId = team;
        owner.capacityPerDay = capacity;
        model.owners << owner;
    }
    Owner &owner(qint64 id)
    {
        for (Owner &o : model.owners)
            if (o.id == id)
                return o;
        qFatal("no owner");
    }

    static RoutingRule rule(qint64 id, int position, const RuleConditions &conditions, const QString &kind,
        qint64 owner = 0, qint64 team = 0)
    {
        RoutingRule r;
        r.id = id;
        r.ruleSetId = 1;
        r.position = position;
        r.name = QStringLiteral("Rule %1").arg(id);
        r.conditions = conditions;
        r.assignKind = kind;
        r.assignOwnerId = owner;
        r.assignTeamId = team;
        return r;
    }
    static RuleConditions territories(const QList<qint64> &ids)
    {
        RuleConditions c;
        c.territories = ids;
        return c;
    }
};

} // namespace baton::test
