#include "leadresolver.h"

#include "core/workspace.h"
#include "data/account.h"
#include "instrument/companynames.h"
#include "instrument/datastandard.h"

namespace baton {

Result<LeadResolver> LeadResolver::load(Workspace &workspace, const CoverageModel &model)
{
    LeadResolver resolver;
    for (const SignalType &type : model.signalTypes)
        resolver.m_signalTypes.insert(type.name.trimmed().toLower(), type.id);
    for (const Industry &industry : model.industries)
        resolver.m_industries.insert(industry.name.trimmed().toLower(), industry.id);
    resolver.m_territories = TerritoryResolver(model.areas);
    resolver.m_segments = SegmentResolver(model.segments);

    auto rules = Repository<AccountMatchRule>(workspace).list();
    auto freeMail = Repository<FreeMailDomain>(workspace).list();
    auto suffixes = Repository<LegalSuffix>(workspace).list();
    auto accounts = Repository<Account>(workspace).list();
    if (!rules)
        return rules.error();
    if (!freeMail)
        return freeMail.error();
    if (!suffixes)
        return suffixes.error();
    if (!accounts)
        return accounts.error();
    for (const AccountMatchRule &rule : *rules)
        if (rule.enabled)
            resolver.m_matchOrder << rule.kind;
    for (const FreeMailDomain &domain : *freeMail)
        resolver.m_freeMail.insert(domain.domain.trimmed().toLower());
    for (const LegalSuffix &suffix : *suffixes)
        resolver.m_suffixes << suffix.suffix;
    for (const Account &account : *accounts) {
        const int index = int(resolver.m_accounts.size());
        resolver.m_accounts << AccountRef { account.id, account.ownerId, account.teamId };
        if (!account.externalRef.isEmpty())
            resolver.m_byRef.insert(account.externalRef.trimmed().toLower(), index);
        if (!account.domain.isEmpty() && !resolver.m_byDomain.contains(account.domain.trimmed().toLower()))
            resolver.m_byDomain.insert(account.domain.trimmed().toLower(), index);
        const QString name = normalizeCompanyName(account.name, resolver.m_suffixes);
        if (!name.isEmpty() && !resolver.m_byName.contains(name))
            resolver.m_byName.insert(name, index);
    }
    return resolver;
}

const LeadResolver::AccountRef *LeadResolver::matchAccount(const LeadRow &row) const
{
    if (!row.account.isEmpty()) {
        const int index = m_byRef.value(row.account.trimmed().toLower(), -1);
        if (index >= 0)
            return &m_accounts.at(index);
    }
    for (const QString &kind : m_matchOrder) {
        int index = -1;
        if (kind == QStringLiteral("email_domain")) {
            const QString domain = emailDomain(row.email);
            if (!domain.isEmpty() && !isFreeMailDomain(domain, m_freeMail))
                index = m_byDomain.value(domain, -1);
        } else if (kind == QStringLiteral("company_name") && !row.company.isEmpty()) {
            index = m_byName.value(normalizeCompanyName(row.company, m_suffixes), -1);
        }
        if (index >= 0)
            return &m_accounts.at(index);
    }
    return nullptr;
}

RoutingLead LeadResolver::resolve(const LeadRow &row, const QDate &defaultDay, QStringList *problems) const
{
    RoutingLead lead;
    lead.signalTypeId = m_signalTypes.value(row.signalType.trimmed().toLower(), 0);
    if (lead.signalTypeId == 0 && problems)
        *problems << tr("Line %1: there is no signal type \"%2\"; only rules without a signal condition can take it.")
                         .arg(row.line)
                         .arg(row.signalType);
    if (!row.industry.isEmpty()) {
        lead.industryId = m_industries.value(row.industry.trimmed().toLower(), 0);
        if (lead.industryId == 0 && problems)
            *problems << tr("Line %1: there is no industry \"%2\"; the industry counts as unknown.")
                             .arg(row.line)
                             .arg(row.industry);
    }
    lead.territoryId = m_territories.territoryFor(row.country, row.region);
    lead.segmentId = m_segments.segmentFor(row.employees, row.revenue);
    lead.source = row.source;
    if (const AccountRef *account = matchAccount(row)) {
        lead.accountId = account->id;
        lead.accountOwnerId = account->ownerId;
        lead.accountTeamId = account->teamId;
    }
    lead.day = row.day.isValid() ? row.day : defaultDay;
    return lead;
}

} // namespace baton
