#pragma once

// Lead-to-account matching in the data standard: the two rules (email domain, company name) in order and
// on or off, the workspace's additions to the built-in free-mail domains and legal suffixes, and a box to
// try an email address and company name against the accounts.

#include "instrument/accountmatcher.h"
#include "instrument/datastandard.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace baton {

class Workspace;
class WorkspaceSession;

class AccountMatchingTab final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountMatchingTab(WorkspaceSession *session, QWidget *parent = nullptr);
    void reload(Workspace &workspace);
    // The verdict of the "try it" box for an email address and a company name.
    QString tryMatch(const QString &email, const QString &company);

private:
    QWidget *listEditor(const QString &title, QListWidget **list, QLineEdit **input, QLabel **builtIn, bool freeMail);
    void moveRule(int delta);

    WorkspaceSession *m_session;
    QTableWidget *m_rulesTable = nullptr;
    QListWidget *m_freeMail = nullptr;
    QLineEdit *m_newFreeMail = nullptr;
    QLabel *m_freeMailBuiltIn = nullptr;
    QListWidget *m_suffixes = nullptr;
    QLineEdit *m_newSuffix = nullptr;
    QLabel *m_suffixBuiltIn = nullptr;
    QLineEdit *m_tryEmail = nullptr;
    QLineEdit *m_tryCompany = nullptr;
    QLabel *m_verdict = nullptr;
    QList<AccountMatchRule> m_rules;
    QList<FreeMailDomain> m_domains;
    QList<LegalSuffix> m_legalSuffixes;
    std::optional<AccountMatcher> m_matcher;
    bool m_filling = false;
};

} // namespace baton
