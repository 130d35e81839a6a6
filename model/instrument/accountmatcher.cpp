#include "accountmatcher.h"

#include "companynames.h"
#include "core/sql.h"
#include "core/workspace.h"

namespace baton {

namespace {

// "https://www.Acme.com/about" -> "acme.com"
QString cleanDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    const qsizetype scheme = domain.indexOf(QStringLiteral("://"));
    if (scheme >= 0)
        domain = domain.mid(scheme + 3);
    const qsizetype slash = domain.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        domain.truncate(slash);
    if (domain.startsWith(QStringLiteral("www.")))
        domain = domain.mid(4);
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain;
}

} // namespace

AccountMatcher::AccountMatcher() : m_rules { Rule::EmailDomain, Rule::CompanyName } { }

QString AccountMatcher::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::EmailDomain:
        return QStringLiteral("email_domain");
    case Rule::CompanyName:
        return QStringLiteral("company_name");
    case Rule::None:
        break;
    }
    return {};
}

Result<AccountMatcher> AccountMatcher::load(Workspace &workspace)
{
    AccountMatcher matcher;
    auto rules = execSql(workspace.db(),
        QStringLiteral("SELECT kind FROM account_match_rule WHERE enabled <> 0 ORDER BY position, id"));
    if (!rules)
        return rules.error();
    QList<Rule> order;
    while (rules->next()) {
        const QString kind = rules->value(0).toString();
        if (kind == QLatin1String("email_domain"))
            order << Rule::EmailDomain;
        else if (kind == QLatin1String("company_name"))
            order << Rule::CompanyName;
    }
    matcher.setRules(order);
    QStringList domains;
    auto freeMail = execSql(workspace.db(), QStringLiteral("SELECT domain FROM free_mail_domain"));
    if (!freeMail)
        return freeMail.error();
    while (freeMail->next())
        domains << freeMail->value(0).toString();
    matcher.addFreeMailDomains(domains);
    QStringList suffixes;
    auto legal = execSql(workspace.db(), QStringLiteral("SELECT suffix FROM legal_suffix"));
    if (!legal)
        return legal.error();
    while (legal->next())
        suffixes << legal->value(0).toString();
    matcher.addLegalSuffixes(suffixes);
    // Lowest id first, so that it wins a shared key.
    auto accounts = execSql(workspace.db(), QStringLiteral("SELECT id, name, domain FROM account ORDER BY id"));
    if (!accounts)
        return accounts.error();
    while (accounts->next())
        matcher.addAccount(accounts->value(0).toLongLong(), accounts->value(1).toString(), accounts->value(2).toString());
    return matcher;
}

void AccountMatcher::setRules(const QList<Rule> &rulesInOrder)
{
    m_rules = rulesInOrder;
}

void AccountMatcher::addFreeMailDomains(const QStringList &domains)
{
    for (const QString &domain : domains)
        if (!cleanDomain(domain).isEmpty())
            m_extraFreeMail.insert(cleanDomain(domain));
}

void AccountMatcher::addLegalSuffixes(const QStringList &suffixes)
{
    for (const QString &suffix : suffixes)
        if (!suffix.trimmed().isEmpty() && !m_extraSuffixes.contains(suffix.trimmed(), Qt::CaseInsensitive))
            m_extraSuffixes << suffix.trimmed();
    m_normalizer = CompanyNameNormalizer(m_extraSuffixes);
}

void AccountMatcher::addAccount(qint64 accountId, const QString &name, const QString &domain)
{
    ++m_accountCount;
    const QString cleaned = cleanDomain(domain);
    // An account recorded with a free-mail domain (a sole trader's gmail) must not swallow every gmail lead.
    if (!cleaned.isEmpty() && !isFreeMail(cleaned) && !m_byDomain.contains(cleaned))
        m_byDomain.insert(cleaned, accountId);
    const QString normalized = normalize(name);
    if (!normalized.isEmpty() && !m_byName.contains(normalized))
        m_byName.insert(normalized, accountId);
}

bool AccountMatcher::isFreeMail(const QString &domain) const
{
    return isFreeMailDomain(domain, m_extraFreeMail);
}

QString AccountMatcher::normalize(const QString &company) const
{
    return m_normalizer(company);
}

AccountMatcher::Match AccountMatcher::matchDetailed(const QString &email, const QString &company) const
{
    for (Rule rule : m_rules) {
        if (rule == Rule::EmailDomain) {
            QString domain = cleanDomain(emailDomain(email));
            if (domain.isEmpty() || isFreeMail(domain))
                continue;
            // The domain itself, then its parents while they still have a dot ("eu.acme.com" -> "acme.com").
            while (domain.contains(QLatin1Char('.'))) {
                const auto it = m_byDomain.constFind(domain);
                if (it != m_byDomain.constEnd())
                    return { *it, rule, domain };
                domain = domain.mid(domain.indexOf(QLatin1Char('.')) + 1);
            }
        } else if (rule == Rule::CompanyName) {
            if (company.trimmed().isEmpty() || m_byName.isEmpty())
                continue;
            const QString normalized = normalize(company);
            const auto it = m_byName.constFind(normalized);
            if (!normalized.isEmpty() && it != m_byName.constEnd())
                return { *it, rule, normalized };
        }
    }
    return {};
}

} // namespace baton
