#pragma once

// Route: rules and assignments in words, with names instead of ids, for the pages of the Route step.

#include "route/coveragemodel.h"
#include "route/routingrules.h"

#include <QCoreApplication>

namespace baton {

class RouteText final
{
    Q_DECLARE_TR_FUNCTIONS(baton::RouteText)
public:
    // "Signal: Demo request · Territory: NA East, NA West · account owned", or "Every lead".
    static QString conditions(const RuleConditions &conditions, const CoverageModel &model);
    // "Round robin: NA SDR", "Owner: Jonas Weber", "Account owner, else the account's team".
    static QString assignment(const RoutingRule &rule, const CoverageModel &model);
    static QString assignKindName(const QString &kind);
    static QString ruleSetLabel(const RoutingRuleSet &set);
};

} // namespace baton
