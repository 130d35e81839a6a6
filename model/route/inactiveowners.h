#pragma once

// Route: records held by owners who are not there, a classic source of lost leads. On a given day an
// owner is inactive when the day is outside their active dates, and away when an absence covers it.
//  - accounts owned by an inactive owner: their leads can no longer reach that owner (account-owner rules
//    pass them to the account's team, or on to the next rule);
//  - open handoffs (outcome 'open': neither accepted nor rejected) owned by an inactive or away owner;
//  - handoffs assigned after their owner's last day (handed off after active_until, in the workspace's
//    reporting time zone): routing that ignored the roster.

#include "data/handofffilter.h"
#include "route/coveragemodel.h"

#include <QDate>
#include <QMap>

namespace baton {

class Workspace;

struct InactiveOwnerFlags
{
    QDate day;
    QList<qint64> inactiveOwners; // outside their active dates on `day`
    QList<qint64> awayOwners; // absent on `day`
    QMap<qint64, qint64> accountsByOwner; // inactive owner -> accounts they still own
    QMap<qint64, qint64> openHandoffsByOwner; // inactive or away owner -> open handoffs
    qint64 assignedAfterLeaving = 0;

    qint64 accounts() const;
    qint64 openHandoffs() const;
    // The open handoffs of inactive and away owners, for a drill-down.
    HandoffFilter openHandoffsFilter() const;
};

class InactiveOwners final
{
public:
    // Judged on `day` with the owners (and absences) of `model`, which may hold a what-if change.
    static Result<InactiveOwnerFlags> find(Workspace &workspace, const CoverageModel &model, const QDate &day);
};

} // namespace baton
