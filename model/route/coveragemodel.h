#pragma once

// Route: everything routing and coverage analysis read from a workspace, loaded in one go so that
// the router and the analysis work on plain values (and tests can build them by hand).

#include "define/contract.h"
#include "route/coverage.h"

namespace baton {

class Workspace;

struct CoverageModel
{
    QList<SignalType> signalTypes;
    QList<Territory> territories;
    QList<TerritoryArea> areas;
    QList<Segment> segments; // in position order
    QList<Industry> industries;
    QList<Team> teams;
    QList<Owner> owners;
    QList<OwnerAbsence> absences;
    QList<TeamMember> members;

    static Result<CoverageModel> load(Workspace &workspace);

    // The fallback queue (team.is_fallback = 1), or 0 when the workspace has none.
    qint64 fallbackTeamId() const;
    const Owner *owner(qint64 id) const;
    const Team *team(qint64 id) const;
    const SignalType *signalType(qint64 id) const;
    QString ownerName(qint64 id) const;
    QString teamName(qint64 id) const;
};

} // namespace baton
