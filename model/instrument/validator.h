#pragma once

// The validator: checks handoffs against the active contract, the stage map and the data standard, and
// reports every violation with its kind, the handoff and the rule it broke, plus data-quality scores per
// source and campaign (see validationreport.h for the definitions).
//
//   auto validator = Validator::load(workspace);
//   auto report = validator->run(workspace);            // streams every handoff once
//
// run() reads handoffs and their stage changes in one pass each, ordered by handoff id, with two prepared
// statements merged side by side; only one handoff is held at a time. Duplicates are judged in that order.
// check() judges a single handoff (an importer can call it per row); it remembers identities for the
// duplicate rule, so one Validator should see each handoff once.

#include "accountmatcher.h"
#include "data/handofffilter.h"
#include "define/contractservice.h"
#include "duplicatefinder.h"
#include "handofffields.h"
#include "map/stagemap.h"
#include "utmchecker.h"
#include "validationreport.h"

#include <functional>
#include <optional>

namespace baton {

class Workspace;

struct ValidationOptions
{
    // Keep every violation in ValidationReport::details (drill-down); off for counts only.
    bool keepDetails = true;
    // Called every few thousand handoffs; return false to cancel (run() then fails with Error::Kind::Cancelled).
    std::function<bool(qint64 done, qint64 total)> progress;
    // Only the handoffs this filter selects (a week, say); duplicates are then judged among those only.
    HandoffFilter filter;
};

class Validator final
{
public:
    // Everything the checks need, loaded once.
    struct Rules
    {
        std::optional<ContractDocument> contract; // the active version; no contract checks without one
        QHash<qint64, QString> signalNames;
        StageMap stageMap;
        QList<StageRequirement> requirements;
        QList<UtmConvention> utmConventions;
        QList<IdentityRule> identityRules;
        AccountMatcher accounts;
    };

    // One broken rule found by check().
    struct Finding
    {
        ViolationKind kind;
        QString rule;
        qint64 relatedId = 0;
    };

    explicit Validator(Rules rules);
    static Result<Validator> load(Workspace &workspace);

    // Judges one handoff with its stage changes (in order); `context` is its parsed context JSON.
    void check(const Handoff &handoff, const QJsonObject &context, const QList<StageChange> &changes,
        QList<Finding> *findings);
    // Whether check() reads the context JSON (a contract term or a rule names a context field).
    bool needsContext() const { return m_needsContext; }
    // Fields check() reads from a handoff beyond the base set (for callers that load handoffs partially).
    QList<HandoffFields::Field> fieldsRead() const;

    // Checks every handoff of the workspace.
    Result<ValidationReport> run(Workspace &workspace, const ValidationOptions &options = {});

    const Rules &rules() const { return m_rules; }

private:
    struct TermRules
    {
        QString minFitGrade;
        QString fitRule;
        QList<std::pair<HandoffFields::FieldRef, QString>> attributes; // field, rule text
        QList<std::pair<HandoffFields::FieldRef, QString>> context;
    };
    struct StageRules
    {
        QList<std::pair<HandoffFields::FieldRef, QString>> fields;
        QList<std::pair<HandoffFields::FieldRef, QString>> timestamps;
    };

    void prepare();
    const QString &orderRule(HandoffFields::Field before, HandoffFields::Field after);
    const QString &transitionRule(qint64 from, qint64 to);

    Rules m_rules;
    UtmChecker m_utm;
    DuplicateFinder m_duplicates;
    QHash<qint64, TermRules> m_terms; // by signal type
    QHash<qint64, StageRules> m_stages; // by stage
    QString m_noTermRule;
    QString m_noSignalRule;
    QString m_domainRule;
    QString m_companyRule;
    QList<QString> m_duplicateRules; // by identity rule index
    QList<std::pair<HandoffFields::Field, QString>> m_utmFields;
    QHash<int, QString> m_orderRules;
    QHash<std::pair<qint64, qint64>, QString> m_transitionRules;
    bool m_needsContext = false;
};

} // namespace baton
