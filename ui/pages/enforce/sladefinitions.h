#pragma once

// What every number on the Enforce pages means, in one place: the column tooltips and the Definitions
// panel both read it (README.md's "What the numbers mean" says the same).

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace baton {

enum class SlaTerm {
    Week,
    AsOf,
    Handoffs,
    UnderSla,
    Met,
    Decided,
    Missed,
    Breaching,
    Pending,
    Compliance,
    MedianFirstTouch,
    P90FirstTouch,
    MedianRoutingDelay,
    MedianResponse,
    ElapsedPercent,
    EscalationStep,
    Calendar,
    Trend,
};

class SlaDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(baton::SlaDefinitions)
public:
    static QString name(SlaTerm term);
    static QString text(SlaTerm term);
    static QList<SlaTerm> all();
    // The whole list as rich text, for the Definitions panel.
    static QString html();
};

} // namespace baton
