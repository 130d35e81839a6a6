#pragma once

// The written definition of every number the Feedback and Optimize steps show. The application shows them
// (tooltips and the Definitions panels), README.md's "What the numbers mean" repeats them, and the tests
// check that both list every one.

#include <QList>
#include <QString>

namespace baton {

struct KpiDefinition
{
    QString key; // the JSON field of `baton kpi`, e.g. "acceptance_rate"
    QString name; // "Acceptance rate"
    QString definition;
};

namespace KpiDefinitions {
QList<KpiDefinition> all();
// The definition of `key`, or an empty one.
KpiDefinition of(const QString &key);
// "Name: definition", for tooltips.
QString tooltip(const QString &key);
} // namespace KpiDefinitions

} // namespace baton
