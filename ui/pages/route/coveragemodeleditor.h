#pragma once

// The coverage model that routing rules refer to, as tabs of tables with add, edit and remove:
// territories (with their countries and regions), segments, industries, teams and queues (with their
// members' weights) and owners (with capacity, active dates and absences). Every change is one undoable
// command on the session's stack, audited through the repositories.

#include "route/coveragemodel.h"

#include <QTabWidget>

#include <functional>

class QTableWidget;

namespace baton {

class WorkspaceSession;

class CoverageModelEditor final : public QTabWidget
{
    Q_OBJECT
public:
    explicit CoverageModelEditor(WorkspaceSession *session, QWidget *parent = nullptr);

    void setModel(const CoverageModel &model);

private:
    struct Tab
    {
        QTableWidget *table = nullptr;
        std::function<void()> add;
        std::function<void(qint64)> edit;
        std::function<void(qint64)> remove;
    };
    QWidget *buildTab(Tab *tab, const QStringList &headers, const QString &what);
    static void fill(QTableWidget *table, const QList<std::pair<qint64, QStringList>> &rows);
    bool refuseRemoval(const QString &table, qint64 id, const QString &name);

    void editTerritory(qint64 id);
    void removeTerritory(qint64 id);
    void editSegment(qint64 id);
    void removeSegment(qint64 id);
    void editIndustry(qint64 id);
    void removeIndustry(qint64 id);
    void editTeam(qint64 id);
    void removeTeam(qint64 id);
    void editOwner(qint64 id);
    void removeOwner(qint64 id);

    WorkspaceSession *m_session;
    CoverageModel m_model;
    Tab m_territories;
    Tab m_segments;
    Tab m_industries;
    Tab m_teams;
    Tab m_owners;
};

} // namespace baton
