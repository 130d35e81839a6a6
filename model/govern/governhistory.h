#pragma once

// What was in force at the end of a past week, where the workspace keeps history: the contract version
// (activation and supersession instants, signatures with their instants) and the routing rule set (activation
// instants). Also the validator run over one week's handoffs against the contract in force then, which the
// maturity evidence, the meeting agenda and the scorecard share.

#include "core/isoweek.h"
#include "core/result.h"
#include "instrument/validationreport.h"

namespace baton {

class Workspace;

struct ContractAt
{
    qint64 versionId = 0; // the version active at the instant, 0 when none
    int number = 0;
    // Signatures before the instant on the active version; with none active, the most any version had by then.
    int partiesSigned = 0;
};

class GovernHistory final
{
public:
    static Result<ContractAt> contractAt(Workspace &workspace, qint64 instant);
    // The rule set that routed leads at `instant`: the latest one activated before it; when none was activated
    // before it (history imported after the rules went live), the active set if it records no activation, else
    // the first set ever activated; 0 when there is no set but drafts.
    static Result<qint64> ruleSetAt(Workspace &workspace, qint64 instant);
    // The Validator over the handoffs of `week`, against the contract active at the week's end, the stage map
    // and the data standard. Duplicates are judged among the week's handoffs only.
    static Result<ValidationReport> validateWeek(Workspace &workspace, const IsoWeek &week);
    // Handoffs of a report that break the contract or the stage map: not_qualified, missing_context or
    // illegal_transition (the report must keep its details).
    static qint64 definitionViolations(const ValidationReport &report);
};

} // namespace baton
