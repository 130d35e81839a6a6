#pragma once

// Enforce → SLA policies: per signal type the time-to-first-touch target, whose calendar the clock runs
// on and the escalation ladder; and the business-hours calendars themselves. Every edit is undoable.
// Edits of targets and calendars make the stored SLA facts stale; the banner offers the recompute.

#include "enforce/sla.h"
#include "pages/page.h"

class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QGroupBox;
class QLabel;

namespace baton {

class CalendarEditor;
class ChoiceDelegate;
class SlaFactsBanner;

class SlaPoliciesPage final : public Page
{
    Q_OBJECT
public:
    explicit SlaPoliciesPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QTableWidget *policyTable() const { return m_policies; }
    QTableWidget *ladderTable() const { return m_ladder; }
    CalendarEditor *calendarEditor() const { return m_calendars; }
    SlaFactsBanner *factsBanner() const { return m_banner; }
    qint64 currentPolicyId() const { return m_policyId; }
    void selectPolicy(qint64 id);

    void addPolicy(qint64 signalTypeId);
    void removePolicy();
    void addStep();
    void removeStep();

protected:
    void reload() override;

private:
    void fillLadder();
    void policyEdited(QTableWidgetItem *item);
    void stepEdited(QTableWidgetItem *item);
    void pushLater(const std::function<void()> &push);

    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    SlaFactsBanner *m_banner = nullptr;
    QTableWidget *m_policies = nullptr;
    QPushButton *m_addPolicy = nullptr;
    QPushButton *m_removePolicy = nullptr;
    QGroupBox *m_ladderBox = nullptr;
    QTableWidget *m_ladder = nullptr;
    CalendarEditor *m_calendars = nullptr;
    ChoiceDelegate *m_calendarChoice = nullptr;

    qint64 m_policyId = 0;
    QList<SlaPolicy> m_policyRows;
    QList<EscalationStep> m_stepRows;
    QHash<qint64, QString> m_signalNames;
    bool m_filling = false;
};

} // namespace baton
