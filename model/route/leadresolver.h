#pragma once

// Route: turns a row of a leads file into what the router needs: the signal type and industry by
// name (without case), the territory from country/region (TerritoryResolver), the segment from the
// company size (SegmentResolver), and the account the lead belongs to: by the account's CRM id, else
// by the workspace's account-matching rules in their order (email domain, ignoring free-mail domains;
// normalized company name). This is a simple matcher for simulations; the importer has its own.

#include "route/leadcsv.h"
#include "route/router.h"
#include "route/segmentresolver.h"
#include "route/territoryresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace baton {

class Workspace;

class LeadResolver final
{
    Q_DECLARE_TR_FUNCTIONS(baton::LeadResolver)
public:
    static Result<LeadResolver> load(Workspace &workspace, const CoverageModel &model);

    // `defaultDay` stands in for a missing day; what cannot be resolved is added to *problems.
    RoutingLead resolve(const LeadRow &row, const QDate &defaultDay, QStringList *problems = nullptr) const;

private:
    struct AccountRef
    {
        qint64 id = 0;
        qint64 ownerId = 0;
        qint64 teamId = 0;
    };
    LeadResolver() = default;
    const AccountRef *matchAccount(const LeadRow &row) const;

    QHash<QString, qint64> m_signalTypes; // lower-case name -> id
    QHash<QString, qint64> m_industries;
    TerritoryResolver m_territories;
    SegmentResolver m_segments;
    QList<AccountRef> m_accounts;
    QHash<QString, int> m_byRef;
    QHash<QString, int> m_byDomain;
    QHash<QString, int> m_byName;
    QStringList m_matchOrder; // account_match_rule kinds, enabled ones in position order
    QSet<QString> m_freeMail;
    QStringList m_suffixes;
};

} // namespace baton
