#pragma once

// Click-through between the Route pages: shows a rule on the Routing rules page of the window that
// holds `from`.

#include <QtGlobal>

class QWidget;

namespace baton {

void showRoutingRule(QWidget *from, qint64 ruleId);

} // namespace baton
