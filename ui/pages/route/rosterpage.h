#pragma once

// Route · Roster what-ifs: mark an owner as leaving or out of office and see, before it happens, which
// scenarios lose their owner and where they would go, and the load per owner projected from recent
// handoffs. Nothing is saved until "Record it" (undoable). Below, the records held by owners who are not
// there today: accounts and open handoffs, with a drill-down to the handoffs.

#include "pages/page.h"
#include "route/coveragemodel.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace baton {

class HandoffView;

class RosterPage final : public Page
{
    Q_OBJECT
public:
    explicit RosterPage(WorkspaceSession *session, QWidget *parent = nullptr);

    // For tests: choose the what-if and run it.
    void setWhatIf(qint64 ownerId, bool leaving, const QDate &from, const QDate &to = {});
    bool runWhatIf();
    QTableWidget *shiftsTable() const { return m_shifts; }
    QTableWidget *loadTable() const { return m_loads; }
    QTableWidget *flagsTable() const { return m_flags; }

protected:
    void reload() override;

private:
    void showFlags();
    void record();

    QComboBox *m_owner;
    QRadioButton *m_leaving;
    QRadioButton *m_away;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_leaveDay;
    QSpinBox *m_weeks;
    QPushButton *m_run;
    QPushButton *m_record;
    QLabel *m_summary;
    QTableWidget *m_shifts;
    QTableWidget *m_loads;
    QLabel *m_flagsTitle;
    QTableWidget *m_flags;
    QPushButton *m_showOpen;
    HandoffView *m_handoffs;
    QLabel *m_empty;
    QWidget *m_content;
    CoverageModel m_model;
    QString m_workspacePath;
};

} // namespace baton
