#pragma once

// Routes leads through a rule set before it goes live: a CSV file of leads (columns as for
// `baton route --simulate`) or the workspace's own handoffs over a date range. Shows who gets what,
// the load per owner against capacity, and what changes against the active rules.

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace baton {

class WorkspaceSession;

class SimulationDialog final : public QDialog
{
    Q_OBJECT
public:
    SimulationDialog(WorkspaceSession *session, qint64 ruleSetId, QWidget *parent = nullptr);

    // Runs with the current choices; public for tests.
    bool run();
    QTableWidget *ownersTable() const { return m_owners; }
    void setLeadsFile(const QString &path);
    void useHandoffs(const QDate &from, const QDate &to);

private:
    WorkspaceSession *m_session;
    qint64 m_ruleSetId;
    QRadioButton *m_fromFile;
    QRadioButton *m_fromHandoffs;
    QLineEdit *m_file;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QTableWidget *m_owners;
    QTableWidget *m_moves;
    QPlainTextEdit *m_problems;
};

} // namespace baton
