#pragma once

// The pages of the main window, grouped by the workflow step they belong to:
// Define -> Map -> Instrument -> Route -> Enforce -> Feedback -> Optimize, then Govern.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace baton {

class Page;
class WorkspaceSession;

enum class WorkflowStep { Workspace, Define, Map, Instrument, Route, Enforce, Feedback, Optimize, Govern };

struct PageInfo
{
    QString id; // stable, stored in settings: "define/contract"
    WorkflowStep step;
    QString title;
    QString summary; // what the page holds, shown in its header
    std::function<Page *(WorkspaceSession *)> create;
};

class PageCatalog
{
    Q_DECLARE_TR_FUNCTIONS(baton::PageCatalog)
public:
    static QList<PageInfo> pages();
    static QString stepName(WorkflowStep step);
    static QString stepPurpose(WorkflowStep step);
    static QList<WorkflowStep> steps();
};

} // namespace baton
