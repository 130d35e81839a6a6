#pragma once

// Route: the router. A rule set is compiled once into bitsets (for every value of every condition,
// the rules that accept it), so routing a lead is a handful of word-wide ANDs plus the assignment,
// not a walk through the rules' JSON.
//
// Semantics (the one definition; coverage analysis and the simulation follow it):
//  - Enabled rules are tried in position order. A rule matches when every condition it has holds
//    (a missing condition matches anything; source is compared without case; "account owned" means
//    the lead matched an account that has an owner).
//  - The first matching rule that can assign wins:
//      owner          the named owner, if available that day (active dates, not absent);
//      pool           weighted round robin (smooth, as nginx does it) over the team's members who are
//                     available that day, have a weight above 0 and are below their capacity per day;
//      account_owner  the account's owner if available that day, else round robin over the account's
//                     team (as for a pool).
//    A matching rule that cannot assign (everyone away or full) passes the lead on to the next rule.
//  - A lead that no rule assigns goes to the fallback queue: round robin over its available members,
//    without a capacity limit (the fallback is the safety net). So every lead gets a team; it has no
//    owner only when the fallback queue has nobody available.
//
// Capacity is counted per owner and calendar day over the leads this router has assigned (plus what
// the caller preloads with roster().addLoad()). A lead with an invalid day ignores dates and load (an
// owner with a capacity of 0 still gets no round-robin leads).
//
//   auto router = Router::load(workspace);            // the active rule set
//   RoutingDecision d = router->route(lead);          // per lead; the importer calls this per row

#include "route/coveragemodel.h"
#include "route/ownerroster.h"
#include "route/routingrules.h"

#include <QDate>
#include <QHash>

#include <vector>

namespace baton {

class Workspace;

// What routing needs to know about one lead; ids are 0 when unknown (see TerritoryResolver and
// SegmentResolver for turning a place and a company size into ids).
struct RoutingLead
{
    qint64 signalTypeId = 0;
    qint64 territoryId = 0;
    qint64 segmentId = 0;
    qint64 industryId = 0;
    QString source;
    qint64 accountId = 0; // the matched account
    qint64 accountOwnerId = 0; // its owner (0: none)
    qint64 accountTeamId = 0; // its team (0: none)
    QDate day; // the calendar day the lead is routed on
};

struct RoutingDecision
{
    qint64 ruleId = 0; // the rule that assigned the lead; 0 when the fallback queue took it
    qint64 ownerId = 0; // 0 only when the fallback queue had nobody available
    qint64 teamId = 0;
    bool fallback = false; // the lead went to the fallback queue (by no rule, or by a rule naming it)
};

class Router final
{
public:
    // Loads the workspace's coverage model and the rule set (0 = the active one) and compiles them.
    static Result<Router> load(Workspace &workspace, qint64 ruleSetId = 0);
    // Compiles `rules` (any order; disabled ones are left out). Fails when there is no fallback queue.
    static Result<Router> compile(const CoverageModel &model, const QList<RoutingRule> &rules);

    RoutingDecision route(const RoutingLead &lead);
    // The first enabled rule (index into rules()) whose conditions match, ignoring whether it could
    // assign; -1 when none matches.
    int firstMatch(const RoutingLead &lead) const;

    // The enabled rules in routing order.
    const QList<RoutingRule> &rules() const { return m_rules; }
    // The name of one of them (empty for 0, the fallback queue).
    QString ruleName(qint64 ruleId) const;
    qint64 fallbackTeamId() const { return m_fallbackTeam; }
    OwnerRoster &roster() { return m_roster; }
    const OwnerRoster &roster() const { return m_roster; }

private:
    struct Member
    {
        int owner = 0; // roster index
        int weight = 0;
        qint64 current = 0; // smooth weighted round robin state
    };
    struct Pool
    {
        qint64 teamId = 0;
        std::vector<Member> members;
    };
    enum class Kind { Owner, Pool, AccountOwner };
    struct Target
    {
        Kind kind = Kind::Pool;
        int owner = -1; // roster index, for Kind::Owner
        int pool = -1; // for Kind::Pool
    };
    // One condition turned into a table: for each value index, a bitset over the rules.
    struct Axis
    {
        std::vector<int> denseById; // id -> value index (0 = any value no rule names)
        QHash<qint64, int> sparseById; // for ids too large for the dense table
        std::vector<quint64> bits; // values x words
        int valueOf(qint64 id) const;
    };

    Router() = default;
    void matchBits(const RoutingLead &lead, quint64 *out) const;
    int sourceValue(const QString &source) const;
    bool assign(const Target &target, const RoutingLead &lead, qint64 day, bool dated, RoutingDecision *decision);
    int pickFromPool(Pool &pool, qint64 day, bool dated, bool respectCapacity);
    int poolIndex(qint64 teamId) const { return m_poolByTeam.value(teamId, -1); }
    static void buildAxis(Axis *axis, const QList<qint64> &ids, int words);

    QList<RoutingRule> m_rules;
    QHash<qint64, int> m_ruleIndex;
    std::vector<Target> m_targets;
    int m_words = 1;
    Axis m_signal;
    Axis m_territory;
    Axis m_segment;
    Axis m_industry;
    QHash<QString, int> m_sources; // lower-case source named by a rule -> value index (0 = any other)
    std::vector<quint64> m_sourceBits;
    std::vector<quint64> m_ownedBits; // 2 x words: not account-owned, account-owned
    OwnerRoster m_roster;
    std::vector<Pool> m_pools;
    QHash<qint64, int> m_poolByTeam;
    qint64 m_fallbackTeam = 0;
};

} // namespace baton
