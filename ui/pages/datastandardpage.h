#pragma once

// Instrument: the data standard. Required fields and timestamps per stage, campaign/UTM conventions,
// identity rules and lead-to-account matching, one tab each; every edit is undoable and audited.

#include "page.h"

class QStackedWidget;
class QTabWidget;

namespace baton {

class AccountMatchingTab;
class IdentityRulesTab;
class StageRequirementsMatrix;
class UtmConventionsTab;

class DataStandardPage final : public Page
{
    Q_OBJECT
public:
    explicit DataStandardPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    StageRequirementsMatrix *requirements() const { return m_requirements; }
    UtmConventionsTab *utm() const { return m_utm; }
    IdentityRulesTab *identity() const { return m_identity; }
    AccountMatchingTab *accounts() const { return m_accounts; }

protected:
    void reload() override;

private:
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    StageRequirementsMatrix *m_requirements = nullptr;
    UtmConventionsTab *m_utm = nullptr;
    IdentityRulesTab *m_identity = nullptr;
    AccountMatchingTab *m_accounts = nullptr;
};

} // namespace baton
