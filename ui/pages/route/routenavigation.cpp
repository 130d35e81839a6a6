#include "routenavigation.h"

#include "mainwindow.h"
#include "rulespage.h"

namespace baton {

void showRoutingRule(QWidget *from, qint64 ruleId)
{
    auto *window = qobject_cast<MainWindow *>(from->window());
    if (!window || !window->showPage(QStringLiteral("route/rules")))
        return;
    if (auto *rules = window->findChild<RulesPage *>())
        rules->showRule(ruleId);
}

} // namespace baton
