#pragma once

// The identity rules of the data standard: which fields make two records the same lead, tried in order.
// Rules can be added, renamed, re-ordered, switched off and removed (undoable).

#include "instrument/datastandard.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace baton {

class Workspace;
class WorkspaceSession;

class IdentityRulesTab final : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityRulesTab(WorkspaceSession *session, QWidget *parent = nullptr);
    void reload(Workspace &workspace);
    QTableWidget *table() const { return m_table; }

private:
    void edited(int row, int column);
    void move(int delta);
    int currentRow() const;

    WorkspaceSession *m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QList<IdentityRule> m_rules;
    bool m_filling = false;
};

} // namespace baton
