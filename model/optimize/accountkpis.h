#pragma once

// Account-based motion: every handoff of one account judged together. The account list reads the account
// cube (kpi_account, migration 003) a page at a time; one account's detail, engagement timeline and KPIs
// read that account's handoffs through the handoff_account index.

#include "core/result.h"
#include "data/handofffilter.h"
#include "kpitally.h"

#include <QList>
#include <QString>

#include <optional>

namespace baton {

class Workspace;

struct AccountSummary
{
    qint64 id = 0;
    QString name;
    QString domain;
    QString segment;
    QString territory;
    QString owner;
    QString team;
    QString stage; // the furthest lifecycle stage any of its handoffs is in (funnel stages before side stages)
    KpiCounts counts; // all time; the SLA counts are not used here (they depend on "now")
    std::optional<qint64> lastHandoffAt;

    std::optional<double> acceptanceRate() const;
    std::optional<double> conversionRate() const;
};

// One thing that happened to one of the account's handoffs.
struct AccountEngagement
{
    qint64 at = 0;
    qint64 handoffId = 0;
    QString lead; // lead reference or contact
    QString what; // "Handed off: Demo request (webinar / spring-launch)"
    QString who; // owner
};

struct AccountDetail
{
    AccountSummary summary;
    qint64 ownerId = 0;
    qint64 teamId = 0;
    QString parent;
    KpiFigures figures; // the account's handoffs in the period, as one motion
    std::optional<double> ownerShare; // handoffs owned by the account's owner / handoffs
    qint64 owners = 0; // distinct owners who held its handoffs
};

class AccountKpis final
{
public:
    enum Column {
        Name,
        Domain,
        Segment,
        Territory,
        Owner,
        Team,
        Stage,
        Handoffs,
        AcceptanceRate,
        Opportunities,
        ConversionRate,
        Won,
        Pipeline,
        WonAmount,
        LastHandoff,
        ColumnCount
    };

    explicit AccountKpis(Workspace &workspace) : m_workspace(workspace) { }

    // Account ids whose name or domain contains `search`, in the order of `sortBy`.
    Result<QList<qint64>> ids(const QString &search, Column sortBy, bool descending) const;
    // The summaries of these accounts, in the same order.
    Result<QList<AccountSummary>> byIds(const QList<qint64> &ids) const;
    // One account with its KPIs over the handoffs `period` selects (its accounts field is replaced).
    Result<AccountDetail> detail(qint64 accountId, const HandoffFilter &period = {}) const;
    // Everything that happened to the account's handoffs, newest first, at most `limit` events.
    Result<QList<AccountEngagement>> engagements(qint64 accountId, int limit = 2000) const;

private:
    Workspace &m_workspace;
};

} // namespace baton
