#pragma once

// Lead-to-account matching: which known account a lead belongs to, from its email address and company name.
//
//   auto matcher = AccountMatcher::load(workspace);          // accounts, rules and list additions
//   qint64 account = matcher->match("ana@eu.acme.com", "ACME, Inc.");   // account id, or 0
//
// The workspace's account matching rules are tried in their order (enabled ones only):
// - email_domain: the email's domain, or a parent domain of it ("eu.acme.com" -> "acme.com"), equals an
//   account's domain. Free-mail domains (the built-in list plus the workspace's additions) never match.
// - company_name: the company name, normalized (lower case, punctuation and legal suffixes such as Inc,
//   GmbH or Ltd removed, built-in and the workspace's additions), equals an account's normalized name.
// Comparisons ignore case. When several accounts share a domain or a normalized name, the one with the
// lowest id wins. The matcher holds only ids and keys of the accounts, so it stays small, and it is
// read-only after loading, so one instance can serve many lookups (an import, a validation run).

#include "companynames.h"
#include "core/result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace baton {

class Workspace;

class AccountMatcher final
{
public:
    enum class Rule { None, EmailDomain, CompanyName };
    struct Match
    {
        qint64 accountId = 0;
        Rule rule = Rule::None; // which rule found it
        QString key; // the domain or normalized name that matched
    };

    // Both rules in the default order (email domain, then company name), built-in lists only, no accounts.
    AccountMatcher();
    // Loads every account and the workspace's matching rules, free-mail domains and legal suffixes.
    static Result<AccountMatcher> load(Workspace &workspace);

    // Building a matcher without a workspace (tests, previews). Add suffixes before accounts.
    void setRules(const QList<Rule> &rulesInOrder);
    void addFreeMailDomains(const QStringList &domains);
    void addLegalSuffixes(const QStringList &suffixes);
    void addAccount(qint64 accountId, const QString &name, const QString &domain);

    // The id of the account the lead belongs to, or 0 when no rule finds one.
    qint64 match(const QString &email, const QString &company) const { return matchDetailed(email, company).accountId; }
    Match matchDetailed(const QString &email, const QString &company) const;

    bool isFreeMail(const QString &domain) const;
    // The company name as the company_name rule compares it.
    QString normalize(const QString &company) const;
    QList<Rule> rules() const { return m_rules; }
    qsizetype accountCount() const { return m_accountCount; }

    static QString ruleName(Rule rule); // "email_domain", "company_name"

private:
    QList<Rule> m_rules;
    QSet<QString> m_extraFreeMail;
    QStringList m_extraSuffixes;
    CompanyNameNormalizer m_normalizer;
    QHash<QString, qint64> m_byDomain;
    QHash<QString, qint64> m_byName;
    qsizetype m_accountCount = 0;
};

} // namespace baton
