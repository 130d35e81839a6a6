#include "datastandardpage.h"

#include "accountmatchingtab.h"
#include "core/workspace.h"
#include "emptystate.h"
#include "identityrulestab.h"
#include "stagerequirementsmatrix.h"
#include "utmconventionstab.h"
#include "workspacesession.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace baton {

DataStandardPage::DataStandardPage(WorkspaceSession *session, QWidget *parent) : Page(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(new EmptyState(tr("No workspace open"),
        tr("Open a workspace to set the data standard: required fields per stage, UTM conventions, identity rules and "
           "how leads are matched to accounts."),
        this));
    m_tabs = new QTabWidget(this);
    m_requirements = new StageRequirementsMatrix(session, m_tabs);
    m_utm = new UtmConventionsTab(session, m_tabs);
    m_identity = new IdentityRulesTab(session, m_tabs);
    m_accounts = new AccountMatchingTab(session, m_tabs);
    m_tabs->addTab(m_requirements, tr("Required per stage"));
    m_tabs->addTab(m_utm, tr("Campaign and UTM conventions"));
    m_tabs->addTab(m_identity, tr("Identity rules"));
    m_tabs->addTab(m_accounts, tr("Account matching"));
    m_stack->addWidget(m_tabs);
    layout->addWidget(m_stack);
}

void DataStandardPage::reload()
{
    Workspace *workspace = session()->workspace();
    if (!workspace) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_requirements->reload(*workspace);
    m_utm->reload(*workspace);
    m_identity->reload(*workspace);
    m_accounts->reload(*workspace);
}

} // namespace baton
